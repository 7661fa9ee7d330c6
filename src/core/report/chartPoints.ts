/**
 * The chart's points as the sheet shows them (the cells its references point at): what the
 * workbook's chart part caches and the committee document's chart draws.
 */
import type { CellRange, ChartSpec, ReportSheet } from './model';

/** The chart's points as the sheet shows them: category texts and the rounded values. */
export interface ChartPoints {
  readonly categories: readonly string[];
  readonly values: readonly number[];
  /** The values' number format, for the cache and the value axis. */
  readonly format: string;
}

/** The chart's categories and values read from the report's cells (what the references point at). */
export function chartPoints(report: ReportSheet, spec: ChartSpec): ChartPoints {
  const cells = (r: CellRange): ReportSheet['rows'][number] =>
    Array.from({ length: r.rows }, (_, i) => report.rows[r.row + i]?.[r.column] ?? { value: null, text: '', numberFormat: 'General', style: {} });
  const values = cells(spec.values);
  return {
    categories: cells(spec.categories).map((c) => c.text),
    values: values.map((c) => (typeof c.value === 'number' ? c.value : 0)),
    format: values[0]?.numberFormat ?? 'General',
  };
}
