/** The drill-down's words, Swedish and English: figure names, column headers, kinds, totals. */
import type { AmountKind } from '../ledger/schema';
import { formatPlainNumber, type Lang } from '../money';
import type { DrillFigure } from './figures';

/** Words of the rows-behind table. */
export interface DrillWords {
  readonly figures: Readonly<Record<DrillFigure, string>>;
  readonly kinds: Readonly<Record<AmountKind, string>>;
  /** Sheet, cell, period, unit, account, kind, amount. */
  readonly headers: readonly [string, string, string, string, string, string, string];
  readonly sum: (what: string) => string;
  readonly total: string;
  readonly title: (figure: string, unit: string) => string;
  readonly allUnits: string;
  readonly noRows: string;
  readonly rowsCut: (shown: number, all: number) => string;
}

const SV: DrillWords = {
  figures: {
    periodBudget: 'Budget för perioden',
    periodActual: 'Utfall för perioden',
    periodDeviation: 'Avvikelse för perioden',
    ytdBudget: 'Budget hittills i år',
    ytdActual: 'Utfall hittills i år',
    ytdDeviation: 'Avvikelse hittills i år',
    annualBudget: 'Årsbudget',
    forecast: 'Prognos',
    forecastDeviation: 'Avvikelse prognos',
    ytdDeviationPreviousMonth: 'Avvikelse till och med föregående månad',
    ytdActualPreviousYear: 'Utfall samma period föregående år',
  },
  kinds: { budget: 'Budget', actual: 'Utfall', forecast: 'Prognos', annualBudget: 'Årsbudget' },
  headers: ['Blad', 'Cell', 'Period', 'Enhet', 'Konto', 'Typ', 'Belopp (kr)'],
  sum: (what) => `Summa ${what}`,
  total: 'Totalt',
  title: (figure, unit) => `Underlag: ${figure}, ${unit}`,
  allUnits: 'hela organisationen',
  noRows: 'Inga huvudboksrader bakom siffran.',
  rowsCut: (shown, all) => `Visar ${formatPlainNumber(String(shown), 'sv')} av ${formatPlainNumber(String(all), 'sv')} rader: resten ryms inte på ett blad.`,
};

const EN: DrillWords = {
  figures: {
    periodBudget: 'Budget for the period',
    periodActual: 'Actual for the period',
    periodDeviation: 'Deviation for the period',
    ytdBudget: 'Budget year to date',
    ytdActual: 'Actual year to date',
    ytdDeviation: 'Deviation year to date',
    annualBudget: 'Annual budget',
    forecast: 'Forecast',
    forecastDeviation: 'Forecast deviation',
    ytdDeviationPreviousMonth: 'Deviation to the previous month',
    ytdActualPreviousYear: 'Actual same period last year',
  },
  kinds: { budget: 'Budget', actual: 'Actual', forecast: 'Forecast', annualBudget: 'Annual budget' },
  headers: ['Sheet', 'Cell', 'Period', 'Unit', 'Account', 'Kind', 'Amount (SEK)'],
  sum: (what) => `Total ${what}`,
  total: 'Total',
  title: (figure, unit) => `Rows behind: ${figure}, ${unit}`,
  allUnits: 'the whole organisation',
  noRows: 'No ledger rows behind the figure.',
  rowsCut: (shown, all) => `Showing ${formatPlainNumber(String(shown), 'en')} of ${formatPlainNumber(String(all), 'en')} rows: the rest do not fit on one sheet.`,
};

/** The drill-down's words in a language. */
export function drillWords(lang: Lang): DrillWords {
  return lang === 'sv' ? SV : EN;
}
