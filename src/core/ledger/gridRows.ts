/** A Grid read through SheetRows: the cells are the keys, amounts parsed on the way. */
import type { Cell, Grid } from '../grid/grid';
import type { Sheet, SheetRows } from '../grid/sheetRows';
import { isLargeSheet } from '../grid/sheetRows';
import { oreNearKronor, parseMoneyText } from '../money';

class GridRows implements SheetRows {
  readonly sheet;
  readonly origin;
  readonly length: number;
  readonly marks;
  private readonly rows: readonly (readonly Cell[])[];

  constructor(grid: Grid) {
    this.sheet = grid.sheet;
    this.origin = grid.origin;
    this.rows = grid.rows;
    this.length = grid.rows.length;
    this.marks = grid.marks;
  }

  row(r: number): readonly Cell[] {
    return this.rows[r] ?? [];
  }

  cell(r: number, c: number): Cell {
    return this.rows[r]?.[c] ?? null;
  }

  key(r: number, c: number): unknown {
    return this.rows[r]?.[c] ?? null;
  }

  amount(r: number, c: number): number | null {
    return amountOfCell(this.rows[r]?.[c] ?? null);
  }
}

/** A grid's rows. */
export function gridRows(grid: Grid): SheetRows {
  return new GridRows(grid);
}

/** The rows of any sheet. */
export function rowsOf(sheet: Sheet): SheetRows {
  return isLargeSheet(sheet) ? sheet.all : gridRows(sheet);
}

/** An amount cell as SheetRows.amount gives it: öre, null when empty, NaN for the full reader. */
export function amountOfCell(cell: Cell): number | null {
  if (cell === null) return null;
  if (typeof cell === 'number') return oreNearKronor(cell);
  if (typeof cell === 'string') {
    if (cell === '') return 0;
    const m = parseMoneyText(cell);
    return m === null ? NaN : m;
  }
  return NaN;
}
