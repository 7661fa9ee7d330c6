/**
 * The fiscal year as data: its first month (January for a calendar year, April for a UK council,
 * July for many US and Australian bodies, any month for a Swedish brutet räkenskapsår), and the
 * mapping between calendar months and the months of a fiscal year. Every figure reads its months
 * through these functions, so a fiscal start of 1 gives exactly the calendar year.
 */
import { monthKey, monthOf, yearOf, type FollowUpPeriod, type MonthKey } from '../period/month';

/** The first month of a calendar year: the default fiscal start. */
export const CALENDAR_START = 1;

/** Whether a value is a fiscal start month (a whole number 1–12). */
export function isFiscalStart(v: unknown): v is number {
  return typeof v === 'number' && Number.isInteger(v) && v >= 1 && v <= 12;
}

/** The period's fiscal start (January when it says none). */
export function fiscalStartOf(p: FollowUpPeriod): number {
  return p.fiscalStart ?? CALENDAR_START;
}

/** A calendar month's place in its fiscal year, 1–12 (August is 5 when the year starts in April). */
export function fiscalMonth(month: number, fiscalStart: number): number {
  return ((month - fiscalStart + 12) % 12) + 1;
}

/** The calendar month (1–12) of fiscal month f (1–12). */
export function calendarMonth(f: number, fiscalStart: number): number {
  return ((fiscalStart - 1 + f - 1) % 12) + 1;
}

/** The calendar year a fiscal year starts in, for a calendar month in it (Feb 2026 → 2025 when it starts in April). */
export function fiscalYearOf(year: number, month: number, fiscalStart: number): number {
  return month >= fiscalStart ? year : year - 1;
}

/** The first month of the fiscal year that holds month key k. */
export function fiscalYearStart(k: MonthKey, fiscalStart: number): MonthKey {
  return monthKey(fiscalYearOf(yearOf(k), monthOf(k), fiscalStart), fiscalStart);
}

/**
 * Month m of a fiscal year that starts in `startYear`: January to before the start month fall in the
 * next calendar year (March of fiscal year 2025/26 is March 2026).
 */
export function monthInFiscalYear(startYear: number, month: number, fiscalStart: number): MonthKey {
  return monthKey(month >= fiscalStart ? startYear : startYear + 1, month);
}

/** A fiscal year's name: "2025/26" when it starts after January, else the year ("2025"). */
export function fiscalYearLabel(startYear: number, fiscalStart: number): string {
  if (fiscalStart === CALENDAR_START) return String(startYear);
  return `${startYear}/${String((startYear + 1) % 100).padStart(2, '0')}`;
}

/** The name of the fiscal year a follow-up period lies in ("2025/26"; "2025" for a calendar year). */
export function periodFiscalYearLabel(p: FollowUpPeriod): string {
  const s = fiscalStartOf(p);
  return fiscalYearLabel(fiscalYearOf(p.year, p.month, s), s);
}

/** Where a follow-up's months lie: the selected month's place in its fiscal year and the year's first month. */
export interface FiscalWindow {
  /** The selected month's place in the fiscal year, 1–12. */
  readonly month: number;
  /** The first month of the selected month's fiscal year. */
  readonly yearStart: MonthKey;
  /** The period's length, cut at the start of the fiscal year ("dec/jan" does not reach back past it). */
  readonly months: number;
}

/** The fiscal window of a follow-up period. */
export function fiscalWindow(p: FollowUpPeriod): FiscalWindow {
  const s = fiscalStartOf(p);
  const month = fiscalMonth(p.month, s);
  return { month, yearStart: fiscalYearStart(monthKey(p.year, p.month), s), months: Math.min(p.months, month) };
}

// "2025/26", "2025/2026", "2025-26", "FY 2025/26", "FY2025/26", "Financial Year 2004/05", "Räkenskapsår 2025/2026".
const FISCAL_LABEL = /^(?:[\p{L} .]*?\s*)?((?:19|20)\d\d)\s*[/\-–]\s*(\d{2}|\d{4})$/u;

/**
 * The start year a fiscal-year label names ("2025/26" → 2025), or null when the text is not one:
 * the second year must follow the first.
 */
export function parseFiscalYearLabel(text: string): number | null {
  const m = FISCAL_LABEL.exec(text.trim());
  if (m === null) return null;
  const start = Number(m[1]);
  const end = m[2]!.length === 2 ? Math.floor(start / 100) * 100 + Number(m[2]) + (Number(m[2]) < start % 100 ? 100 : 0) : Number(m[2]);
  return end === start + 1 ? start : null;
}
