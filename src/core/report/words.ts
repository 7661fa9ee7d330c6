/** The report's words in Swedish and English. */
import { CALENDAR_START, fiscalMonth, fiscalStartOf, fiscalWindow, periodFiscalYearLabel } from '../fiscal/fiscalYear';
import type { Lang } from '../money';
import type { FollowUpPeriod } from '../period/month';

const MONTHS: Readonly<Record<Lang, readonly string[]>> = {
  sv: ['januari', 'februari', 'mars', 'april', 'maj', 'juni', 'juli', 'augusti', 'september', 'oktober', 'november', 'december'],
  en: ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'],
};

const SHORT_MONTHS: Readonly<Record<Lang, readonly string[]>> = {
  sv: ['jan', 'feb', 'mar', 'apr', 'maj', 'jun', 'jul', 'aug', 'sep', 'okt', 'nov', 'dec'],
  en: ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'],
};

/** A month number that may have run past the year's ends (0 = December, 13 = January), as 1–12. */
function wrapped(month: number): number {
  return ((((month - 1) % 12) + 12) % 12) + 1;
}

/** "juli" / "July" (0 is December: the month before January). */
export function monthName(month: number, lang: Lang): string {
  return MONTHS[lang][wrapped(month) - 1] ?? String(month);
}

/** "jul" / "Jul". */
export function shortMonthName(month: number, lang: Lang): string {
  return SHORT_MONTHS[lang][wrapped(month) - 1] ?? String(month);
}

/**
 * The period's label: "juli" for one month, "jun/jul" for two, "maj–jul" for more; within the
 * fiscal year ("dec/jan" when it starts in April, never reaching back past its first month).
 */
export function periodLabel(month: number, months: number, lang: Lang, fiscalStart = CALENDAR_START): string {
  const k = Math.min(months, fiscalMonth(month, fiscalStart));
  if (k <= 1) return monthName(month, lang);
  if (k === 2) return `${shortMonthName(month - 1, lang)}/${shortMonthName(month, lang)}`;
  return `${shortMonthName(month - k + 1, lang)}–${shortMonthName(month, lang)}`;
}

/** The period with its year: "jun/jul 2025"; "dec 2025/jan 2026" across the turn of the year. */
export function periodText(p: FollowUpPeriod, lang: Lang): string {
  const k = fiscalWindow(p).months;
  if (k <= p.month) return `${periodLabel(p.month, p.months, lang, fiscalStartOf(p))} ${p.year}`;
  const first = `${shortMonthName(p.month - k + 1, lang)} ${p.year - 1}`;
  return `${first}${k === 2 ? '/' : '–'}${shortMonthName(p.month, lang)} ${p.year}`;
}

/** The fiscal year so far: "april–juli 2025"; "april 2025–februari 2026" across the turn of the year. */
export function fiscalSpan(p: FollowUpPeriod, lang: Lang): string {
  const f = fiscalWindow(p).month;
  if (f === 1) return `${monthName(p.month, lang)} ${p.year}`;
  const first = p.month - f + 1;
  if (first >= 1) return `${monthName(first, lang)}–${monthName(p.month, lang)} ${p.year}`;
  return `${monthName(first, lang)} ${p.year - 1}–${monthName(p.month, lang)} ${p.year}`;
}

/** Whether the period's fiscal year starts after January (its words then name the fiscal year). */
export function isFiscal(p: FollowUpPeriod): boolean {
  return fiscalStartOf(p) !== CALENDAR_START;
}

/** The report's title: "KLS – ekonomisk uppföljning till och med juli 2025 (räkenskapsåret 2025/26)". */
export function reportTitle(p: FollowUpPeriod, org: string, lang: Lang): string {
  const w = reportWords(lang);
  const month = monthName(p.month, lang);
  return isFiscal(p) ? w.fiscalTitle(org, month, p.year, fiscalSpan(p, lang), periodFiscalYearLabel(p)) : w.title(org, month, p.year);
}

/** A heading starts with a capital ("förvaltningen" in prose, "Förvaltningen – …" as a title). */
function capitalised(s: string): string {
  return s.charAt(0).toLocaleUpperCase('sv-SE') + s.slice(1);
}

