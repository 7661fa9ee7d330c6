/**
 * What a column's first data cells hold, for telling an amount column the header does not name
 * from a column of codes: amounts come negative or with öre; codes and counts do not.
 */
import type { Cell, Grid } from '../grid/grid';
import { parseMoneyText } from '../money';
import { readYearCell } from './period';

/** The numbers and texts among a column's cells below the header. */
export interface ColumnData {
  /** Cells that are numbers, or text that reads as an amount ("1 064,50"). */
  readonly numbers: number;
  readonly texts: number;
  /** Some number is negative or has a fraction: the column holds money, not codes or counts. */
  readonly moneyShaped: boolean;
  /** Every number is a year (1900–2100); null when there are no numbers. */
  readonly years: boolean | null;
}

/** Data rows looked at below the header: enough to see a column's kind, and as cheap on a million rows as on ten. */
export const DATA_ROWS_PROFILED = 50;

/** Profile column c of the first rows below the header. */
export function columnData(grid: Grid, headerRow: number, c: number): ColumnData {
  let numbers = 0;
  let texts = 0;
  let moneyShaped = false;
  let years: boolean | null = null;
  const end = Math.min(grid.rows.length, headerRow + 1 + DATA_ROWS_PROFILED);
  for (let r = headerRow + 1; r < end; r++) {
    const cell = grid.rows[r]?.[c] ?? null;
    const n = shapeOf(cell);
    if (n === 'blank') continue;
    if (n === 'text') texts++;
    else {
      numbers++;
      if (n === 'money') moneyShaped = true;
      years = years !== false && readYearCell(cell) !== null;
    }
  }
  return { numbers, texts, moneyShaped, years };
}

/** Whether the column's cells are mostly numbers. */
export function holdsNumbers(d: ColumnData): boolean {
  return d.numbers > 0 && d.numbers >= d.texts;
}

/** What a cell is: 'money' for a negative number or one with a fraction, 'whole' for other numbers. */
function shapeOf(cell: Cell): 'blank' | 'text' | 'money' | 'whole' {
  if (cell === null) return 'blank';
  if (typeof cell === 'number') return cell < 0 || !Number.isInteger(cell) ? 'money' : 'whole';
  if (typeof cell !== 'string') return 'text';
  if (cell.trim() === '') return 'blank';
  const ore = parseMoneyText(cell);
  if (ore === null) return 'text';
  return ore < 0 || ore % 100 !== 0 ? 'money' : 'whole';
}
