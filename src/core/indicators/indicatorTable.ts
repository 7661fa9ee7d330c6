/**
 * Indicator rows → the follow-up's indicator lines for a month: yearly indicators (a row whose
 * Period is the fiscal year) with Utfall, Prognos and Mål for the year and last year's Utfall;
 * monthly indicators (rows whose Period is a month) with Utfall and Mål to date — from the latest
 * month at or before the one followed up that has an Utfall (sick leave often lags a month) — and
 * Prognos and Mål for the year from the row of the fiscal year's last month ("Dec 2024", as in
 * seed 000), else from the month's own row (a sheet laid out like the seed's table: Prognos (helår),
 * Mål (helår) and Utfall (föreg år) beside the figures to date). Each line gets a status (./status).
 */
import { fiscalStartOf, fiscalYearLabel, fiscalYearOf } from '../fiscal/fiscalYear';
import { aWarning, anError, type Issue } from '../issues/issue';
import type { Measure } from '../money';
import { monthKey, type FollowUpPeriod, type MonthKey } from '../period/month';
import { percentFromFractions } from './percentCells';
import type { IndicatorRow } from './readIndicators';
import type { Direction, IndicatorType } from './schema';
import { indicatorStatus, type IndicatorStatus } from './status';

/** What a status was judged on: the outcome against its target, or (without an outcome) the forecast against the year's target. */
export type StatusBasis = 'actual' | 'forecast';

/** One indicator as the follow-up shows it. */
export interface IndicatorLine {
  readonly name: string;
  /** The unit of measure beside the name ("månadsarbetare"); null when none or when it is "%". */
  readonly measureUnit: string | null;
  readonly type: IndicatorType | null;
  /** Whether the figures are percentages (Typ %, Enhet %, or a figure written "5,6 %"). */
  readonly percent: boolean;
  readonly direction: Direction;
  readonly frequency: 'year' | 'month';
  /** The fiscal year's first calendar year. */
  readonly year: number;
  /** Monthly: the month of the to-date figures (null when no month up to the one followed has any). */
  readonly month: MonthKey | null;
  /** Yearly: Utfall for the year; monthly: Utfall to date. */
  readonly actual: Measure | null;
  /** Yearly: Mål for the year; monthly: Mål to date. */
  readonly target: Measure | null;
  /** Prognos for the year. */
  readonly forecast: Measure | null;
  /** Mål for the year (yearly: the same as target). */
  readonly yearTarget: Measure | null;
  /** Utfall the year before (the column, else the previous year's own row). */
  readonly previousYear: Measure | null;
  readonly status: { readonly kind: IndicatorStatus; readonly basis: StatusBasis } | null;
}

/** The lines of the follow-up and the issues found choosing them. */
export interface IndicatorTable {
  readonly lines: readonly IndicatorLine[];
  readonly issues: readonly Issue[];
}

/** The indicator lines for a follow-up period, in the order the indicators first appear. */
export function indicatorTable(rows: readonly IndicatorRow[], period: FollowUpPeriod): IndicatorTable {
  const issues: Issue[] = [];
  const start = fiscalStartOf(period);
  const year = fiscalYearOf(period.year, period.month, start);
  const window = { year, label: fiscalYearLabel(year, start), first: monthKey(year, start), followed: monthKey(period.year, period.month) };
  const lines: IndicatorLine[] = [];
  for (const group of byIndicator(rows)) {
    const line = lineOf(group, window, issues);
    if (line !== null) lines.push(line);
  }
  return { lines, issues };
}

/**
 * The rows of each indicator (names compared without case), in order of first appearance. Rows of
 * one name with two or more different Enhet are an indicator per Enhet ("Sjukfrånvaro" per
 * department: the column then names a unit of the organisation, not of measure).
 */
function byIndicator(rows: readonly IndicatorRow[]): IndicatorRow[][] {
  const groups = groupBy(rows, (r) => r.name.toLocaleLowerCase('sv-SE'));
  return groups.flatMap((g) => (new Set(g.map((r) => r.measureUnit).filter((u) => u !== null)).size >= 2 ? groupBy(g, (r) => r.measureUnit ?? '') : [g]));
}

function groupBy<T>(items: readonly T[], key: (item: T) => string): T[][] {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    const group = groups.get(k);
    if (group === undefined) groups.set(k, [item]);
    else group.push(item);
  }
  return [...groups.values()];
}

interface Window {
  /** The fiscal year, by the calendar year it starts in. */
  readonly year: number;
  /** Its name ("2024", "2024/25"). */
  readonly label: string;
  readonly first: MonthKey;
  readonly followed: MonthKey;
}

