/** The forecast-accuracy section's words, in Swedish and English. */
import type { Lang } from '../money';
import { monthName, shortMonthName } from './words';

/** Words of the forecast-accuracy tables and notes. */
export interface ForecastWords {
  /** "Prognossäkerhet 2023: prognosavvikelse mot utfall (tkr)". */
  readonly closedTitle: (year: string, unit: string) => string;
  readonly percentTitle: (year: string) => string;
  readonly annualBudget: string;
  readonly outcome: (year: string) => string;
  readonly outcomeDeviation: string;
  /** A month's column: "Prognos mar". */
  readonly forecastIn: (month: number) => string;
  readonly closedNote: string;
  /** "Prognosförändring sedan juni 2024 (tkr)". */
  readonly runningTitle: (month: number, year: number, unit: string) => string;
  /** "Prognosavvikelse juni". */
  readonly deviationAt: (month: number) => string;
  readonly changeSince: (month: number) => string;
  readonly runningNote: string;
}

const SV: ForecastWords = {
  closedTitle: (year, unit) => `Prognossäkerhet ${year}: prognosavvikelse mot utfall (${unit})`,
  percentTitle: (year) => `Prognossäkerhet ${year}: prognosavvikelse i % av årsbudget`,
  annualBudget: 'Årsbudget',
  outcome: (year) => `Utfall ${year}`,
  outcomeDeviation: 'Avvikelse mot budget',
  forecastIn: (m) => `Prognos ${shortMonthName(m, 'sv')}`,
  closedNote:
    'Prognosavvikelse: utfallets avvikelse mot budget minus prognosens; positivt = utfallet blev bättre än prognosen. Tom ruta: ingen prognos gjord den månaden.',
  runningTitle: (m, y, unit) => `Prognosförändring sedan ${monthName(m, 'sv')} ${y} (${unit})`,
  deviationAt: (m) => `Prognosavvikelse ${monthName(m, 'sv')}`,
  changeSince: (m) => `Förändring sedan ${monthName(m, 'sv')}`,
  runningNote: 'Prognosavvikelse: årsbudget mot helårsprognos, positivt = överskott. Förändring: positivt = prognosen har förbättrats.',
};

const EN: ForecastWords = {
  closedTitle: (year, unit) => `Forecast accuracy ${year}: forecast deviation from outcome (${unit})`,
  percentTitle: (year) => `Forecast accuracy ${year}: forecast deviation in % of annual budget`,
  annualBudget: 'Annual budget',
  outcome: (year) => `Outcome ${year}`,
  outcomeDeviation: 'Deviation from budget',
  forecastIn: (m) => `Forecast ${shortMonthName(m, 'en')}`,
  closedNote:
    'Forecast deviation: the outcome\'s deviation from budget minus the forecast\'s; positive = the outcome was better than the forecast. Blank: no forecast made that month.',
  runningTitle: (m, y, unit) => `Forecast change since ${monthName(m, 'en')} ${y} (${unit})`,
  deviationAt: (m) => `Forecast deviation ${monthName(m, 'en')}`,
  changeSince: (m) => `Change since ${monthName(m, 'en')}`,
  runningNote: 'Forecast deviation: annual budget against the full-year forecast, positive = surplus. Change: positive = the forecast has improved.',
};

/** The section's words in a language. */
export function forecastWords(lang: Lang): ForecastWords {
  return lang === 'sv' ? SV : EN;
}
