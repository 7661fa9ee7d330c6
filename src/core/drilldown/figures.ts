/**
 * The figures one can drill into, and what each is made of: a month figure is one part (budget or
 * actual facts in a range of fiscal month slots); a deviation is two parts (its budget and its
 * actual side); the annual budget and the forecast follow their own rules (see ../followup/selection).
 */
import { figureSlots } from '../followup/figures';
import type { FollowUpPeriod } from '../period/month';

/** A figure of the unit and account tables whose rows can be shown. */
export type DrillFigure =
  | 'periodBudget'
  | 'periodActual'
  | 'periodDeviation'
  | 'ytdBudget'
  | 'ytdActual'
  | 'ytdDeviation'
  | 'annualBudget'
  | 'forecast'
  | 'forecastDeviation'
  | 'ytdDeviationPreviousMonth'
  | 'ytdActualPreviousYear';

/** Every drillable figure, in the report's column order. */
export const DRILL_FIGURES: readonly DrillFigure[] = [
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
];

/** Whether a string names a drillable figure. */
export function isDrillFigure(s: string): s is DrillFigure {
  return (DRILL_FIGURES as readonly string[]).includes(s);
}

/** One set of rows a figure is made of. */
export type PartSpec =
  | { readonly kind: 'months'; readonly figure: DrillFigure; readonly amount: 'budget' | 'actual'; readonly slots: readonly [number, number] }
  | { readonly kind: 'annualBudget'; readonly figure: 'annualBudget' }
  | { readonly kind: 'forecast'; readonly figure: 'forecast' };

/** The parts of a figure: one for an amount, two (budget side, actual side) for a deviation. */
export function partsOf(figure: DrillFigure, period: FollowUpPeriod): readonly PartSpec[] {
  const s = figureSlots(period);
  const months = (f: DrillFigure, amount: 'budget' | 'actual', slots: readonly [number, number]): PartSpec => ({ kind: 'months', figure: f, amount, slots });
  const annual: PartSpec = { kind: 'annualBudget', figure: 'annualBudget' };
  const forecast: PartSpec = { kind: 'forecast', figure: 'forecast' };
  switch (figure) {
    case 'periodBudget':
      return [months(figure, 'budget', s.period)];
    case 'periodActual':
      return [months(figure, 'actual', s.period)];
    case 'periodDeviation':
      return [months('periodBudget', 'budget', s.period), months('periodActual', 'actual', s.period)];
    case 'ytdBudget':
      return [months(figure, 'budget', s.ytd)];
    case 'ytdActual':
      return [months(figure, 'actual', s.ytd)];
    case 'ytdDeviation':
      return [months('ytdBudget', 'budget', s.ytd), months('ytdActual', 'actual', s.ytd)];
    case 'ytdDeviationPreviousMonth':
      return [months('ytdBudget', 'budget', s.ytdPreviousMonth), months('ytdActual', 'actual', s.ytdPreviousMonth)];
    case 'ytdActualPreviousYear':
      return [months(figure, 'actual', s.ytdPreviousYear)];
    case 'annualBudget':
      return [annual];
    case 'forecast':
      return [forecast];
    case 'forecastDeviation':
      return [annual, forecast];
    default:
      return assertNever(figure);
  }
}

function assertNever(x: never): never {
  throw new Error(`Unexpected figure ${String(x)}`);
}
