/** A UK council's ledger, April to March: a row per month with its "Financial Year" and monthly dates. */
import type { Cell } from '../../src/core/grid/grid';
import { grid } from '../support/builders';

/** Budget of a month in kronor: distinct per month, so every sum says which months it took. */
export const budgetOf = (year: number, month: number): number => (year - 2000) * 1000 + month;
/** Actual: one krona under budget, every month. */
export const actualOf = (year: number, month: number): number => budgetOf(year, month) - 1;

/** The months of fiscal years 2003/04 and 2004/05 (April 2003 – March 2005), calendar order. */
export function ukMonths(): { year: number; month: number }[] {
  const out: { year: number; month: number }[] = [];
  for (let i = 0; i < 24; i++) out.push({ year: 2003 + Math.floor((3 + i) / 12), month: ((3 + i) % 12) + 1 });
  return out;
}

const label = (year: number, month: number): string => {
  const start = month >= 4 ? year : year - 1;
  return `${start}/${String((start + 1) % 100).padStart(2, '0')}`;
};

/** The ledger: Date | Financial Year | Department | Budget | Actual. */
export function ukLedger(sheet = 'Ledger') {
  const rows: Cell[][] = [['Date', 'Financial Year', 'Department', 'Budget', 'Actual']];
  for (const { year, month } of ukMonths()) {
    const date = `${year}-${String(month).padStart(2, '0')}-28`;
    rows.push([date, label(year, month), 'Finance', budgetOf(year, month), actualOf(year, month)]);
  }
  return grid(sheet, rows);
}

/** The sum of f over months from (y, m) for n months. */
export function sumMonths(f: (y: number, m: number) => number, year: number, month: number, n: number): number {
  let s = 0;
  for (let i = 0; i < n; i++) s += f(year + Math.floor((month - 1 + i) / 12), ((month - 1 + i) % 12) + 1);
  return s;
}
