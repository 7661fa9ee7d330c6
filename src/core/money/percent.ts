/**
 * Percent of budget: actual ÷ budget, kept as an exact ratio of two amounts and rounded only when
 * shown. Budget 0 with actual 0 is 0 %; budget 0 otherwise has no percent (shown "–", never #DIV/0!).
 */
import { Dec } from './decimal';
import { roundHalfAwayFromZero } from './scale';
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

/** The percent rounded half away from zero, as a plain decimal string ("98.6", "0.0"). */
export function percentRounded(p: Percent, decimals = 1): string {
  const r = roundHalfAwayFromZero(new Dec(p.numerator).times(100).div(p.denominator), decimals);
  return r.isZero() ? (0).toFixed(decimals) : r.toFixed(decimals);
}

const HUNDREDTH = new Dec('0.01');

/**
 * A rounded percent ("98.6", from percentRounded) as a fraction for a spreadsheet cell formatted
 * 0.0% (98.6 % → 0.986).
 */
export function fractionOfRounded(rounded: string): number {
  const v = new Dec(rounded).times(HUNDREDTH).toNumber();
  return v === 0 ? 0 : v;
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
  return new Dec(part).abs().times(100).gte(new Dec(percent).times(new Dec(whole).abs()));
}
