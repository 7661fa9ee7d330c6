/**
 * Reading a period cell: 202507, 2025-07, 2025-07-31, an Excel date serial, "juli 2025", "jul-25",
 * "P07", "Period 7" or 7 with a year column (a calendar year, or a fiscal year such as "2025/26").
 */
import { calendarMonth, CALENDAR_START, monthInFiscalYear, parseFiscalYearLabel } from '../fiscal/fiscalYear';
import type { Cell } from '../grid/grid';
import { monthKey, type MonthKey } from '../period/month';
import { MONTH_WORDS } from './schema';
import { normalizeTokens } from './normalize';

const MONTH_BY_WORD: ReadonlyMap<string, number> = new Map(
  MONTH_WORDS.flatMap((words, i) => words.map((w) => [w, i + 1] as const)),
);

/** The month (1–12) a month word names ("jul", "juli", "July"), or null. */
export function monthFromWord(word: string): number | null {
  return MONTH_BY_WORD.get(word) ?? null;
}

/**
 * A year and month, or only a month when the year comes from elsewhere. `byNumber`: the month was
 * written as a period number (7, "P07", "Period 7"), which counts within the fiscal year.
 */
export type PeriodReading = { readonly year: number | null; readonly month: number; readonly byNumber?: true } | null;

/**
 * Read a period cell. A bare month (7, "P07", "juli") has year null: the caller takes the year from
 * a year column. Returns null when the cell is not a period.
 */
export function readPeriodCell(cell: Cell): PeriodReading {
  if (typeof cell === 'number') return readPeriodNumber(cell);
  if (typeof cell === 'string') return readPeriodText(cell);
  return null;
}

function readPeriodNumber(n: number): PeriodReading {
  if (!Number.isFinite(n)) return null;
  if (Number.isInteger(n)) {
    if (n >= 1 && n <= 12) return { year: null, month: n, byNumber: true };
    if (n >= 190001 && n <= 210012) return yearMonth(Math.floor(n / 100), n % 100);
    if (n >= 19000101 && n <= 21001231) return yearMonth(Math.floor(n / 10000), Math.floor(n / 100) % 100);
  }
  // An Excel date serial (1927-05-18 … 2119-01-01 keeps it clear of yyyymm numbers).
  if (n >= 10000 && n < 80000) return fromExcelSerial(n);
  return null;
}

/** Year and month of an Excel date serial (days since 1899-12-30, the 1900 date system). */
export function fromExcelSerial(serial: number): PeriodReading {
  const d = new Date(Date.UTC(1899, 11, 30) + Math.floor(serial) * 86_400_000);
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1 };
}

function yearMonth(year: number, month: number): PeriodReading {
  return month >= 1 && month <= 12 ? { year, month } : null;
}

function readPeriodText(raw: string): PeriodReading {
  const s = raw.trim();
  if (s === '') return null;
  if (/^\d{8}$/.test(s)) return readPeriodNumber(Number(s)); // "20250731"
  let m = /^(\d{4})\s*[-/.]?\s*(\d{1,2})(?:[-/.](\d{1,2}))?(?:[T ].*)?$/.exec(s);
  if (m) {
    // "202507", "2025-07", "2025-7", "2025/07", "2025-07-31", "2025-07-31T00:00:00"
    if (m[2]!.length === 1 && !/[-/.]/.test(s)) return null;
    return yearMonth(Number(m[1]), Number(m[2]));
  }
  m = /^(\d{1,2})[./-](\d{4})$/.exec(s);
  if (m) return yearMonth(Number(m[2]), Number(m[1])); // "07/2025", "7.2025"
  m = /^(\d{1,2})[./-](\d{1,2})[./-](\d{4})$/.exec(s);
  if (m) return yearMonth(Number(m[3]), Number(m[2])); // "31.07.2025", "31/07/2025"
  m = /^(\d{1,2})\s*[-.]?\s+([a-zåäö]+)$/i.exec(s);
  if (m) {
    // "07 Juli", "7. juli": a period list's number and name, which must agree; the name says the calendar month.
    const named = monthFromWord(normalizeTokens(m[2]!));
    return named !== null && named === Number(m[1]) ? { year: null, month: named } : null;
  }
  m = /^(?:p|per|period)?\.?\s*(\d{1,2})$/i.exec(s);
  if (m) {
    const month = Number(m[1]); // "P07", "07", "Period 7", "Per. 7"
    return month >= 1 && month <= 12 ? { year: null, month, byNumber: true } : null;
  }
  const tokens = normalizeTokens(s).split(' ');
  const monthWord = tokens[0] !== undefined ? monthFromWord(tokens[0]) : null;
  if (monthWord !== null) {
    if (tokens.length === 1) return { year: null, month: monthWord }; // "juli"
    const y = tokens[1]!;
    if (tokens.length === 2 && /^\d{4}$/.test(y)) return { year: Number(y), month: monthWord }; // "juli 2025"
    if (tokens.length === 2 && /^\d{2}$/.test(y)) return { year: 2000 + Number(y), month: monthWord }; // "jul-25"
  }
  if (tokens.length === 2 && /^\d{4}$/.test(tokens[0]!)) {
    const month = monthFromWord(tokens[1]!); // "2025 juli"
    if (month !== null) return { year: Number(tokens[0]), month };
  }
  return null;
}

/** Read a year cell (2025, "2025"); null when it is not a plausible year. */
export function readYearCell(cell: Cell): number | null {
  const n = typeof cell === 'number' ? cell : typeof cell === 'string' ? Number(cell.trim()) : NaN;
  return Number.isInteger(n) && n >= 1900 && n <= 2100 ? n : null;
}

/** A year column's value: a calendar year (2025), or the start year of a fiscal year ("2025/26"). */
export interface YearReading {
  readonly year: number;
  /** Whether it names a fiscal year ("2025/26", "FY 2025/26"): `year` is then the year it starts in. */
  readonly fiscal: boolean;
}

/** Read a year column's cell; null when it is neither a year nor a fiscal year. */
export function readYearLabel(cell: Cell): YearReading | null {
  const year = readYearCell(cell);
  if (year !== null) return { year, fiscal: false };
  const start = typeof cell === 'string' ? parseFiscalYearLabel(cell) : null;
  return start === null ? null : { year: start, fiscal: true };
}

/** What placing a bare month in a year gives: its month key, or that the fiscal start is needed. */
export type Placement = MonthKey | 'needsFiscalStart';

/**
 * The month key of a bare month (a month word or a period number) in the year of its year column.
 * In a fiscal year ("2025/26") a month word is that month within the year and a period number
 * counts from its first month (P01 = April when it starts in April); a plain year with a fiscal
 * start after January is the fiscal year starting in it for period numbers, the calendar year for
 * month words. `fiscalStart` null: not known, which a fiscal year's label cannot do without.
 */
export function placeInYear(reading: { readonly month: number; readonly byNumber?: true }, year: YearReading, fiscalStart: number | null): Placement {
  if (year.fiscal && fiscalStart === null) return 'needsFiscalStart';
  const s = fiscalStart ?? CALENDAR_START;
  const inFiscalYear = year.fiscal || (reading.byNumber === true && s !== CALENDAR_START);
  if (!inFiscalYear) return monthKey(year.year, reading.month);
  const month = reading.byNumber === true ? calendarMonth(reading.month, s) : reading.month;
  return monthInFiscalYear(year.year, month, s);
}
