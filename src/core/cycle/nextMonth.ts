/**
 * The monthly cycle's step to the next follow-up: which period follows a follow-up, and whether a
 * follow-up is the one before a period (for `--previous`). Periods are calendar months with a
 * length; a fiscal year changes nothing here but where a period is cut (fiscalWindow).
 */
import { fiscalWindow } from '../fiscal/fiscalYear';
import type { FollowUpSettings } from '../followUpSettings';
import { monthKey, monthOf, yearOf, type FollowUpPeriod, type MonthKey } from '../period/month';

/** A follow-up's period without its fiscal start: the month it runs to and its length. */
export interface PeriodEnd {
  readonly year: number;
  readonly month: number;
  readonly months: number;
}

/**
 * The period after `p`, of the same length and fiscal start: July (one month) → August;
 * jun/jul → aug/sep; December → January of the next year; the fiscal year's last month → the
 * next fiscal year's first (March 2026 → April 2026 when the year starts in April).
 */
export function nextPeriod(p: FollowUpPeriod): FollowUpPeriod {
  const k = (monthKey(p.year, p.month) + p.months) as MonthKey;
  return { ...p, year: yearOf(k), month: monthOf(k) };
}

/**
 * Whether `previous` ends in the month just before `p` begins (its first month, the period cut at
 * the fiscal year's start as the figures are): the follow-up `p` carries comments from.
 */
export function isPreviousPeriod(previous: { readonly year: number; readonly month: number }, p: FollowUpPeriod): boolean {
  return monthKey(previous.year, previous.month) === monthKey(p.year, p.month) - fiscalWindow(p).months;
}

/**
 * The settings of the follow-up after one ("Nästa månad"): the same in everything (period length,
 * fiscal start, threshold, scale, sections …) but the period, a new id, and the follow-up it
 * follows, whose comments its sheet carries.
 */
export function nextMonthSettings(s: FollowUpSettings, id: string): FollowUpSettings {
  return { ...s, id, period: nextPeriod(s.period), previous: { year: s.period.year, month: s.period.month, months: s.period.months } };
}
