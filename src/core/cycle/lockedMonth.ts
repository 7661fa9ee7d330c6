/**
 * A locked month as a plain value: the follow-up's exact figures per row (integer öre), its
 * settings (as the sheet's tag writes them) and the comments typed into it, with the date and time
 * of the lock. Nothing here knows where a lock is kept (excel/cycleStore.ts keeps it in the
 * workbook); ./lockFormat.ts writes and reads it as text.
 */
import type { AccountLine, FollowUp } from '../followup/computeFollowUp';
import type { Figures } from '../followup/figures';
import type { Lang, Money } from '../money';
import { unitRows } from '../report/rows';
import { fiscalStartOf } from '../fiscal/fiscalYear';
import type { ReportSnapshot, SnapshotPeriod } from './reportDiff';
import { rowPath } from './unexplained';

/** The exact figures a lock keeps of each row, in this order (percentages follow from them). */
export const LOCKED_FIGURES = [
  'periodBudget',
  'periodActual',
  'periodDeviation',
  'ytdBudget',
  'ytdActual',
  'ytdDeviation',
  'annualBudget',
  'forecast',
  'forecastDeviation',
  'ytdDeviationPreviousMonth',
  'ytdActualPreviousYear',
] as const satisfies readonly (keyof Figures)[];

/** One of the figures a lock keeps. */
export type LockedFigure = (typeof LOCKED_FIGURES)[number];

/** A row of the locked follow-up (units, parents with their subtotal, the total), as the JSON report names it. */
export interface LockedRow {
  readonly path: readonly string[];
  readonly kind: 'unit' | 'parent' | 'total';
  /** `ytdActual` and `ytdDeviation` are always there; the others null where the follow-up had none. */
  readonly figures: Readonly<Record<LockedFigure, Money | null>>;
}

/** An account line of the locked follow-up (its account analysis: all revenue, all costs, a group, financial items). */
export interface LockedAccountLine {
  readonly kind: AccountLine['kind'];
  /** The group's name (kind 'group'); null for the others. */
  readonly name: string | null;
  /** As a row's: `ytdActual` and `ytdDeviation` always there. */
  readonly figures: Readonly<Record<LockedFigure, Money | null>>;
}

/** A follow-up as it was when its month was locked. */
export interface LockedMonth {
  /** The follow-up's settings id: the lock stays with it through refreshes and renames. */
  readonly followUpId: string;
  /** Local date and time of the lock with its UTC offset ("2025-07-31T14:02:05+02:00"). */
  readonly lockedAt: string;
  /** The follow-up's settings as its tag writes them (core/followUpSettings). */
  readonly settings: string;
  readonly organisation: string;
  readonly period: SnapshotPeriod;
  readonly sign: 'debit' | 'result';
  readonly rows: readonly LockedRow[];
  /** Its account lines; absent in a lock made before locks kept them. */
  readonly accounts?: readonly LockedAccountLine[];
  /** What was typed into the follow-up, by comment key (unit path, or "summary"). */
  readonly comments: ReadonlyMap<string, string>;
}

/** What a lock takes besides the figures. */
export interface LockContext {
  readonly followUpId: string;
  readonly lockedAt: string;
  readonly settings: string;
  readonly organisation: string;
  readonly lang: Lang;
  readonly comments: ReadonlyMap<string, string>;
}

/** Lock a follow-up: its rows (as the JSON report lists them) with their exact figures. */
export function lockFollowUp(f: FollowUp, c: LockContext): LockedMonth {
  const rows = unitRows(f, 'above').map((r): LockedRow => ({
    path: rowPath(r, c.lang),
    kind: r.kind === 'total' ? 'total' : r.kind === 'parent' ? 'parent' : 'unit',
    figures: lockedFigures(r.figures!),
  }));
  const accounts = f.accountLines.map((l): LockedAccountLine => ({ kind: l.kind, name: lockedLineName(l), figures: lockedFigures(l.figures) }));
  return {
    followUpId: c.followUpId,
    lockedAt: c.lockedAt,
    settings: c.settings,
    organisation: c.organisation,
    period: periodOf(f),
    sign: f.sign.sign,
    rows,
    accounts,
    comments: c.comments,
  };
}

/** The name a lock keeps an account line by: a group's name; null for the others. */
export function lockedLineName(l: AccountLine): string | null {
  return l.kind === 'group' ? l.name : null;
}

/** The figures a lock keeps of a row or an account line. */
function lockedFigures(figures: Figures): Record<LockedFigure, Money | null> {
  return Object.fromEntries(LOCKED_FIGURES.map((k) => [k, figures[k]])) as Record<LockedFigure, Money | null>;
}

/** A follow-up reduced to what a difference compares (rows as the JSON report lists them). */
export function followUpSnapshot(f: FollowUp, lang: Lang): ReportSnapshot {
  return {
    period: periodOf(f),
    sign: f.sign.sign,
    rows: unitRows(f, 'above').map((r) => ({
      path: rowPath(r, lang),
      kind: r.kind === 'total' ? 'total' : r.kind === 'parent' ? 'parent' : 'unit',
      ytdActual: r.figures!.ytdActual,
      ytdDeviation: r.figures!.ytdDeviation,
    })),
  };
}

/** A lock reduced to what a difference compares. */
export function lockSnapshot(l: LockedMonth): ReportSnapshot {
  return {
    period: l.period,
    sign: l.sign,
    rows: l.rows.map((r) => ({ path: r.path, kind: r.kind, ytdActual: r.figures.ytdActual!, ytdDeviation: r.figures.ytdDeviation! })),
  };
}

/** The latest lock of a follow-up among several (a lock replaced but not yet deleted loses to the newer). */
export function latestLockOf<T extends { readonly followUpId: string; readonly lockedAt: string }>(locks: readonly T[], followUpId: string): T | null {
  // ISO date-times with the same offset sort as text; a lock made in another offset is rare enough
  // that comparing instants is what matters, so compare them as instants.
  const mine = locks.filter((l) => l.followUpId === followUpId);
  return mine.reduce<T | null>((best, l) => (best === null || instantOf(l.lockedAt) > instantOf(best.lockedAt) ? l : best), null);
}

/** Milliseconds since the epoch of an ISO date-time; -Infinity when it is not one. */
function instantOf(iso: string): number {
  const t = Date.parse(iso);
  return Number.isNaN(t) ? -Infinity : t;
}

function periodOf(f: FollowUp): SnapshotPeriod {
  return { year: f.period.year, month: f.period.month, months: f.period.months, fiscalStart: fiscalStartOf(f.period) };
}

/** The local date and time of `d` with its UTC offset, to the second ("2025-07-31T14:02:05+02:00"). */
export function localIsoDateTime(d: Date): string {
  const two = (n: number): string => String(Math.abs(n)).padStart(2, '0');
  const offset = -d.getTimezoneOffset();
  const sign = offset < 0 ? '-' : '+';
  return (
    `${d.getFullYear()}-${two(d.getMonth() + 1)}-${two(d.getDate())}T${two(d.getHours())}:${two(d.getMinutes())}:${two(d.getSeconds())}` +
    `${sign}${two(Math.trunc(offset / 60))}:${two(offset % 60)}`
  );
}