interface Described {
  readonly name: string;
  readonly measureUnit: string | null;
  readonly type: IndicatorType | null;
  readonly percent: boolean;
  readonly direction: Direction;
  readonly year: number;
}

function lineOf(written: readonly IndicatorRow[], w: Window, issues: Issue[]): IndicatorLine | null {
  const rows = percentFromFractions(written, issues);
  const first = rows[0]!;
  const d = describe(rows, w.year, issues);
  const yearRow = rows.find((r) => r.period.kind === 'year' && r.period.year === w.year);
  const last = (w.first + 11) as MonthKey;
  const months = rows.filter((r): r is IndicatorRow & { period: { kind: 'month'; key: MonthKey } } => r.period.kind === 'month' && r.period.key >= w.first && r.period.key <= last);
  if (months.length > 0) return monthly(d, months, rows, w);
  if (yearRow !== undefined) return yearly(d, yearRow, rows);
  issues.push(aWarning('indicatorOutsideYear', { sheet: first.sheet, address: first.address }, { name: first.name, year: w.label }));
  return null;
}

/** Name, unit, type and direction: the first row that gives each; a second direction is an error. */
function describe(rows: readonly IndicatorRow[], year: number, issues: Issue[]): Described {
  const first = rows[0]!;
  const direction = rows.find((r) => r.direction !== null)?.direction ?? 'higher';
  for (const r of rows) {
    if (r.direction !== null && r.direction !== direction) issues.push(anError('indicatorConflictingDirection', { sheet: r.sheet, address: r.address }, { name: first.name }));
  }
  const unit = rows.find((r) => r.measureUnit !== null)?.measureUnit ?? null;
  const type = rows.find((r) => r.type !== null)?.type ?? null;
  const percent = type === 'percent' || unit === '%' || rows.some((r) => r.percentSign);
  return { name: first.name, measureUnit: unit === '%' ? null : unit, type, percent, direction, year };
}

function yearly(d: Described, row: IndicatorRow, rows: readonly IndicatorRow[]): IndicatorLine {
  const f = row.figures;
  const before = rows.find((r) => r.period.kind === 'year' && r.period.year === d.year - 1);
  const target = f.target ?? f.yearTarget;
  const figures = { actual: f.actual ?? f.yearActual, target, forecast: f.forecast, yearTarget: target, previousYear: f.previousYear ?? before?.figures.actual ?? before?.figures.yearActual ?? null };
  return { ...d, frequency: 'year', month: null, ...figures, status: statusOf(figures, d.direction) };
}

function monthly(d: Described, months: readonly (IndicatorRow & { period: { kind: 'month'; key: MonthKey } })[], rows: readonly IndicatorRow[], w: Window): IndicatorLine {
  const upTo = months.filter((r) => r.period.key <= w.followed).sort((a, b) => b.period.key - a.period.key);
  const current = upTo.find((r) => r.figures.actual !== null) ?? upTo[0];
  const yearEnd = months.find((r) => r.period.key === w.first + 11);
  const previousEnd = rows.find((r) => r.period.kind === 'month' && r.period.key === w.first - 1);
  const figures = {
    actual: current?.figures.actual ?? null,
    target: current?.figures.target ?? null,
    forecast: yearEnd?.figures.forecast ?? upTo.find((r) => r.figures.forecast !== null)?.figures.forecast ?? null,
    // The year's target: on the year's last row (its Mål is the year's), else a Mål (helår) column.
    yearTarget: yearEnd?.figures.yearTarget ?? yearEnd?.figures.target ?? upTo.find((r) => r.figures.yearTarget !== null)?.figures.yearTarget ?? null,
    previousYear: yearEnd?.figures.previousYear ?? current?.figures.previousYear ?? previousEnd?.figures.actual ?? null,
  };
  return { ...d, frequency: 'month', month: current?.period.key ?? null, ...figures, status: statusOf(figures, d.direction) };
}

/** Judged on the outcome where it and its target are given, else on the forecast against the year's target. */
function statusOf(f: { actual: Measure | null; target: Measure | null; forecast: Measure | null; yearTarget: Measure | null }, direction: Direction): IndicatorLine['status'] {
  if (f.actual !== null && f.target !== null) return { kind: indicatorStatus(f.actual, f.target, direction), basis: 'actual' };
  if (f.forecast !== null && f.yearTarget !== null) return { kind: indicatorStatus(f.forecast, f.yearTarget, direction), basis: 'forecast' };
  return null;
}
