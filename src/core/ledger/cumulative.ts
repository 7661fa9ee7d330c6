/**
 * Cumulative (year-to-date) amount columns of a long sheet ("Utfall ack", "YTD actual") turned into
 * each month's amount — only where that is exact: each series of rows (the same unit, account and
 * every other label cell) must run month after month without a gap or a repeat up to the sheet's
 * last month of that year; its first row's amount is that month's (nothing was booked before a
 * series begins). A month's amount is then its year to date less the month before's. Beside a
 * column of the month's amounts of the same kind, the cumulative column is checked against it
 * instead of being counted again. Anything else is refused with an error naming the column.
 */
import { cellAddress, columnLetters } from '../grid/grid';
import type { SheetRows } from '../grid/sheetRows';
import { anError } from '../issues/issue';
import type { Money } from '../money';
import { monthOf, yearOf, type MonthKey } from '../period/month';
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
  settle(ctx: Context): void {
    const months = this.monthlyAmounts();
    if ('problem' in months) {
      this.refuse(ctx, months.problem, months.row);
      return;
    }
    for (const { entry, amount } of months.list) {
      if (entry.twin === null) ctx.facts.push(entry.unit, entry.account, entry.month, entry.kind, amount as Money);
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

  private monthlyAmounts(): { list: { entry: Entry; amount: number }[] } | { problem: CumulativeProblem; row: number } {
    const lastMonth = new Map<number, number>();
    const monthsSeen = new Map<number, Set<number>>();
    for (const e of this.entries) {
      const y = yearOf(e.month);
      lastMonth.set(y, Math.max(lastMonth.get(y) ?? 0, monthOf(e.month)));
      monthsSeen.set(y, (monthsSeen.get(y) ?? new Set<number>()).add(monthOf(e.month)));
    }
    for (const [y, seen] of monthsSeen) {
      if (seen.size !== lastMonth.get(y)) {
        const first = this.entries.find((e) => yearOf(e.month) === y)!;
        return { problem: 'start', row: first.row };
      }
    }
    const bySeries = new Map<string, Entry[]>();
    for (const e of this.entries) {
      const key = `${yearOf(e.month)}\u001f${e.series}`;
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
      if (before !== null && monthOf(before.month) !== lastMonth.get(yearOf(before.month))) return { problem: 'ends', row: before.row };
    }
    return { list };
  }
}
