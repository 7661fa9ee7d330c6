/**
 * A sheet as the engine reads it. Most sheets arrive as a Grid, every cell a value. A large CSV
 * ledger arrives as a LargeSheet instead: its first rows as a grid (enough to find the header) and
 * all its rows through a SheetRows reader that keeps the columns the ledger needs in typed arrays,
 * so a million rows need not become six million strings (see src/csv/csvSheet.ts).
 */
import type { Cell, Grid, RowMarks, SheetName } from './grid';

/** Read access to the rows of one sheet, whatever holds them. */
export interface SheetRows {
  readonly sheet: SheetName;
  /** Zero-based row and column of row 0, column 0 in the sheet. */
  readonly origin: { readonly row: number; readonly column: number };
  /** The number of rows. */
  readonly length: number;
  /** Rows the file marks (totals rows of a table, overlong CSV lines), when it marks any. */
  readonly marks?: RowMarks;
  /** The cells of a row, as a grid row would hold them. May build the row: for the readers' rare paths. */
  row(r: number): readonly Cell[];
  /** One cell. */
  cell(r: number, c: number): Cell;
  /**
   * A key for what a cell holds, cheap to compare and to use in a Map: two cells of one column with
   * equal keys hold equal values (equal values may still have different keys). Readers cache what a
   * label cell means by its key.
   */
  key(r: number, c: number): unknown;
  /**
   * Every cell column c can hold, each distinct value once (null when a cell may be empty; more
   * is allowed, never less), when the reader knows them without reading each row: a scanned CSV's
   * label columns. Lets a whole-column search be ruled out at a glance.
   */
  distinctCells?(c: number): readonly Cell[] | undefined;
  /**
   * An amount cell in öre when it is read without the full reader: null for an empty cell, NaN when
   * the cell must go through readAmountCell (errors, odd text).
   */
  amount(r: number, c: number): number | null;
  /**
   * A label column's keys in one array, when the reader holds them so (a scanned CSV's, an .xlsx
   * sheet's codes): for the ledger reader's loop over a million rows (see codedRows.ts).
   */
  labelCodes?(c: number): LabelCodes | undefined;
  /** An amount column's cells in arrays, when the reader holds them so (a scanned CSV's). */
  amountArrays?(c: number): AmountArrays | undefined;
}

/** A label column's keys: codes[r] === key(r, c) for every row r, each code -1 (an empty cell) or below count. */
export interface LabelCodes {
  readonly codes: Int32Array;
  readonly count: number;
}

/** An amount column's cells: amount(r, c) is ore[r] where state[r] is AMOUNT_VALUE, null where it is AMOUNT_EMPTY, else NaN. */
export interface AmountArrays {
  readonly ore: Float64Array;
  readonly state: Uint8Array;
}

/** The states of AmountArrays' cells. */
export const AMOUNT_VALUE = 0;
export const AMOUNT_EMPTY = 1;

/** A sheet too large to hold as cells: its first rows as a grid and all its rows through a reader. */
export interface LargeSheet {
  /** The first rows (at least those detectLayout searches), for finding the header and columns. */
  readonly head: Grid;
  /** All rows, the head's included, from the same origin. */
  readonly all: SheetRows;
}

/** A sheet given to the engine. */
export type Sheet = Grid | LargeSheet;

export function isLargeSheet(s: Sheet): s is LargeSheet {
  return 'all' in s;
}

/** The sheet's name. */
export function sheetNameOf(s: Sheet): SheetName {
  return isLargeSheet(s) ? s.all.sheet : s.sheet;
}

/** The rows of a sheet (all of them). */
export function rowCountOf(s: Sheet): number {
  return isLargeSheet(s) ? s.all.length : s.rows.length;
}

/** The grid to detect a sheet's layout from: the sheet itself, or a large sheet's head. */
export function headOf(s: Sheet): Grid {
  return isLargeSheet(s) ? s.head : s;
}

/** The whole sheet as a grid: for the small sheets (organisation, accounts) that are read cell by cell. */
export function wholeGrid(s: Sheet): Grid {
  if (!isLargeSheet(s)) return s;
  const rows: (readonly Cell[])[] = [];
  for (let r = 0; r < s.all.length; r++) rows.push(s.all.row(r));
  return { sheet: s.all.sheet, rows, origin: s.all.origin, ...(s.all.marks ? { marks: s.all.marks } : {}) };
}
