/**
 * Forecast accuracy (prognossäkerhet), from a follow-up and its year's forecast history.
 *
 * A closed year (the follow-up is of the fiscal year's last month and every month of the year has
 * actuals): for each node and the total, the full-year forecast made in each month against the
 * year's outcome, as Swedish municipalities publish it: the forecast deviation against the outcome
 * (utfallets avvikelse mot budget − prognosens avvikelse mot budget; positive = the outcome was
 * better than the forecast) in kronor and in percent of the annual budget. A month without a
 * forecast has no figure (null), never zero.
 *
 * A running year: each node's forecast deviation against the annual budget at the previous
 * forecast and at the latest one made up to the follow-up's month, and the change between them
 * (positive = the forecast improved).
 */
import type { FollowUp } from '../followup/computeFollowUp';
import type { Figures } from '../followup/figures';
import { deviation, type SignConvention } from '../followup/sign';
import { fiscalMonth, fiscalStartOf, fiscalWindow, periodFiscalYearLabel } from '../fiscal/fiscalYear';
import { slotsOf } from '../followup/selection';
import { absMoney, percentOf, subtractMoney, type Money, type Percent } from '../money';
import { yearMonthOf } from '../ledger/coverage';
import { monthOf, type MonthKey } from '../period/month';
import type { ForecastHistory, ForecastSeries } from './history';

/** One forecast against the outcome. */
export interface AccuracyCell {
  /** The full-year forecast made that month. */
  readonly forecast: Money;
  /** Outcome deviation − forecast deviation (both against the annual budget): positive = outcome better. */
  readonly deviation: Money;
  /** The deviation in percent of the annual budget's magnitude; null when the budget is 0. */
  readonly percent: Percent | null;
}

/** A node's (or the total's) line of a closed year. */
export interface AccuracyLine {
  readonly annualBudget: Money;
  readonly outcome: Money;
  /** The outcome's deviation against the annual budget (positive = favourable). */
  readonly outcomeDeviation: Money;
  /** One per column month (ClosedAccuracy.months); null where no forecast was made that month. */
  readonly cells: readonly (AccuracyCell | null)[];
}

/** A node's (or the total's) line of a running year. */
export interface ChangeLine {
  readonly annualBudget: Money;
  /** The forecast deviation against the annual budget at the previous forecast; null without one. */
  readonly previous: Money | null;
  /** The same at the latest forecast. */
  readonly latest: Money | null;
  /** latest − previous (positive = improved); null unless both exist. */
  readonly change: Money | null;
}

/** The lines of every node (subtree and own rows) and the total. */
export interface Lines<L> {
  readonly node: readonly L[];
  readonly own: readonly L[];
  readonly total: L;
}

/** A closed year's forecast accuracy. */
export interface ClosedAccuracy extends Lines<AccuracyLine> {
  readonly kind: 'closed';
  /** "2023", or "2023/24" for a fiscal year starting after January. */
  readonly yearLabel: string;
  /** The columns: calendar months (1–12) from the first forecast to the last, in fiscal order. */
  readonly months: readonly number[];
  /** The calendar months forecasts were made in (a subset of `months`). */
  readonly occasions: readonly number[];
}

/** A running year's forecast change since the previous forecast. */
export interface RunningChange extends Lines<ChangeLine> {
  readonly kind: 'running';
  readonly yearLabel: string;
  /** The calendar month (1–12) of the previous forecast, and its year. */
  readonly previous: { readonly year: number; readonly month: number };
  /** The calendar month (1–12) of the latest forecast made up to the follow-up's month, and its year. */
  readonly latest: { readonly year: number; readonly month: number };
}

/** Forecast accuracy, or the change of the running year's forecast. */
export type ForecastAccuracy = ClosedAccuracy | RunningChange;

/** Why there is none. */
export type NoAccuracy = { readonly reason: 'noForecasts' } | { readonly reason: 'oneForecast'; readonly year: number; readonly month: number };

/** Whether the follow-up's fiscal year is closed: its last month is followed up and every month has actuals. */
export function isClosedYear(f: FollowUp, actualMonths: ReadonlySet<number>): boolean {
  return fiscalWindow(f.period).month === 12 && missingActualMonths(f, actualMonths).length === 0;
}

