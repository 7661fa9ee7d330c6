/**
 * The chosen period checked against the months the ledger holds amounts for, before any build:
 * a (fiscal) year without amounts is an error at the year field (the build would fail), a month without
 * actuals a warning at the month field; both name the months that have data. Unknown coverage
 * (no ledger read) checks nothing.
 */
import type { InspectedCoverage } from '../../../app';
import { fiscalYearLabel, fiscalYearOf } from '../../../app/presentation';
import type { Strings } from '../../strings';

/** A year and month. */
interface YearMonth {
  readonly year: number;
  readonly month: number;
}

/** What the form says about the period. */
export interface PeriodCheck {
  /** Said under the month when nothing is wrong: "Utfall finns t.o.m. juli 2025". */
  readonly hint: string | null;
  /** The year has no amounts: the build cannot run. */
  readonly yearError: string | null;
  /** The month has no actuals yet: the follow-up would show none. */
  readonly monthWarning: string | null;
}

const NOTHING: PeriodCheck = { hint: null, yearError: null, monthWarning: null };

/** "juli 2025". */
export function monthText(m: YearMonth, s: Strings): string {
  return `${s.monthNames[m.month - 1] ?? ''} ${m.year}`;
}

/** Months as runs: "januari–december 2025", "november 2024–februari 2025, april 2025". */
export function monthsText(months: readonly YearMonth[], s: Strings): string {
  const key = (m: YearMonth): number => m.year * 12 + m.month - 1;
  const runs: [YearMonth, YearMonth][] = [];
  for (const m of [...months].sort((a, b) => key(a) - key(b))) {
    const run = runs[runs.length - 1];
    if (run && key(m) === key(run[1]) + 1) run[1] = m;
    else runs.push([m, m]);
  }
  return runs
    .map(([a, b]) => {
      if (key(a) === key(b)) return monthText(a, s);
      const first = a.year === b.year ? (s.monthNames[a.month - 1] ?? '') : monthText(a, s);
      return `${first}–${monthText(b, s)}`;
    })
    .join(', ');
}

/**
 * Check a chosen year and month against the ledger's months, in the fiscal year the build will use:
 * the user's fiscal start when not January, else the one the ledger says, else the calendar year.
 */
export function checkPeriod(year: number | null, month: number, fiscalStart: number, coverage: InspectedCoverage | null, s: Strings): PeriodCheck {
  if (coverage === null) return NOTHING;
  const latest = coverage.actualMonths[coverage.actualMonths.length - 1] ?? null;
  const latestText = latest ? monthText(latest, s) : null;
  const hint = latestText ? s.actualsThrough(latestText) : s.noActuals;
  if (year === null) return { ...NOTHING, hint };
  if (coverage.dataMonths.length === 0) return { ...NOTHING, yearError: s.ledgerWithoutData };
  const start = fiscalStart !== 1 ? fiscalStart : (coverage.fiscalStart ?? 1);
  const fiscalYear = fiscalYearOf(year, month, start);
  if (!coverage.dataMonths.some((m) => fiscalYearOf(m.year, m.month, start) === fiscalYear)) {
    return { ...NOTHING, yearError: s.yearWithoutData(fiscalYearLabel(fiscalYear, start), monthsText(coverage.dataMonths, s)) };
  }
  if (!coverage.actualMonths.some((m) => m.year === year && m.month === month)) {
    return { ...NOTHING, monthWarning: s.monthWithoutActuals(monthText({ year, month }, s), latestText) };
  }
  return { ...NOTHING, hint };
}
