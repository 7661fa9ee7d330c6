/**
 * The indicator sheet's schema as data (like the ledger's, core/ledger/schema): which header words
 * name which column, and the words of its Riktning and Typ cells, in Swedish and English. Headers
 * match without regard to case, spaces, punctuation or diacritics ("Utfall (ack period)" is
 * "utfallackperiod"). Adding a synonym is one line.
 */
import { normalizeWord, wordLookup } from '../ledger/normalize';

/** What a column of an indicator sheet holds. */
export type IndicatorRole =
  | 'indicator'
  | 'period'
  | 'year'
  | 'actual'
  | 'target'
  | 'yearActual'
  | 'yearTarget'
  | 'forecast'
  | 'previousYear'
  | 'direction'
  | 'measureUnit'
  | 'type';

/**
 * The roles that hold an indicator's figures. Utfall and Mål are the row's period's (the year's on
 * a year row, to date on a month row); a sheet laid out like the seed's table may also have
 * Utfall (helår) and Mål (helår) beside them on the month rows.
 */
export const FIGURE_ROLES = ['actual', 'target', 'yearActual', 'yearTarget', 'forecast', 'previousYear'] as const;

/** A figure role. */
export type FigureRole = (typeof FIGURE_ROLES)[number];

/**
 * Header words per role. The seed's own headers are here ("Indikator (År)", "Utfall (ack period)",
 * "Mål (helår)"): a row's Period says whether its figures are the year's or to date.
 */
export const INDICATOR_HEADER_WORDS: Readonly<Record<IndicatorRole, readonly string[]>> = {
  // Not "Measure": an OLAP export's kind column ("Measures: Budget, Actual") must stay a ledger's.
  indicator: ['Indikator', 'Indikatorer', 'Indikator (år)', 'Indikator (månad)', 'Nyckeltal', 'Mått', 'Mätetal', 'Indicator', 'Indicators', 'KPI', 'Key figure'],
  period: ['Period', 'Månad', 'Tidpunkt', 'Avser', 'Month', 'Date', 'Datum'],
  /** A year column: the row's year on its own, or the year of a bare month in Period ("sep"). */
  year: ['År', 'Räkenskapsår', 'Verksamhetsår', 'Year', 'Fiscal year'],
  actual: ['Utfall', 'Utfall ack', 'Utfall ack period', 'Utfall period', 'Actual', 'Outcome', 'Actual to date'],
  target: ['Mål', 'Målvärde', 'Mål ack', 'Mål ack period', 'Mål period', 'Target', 'Goal', 'Target value', 'Target to date'],
  yearActual: ['Utfall helår', 'Utfall år', 'Helårsutfall', 'Actual full year', 'Full year actual'],
  yearTarget: ['Mål helår', 'Mål år', 'Årsmål', 'Helårsmål', 'Target full year', 'Full year target', 'Annual target'],
  forecast: ['Prognos', 'Prognos helår', 'Helårsprognos', 'Forecast', 'Full year forecast'],
  previousYear: [
    'Utfall föreg år', 'Utfall föregående år', 'Utfall fg år', 'Föreg år', 'Föregående år', 'Fg år', 'Utfall fjol', 'Fjolåret',
    'Previous year', 'Prior year', 'Last year', 'Previous year actual', 'Prior year actual', 'Actual previous year',
  ],
  direction: ['Riktning', 'Önskad riktning', 'Bättre', 'Direction', 'Better', 'Polarity'],
  measureUnit: ['Enhet', 'Måttenhet', 'Unit', 'Unit of measure'],
  type: ['Typ', 'Värdetyp', 'Type', 'Value type'],
};

/** Which way is better for an indicator: higher (engagement, staffing) or lower (sick leave). */
export type Direction = 'higher' | 'lower';

/** What an indicator measures. */
export type IndicatorType = 'percent' | 'count' | 'index';

/** Values of the Riktning column. Blank means higher is better. */
export const DIRECTION_WORDS: Readonly<Record<Direction, readonly string[]>> = {
  higher: ['Högre', 'Högre är bättre', 'Hög', 'Öka', 'Ökande', 'Upp', '↑', '+', 'Higher', 'Higher is better', 'High', 'Up', 'Increase'],
  lower: ['Lägre', 'Lägre är bättre', 'Låg', 'Minska', 'Minskande', 'Ned', 'Ner', '↓', '-', '−', 'Lower', 'Lower is better', 'Low', 'Down', 'Decrease'],
};

/** Values of the Typ column. */
export const TYPE_WORDS: Readonly<Record<IndicatorType, readonly string[]>> = {
  percent: ['%', 'Procent', 'Andel', 'Percent', 'Percentage', 'Share'],
  count: ['Antal', 'St', 'Stycken', 'Count', 'Number'],
  index: ['Index', 'Indextal'],
};

const ROLE_BY_WORD = wordLookup<IndicatorRole>(INDICATOR_HEADER_WORDS);
const DIRECTION_BY_WORD = wordLookup<Direction>(DIRECTION_WORDS);
const TYPE_BY_WORD = wordLookup<IndicatorType>(TYPE_WORDS);

/** Words that normalising would erase ("%", "↑", "-"), looked up as written. */
function signLookup<T extends string>(table: Readonly<Record<T, readonly string[]>>): ReadonlyMap<string, T> {
  const entries = (Object.entries(table) as [T, readonly string[]][]).flatMap(([v, ws]) => ws.filter((w) => normalizeWord(w) === '').map((w) => [w, v] as const));
  return new Map(entries);
}

const SIGN_DIRECTIONS = signLookup(DIRECTION_WORDS);
const SIGN_TYPES = signLookup(TYPE_WORDS);

/** A cell's word in a lookup: by its normalised letters, or as written when it has none. */
function lookUp<T>(text: string, words: ReadonlyMap<string, T>, signs: ReadonlyMap<string, T>): T | null {
  const w = normalizeWord(text);
  return (w === '' ? signs.get(text.trim()) : words.get(w)) ?? null;
}

/** The role a header names in an indicator sheet, or null. */
export function indicatorRoleOf(header: string): IndicatorRole | null {
  return ROLE_BY_WORD.get(normalizeWord(header)) ?? null;
}

/** The direction a Riktning cell names, or null when it names none. */
export function directionOf(text: string): Direction | null {
  return lookUp(text, DIRECTION_BY_WORD, SIGN_DIRECTIONS);
}

/** The type a Typ cell names, or null when it names none. */
export function indicatorTypeOf(text: string): IndicatorType | null {
  return lookUp(text, TYPE_BY_WORD, SIGN_TYPES);
}

/**
 * Whether a row of header texts is an indicator sheet's: an Indikator column and at least one
 * figure column. Checked before the ledger's kinds, so an indicator sheet (which has Period, Utfall
 * and Prognos like a ledger) is never read as one; a ledger has no Indikator column.
 */
export function isIndicatorHeader(headers: readonly string[]): boolean {
  const roles = new Set(headers.map(indicatorRoleOf));
  return roles.has('indicator') && FIGURE_ROLES.some((r) => roles.has(r));
}
