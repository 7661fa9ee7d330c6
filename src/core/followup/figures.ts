/**
 * The figures of one row (a unit, a parent's subtree, the total, or an account group) for a
 * follow-up period, computed from its monthly sums (SPEC §3).
 */
import { moneyFromOre, percentOf, type Money, type Percent } from '../money';
import { fiscalWindow } from '../fiscal/fiscalYear';
import type { FollowUpPeriod } from '../period/month';
import { deviation, type SignConvention } from './sign';

/** All figures of a row, exact. */
export interface Figures {
  readonly periodBudget: Money;
  readonly periodActual: Money;
  readonly periodDeviation: Money;
  readonly periodPercentOfBudget: Percent | null;
  readonly ytdBudget: Money;
  readonly ytdActual: Money;
  readonly ytdDeviation: Money;
  readonly ytdPercentOfBudget: Percent | null;
  readonly annualBudget: Money;
  /** The latest full-year forecast made at or before the month; null when there is none. */
  readonly forecast: Money | null;
  readonly forecastDeviation: Money | null;
  /** Null in the fiscal year's first month (January for a calendar year). */
  readonly ytdDeviationPreviousMonth: Money | null;
  /** Null when the ledger has no actuals for the previous year. */
  readonly ytdActualPreviousYear: Money | null;
}

/** Months kept per line: the previous fiscal year and the selected one, each from its first month. */
export const MONTHS_KEPT = 24;

/**
 * Monthly sums of one line, in integer öre: index 0–11 the previous fiscal year, 12–23 the selected
 * one, in fiscal order (index 12 is April when the fiscal year starts in April).
 * Mutable while aggregating.
 */
export interface LineSums {
  readonly budget: Float64Array;
  readonly actual: Float64Array;
  /** Annual budget of the selected year (Årsbudget where the ledger has it, else the budget's months). */
  annualBudget: number;
  forecast: number;
  hasForecast: boolean;
}

/** Empty sums. */
export function emptyLineSums(): LineSums {
  return { budget: new Float64Array(MONTHS_KEPT), actual: new Float64Array(MONTHS_KEPT), annualBudget: 0, forecast: 0, hasForecast: false };
}

/** Add b into a; forecasts too unless `withForecast` is false (parents roll forecasts up their own way). */
export function addLineSums(a: LineSums, b: LineSums, withForecast = true): void {
  for (let i = 0; i < MONTHS_KEPT; i++) {
    a.budget[i]! += b.budget[i]!;
    a.actual[i]! += b.actual[i]!;
  }
  a.annualBudget += b.annualBudget;
  if (withForecast && b.hasForecast) {
    a.forecast += b.forecast;
    a.hasForecast = true;
  }
}

function sum(a: Float64Array, from: number, to: number): Money {
  let s = 0;
  for (let i = from; i < to; i++) s += a[i]!;
  return moneyFromOre(s);
}

/** The month slots [from, to) each month figure sums; shared with the drill-down. */
export interface FigureSlots {
  readonly period: readonly [number, number];
  readonly ytd: readonly [number, number];
  readonly ytdPreviousMonth: readonly [number, number];
  readonly ytdPreviousYear: readonly [number, number];
  /** The selected month's place in its fiscal year, 1–12. */
  readonly month: number;
}

/** The slots of a period's figures: the aggregation put each calendar month in its fiscal slot. */
export function figureSlots(period: FollowUpPeriod): FigureSlots {
  const { month: m, months } = fiscalWindow(period);
  const end = 12 + m;
  return { period: [end - months, end], ytd: [12, end], ytdPreviousMonth: [12, end - 1], ytdPreviousYear: [0, m], month: m };
}

/** The figures of a line for the period. */
export function figuresOf(line: LineSums, period: FollowUpPeriod, sign: SignConvention, hasPreviousYear: boolean): Figures {
  const w = figureSlots(period);
  const m = w.month;
  const [start, end] = w.period;
  const periodBudget = sum(line.budget, start, end);
  const periodActual = sum(line.actual, start, end);
  const ytdBudget = sum(line.budget, ...w.ytd);
  const ytdActual = sum(line.actual, ...w.ytd);
  const annualBudget = moneyFromOre(line.annualBudget);
  const forecast = line.hasForecast ? moneyFromOre(line.forecast) : null;
  return {
    periodBudget,
    periodActual,
    periodDeviation: deviation(periodBudget, periodActual, sign),
    periodPercentOfBudget: percentOf(periodActual, periodBudget),
    ytdBudget,
    ytdActual,
    ytdDeviation: deviation(ytdBudget, ytdActual, sign),
    ytdPercentOfBudget: percentOf(ytdActual, ytdBudget),
    annualBudget,
    forecast,
    forecastDeviation: forecast === null ? null : deviation(annualBudget, forecast, sign),
    ytdDeviationPreviousMonth: m === 1 ? null : deviation(sum(line.budget, ...w.ytdPreviousMonth), sum(line.actual, ...w.ytdPreviousMonth), sign),
    ytdActualPreviousYear: hasPreviousYear ? sum(line.actual, ...w.ytdPreviousYear) : null,
  };
}
