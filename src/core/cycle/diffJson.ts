/** The difference of two reports as JSON: exact amounts in kronor as decimal strings, as the report's JSON (SPEC §5). */
import { moneyToKronorString, type Money } from '../money';
import { isUnchanged, type FigureChange, type ReportDiff, type RowStatus, type SnapshotPeriod } from './reportDiff';

/** A figure's change as JSON. */
export interface JsonFigureChange {
  readonly old: string | null;
  readonly new: string | null;
  readonly change: string;
}

/** The difference as JSON: the total and every changed, added or removed row, largest change first. */
export interface JsonDiff {
  readonly old: { readonly period: SnapshotPeriod };
  readonly new: { readonly period: SnapshotPeriod };
  readonly sign: 'debit' | 'result';
  readonly rows: readonly {
    readonly path: readonly string[];
    readonly kind: 'unit' | 'parent' | 'total';
    readonly status: RowStatus;
    readonly ytdActual: JsonFigureChange;
    readonly ytdDeviation: JsonFigureChange;
  }[];
  /** How many rows are in both reports with the same figures (left out of `rows`). */
  readonly unchanged: number;
}

const kr = (m: Money | null): string | null => (m === null ? null : moneyToKronorString(m));
/** A figure's change as JSON. */
export const jsonFigureChange = (c: FigureChange): JsonFigureChange => ({ old: kr(c.old), new: kr(c.new), change: moneyToKronorString(c.change) });

/** The JSON of a difference. */
export function jsonDiff(d: ReportDiff): JsonDiff {
  const shown = d.rows.filter((r) => r.kind === 'total' || !isUnchanged(r));
  return {
    old: { period: d.oldPeriod },
    new: { period: d.newPeriod },
    sign: d.sign,
    rows: shown.map((r) => ({ path: r.path, kind: r.kind, status: r.status, ytdActual: jsonFigureChange(r.ytdActual), ytdDeviation: jsonFigureChange(r.ytdDeviation) })),
    unchanged: d.rows.length - shown.length,
  };
}
