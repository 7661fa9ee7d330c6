/**
 * What months a ledger's amounts cover: the latest month with actuals ("utfall finns t.o.m. juli"),
 * and, for the task pane's period check, every month with actuals and every month with any amount.
 * Exports often write the months not yet closed as 0 or blank: those are not actuals.
 */
import { monthOf, yearOf, type MonthKey } from '../period/month';
import { KIND_CODE, type Facts } from './facts';

/** A calendar month. */
export interface YearMonth {
  readonly year: number;
  /** 1–12. */
  readonly month: number;
}

/** A month key as year and month. */
export function yearMonthOf(k: MonthKey): YearMonth {
  return { year: yearOf(k), month: monthOf(k) };
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
  return last < 0 ? null : yearMonthOf(last as MonthKey);
}

/** The month keys with a non-zero actual amount (the rule of lastActualMonth). */
export function actualMonthKeys(facts: Facts): Set<number> {
  const out = new Set<number>();
  const actual = KIND_CODE.actual;
  for (let i = 0; i < facts.length; i++) if (facts.kind[i] === actual && facts.amount[i] !== 0) out.add(facts.month[i]!);
  return out;
}

/** The months a ledger covers, each list ascending and without repeats. */
export interface LedgerCoverage {
  /** Months with a non-zero actual amount (the rule of lastActualMonth). */
  readonly actualMonths: readonly YearMonth[];
  /** Months with any amount of any kind (budget, actual, forecast, annual budget), zero included. */
  readonly dataMonths: readonly YearMonth[];
}

/** The months of a ledger's facts: with actuals, and with any amount. */
export function ledgerCoverage(facts: Facts): LedgerCoverage {
  const actual = new Set<number>();
  const any = new Set<number>();
  const actualCode = KIND_CODE.actual;
  for (let i = 0; i < facts.length; i++) {
    const m = facts.month[i]!;
    any.add(m);
    if (facts.kind[i] === actualCode && facts.amount[i] !== 0) actual.add(m);
  }
  const sorted = (s: Set<number>): YearMonth[] => [...s].sort((a, b) => a - b).map((m) => yearMonthOf(m as MonthKey));
  return { actualMonths: sorted(actual), dataMonths: sorted(any) };
}
