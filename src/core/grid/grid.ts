/**
 * A grid of raw cells: what both Office.js (`values` with `valueTypes`) and ExcelJS give for a
 * worksheet range, and what the CSV reader produces. The engine reads ledgers only from grids.
 */

/** An error value in a cell (#N/A, #DIV/0!, #REF! …). */
export interface CellError {
  readonly error: string;
}

/**
 * The error text of a formula cell whose file holds no computed value (written by a program and
 * never calculated): its value is unknown, so it is not read as blank.
 */
export const UNCALCULATED = '#UNCALCULATED';

/**
 * One raw cell: a number (dates as Excel serial numbers), a string, a boolean, an error, or null
 * for an empty cell.
 */
export type Cell = number | string | boolean | CellError | null;

/** Whether a cell holds an error value. */
export function isCellError(c: Cell): c is CellError {
  return typeof c === 'object' && c !== null;
}

/** A sheet name, branded so it is not mixed up with other strings. */
export type SheetName = string & { readonly __brand: 'SheetName' };

/** An A1-style address with its sheet ("Huvudbok!E40"). */
export type A1Address = string & { readonly __brand: 'A1Address' };

/**
 * Rows the file itself marks, beyond what their cells say (zero-based rows of the grid or sheet,
 * ascending). Set by the file readers that know.
 */
export interface RowMarks {
  /** Totals rows of an Excel table (ListObject): skipped like the export's own Summa rows. */
  readonly totals?: readonly number[];
  /**
   * CSV lines with more fields than the header (an unquoted separator in a name): their amounts
   * would land in the wrong columns, so they are errors, not rows.
   */
  readonly overlong?: readonly number[];
}

/** A rectangular block of raw cells read from one sheet. */
export interface Grid {
  /** The sheet the cells come from. */
  readonly sheet: SheetName;
  /** Rows of cells; rows may be shorter than others (missing cells are empty). */
  readonly rows: readonly (readonly Cell[])[];
  /** Zero-based row and column of rows[0][0] in the sheet (the used range may not start at A1). */
  readonly origin: { readonly row: number; readonly column: number };
  /** Rows the file marks (see RowMarks). */
  readonly marks?: RowMarks;
}

/** Make a grid; origin defaults to A1. */
export function makeGrid(sheet: string, rows: readonly (readonly Cell[])[], origin = { row: 0, column: 0 }): Grid {
  return { sheet: sheet as SheetName, rows, origin };
}

/** The column letters of a zero-based column index (0 → A, 26 → AA). */
export function columnLetters(column: number): string {
  let n = column + 1;
  let s = '';
  while (n > 0) {
    const r = (n - 1) % 26;
    s = String.fromCharCode(65 + r) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

/** The zero-based index of column letters, either case (A → 0, AA → 26): columnLetters' inverse. */
export function columnIndex(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

/** Where a block of cells sits: its sheet and the sheet row and column of its first cell. */
export type Placement = Pick<Grid, 'sheet' | 'origin'>;

/** The sheet-qualified A1 address of a cell of the grid, quoting sheet names as Excel does. */
export function cellAddress(grid: Placement, row: number, column: number): A1Address {
  return `${quoteSheetName(grid.sheet)}!${columnLetters(grid.origin.column + column)}${grid.origin.row + row + 1}` as A1Address;
}

/** A sheet name as it appears in a formula reference: quoted when it has spaces or punctuation. */
export function quoteSheetName(sheet: string): string {
  return /^[\p{L}_][\p{L}\p{N}_.]*$/u.test(sheet) ? sheet : `'${sheet.replace(/'/g, "''")}'`;
}

/** The cell at (row, column), empty when outside the grid. */
export function cellAt(grid: Grid, row: number, column: number): Cell {
  return grid.rows[row]?.[column] ?? null;
}

/** Whether a cell is empty (null or a string of only spaces). */
export function isBlank(c: Cell): boolean {
  return c === null || (typeof c === 'string' && c.trim() === '');
}
