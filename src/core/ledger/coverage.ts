/** What months a ledger's amounts cover: the latest month with actuals ("utfall finns t.o.m. juli"). */
import { monthOf, yearOf, type MonthKey } from '../period/month';
import { KIND_CODE, type Facts } from './facts';

/** A calendar month. */
export interface YearMonth {
  readonly year: number;
  /** 1–12. */
  readonly month: number;
}

/**
 * The latest month with a non-zero actual amount, or null when the ledger has none. Exports often
 * write the months not yet closed as 0 or blank: those are not actuals.
 */
export function lastActualMonth(facts: Facts): YearMonth | null {
  const actual = KIND_CODE.actual;
  let last = -1;
  for (let f = 0; f < facts.length; f++) {
    if (facts.kind[f] === actual && facts.month[f]! > last && facts.amount[f] !== 0) last = facts.month[f]!;
  }
  return last < 0 ? null : { year: yearOf(last as MonthKey), month: monthOf(last as MonthKey) };
}