/** The months of the follow-up's fiscal year up to its month without actuals (month keys). */
export function missingActualMonths(f: FollowUp, actualMonths: ReadonlySet<number>): MonthKey[] {
  const { yearStart } = slotsOf(f.period);
  const m = fiscalWindow(f.period).month;
  return Array.from({ length: m }, (_, i) => (yearStart + i) as MonthKey).filter((k) => !actualMonths.has(k));
}

/** The accuracy (closed year) or the change (running year); or why there is none. */
export function forecastAccuracyOf(f: FollowUp, h: ForecastHistory, closed: boolean): ForecastAccuracy | NoAccuracy {
  if (h.occasions.length === 0) return { reason: 'noForecasts' };
  const yearLabel = periodFiscalYearLabel(f.period);
  if (closed) return closedAccuracy(f, h, yearLabel);
  if (h.occasions.length === 1) return { reason: 'oneForecast', ...yearMonthOf(h.occasions[0]!) };
  return runningChange(f, h, yearLabel);
}

/** Whether a result is an accuracy (not a reason for none). */
export function isForecastAccuracy(a: ForecastAccuracy | NoAccuracy): a is ForecastAccuracy {
  return 'kind' in a;
}

function closedAccuracy(f: FollowUp, h: ForecastHistory, yearLabel: string): ClosedAccuracy {
  const start = fiscalStartOf(f.period);
  const occasionMonths = h.occasions.map((k) => monthOf(k));
  const first = fiscalMonth(occasionMonths[0]!, start);
  const last = fiscalMonth(occasionMonths[occasionMonths.length - 1]!, start);
  const { yearStart } = slotsOf(f.period);
  // Column i is fiscal month first+i; its occasion index, or -1 when no forecast was made then.
  const columns = Array.from({ length: last - first + 1 }, (_, i) => h.occasions.indexOf((yearStart + first - 1 + i) as MonthKey));
  const sign = f.sign.sign;
  const line = (fig: Figures, s: ForecastSeries): AccuracyLine => ({
    annualBudget: fig.annualBudget,
    outcome: fig.ytdActual,
    outcomeDeviation: deviation(fig.annualBudget, fig.ytdActual, sign),
    cells: columns.map((o) => (o < 0 || !s.made[o] ? null : cellOf(s.forecast[o]!, fig, sign))),
  });
  return {
    kind: 'closed',
    yearLabel,
    months: columns.map((_, i) => monthOf((yearStart + first - 1 + i) as MonthKey)),
    occasions: occasionMonths,
    node: f.nodes.map((fig, n) => line(fig, h.node[n]!)),
    own: f.nodeOwn.map((fig, n) => line(fig, h.own[n]!)),
    total: line(f.total, h.total),
  };
}

/** A forecast against the year's outcome. */
function cellOf(forecast: Money | null, fig: Figures, sign: SignConvention): AccuracyCell | null {
  if (forecast === null) return null;
  const d = deviation(forecast, fig.ytdActual, sign);
  return { forecast, deviation: d, percent: percentOfBudget(d, fig.annualBudget) };
}

/** part ÷ |annual budget|, so the percent keeps the deviation's sign whatever the budget's. */
export function percentOfBudget(part: Money, annualBudget: Money): Percent | null {
  return percentOf(part, absMoney(annualBudget));
}

function runningChange(f: FollowUp, h: ForecastHistory, yearLabel: string): RunningChange {
  const p = h.occasions.length - 2;
  const l = h.occasions.length - 1;
  const sign = f.sign.sign;
  const line = (fig: Figures, s: ForecastSeries): ChangeLine => {
    const at = (o: number): Money | null => (s.forecast[o] === null ? null : deviation(fig.annualBudget, s.forecast[o]!, sign));
    const previous = at(p);
    const latest = at(l);
    return { annualBudget: fig.annualBudget, previous, latest, change: previous === null || latest === null ? null : subtractMoney(latest, previous) };
  };
  return {
    kind: 'running',
    yearLabel,
    previous: yearMonthOf(h.occasions[p]!),
    latest: yearMonthOf(h.occasions[l]!),
    node: f.nodes.map((fig, n) => line(fig, h.node[n]!)),
    own: f.nodeOwn.map((fig, n) => line(fig, h.own[n]!)),
    total: line(f.total, h.total),
  };
}