/** All words the report uses, per language. */
export interface ReportWords {
  readonly sheetName: (iso: string) => string;
  readonly title: (org: string, month: string, year: number) => string;
  /** The title in a fiscal year: the month and year, the fiscal year so far ("April–July 2025"), its name ("2025/26"). */
  readonly fiscalTitle: (org: string, month: string, year: number, span: string, fiscalYear: string) => string;
  /** `period` with its year ("jun/jul 2025"). */
  readonly subtitle: (scale: string, period: string, sheets: string) => string;
  /** " (räkenskapsåret 2025/26)", after a month named in prose. */
  readonly fiscalYearNote: (fiscalYear: string) => string;
  readonly signNote: { readonly debit: string; readonly result: string };
  /** After the subtitle when rounding-reconciled display is on. */
  readonly reconciledNote: string;
  readonly keyFiguresTitle: (org: string, scale: string) => string;
  readonly keyBudget: (month: string) => string;
  readonly keyActual: (actual: string, month: string) => string;
  readonly keyDeviation: (month: string) => string;
  readonly keyPercent: string;
  readonly unit: string;
  readonly budget: string;
  readonly deviation: string;
  readonly percentOfBudget: string;
  readonly annualBudget: string;
  readonly upTo: (month: string) => string;
  readonly forecast: (madeIn: string) => string;
  readonly forecastDeviation: string;
  readonly comment: string;
  readonly totalRow: (org: string) => string;
  readonly sumRow: (name: string) => string;
  readonly ownRows: (name: string) => string;
  readonly accountTitle: (scale: string) => string;
  readonly accountHeaders: readonly [string, string, string, string, string, string, string];
  readonly revenue: string;
  readonly costs: string;
  readonly financial: string;
  readonly ofWhich: string;
  readonly resultTitle: (scale: string) => string;
  readonly resultHeaders: (month: string, previous: string) => readonly [string, string, string];
  readonly summaryTitle: string;
  readonly summaryComment: string;
  readonly chartTitle: (month: string, scale: string) => string;
  readonly chartSeries: string;
  readonly chartDataTitle: string;
  readonly defaultActual: string;
  /** Print header and footer: the period with its year, the date the sheet was built, "Sida 1 av 2". */
  readonly printPeriod: (period: string) => string;
  readonly printBuilt: (date: string) => string;
  readonly printPage: readonly [string, string];
  /** The note beside a table whose empty columns are left out. */
  readonly emptyColumns: (headers: readonly string[]) => string;
}

const SV: ReportWords = {
  sheetName: (iso) => `Uppföljning ${iso}`,
  title: (org, month, year) => `${capitalised(org)} – ekonomisk uppföljning till och med ${month} ${year}`,
  fiscalTitle: (org, month, year, _span, fy) => `${capitalised(org)} – ekonomisk uppföljning till och med ${month} ${year} (räkenskapsåret ${fy})`,
  subtitle: (scale, period, sheets) => `Belopp i ${scale}. Period: ${period}. Underlag: ${sheets}.`,
  fiscalYearNote: (fy) => ` (räkenskapsåret ${fy})`,
  reconciledNote: 'Avrundade belopp är justerade så att delarna summerar till summorna (största restmetoden, högst en enhet).',
  signNote: { debit: 'Positiv avvikelse = överskott (kostnader positiva).', result: 'Positiv avvikelse = överskott (intäkter positiva).' },
  keyFiguresTitle: (org, scale) => `Ekonomisk uppföljning över ${org} (${scale})`,
  keyBudget: (m) => `Budget till och med ${m}`,
  keyActual: (a, m) => `${a} till och med ${m}`,
  keyDeviation: (m) => `Avvikelse till och med ${m}`,
  keyPercent: 'Procent av budget',
  unit: 'Enhet',
  budget: 'Budget',
  deviation: 'Avvikelse',
  percentOfBudget: '% av budget',
  annualBudget: 'Årsbudget',
  upTo: (m) => `t.o.m. ${m}`,
  forecast: (m) => `Prognos efter ${m}`,
  forecastDeviation: 'Avvikelse prognos',
  comment: 'Kommentar',
  totalRow: (org) => `Totalt ${org}`,
  sumRow: (name) => `Summa ${name}`,
  ownRows: (name) => `${name}, övrigt`,
  accountTitle: (scale) => `Analys av utfall (${scale})`,
  accountHeaders: ['', 'Utfall ack', 'Budget ack', 'Budgetavvikelse', 'Prognos helår', 'Budget helår', 'Utfall ack föreg år'],
  revenue: 'Verksamhetens intäkter',
  costs: 'Verksamhetens kostnader',
  financial: 'Finansiella poster',
  ofWhich: 'varav',
  resultTitle: (scale) => `Resultatanalys per verksamhetsområde (${scale})`,
  resultHeaders: (m, p) => ['Resultat', `Budgetavvikelse ack ${m}`, `Budgetavvikelse ack ${p}`],
  summaryTitle: 'Sammanfattning',
  summaryComment: '↑ Kommentar: skriv i raden ovan – den behålls vid uppdatering och skrivs ut.',
  chartTitle: (m, scale) => `Avvikelse t.o.m. ${m} per enhet (${scale})`,
  chartSeries: 'Avvikelse',
  chartDataTitle: 'Diagramunderlag',
  defaultActual: 'Utfall',
  printPeriod: (period) => `Period: ${period}`,
  printBuilt: (date) => `Skapad ${date}`,
  printPage: ['Sida ', ' av '],
  emptyColumns: (headers) => `Visas inte, utan värden: ${headers.join(', ')}.`,
};

