/**
 * Percent of budget: actual ÷ budget, kept as an exact ratio of two amounts and rounded only when
 * shown. Budget 0 with actual 0 is 0 %; budget 0 otherwise has no percent (shown "–", never #DIV/0!).
 */
import { Dec } from './decimal';
import type { Money } from './money';

/** An exact ratio actual ÷ budget. */
export interface Percent {
  readonly kind: 'percent';
  readonly numerator: Money;
  readonly denominator: Money;
}

/** actual ÷ budget as a percent; null when the budget is 0 and the actual is not. */
export function percentOf(actual: Money, budget: Money): Percent | null {
  if (budget === 0) return actual === 0 ? { kind: 'percent', numerator: actual, denominator: 1 as Money } : null;
  return { kind: 'percent', numerator: actual, denominator: budget };
}

/**
 * Each percent's one-decimal rounding, by the percent itself: a figure's percent is shown in the
 * sheet, the document and the JSON, and its division is the dearest step of all (a WeakMap, so a
 * percent no longer held takes its entry with it).
 */
const roundedToOne = new WeakMap<Percent, string>();

/** The percent rounded half away from zero, as a plain decimal string ("98.6", "0.0"). */
export function percentRounded(p: Percent, decimals = 1): string {
  if (decimals !== 1) return dividedAndRounded(p, decimals);
  let r = roundedToOne.get(p);
  if (r === undefined) {
    r = dividedAndRounded(p, 1);
    roundedToOne.set(p, r);
  }
  return r;
}

function dividedAndRounded(p: Percent, decimals: number): string {
  // The numerator in hundredths read as such ("1234e2"), exact; toFixed rounds half away from zero
  // as it writes (one step, not two), and writes a negative that rounds to nothing as "-0.0",
  // shown as 0.
  const written = new Dec(`${p.numerator}e2`).div(p.denominator).toFixed(decimals, Dec.ROUND_HALF_UP);
  const zero = (0).toFixed(decimals);
  return written === `-${zero}` ? zero : written;
}

const HUNDREDTH = new Dec('0.01');

/** Fractions by rounded percent: a report shows a few hundred distinct ones in thousands of cells. */
const fractions = new Map<string, number>();
/** Past this many the cache starts over rather than grow. */
const MAX_FRACTIONS = 10_000;

/**
 * A rounded percent ("98.6", from percentRounded) as a fraction for a spreadsheet cell formatted
 * 0.0% (98.6 % → 0.986).
 */
export function fractionOfRounded(rounded: string): number {
  let v = fractions.get(rounded);
  if (v === undefined) {
    const exact = new Dec(rounded).times(HUNDREDTH).toNumber();
    v = exact === 0 ? 0 : exact;
    if (fractions.size >= MAX_FRACTIONS) fractions.clear();
    fractions.set(rounded, v);
  }
  return v;
}

/** The share of the year elapsed after month m, as a percent (m ÷ 12). */
export function shareOfYear(month: number): Percent {
  return { kind: 'percent', numerator: month as Money, denominator: 12 as Money };
}

/**
 * Whether |part| reaches `percent` % of |whole|, exactly: |part| × 100 ≥ percent × |whole|.
 * `percent` is a plain non-negative decimal string ("5", "2.5"). A whole of 0 has no percent, so
 * nothing reaches one of it (false).
 */
export function reachesPercentOf(part: Money, whole: Money, percent: string): boolean {
  if (whole === 0) return false;
  // percent = digits ÷ 10^places, so the rule is |part| × 100 × 10^places ≥ digits × |whole|: a
  // comparison of integers, exact in plain numbers while both sides stay safe integers.
  const p = percentAsInteger(percent);
  if (p !== null) {
    const left = Math.abs(part) * p.partFactor;
    const right = p.digits * Math.abs(whole);
    if (left <= Number.MAX_SAFE_INTEGER && right <= Number.MAX_SAFE_INTEGER) return left >= right;
  }
  return new Dec(part).abs().times(100).gte(new Dec(percent).times(new Dec(whole).abs()));
}

/** A percent as digits ÷ 10^places, and the factor 100 × 10^places for the part's side. */
interface IntegerPercent {
  readonly digits: number;
  readonly partFactor: number;
}

let lastPercent = '';
let lastInteger: IntegerPercent | null = null;

/**
 * "2.5" → 25 ÷ 10 (part factor 1000); null for any other form, or digits beyond safe integers (the
 * caller then compares in decimal.js). The last percent is kept: a report asks about one threshold
 * for every row.
 */
function percentAsInteger(percent: string): IntegerPercent | null {
  if (percent === lastPercent) return lastInteger;
  const m = /^(\d+)(?:\.(\d+))?$/.exec(percent);
  const places = m?.[2]?.length ?? 0;
  const digits = m === null ? NaN : Number(m[1]! + (m[2] ?? ''));
  // 10^places is exact up to 10^22; beyond 15 places the factor would not be a safe integer anyway.
  const partFactor = 100 * 10 ** places;
  lastInteger = Number.isSafeInteger(digits) && Number.isSafeInteger(partFactor) ? { digits, partFactor } : null;
  lastPercent = percent;
  return lastInteger;
}
