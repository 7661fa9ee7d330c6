/**
 * Measures: the figures of an indicator (staffing 605,4, sick leave 5,6 %, an index of 78). Not
 * money, but just as exact: a measure is a plain decimal string ("605.4", "5.6"), read from a cell
 * as the user typed it and compared with decimal.js, never as a binary double.
 */
import { Dec } from './decimal';
import { formatPlainNumber, NBSP, type Lang } from './format';

/** An exact decimal as a plain string: optional minus, digits, optional point and digits ("-3.8", "605.4", "5"). */
export type Measure = string & { readonly __brand: 'Measure' };

/** Significant digits a spreadsheet keeps (Excel shows 15): a double beyond them is noise of binary arithmetic. */
const SPREADSHEET_DIGITS = 15;

/** A measure from a number cell: its shortest decimal form at a spreadsheet's 15 digits (0.1 + 0.2 → "0.3"); null for NaN or infinities. */
export function measureFromNumber(n: number): Measure | null {
  if (!Number.isFinite(n)) return null;
  return plainOf(new Dec(n.toString()).toSignificantDigits(SPREADSHEET_DIGITS, Dec.ROUND_HALF_UP));
}

const GROUP_SPACES = /[\s\u00a0\u2007\u2009\u202f]/g;

/** What a text cell holds as a measure: the value, and whether it was written with a percent sign ("5,6 %"). */
export interface MeasureText {
  readonly value: Measure;
  readonly percentSign: boolean;
}

/**
 * A measure from text as Swedish or English sheets write it: "605,4", "1 064,1", "−3,8", "5,6 %",
 * "1,064.1". One comma or one dot alone is the decimal mark; "1,064" (one mark, three digits) could
 * be either and is not read. Null when the text is no number.
 */
export function measureFromText(text: string): MeasureText | null {
  let s = text.trim().replace(GROUP_SPACES, '');
  const percentSign = s.endsWith('%');
  if (percentSign) s = s.slice(0, -1);
  let negative = false;
  if (/^[-\u2212\u2013]/.test(s)) {
    negative = true;
    s = s.slice(1);
  } else if (s.startsWith('+')) s = s.slice(1);
  if (/^\d{1,3}[.,]\d{3}$/.test(s) && !/^0[.,]/.test(s)) return null;
  const digits = normaliseMarks(s);
  if (digits === null) return null;
  const value = plainOf(new Dec(`${negative ? '-' : ''}${digits}`));
  return { value, percentSign };
}

/** "1,064.1" → "1064.1", "605,4" → "605.4"; null when the marks do not make a number. */
function normaliseMarks(s: string): string | null {
  if (/^\d+$/.test(s)) return s;
  if (/^\d*[.,]\d+$/.test(s)) return s.replace(',', '.');
  const grouped = /^(\d{1,3}(?:([.,])\d{3})+)(?:([.,])(\d+))?$/.exec(s);
  if (grouped === null || grouped[2] === grouped[3]) return null;
  return `${grouped[1]!.split(grouped[2]!).join('')}${grouped[4] === undefined ? '' : `.${grouped[4]}`}`;
}

/** A decimal as a measure: plain notation, no trailing zeros, never "-0". */
function plainOf(d: InstanceType<typeof Dec>): Measure {
  const s = d.isZero() ? '0' : d.toFixed();
  return (s.includes('.') ? s.replace(/0+$/, '').replace(/\.$/, '') : s) as Measure;
}

/** The number of decimals a measure is written with ("605.4" → 1, "5" → 0). */
export function measureDecimals(m: Measure): number {
  const point = m.indexOf('.');
  return point < 0 ? 0 : m.length - point - 1;
}

/** The measure in hundredths written as a percent (0.056 → 5.6): an exact decimal shift. */
export function measureAsPercent(m: Measure): Measure {
  return plainOf(new Dec(m).times(100));
}

/** Whether |m| ≤ 1. */
export function isWithinOne(m: Measure): boolean {
  return new Dec(m).abs().lte(1);
}

/** −1, 0 or 1 as a is below, equal to or above b. */
export function compareMeasures(a: Measure, b: Measure): -1 | 0 | 1 {
  return new Dec(a).comparedTo(b) as -1 | 0 | 1;
}

/**
 * Whether |a − b| is at most `percent` % of |b|, exactly: |a − b| × 100 ≤ percent × |b|. The edge
 * counts as within ("5.25" against "5" is within 5 %). Against 0 only 0 is within.
 */
export function isWithinPercentOf(a: Measure, b: Measure, percent: string): boolean {
  return new Dec(a).minus(b).abs().times(100).lte(new Dec(percent).times(new Dec(b).abs()));
}

/** The measure as a spreadsheet cell value: a double, and the fraction (5.6 → 0.056) for a percent format, shifted exactly in decimal. */
export function measureCellValue(m: Measure, asFraction: boolean): number {
  const v = asFraction ? new Dec(m).div(100).toNumber() : Number(m);
  return v === 0 ? 0 : v;
}

/** The measure written in the language's style: "1 064,1", "5,6 %" (sv) or "5.6%" (en) when a percent. */
export function formatMeasure(m: Measure, lang: Lang, percent: boolean): string {
  const n = formatPlainNumber(m, lang);
  if (!percent) return n;
  return lang === 'sv' ? `${n}${NBSP}%` : `${n}%`;
}
