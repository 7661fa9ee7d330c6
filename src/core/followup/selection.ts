/**
 * Which ledger facts make which figure: the one selection both the aggregation (the sums) and the
 * drill-down (the rows behind a sum) use, so the two cannot drift apart. A budget or actual fact
 * counts in a fiscal month slot; a forecast counts when it is its unit's latest made at or before
 * the selected month; an Årsbudget counts when it is its unit × account's latest in the year, and
 * then replaces that pair's monthly budget in the annual budget.
 */
import { fiscalWindow } from '../fiscal/fiscalYear';
import type { Facts } from '../ledger/facts';
import { monthKey, type FollowUpPeriod } from '../period/month';
import { MONTHS_KEPT } from './figures';

/** Where a period's months lie, as month keys. */
export interface Slots {
  /** The previous fiscal year's first month: slot 0. */
  readonly base: number;
  /** The selected fiscal year's first month: slot 12. */
  readonly yearStart: number;
  /** The selected month. */
  readonly selected: number;
}

/** The slots of a follow-up period. */
export function slotsOf(period: FollowUpPeriod): Slots {
  const yearStart = fiscalWindow(period).yearStart;
  return { base: yearStart - 12, yearStart, selected: monthKey(period.year, period.month) };
}

/**
 * A budget or actual month's slot (0–11 previous fiscal year, 12–23 the selected one), or -1
 * outside both. `base` is Slots.base: a plain number keeps the million-fact loop fast.
 */
export function slotOf(month: number, base: number): number {
  const mi = month - base;
  return mi >= 0 && mi < MONTHS_KEPT ? mi : -1;
}

/** Whether a forecast made in this month may be used: made in the fiscal year, at or before the selected month. */
export function isForecastCandidate(month: number, slots: Slots): boolean {
  return month >= slots.yearStart && month <= slots.selected;
}

/** Whether an Årsbudget dated this month belongs to the selected fiscal year. */
export function isAnnualInYear(month: number, slots: Slots): boolean {
  return month >= slots.yearStart && month < slots.yearStart + 12;
}

/** The forecast facts used, of the candidates: each unit's latest forecast month (README "Forecasts"). */
export function usedForecasts(facts: Facts, candidates: readonly number[], unitCount: number): number[] {
  const latest = new Int32Array(unitCount).fill(-1);
  for (const i of candidates) {
    const u = facts.unit[i]!;
    if (facts.month[i]! > latest[u]!) latest[u] = facts.month[i]!;
  }
  return candidates.filter((i) => facts.month[i] === latest[facts.unit[i]!]);
}

/** The key of a fact's unit × account pair. */
export function pairKey(facts: Facts, i: number): string {
  return `${facts.unit[i]}:${facts.account[i]}`;
}

/** The Årsbudget facts used, and the unit × account pairs whose monthly budget they replace. */
export interface AnnualChoice {
  readonly rows: readonly number[];
  readonly pairs: ReadonlySet<string>;
}

/**
 * Of the selected year's Årsbudget facts, the ones used: a value repeated on every month's row
 * counts once, so only each pair's latest month is taken.
 */
export function usedAnnualBudgets(facts: Facts, candidates: readonly number[]): AnnualChoice {
  const latest = new Map<string, number>();
  for (const i of candidates) {
    const key = pairKey(facts, i);
    latest.set(key, Math.max(latest.get(key) ?? -1, facts.month[i]!));
  }
  return { rows: candidates.filter((i) => facts.month[i] === latest.get(pairKey(facts, i))), pairs: new Set(latest.keys()) };
}
