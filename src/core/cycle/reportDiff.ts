/**
 * What changed between two locked months: the difference of two follow-up reports as plain
 * values (Δ YTD actual and Δ YTD deviation per unit, parent and the total, matched by path).
 * Nothing here knows where the reports came from; the command line reads the files.
 */
import { fiscalStartOf } from '../fiscal/fiscalYear';
import { subtractMoney, ZERO, type Money } from '../money';

/** The period a report follows up, as the JSON report writes it. */
export interface SnapshotPeriod {
  readonly year: number;
  readonly month: number;
  readonly months: number;
  readonly fiscalStart?: number;
}

/** One row of a report: what the difference needs of it. */
export interface SnapshotRow {
  readonly path: readonly string[];
  readonly kind: 'unit' | 'parent' | 'total';
  readonly ytdActual: Money;
  readonly ytdDeviation: Money;
}

/** A report reduced to what two reports are compared on. */
export interface ReportSnapshot {
  readonly period: SnapshotPeriod;
  readonly sign: 'debit' | 'result';
  readonly rows: readonly SnapshotRow[];
}

/** A figure in both reports (null where the row is missing) and its change, new − old. */
export interface FigureChange {
  readonly old: Money | null;
  readonly new: Money | null;
  readonly change: Money;
}

/** How a row fared: in both, only in the new report (added), only in the old (removed). */
export type RowStatus = 'both' | 'added' | 'removed';

/** One row of the difference. */
export interface RowChange {
  readonly path: readonly string[];
  readonly kind: 'unit' | 'parent' | 'total';
  readonly status: RowStatus;
  readonly ytdActual: FigureChange;
  readonly ytdDeviation: FigureChange;
}

/** The difference of two reports: the total first, then every other row, largest change first. */
export interface ReportDiff {
  readonly oldPeriod: SnapshotPeriod;
  readonly newPeriod: SnapshotPeriod;
  readonly sign: 'debit' | 'result';
  readonly rows: readonly RowChange[];
}

/**
 * Why two reports are not of the same organisation's follow-up, so a difference would mislead:
 * no unit or parent in common (both have some), another sign convention, or another fiscal year start.
 */
export type DiffMismatch =
  | { readonly mismatch: 'noCommonUnits' }
  | { readonly mismatch: 'signDiffers'; readonly old: 'debit' | 'result'; readonly new: 'debit' | 'result' }
  | { readonly mismatch: 'fiscalStartDiffers'; readonly old: number; readonly new: number };

/** A path as a map key: the parts cannot hold NUL. */
const keyOf = (path: readonly string[]): string => path.join('\u0000');

/** The difference of `b` (new) from `a` (old); a row in one report only counts as zero in the other. */
export function diffReports(a: ReportSnapshot, b: ReportSnapshot): ReportDiff | DiffMismatch {
  const mismatch = mismatchOf(a, b);
  if (mismatch !== null) return mismatch;
  const olds = new Map(a.rows.map((r) => [keyOf(r.path), r]));
  const news = new Map(b.rows.map((r) => [keyOf(r.path), r]));
  const rows: RowChange[] = [];
  for (const r of b.rows) rows.push(rowChange(olds.get(keyOf(r.path)) ?? null, r));
  for (const r of a.rows) if (!news.has(keyOf(r.path))) rows.push(rowChange(r, null));
  // Stable sort: equal changes keep the new report's table order, removed rows after.
  const total = rows.filter((r) => r.kind === 'total');
  const others = rows.filter((r) => r.kind !== 'total').sort((x, y) => sizeOf(y) - sizeOf(x));
  return { oldPeriod: a.period, newPeriod: b.period, sign: b.sign, rows: [...total, ...others] };
}

/** Whether the result is a mismatch rather than a difference. */
export function isMismatch(d: ReportDiff | DiffMismatch): d is DiffMismatch {
  return 'mismatch' in d;
}

/** Whether a row neither moved nor came or went. */
export function isUnchanged(r: RowChange): boolean {
  return r.status === 'both' && r.ytdActual.change === 0 && r.ytdDeviation.change === 0;
}

/** How large a row's change is, to name the largest first: the larger of its two changes, in öre. */
function sizeOf(r: RowChange): number {
  return Math.max(Math.abs(r.ytdActual.change), Math.abs(r.ytdDeviation.change));
}

function mismatchOf(a: ReportSnapshot, b: ReportSnapshot): DiffMismatch | null {
  if (a.sign !== b.sign) return { mismatch: 'signDiffers', old: a.sign, new: b.sign };
  const startA = fiscalStartOf(a.period);
  const startB = fiscalStartOf(b.period);
  if (startA !== startB) return { mismatch: 'fiscalStartDiffers', old: startA, new: startB };
  const unitsA = a.rows.filter((r) => r.kind !== 'total');
  const unitsB = new Set(b.rows.filter((r) => r.kind !== 'total').map((r) => keyOf(r.path)));
  // Two reports with units and none in common are two organisations' (or a wholly renamed tree):
  // their difference would list every row as removed and added and say nothing.
  if (unitsA.length > 0 && unitsB.size > 0 && !unitsA.some((r) => unitsB.has(keyOf(r.path)))) return { mismatch: 'noCommonUnits' };
  return null;
}

/** A figure's change, new − old (a missing side counts as zero). */
export function figureChange(old: Money | null, now: Money | null): FigureChange {
  const change = subtractMoney(now ?? ZERO, old ?? ZERO);
  return { old, new: now, change: change === 0 ? ZERO : change };
}

function rowChange(old: SnapshotRow | null, now: SnapshotRow | null): RowChange {
  const row = (now ?? old)!;
  return {
    path: row.path,
    kind: row.kind,
    status: old === null ? 'added' : now === null ? 'removed' : 'both',
    ytdActual: figureChange(old?.ytdActual ?? null, now?.ytdActual ?? null),
    ytdDeviation: figureChange(old?.ytdDeviation ?? null, now?.ytdDeviation ?? null),
  };
}