const EN: ReportWords = {
  sheetName: (iso) => `Follow-up ${iso}`,
  title: (org, month, year) => `${capitalised(org)} – budget follow-up up to and including ${month} ${year}`,
  fiscalTitle: (org, _month, _year, span, fy) => `${capitalised(org)} – budget follow-up ${span} (financial year ${fy})`,
  subtitle: (scale, period, sheets) => `Amounts in ${scale}. Period: ${period}. Source: ${sheets}.`,
  fiscalYearNote: (fy) => ` (financial year ${fy})`,
  reconciledNote: 'Rounded amounts are adjusted so the parts add up to the totals (largest remainder method, at most one unit).',
  signNote: { debit: 'Positive deviation = surplus (costs positive).', result: 'Positive deviation = surplus (revenue positive).' },
  keyFiguresTitle: (org, scale) => `Financial follow-up of ${org} (${scale})`,
  keyBudget: (m) => `Budget to ${m}`,
  keyActual: (a, m) => `${a} to ${m}`,
  keyDeviation: (m) => `Deviation to ${m}`,
  keyPercent: 'Percent of budget',
  unit: 'Unit',
  budget: 'Budget',
  deviation: 'Deviation',
  percentOfBudget: '% of budget',
  annualBudget: 'Annual budget',
  upTo: (m) => `to ${m}`,
  forecast: (m) => `Forecast (${m})`,
  forecastDeviation: 'Forecast deviation',
  comment: 'Comment',
  totalRow: (org) => `Total ${org}`,
  sumRow: (name) => `Total ${name}`,
  ownRows: (name) => `${name}, other`,
  accountTitle: (scale) => `Analysis of actuals (${scale})`,
  accountHeaders: ['', 'Actual YTD', 'Budget YTD', 'Budget deviation', 'Full-year forecast', 'Annual budget', 'Actual YTD previous year'],
  revenue: 'Operating revenue',
  costs: 'Operating costs',
  financial: 'Financial items',
  ofWhich: 'of which',
  resultTitle: (scale) => `Result per area (${scale})`,
  resultHeaders: (m, p) => ['Result', `Budget deviation YTD ${m}`, `Budget deviation YTD ${p}`],
  summaryTitle: 'Summary',
  summaryComment: '↑ Comment: type in the row above – it is kept on refresh and printed.',
  chartTitle: (m, scale) => `Deviation to ${m} per unit (${scale})`,
  chartSeries: 'Deviation',
  chartDataTitle: 'Chart data',
  defaultActual: 'Actual',
  printPeriod: (period) => `Period: ${period}`,
  printBuilt: (date) => `Built ${date}`,
  printPage: ['Page ', ' of '],
  emptyColumns: (headers) => `Not shown, having no values: ${headers.join(', ')}.`,
};

/** The words of a language. */
export function reportWords(lang: Lang): ReportWords {
  return lang === 'sv' ? SV : EN;
}

/** The ledger's own word for actuals where it is of the report's language; else the default. */
export function actualWord(ledgerWord: string | null, lang: Lang): string {
  const swedish = ['Utfall', 'Redovisning', 'Bokfört', 'Verkligt'];
  const english = ['Actual', 'Actuals', 'Outcome'];
  if (ledgerWord !== null && (lang === 'sv' ? swedish : english).includes(ledgerWord)) return ledgerWord;
  return reportWords(lang).defaultActual;
}
