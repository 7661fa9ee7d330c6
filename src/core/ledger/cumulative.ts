/**
 * Cumulative (year-to-date) amount columns of a long sheet ("Utfall ack", "YTD actual") turned into
 * each month's amount — only where that is exact: the column must hold every month of a (fiscal)
 * year from its first to its last, and each series of rows (the same unit, account and every other
 * label cell) must run month after month without a gap or a repeat up to that last month. A series
 * that begins later had nothing booked before (an export leaves a combination out until it is first
 * booked), so its first row's amount is that month's; a month's amount is then its year to date
 * less the month before's. A one-month extract is refused: its months before are unknown. Beside a
 * column of the month's amounts of the same kind, the cumulative column is checked against it
 * instead of being counted again. Anything else is refused with an error naming the column.
 */
import { cellAddress, columnLetters } from '../grid/grid';
import type { SheetRows } from '../grid/sheetRows';
import { anError } from '../issues/issue';
import type { Money } from '../money';
import { fiscalYearStart } from '../fiscal/fiscalYear';
import type { MonthKey } from '../period/month';
import type { Context } from './sheetContext';

/** One row's year to date in a cumulative column. */
interface Entry {
  readonly row: number;
  readonly series: string;
  readonly unit: number;
  readonly account: number;
  readonly kind: number;
  readonly month: MonthKey;
  /** Öre so far this year. */
  readonly ytd: number;
  /** The month's amount in the column of the same kind, or null when there is none. */
  readonly twin: number | null;
}

/** Why a column is refused (words in i18n/issues.ts). */
export type CumulativeProblem = 'start' | 'gap' | 'twice' | 'ends' | 'disagrees' | 'wide';

/** The year-to-date cells of one cumulative column, read row by row and settled at the end of the sheet. */
export class CumulativeColumn {
  private readonly entries: Entry[] = [];

  constructor(
    private readonly rows: SheetRows,
    private readonly headerRow: number,
    private readonly index: number,
    private readonly header: string,
  ) {}

  /** Note row r's year to date. */
  add(entry: Entry): void {
    this.entries.push(entry);
  }

  /** Push each month's amount into the facts (or check it against the twin column); an error instead when that is not exact. */
  settle(ctx: Context, fiscalStart: number): void {
    const months = this.monthlyAmounts(fiscalStart);
    if ('problem' in months) {
      this.refuse(ctx, months.problem, months.row);
      return;
    }
    for (const { entry, amount } of months.list) {
      // The fact points at its year-to-date cell: the month's amount is that less the month before's.
      if (entry.twin === null) ctx.facts.push(entry.unit, entry.account, entry.month, entry.kind, amount as Money, entry.row, this.index);
    }
  }

  /** Refuse the column: one error at row r's cell (or the header). */
  refuse(ctx: Context, problem: CumulativeProblem, row = this.headerRow): void {
    ctx.issues.add(
      anError('cumulativeNotReadable', { sheet: this.rows.sheet, address: cellAddress(this.rows, row, this.index) }, {
        column: columnLetters(this.rows.origin.column + this.index),
        header: this.header,
        reason: problem,
      }),
    );
  }

  private monthlyAmounts(fiscalStart: number): { list: { entry: Entry; amount: number }[] } | { problem: CumulativeProblem; row: number } {
    // Year to date starts again with each (fiscal) year: entries are grouped by its first month.
    const yearStart = (e: Entry): MonthKey => fiscalYearStart(e.month, fiscalStart);
    const last = new Map<MonthKey, number>();
    const seen = new Map<MonthKey, Set<number>>();
    for (const e of this.entries) {
      const y = yearStart(e);
      last.set(y, Math.max(last.get(y) ?? 0, e.month));
      seen.set(y, (seen.get(y) ?? new Set<number>()).add(e.month));
    }
    for (const [y, months] of seen) {
      if (months.size !== last.get(y)! - y + 1) return { problem: 'start', row: this.entries.find((e) => yearStart(e) === y)!.row };
    }
    const bySeries = new Map<string, Entry[]>();
    for (const e of this.entries) {
      const key = `${yearStart(e)}\u001f${e.series}`;
      const list = bySeries.get(key);
      if (list === undefined) bySeries.set(key, [e]);
      else list.push(e);
    }
    const list: { entry: Entry; amount: number }[] = [];
    for (const series of bySeries.values()) {
      series.sort((a, b) => a.month - b.month || a.row - b.row);
      let before: Entry | null = null;
      for (const e of series) {
        if (before !== null && e.month === before.month) return { problem: 'twice', row: e.row };
        if (before !== null && e.month !== before.month + 1) return { problem: 'gap', row: e.row };
        const amount = e.ytd - (before?.ytd ?? 0);
        if (e.twin !== null && e.twin !== amount) return { problem: 'disagrees', row: e.row };
        list.push({ entry: e, amount });
        before = e;
      }
      if (before !== null && before.month !== last.get(yearStart(before))) return { problem: 'ends', row: before.row };
    }
    return { list };
  }
}
