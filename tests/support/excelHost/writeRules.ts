/**
 * What Excel stores when a value is written through `Range.values` or `Range.formulas`.
 *
 * Office.js treats a written string like typed input (the `Range.values` doc: "If the returned value
 * starts with a plus, minus, or equal sign, Excel interprets this value as a formula"):
 * - In a cell whose number format is Text ('@') at the moment the write is applied, any string is
 *   kept as text, exactly as written. Excel's UI does this; the API reference never says so, so
 *   `WriteRules.textFormatKeepsText: false` models an Excel where only the documented rule holds.
 * - Otherwise '=…' is a formula; '+…' and '@…' become the formula '=+…' / '=@…'; '-…' is a negative
 *   number when the rest is a number, else the formula '=-…'.
 * - A leading apostrophe marks text ("'=x" stores the text '=x'), as typing does; not in the API
 *   reference either (`apostropheMarksText: false`: the apostrophe is kept as a character).
 * - 'TRUE'/'FALSE' (any case) become booleans; plain decimal numbers ('12', '-3.5', '1e3') become
 *   numbers; '12%' becomes 0.12 formatted '0%'; 'YYYY-MM-DD' becomes a date serial formatted
 *   'yyyy-mm-dd'. Other locale-shaped text (thousand separators, decimal commas, month names) stays
 *   text, as the doc says for locale-shaped dates.
 * - '' empties the cell; `null` in an array leaves the cell unchanged (blank/null article).
 */
import type { Stored } from './cellStore';

/** What a write leaves in a cell. `numberFormat` is set when Excel also changes the format. */
export interface CellContent {
  value: Stored | undefined;
  formula: string | undefined;
  numberFormat?: string;
}

/** Which undocumented-but-observed rules apply (both true by default, as in Excel's UI). */
export interface WriteRules {
  readonly textFormatKeepsText: boolean;
  readonly apostropheMarksText: boolean;
}

/** Excel's UI behaviour. */
export const DEFAULT_WRITE_RULES: WriteRules = { textFormatKeepsText: true, apostropheMarksText: true };

/** The Text number format. */
export const TEXT_FORMAT = '@';

const NUMBER = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/;
const PERCENT = /^([+-]?(?:\d+\.?\d*|\.\d+))%$/;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Excel's serial number of a calendar date (1900 date system). */
export function dateSerial(year: number, month: number, day: number): number {
  return Math.round((Date.UTC(year, month - 1, day) - Date.UTC(1899, 11, 30)) / 86_400_000);
}

/** Parse text the way Excel parses typed constants; null when it stays text. */
function parseConstant(text: string): CellContent | null {
  const trimmed = text.trim();
  const upper = trimmed.toUpperCase();
  if (upper === 'TRUE' || upper === 'FALSE') return { value: upper === 'TRUE', formula: undefined };
  if (NUMBER.test(trimmed)) return { value: Number(trimmed), formula: undefined };
  const pct = PERCENT.exec(trimmed);
  if (pct) {
    const decimals = pct[1]!.includes('.') ? '.00' : '';
    return { value: Number(pct[1]) / 100, formula: undefined, numberFormat: `0${decimals}%` };
  }
  const iso = ISO_DATE.exec(trimmed);
  if (iso) {
    const [y, m, d] = [Number(iso[1]), Number(iso[2]), Number(iso[3])];
    const date = new Date(Date.UTC(y, m - 1, d));
    if (date.getUTCMonth() === m - 1 && date.getUTCDate() === d) {
      return { value: dateSerial(y, m, d), formula: undefined, numberFormat: 'yyyy-mm-dd' };
    }
  }
  return null;
}

/** What writing `input` through `Range.values` stores in a cell formatted `numberFormat`. */
export function contentFromValue(input: string | number | boolean, numberFormat: string, rules: WriteRules = DEFAULT_WRITE_RULES): CellContent {
  if (typeof input !== 'string') return { value: input, formula: undefined };
  if (input === '') return { value: undefined, formula: undefined };
  if (numberFormat === TEXT_FORMAT && rules.textFormatKeepsText) return { value: input, formula: undefined };
  if (input.startsWith("'") && !rules.apostropheMarksText) return { value: input, formula: undefined };
  if (input.startsWith("'")) return { value: input.slice(1) === '' ? undefined : input.slice(1), formula: undefined };
  const first = input[0];
  if (first === '=' && input.length > 1) return { value: undefined, formula: input };
  if (first === '-') {
    const parsed = parseConstant(input);
    if (parsed && typeof parsed.value === 'number') return parsed;
    return { value: undefined, formula: `=${input}` };
  }
  if (first === '+' || first === '@') return { value: undefined, formula: `=${input}` };
  return parseConstant(input) ?? { value: input, formula: undefined };
}

/** What writing `input` through `Range.formulas` stores: '=…' is a formula, the rest as `values`. */
export function contentFromFormula(input: string | number | boolean, numberFormat: string, rules: WriteRules = DEFAULT_WRITE_RULES): CellContent {
  if (typeof input === 'string' && input.startsWith('=') && input.length > 1 && (numberFormat !== TEXT_FORMAT || !rules.textFormatKeepsText)) {
    return { value: undefined, formula: input };
  }
  return contentFromValue(input, numberFormat, rules);
}
