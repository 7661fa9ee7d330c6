/**
 * The explain-over threshold of a follow-up: a row whose year-to-date deviation reaches an amount,
 * or a percent of its year-to-date budget, needs a comment. Parsed from what a controller types
 * ("100 tkr, 5 %", "1,5 mnkr", "5%") in Swedish or English, with errors as values.
 */
// Types only: the task pane parses thresholds too, and its bundle leaves out decimal.js.
import type { Money } from '../money';

/** An amount, a percent of YTD budget, or both; a row reaching either needs a comment. */
export interface ExplainThreshold {
  /** In öre; null when only the percent applies. */
  readonly amount: Money | null;
  /** A plain decimal string ("5", "2.5"); null when only the amount applies. */
  readonly percent: string | null;
}

/** The default: 100 tkr or 5 % of the YTD budget. */
export const DEFAULT_THRESHOLD: ExplainThreshold = { amount: 10_000_000 as Money, percent: '5' };

/** Why a threshold text could not be read; `term` is the part of the text at fault. */
export type ThresholdError =
  | { readonly code: 'empty' }
  | { readonly code: 'noUnit'; readonly term: string }
  | { readonly code: 'negative'; readonly term: string }
  | { readonly code: 'zero'; readonly term: string }
  | { readonly code: 'unreadable'; readonly term: string }
  | { readonly code: 'twice'; readonly term: string };

/** A parsed threshold or the reason it is not one. */
export type ThresholdResult = { readonly ok: true; readonly threshold: ExplainThreshold } | { readonly ok: false; readonly error: ThresholdError };

/** Units words, lower case, and the power of ten each shifts kronor by; '%' is the percent. */
const UNITS: Readonly<Record<string, 0 | 3 | 6 | '%'>> = { kr: 0, sek: 0, tkr: 3, ksek: 3, mnkr: 6, msek: 6, '%': '%' };

/**
 * One term: an optional sign, a number (digits, optionally grouped by spaces in threes, one decimal
 * comma or dot), an optional unit. The decimal comma binds tighter than the separator, so
 * "1,5mnkr" is one term and "100tkr,5%" two: a comma separates only after a unit.
 */
const TERM = /\s*([-+\u2212]?)\s*(\d{1,3}(?:[ \u00a0]\d{3})+(?:[.,]\d+)?|\d+(?:[.,]\d+)?)\s*(kr|sek|tkr|ksek|mnkr|msek|%)?(?![\p{L}\d])\s*/iuy;
const SEPARATOR = /\s*[,;]?\s*/y;

/** Parse a threshold text: one amount, one percent, or both, in either order. */
export function parseThreshold(text: string): ThresholdResult {
  if (text.trim() === '') return fail({ code: 'empty' });
  let amount: Money | null = null;
  let percent: string | null = null;
  let at = 0;
  while (at < text.length) {
    TERM.lastIndex = at;
    const m = TERM.exec(text);
    if (m === null) return fail({ code: 'unreadable', term: text.slice(at).trim() });
    at = TERM.lastIndex;
    const term = m[0].trim();
    const [, sign = '', number = '', unitWord] = m;
    if (unitWord === undefined) return fail({ code: 'noUnit', term });
    if (sign === '-' || sign === '\u2212') return fail({ code: 'negative', term });
    const unit = UNITS[unitWord.toLowerCase()]!;
    if (unit === '%') {
      if (percent !== null) return fail({ code: 'twice', term });
      percent = plainDecimal(number);
      if (/^0*\.?0*$/.test(percent)) return fail({ code: 'zero', term });
    } else {
      if (amount !== null) return fail({ code: 'twice', term });
      // Read as written: "1,5" and "1.500" are decimals here, never thousands (groups are spaces).
      const ore = oreOf(plainDecimal(number), unit);
      if (ore === null) return fail({ code: 'unreadable', term });
      if (ore === 0) return fail({ code: 'zero', term });
      amount = ore;
    }
    SEPARATOR.lastIndex = at;
    SEPARATOR.exec(text);
    at = SEPARATOR.lastIndex;
  }
  return { ok: true, threshold: { amount, percent } };
}

function fail(error: ThresholdError): ThresholdResult {
  return { ok: false, error };
}

/** "1 000,50" → "1000.50". */
function plainDecimal(number: string): string {
  return number.replace(/[ \u00a0]/g, '').replace(',', '.');
}

/**
 * A plain decimal ("1.5") in kr, tkr or mnkr as öre, exactly: the decimal mark moves right digit by
 * digit; beyond öre it rounds half up (amounts here are never negative). Null beyond safe integers.
 */
function oreOf(plain: string, shift: 0 | 3 | 6): Money | null {
  const [whole = '', frac = ''] = plain.split('.');
  const places = shift + 2;
  const padded = frac.padEnd(places + 1, '0');
  const digits = (whole + padded.slice(0, places)).replace(/^0+(?=\d)/, '');
  const ore = Number(digits) + (Number(padded[places]) >= 5 ? 1 : 0);
  return Number.isSafeInteger(ore) ? (ore as Money) : null;
}

/**
 * The threshold as typed back ("100tkr,5%", "1,5mnkr", "2,5%"): the largest unit that writes the
 * amount exactly with at most one decimal, in integer arithmetic (öre are safe integers).
 */
export function thresholdInput(t: ExplainThreshold): string {
  const parts: string[] = [];
  if (t.amount !== null) parts.push(amountInput(t.amount));
  if (t.percent !== null) parts.push(`${t.percent.replace('.', ',')}%`);
  return parts.join(', ');
}

function amountInput(ore: number): string {
  for (const [unit, per] of [['mnkr', 100_000_000], ['tkr', 100_000]] as const) {
    if (ore % (per / 10) === 0 && ore >= per) return `${oneDecimal(ore / (per / 10))}${unit}`;
  }
  return ore % 100 === 0 ? `${ore / 100}kr` : `${Math.floor(ore / 100)},${String(ore % 100).padStart(2, '0')}kr`;
}

/** Tenths as a number with a decimal comma when needed (15 → "1,5", 20 → "2"). */
function oneDecimal(tenths: number): string {
  return tenths % 10 === 0 ? String(tenths / 10) : `${Math.floor(tenths / 10)},${tenths % 10}`;
}
