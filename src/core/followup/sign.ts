/**
 * Sign conventions. Debit: costs positive, revenue negative (the usual ledger export). Result:
 * revenue positive, costs negative. A deviation is positive when favourable (överskott) in both.
 */
import { subtractMoney, type Money } from '../money';

/** How the ledger signs its amounts. */
export type SignConvention = 'debit' | 'result';

/** Whether a string names a sign convention. */
export function isSignConvention(s: string): s is SignConvention {
  return s === 'debit' || s === 'result';
}

/** budget − actual (debit) or actual − budget (result): positive = favourable. */
export function deviation(budget: Money, actual: Money, sign: SignConvention): Money {
  return sign === 'debit' ? subtractMoney(budget, actual) : subtractMoney(actual, budget);
}

/** How a convention was chosen, to show the user. */
export type SignReason = 'revenueAccounts' | 'costAccounts' | 'netAmounts' | 'chosen';

/** A detected or chosen sign convention and why. */
export interface SignDecision {
  readonly sign: SignConvention;
  readonly reason: SignReason;
}

/**
 * Detect the convention from sums: revenue accounts summing negative (or costs positive) mean
 * debit; the other way round means result. Without accounts, positive net amounts (a cost-driven
 * unit ledger) mean debit.
 */
export function detectSign(sums: { readonly revenue: number; readonly cost: number; readonly net: number }): SignDecision {
  if (sums.revenue !== 0) return { sign: sums.revenue < 0 ? 'debit' : 'result', reason: 'revenueAccounts' };
  if (sums.cost !== 0) return { sign: sums.cost > 0 ? 'debit' : 'result', reason: 'costAccounts' };
  return { sign: sums.net >= 0 ? 'debit' : 'result', reason: 'netAmounts' };
}
