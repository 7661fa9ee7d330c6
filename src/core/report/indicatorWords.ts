/** The indicator tables' and summary sentence's words, in Swedish and English. */
import type { StatusBasis } from '../indicators/indicatorTable';
import type { IndicatorStatus } from '../indicators/status';
import type { Lang } from '../money';

/** All words of the indicator section. */
export interface IndicatorWords {
  readonly yearTitle: string;
  readonly monthTitle: string;
  /** Indikator (år) | År | Utfall (helår) | Prognos (helår) | Mål (helår) | Utfall (föreg år) | Status: seed 000's columns. */
  readonly yearHeaders: readonly [string, string, string, string, string, string, string];
  /** Indikator (månad) | Månad | Utfall (ack period) | Mål (ack period) | Prognos (helår) | Mål (helår) | Utfall (föreg år) | Status. */
  readonly monthHeaders: readonly [string, string, string, string, string, string, string, string];
  readonly status: (kind: IndicatorStatus, basis: StatusBasis) => string;
  /** "X, Y och Z". */
  readonly and: string;
  /** The sentence when no indicator misses its target. */
  readonly allInLine: (names: string, count: number) => string;
  /** The sentence when some miss: those (with figures) and the others in line. */
  readonly someMiss: (missed: string, missedCount: number, inLine: string, inLineCount: number) => string;
  /** "5,6 % mot målet 5,5 %"; with a forecast, "prognos 70 mot målet 80". */
  readonly against: (value: string, target: string, basis: StatusBasis) => string;
}

const SV: IndicatorWords = {
  yearTitle: 'Indikatorer per år',
  monthTitle: 'Indikatorer per månad',
  yearHeaders: ['Indikator (år)', 'År', 'Utfall (helår)', 'Prognos (helår)', 'Mål (helår)', 'Utfall (föreg år)', 'Status'],
  monthHeaders: ['Indikator (månad)', 'Månad', 'Utfall (ack period)', 'Mål (ack period)', 'Prognos (helår)', 'Mål (helår)', 'Utfall (föreg år)', 'Status'],
  status: (kind, basis) => `${{ met: 'Uppfyllt', near: 'Nära målet', missed: 'Ej uppfyllt' }[kind]}${basis === 'forecast' ? ' (prognos)' : ''}`,
  and: ' och ',
  allInLine: (names, n) => (n > 1 ? `Indikatorerna för ${names} ligger i linje med sina mål.` : `Indikatorn för ${names} ligger i linje med sitt mål.`),
  someMiss: (missed, m, inLine, n) =>
    `${missed} når inte ${m > 1 ? 'sina mål' : 'sitt mål'}${n === 0 ? '' : `, medan ${inLine} ligger i linje med ${n > 1 ? 'sina mål' : 'sitt mål'}`}.`,
  against: (value, target, basis) => `${basis === 'forecast' ? 'prognos ' : ''}${value} mot målet ${target}`,
};

const EN: IndicatorWords = {
  yearTitle: 'Indicators by year',
  monthTitle: 'Indicators by month',
  yearHeaders: ['Indicator (year)', 'Year', 'Actual (full year)', 'Forecast (full year)', 'Target (full year)', 'Actual (previous year)', 'Status'],
  monthHeaders: ['Indicator (month)', 'Month', 'Actual (to date)', 'Target (to date)', 'Forecast (full year)', 'Target (full year)', 'Actual (previous year)', 'Status'],
  status: (kind, basis) => `${{ met: 'Met', near: 'Near target', missed: 'Missed' }[kind]}${basis === 'forecast' ? ' (forecast)' : ''}`,
  and: ' and ',
  allInLine: (names, n) => (n > 1 ? `The indicators for ${names} are in line with their targets.` : `The indicator for ${names} is in line with its target.`),
  someMiss: (missed, m, inLine, n) =>
    `${missed} ${m > 1 ? 'miss their targets' : 'misses its target'}${n === 0 ? '' : `, while ${inLine} ${n > 1 ? 'are in line with theirs' : 'is in line with its target'}`}.`,
  against: (value, target, basis) => `${basis === 'forecast' ? 'forecast ' : ''}${value} against a target of ${target}`,
};

/** The indicator words of a language. */
export function indicatorWords(lang: Lang): IndicatorWords {
  return lang === 'sv' ? SV : EN;
}
