/**
 * Grouping a report's cells by style into A1 areas, so each distinct style is applied with one
 * RangeAreas call instead of one call per cell.
 */
import { columnLetters } from '../core/grid/grid';
import type { CellStyle, ReportSheet } from '../core/report/model';

/** A style and the areas ("B5:L5", "A7") that carry it. */
export interface StyleAreas {
  readonly style: CellStyle;
  readonly areas: readonly string[];
}

/** Cells with the same style object (identity) in horizontal runs per row. */
export function styleAreas(report: ReportSheet): StyleAreas[] {
  const byStyle = new Map<CellStyle, string[]>();
  report.rows.forEach((row, r) => {
    let c = 0;
    while (c < row.length) {
      const style = row[c]!.style;
      let end = c;
      while (end + 1 < row.length && row[end + 1]!.style === style) end++;
      if (Object.keys(style).length > 0) {
        const from = `${columnLetters(c)}${r + 1}`;
        const area = end === c ? from : `${from}:${columnLetters(end)}${r + 1}`;
        const list = byStyle.get(style) ?? [];
        list.push(area);
        byStyle.set(style, list);
      }
      c = end + 1;
    }
  });
  return [...byStyle].map(([style, areas]) => ({ style, areas }));
}

/** Split a list into groups of at most `size` (RangeAreas addresses are kept short). */
export function inGroups<T>(items: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}
