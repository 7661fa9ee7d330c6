/**
 * Amounts stored as text, in the forms Swedish and English exports write them: "1 064,1" (space,
 * no-break or thin space), "−3,8" (U+2212), "(3,8)", "3,8-", "1,064.10", "1.064.100", "-1064 kr".
 */
import { moneyFromOre, type Money } from './money';

const GROUP_SPACES = /[\s\u00a0\u2007\u2009\u202f']/g;
const MINUS_SIGNS = /^[-\u2212\u2013]/;

/**
 * Parse an amount written as text into exact money, or null when it is not an amount.
 * A single comma or a single dot is the decimal mark; repeated ones, or the first of two different
 * marks, group thousands. Decimals beyond öre are rounded half away from zero. `thousandsShift`
 * reads the text as tkr (3) or mnkr (6).
 */
export function parseMoneyText(text: string, thousandsShift: 0 | 3 | 6 = 0): Money | null {
  if (thousandsShift === 0) {
    const plain = parsePlainAmount(text);
    if (plain !== undefined) return plain;
  }
  const signed = unsigned(text);
  if (signed === null || AMBIGUOUS.test(signed.digits)) return null;
  const split = splitDecimal(signed.digits);
  if (split === null) return null;
  // An amount in tkr (3) or mnkr (6): the decimal mark moves right, exactly, digit by digit.
  const intPart = split[0] + (split[1] + '000000').slice(0, thousandsShift);
  const fracPart = split[1].slice(thousandsShift);
  if (intPart.replace(/^0+/, '').length > 13) return null;
  const frac = (fracPart + '000').slice(0, 3);
  let ore = Number(intPart || '0') * 100 + Number(frac.slice(0, 2));
  if (Number(frac[2]) >= 5) ore += 1;
  return moneyFromOre(signed.negative && ore !== 0 ? -ore : ore);
}

/**
 * "1,064" and "1.064": one mark followed by exactly three digits is 1 064 in one convention and
 * 1,064 in the other. A 1000-fold error is worse than a question, so such text is not read — also
 * inside brackets, after a sign or before "kr" ("(1,064)", "1,064-", "1.064 kr").
 */
export function isAmbiguousAmount(text: string): boolean {
  const signed = unsigned(text);
  return signed !== null && AMBIGUOUS.test(signed.digits);
}

const AMBIGUOUS = /^[1-9]\d{0,2}[.,]\d{3}$/;

/** The text without "kr", group spaces, brackets and sign: its digits and marks, and whether it was negative. */
function unsigned(text: string): { digits: string; negative: boolean } | null {
  let s = text.trim().replace(/\s*(kr|sek)$/i, '').replace(GROUP_SPACES, '');
  if (s === '') return null;
  let negative = false;
  if (s.startsWith('(') && s.endsWith(')')) {
    negative = true;
    s = s.slice(1, -1);
  }
  if (MINUS_SIGNS.test(s)) {
    negative = !negative;
    s = s.slice(1);
  } else if (s.startsWith('+')) {
    s = s.slice(1);
  } else if (/[-\u2212]$/.test(s)) {
    negative = !negative;
    s = s.slice(0, -1);
  }
  return { digits: s, negative };
}

/**
 * The common export form — an optional minus, digits, and at most two decimals after one comma or
 * dot ("-1064,10", "1064.5", "12") — read without regular expressions: a million-row CSV spends
 * its time here. Anything else returns undefined for the general reader.
 */
function parsePlainAmount(s: string): Money | null | undefined {
  const n = s.length;
  if (n === 0 || n > 18) return undefined;
  let i = 0;
  let negative = false;
  const first = s.charCodeAt(0);
  if (first === 45 || first === 0x2212) {
    negative = true;
    i = 1;
  }
  let whole = 0;
  const start = i;
  while (i < n) {
    const d = s.charCodeAt(i) - 48;
    if (d < 0 || d > 9) break;
    whole = whole * 10 + d;
    i++;
  }
  const digits = i - start;
  if (digits === 0 || digits > 13) return undefined;
  let fraction = 0;
  if (i < n) {
    const mark = s.charCodeAt(i);
    if ((mark !== 44 && mark !== 46) || i + 1 >= n || i + 3 < n) return undefined;
    const d1 = s.charCodeAt(i + 1) - 48;
    const d2 = i + 2 < n ? s.charCodeAt(i + 2) - 48 : 0;
    if (d1 < 0 || d1 > 9 || d2 < 0 || d2 > 9) return undefined;
    fraction = d1 * 10 + d2;
  }
  const ore = whole * 100 + fraction;
  return moneyFromOre(negative && ore !== 0 ? -ore : ore);
}

/** Split "1,064.10" → ["1064", "10"]; null when the digits and marks do not form a number. */
function splitDecimal(s: string): [string, string] | null {
  if (!/^[\d.,]+$/.test(s) || !/\d/.test(s)) return null;
  const commas = count(s, ',');
  const dots = count(s, '.');
  let decimalMark: string | null = null;
  let groupMark: string | null = null;
  if (commas > 0 && dots > 0) {
    decimalMark = s.lastIndexOf(',') > s.lastIndexOf('.') ? ',' : '.';
    groupMark = decimalMark === ',' ? '.' : ',';
    if (count(s, decimalMark) > 1) return null;
  } else if (commas === 1) decimalMark = ',';
  else if (dots === 1) decimalMark = '.';
  else if (commas > 1) groupMark = ',';
  else if (dots > 1) groupMark = '.';
  const parts = decimalMark === null ? [s] : s.split(decimalMark);
  let intPart = parts[0] ?? '';
  const fracPart = parts[1] ?? '';
  if (groupMark !== null) {
    if (!/^\d{1,3}(\D\d{3})*$/.test(intPart)) return null;
    intPart = intPart.split(groupMark).join('');
  }
  if (!/^\d*$/.test(intPart) || !/^\d*$/.test(fracPart)) return null;
  if (intPart === '' && fracPart === '') return null;
  return [intPart, fracPart];
}

function count(s: string, ch: string): number {
  let n = 0;
  for (const c of s) if (c === ch) n++;
  return n;
}
