/** Calendar months as compact keys, and the period of a follow-up. */

/** A month as one integer: year × 12 + (month − 1). Cheap to store per ledger row. */
export type MonthKey = number & { readonly __brand: 'MonthKey' };

/** A month written as ISO "2025-07". */
export type IsoMonth = string & { readonly __brand: 'IsoMonth' };

/** The key of month m (1–12) of year y. */
export function monthKey(year: number, month: number): MonthKey {
  return (year * 12 + month - 1) as MonthKey;
}

/** The year of a month key. */
export function yearOf(k: MonthKey): number {
  return Math.floor(k / 12);
}

/** The month (1–12) of a month key. */
export function monthOf(k: MonthKey): number {
  return (k % 12) + 1;
}

/** "2025-07". */
export function isoMonth(k: MonthKey): IsoMonth {
  return `${yearOf(k)}-${String(monthOf(k)).padStart(2, '0')}` as IsoMonth;
}

/** Parse "2025-07" (as given on the command line); null when it is not a month. */
export function parseIsoMonth(s: string): MonthKey | null {
  const m = /^(\d{4})-(\d{1,2})$/.exec(s.trim());
  if (!m) return null;
  const month = Number(m[2]);
  return month >= 1 && month <= 12 ? monthKey(Number(m[1]), month) : null;
}

/** The period a follow-up covers: the selected month, and how many months end with it. */
export interface FollowUpPeriod {
  readonly year: number;
  /** The selected month, 1–12. */
  readonly month: number;
  /** The period's length in months (1; 2 for "jun/jul"; 3 for a quarter), within the fiscal year. */
  readonly months: number;
  /**
   * The first month of the fiscal year (1–12; 4 for April). Absent: the calendar year, unless the
   * ledger says otherwise (core/fiscal). `year` and `month` stay the calendar month followed up.
   */
  readonly fiscalStart?: number;
}
