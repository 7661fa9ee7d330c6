/**
 * The needs-comment rule: a unit or parent row needs a comment when its year-to-date deviation,
 * either way, reaches (≥) the threshold's amount, or reaches its percent of the row's YTD budget.
 * A row with a YTD budget of 0 has no percent of budget, so only the amount rule applies to it.
 * The total row never needs one: it is what the comments on the rows explain.
 */
import { reachesPercentOf, type Money } from '../money';
import type { Figures } from '../followup/figures';
import type { UnitRow } from '../report/rows';
import type { ExplainThreshold } from './threshold';

/** Which parts of the threshold a deviation reached. */
export interface Reached {
  readonly amount: boolean;
  readonly percent: boolean;
}

/** What of the threshold a row's figures reach; null when they reach none of it. */
export function thresholdReached(f: Pick<Figures, 'ytdDeviation' | 'ytdBudget'>, t: ExplainThreshold): Reached | null {
  const amount = t.amount !== null && Math.abs(f.ytdDeviation) >= t.amount;
  const percent = t.percent !== null && reachesPercentOf(f.ytdDeviation, f.ytdBudget as Money, t.percent);
  return amount || percent ? { amount, percent } : null;
}

/** Whether a row is one the rule applies to: units, parents (their subtotal) and a parent's own rows. */
export function isExplainableRow(row: UnitRow): boolean {
  switch (row.kind) {
    case 'unit':
    case 'parent':
    case 'own':
    case 'sum':
      return true;
    case 'heading':
    case 'total':
      return false;
  }
}

/** What a row reaches of the threshold; null for rows that need no comment (the total, headings). */
export function rowNeedsComment(row: UnitRow, t: ExplainThreshold): Reached | null {
  return isExplainableRow(row) && row.figures !== null ? thresholdReached(row.figures, t) : null;
}
