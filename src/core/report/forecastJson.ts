/**
 * The forecast-accuracy section in the JSON report (`forecastAccuracy`): exact amounts as decimal
 * strings in kronor, percentages rounded to one decimal, a month without a forecast as null.
 */
import type { AccuracyLine, ChangeLine, ForecastAccuracy, Lines } from '../forecast/accuracy';
import type { FollowUp } from '../followup/computeFollowUp';
import { moneyToKronorString, percentRounded, type Lang, type Money } from '../money';
import { rowPath } from '../cycle/unexplained';
import { accuracyLineOf } from './forecastTable';
import { unitRows, type UnitRow } from './rows';

/** A row's identity, as the JSON's unit rows give it. */
interface JsonRowId {
  readonly path: readonly string[];
  readonly kind: 'unit' | 'parent' | 'total';
}

/** One month's forecast against the outcome; null for a month without a forecast. */
export interface JsonAccuracyCell {
  readonly month: number;
  readonly forecast: string;
  readonly deviation: string;
  readonly percentOfBudget: string | null;
}

/** A closed year's row. */
export interface JsonAccuracyRow extends JsonRowId {
  readonly annualBudget: string;
  readonly outcome: string;
  readonly outcomeDeviation: string;
  /** One per month of `months`, null where no forecast was made. */
  readonly forecasts: readonly (JsonAccuracyCell | null)[];
}

/** A running year's row. */
export interface JsonChangeRow extends JsonRowId {
  readonly annualBudget: string;
  readonly previousForecastDeviation: string | null;
  readonly latestForecastDeviation: string | null;
  readonly change: string | null;
}

/** The section as JSON. */
export type JsonForecastAccuracy =
  | { readonly kind: 'closed'; readonly year: string; readonly months: readonly number[]; readonly rows: readonly JsonAccuracyRow[] }
  | {
      readonly kind: 'running';
      readonly year: string;
      readonly previous: { readonly year: number; readonly month: number };
      readonly latest: { readonly year: number; readonly month: number };
      readonly rows: readonly JsonChangeRow[];
    };

const kr = (m: Money | null): string | null => (m === null ? null : moneyToKronorString(m));

/** The section as JSON, rows as the JSON's unit rows (parents above their children, then the total). */
export function forecastAccuracyJson(f: FollowUp, a: ForecastAccuracy, lang: Lang): JsonForecastAccuracy {
  if (a.kind === 'closed') {
    const row = (l: AccuracyLine): Omit<JsonAccuracyRow, keyof JsonRowId> => ({
      annualBudget: moneyToKronorString(l.annualBudget),
      outcome: moneyToKronorString(l.outcome),
      outcomeDeviation: moneyToKronorString(l.outcomeDeviation),
      forecasts: l.cells.map((c, i) =>
        c === null ? null : { month: a.months[i]!, forecast: moneyToKronorString(c.forecast), deviation: moneyToKronorString(c.deviation), percentOfBudget: c.percent ? percentRounded(c.percent) : null },
      ),
    });
    return { kind: 'closed', year: a.yearLabel, months: a.months, rows: rowsOf(f, a, lang, row) };
  }
  const row = (l: ChangeLine): Omit<JsonChangeRow, keyof JsonRowId> => ({
    annualBudget: moneyToKronorString(l.annualBudget),
    previousForecastDeviation: kr(l.previous),
    latestForecastDeviation: kr(l.latest),
    change: kr(l.change),
  });
  return { kind: 'running', year: a.yearLabel, previous: a.previous, latest: a.latest, rows: rowsOf(f, a, lang, row) };
}

function rowsOf<L, R>(f: FollowUp, lines: Lines<L>, lang: Lang, row: (l: L) => R): (JsonRowId & R)[] {
  return unitRows(f, 'above').map((r: UnitRow) => {
    // Parents above their children: no heading rows, so every row has a line.
    const line = accuracyLineOf(lines, r)!;
    return { path: rowPath(r, lang), kind: r.kind === 'total' ? 'total' : r.kind === 'parent' ? 'parent' : 'unit', ...row(line) };
  });
}
