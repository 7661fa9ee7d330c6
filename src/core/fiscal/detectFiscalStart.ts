/**
 * Finding the fiscal start a ledger says: a fiscal-year column ("Financial Year 2004/05") beside
 * dated months tells it (the first month dated in the year the label starts in), and so do month
 * columns that run from April round to March.
 */
import type { SheetName } from '../grid/grid';
import { monthOf, yearOf, type MonthKey } from '../period/month';
import { CALENDAR_START } from './fiscalYear';

/** A fiscal start the ledger says, and where. */
export interface DetectedFiscalStart {
  readonly month: number;
  readonly sheet: SheetName;
  /** The header of the column that says it ("Financial Year", or the first month column). */
  readonly column: string;
}

/**
 * Collects what a sheet's rows say about the fiscal start. For a label naming the fiscal year that
 * starts in year Y, a month dated in Y is at or after the start and one dated in Y + 1 is before
 * it: the start lies after the latest month seen in Y + 1 and at or before the earliest seen in Y.
 */
export class FiscalEvidence {
  private earliestInStartYear = 13;
  private latestInNextYear = 0;
  private contradicted = false;

  /** A dated month in a row whose fiscal-year label names the year starting in `startYear`. */
  note(startYear: number, k: MonthKey): void {
    const y = yearOf(k);
    const m = monthOf(k);
    if (y === startYear) {
      if (m < this.earliestInStartYear) this.earliestInStartYear = m;
    } else if (y === startYear + 1) {
      if (m > this.latestInNextYear) this.latestInNextYear = m;
    } else this.contradicted = true;
  }

  /** The fiscal start the rows say; null when they say none, or contradict each other. */
  fiscalStart(): number | null {
    if (this.contradicted || this.latestInNextYear >= this.earliestInStartYear) return null;
    const start = this.earliestInStartYear <= 12 ? this.earliestInStartYear : this.latestInNextYear + 1;
    return start > CALENDAR_START && start <= 12 ? start : null;
  }
}

/**
 * The fiscal start that month columns say by their order: consecutive columns that run from a
 * month after January round the turn of the year (apr … dec, jan … mar) start a fiscal year. Null
 * otherwise (a calendar year, or columns in no order).
 */
export function fiscalStartOfColumns(months: readonly number[]): number | null {
  if (months.length < 2 || months[0] === CALENDAR_START) return null;
  const consecutive = months.every((m, i) => i === 0 || m === (months[i - 1]! % 12) + 1);
  return consecutive && months.includes(CALENDAR_START) ? months[0]! : null;
}

/** Which months of a column run lie after its turn of the year (and so in the next calendar year). */
export function afterTurnOfYear(months: readonly number[]): boolean[] {
  let turned = false;
  return months.map((m, i) => (turned ||= i > 0 && m <= months[i - 1]!));
}
