/**
 * The cells of a worksheet as read from its part, kept by column in typed arrays: a number as its
 * double, a shared string as its index into the workbook's table (each text one string, read
 * once), anything else (inline text, booleans, errors) in a side list. A million-row ledger is
 * then a few typed arrays rather than a million row arrays and six million boxed values, and the
 * engine reads it through SheetRows as it reads a scanned CSV.
 */
import type { Cell, RowMarks, SheetName } from '../core/grid/grid';
import type { SheetRows } from '../core/grid/sheetRows';
import { amountOfCell } from '../core/ledger/gridRows';
import { oreNearKronor } from '../core/money';

/** What a slot holds (0: nothing, as a new typed array has it). */
const NUMBER = 1;
const SHARED = 2;
const OTHER = 3;

/** The key of an empty cell in a column keyed by shared-string index. */
const NO_KEY = -1;

/** More distinct numbers than this in a column: no label column; distinctCells gives up. */
const MAX_DISTINCT_NUMBERS = 4096;

/** Rows made room for at first: small, so a wide sheet of few rows stays small. */
const FIRST_CAPACITY = 64;

/** The cells of one worksheet, set while its part is read, then read through SheetRows. */
export class SheetColumns implements SheetRows {
  readonly origin = { row: 0, column: 0 };
  /** Row i is sheet row i + 1; rows after the last with a cell are left out. */
  length = 0;
  marks?: RowMarks;
  private capacity = FIRST_CAPACITY;
  private kinds: (Uint8Array | undefined)[] = [];
  private values: (Float64Array | undefined)[] = [];
  /** Per row, one past its last cell's column (a grid row's length). */
  private widths = new Uint16Array(FIRST_CAPACITY);
  private readonly others: Cell[] = [];

  constructor(
    readonly sheet: SheetName,
    private readonly sharedStrings: readonly string[],
  ) {}

  /** Cell (r, c) holds a number. */
  setNumber(r: number, c: number, n: number): void {
    this.slot(r, c);
    this.kinds[c]![r] = NUMBER;
    this.values[c]![r] = n;
  }

  /** Cell (r, c) holds shared string `index`, which the caller has checked is in the table. */
  setShared(r: number, c: number, index: number): void {
    this.slot(r, c);
    this.kinds[c]![r] = SHARED;
    this.values[c]![r] = index;
  }

  /** Cell (r, c) holds any other (non-empty) value. */
  setCell(r: number, c: number, cell: Cell): void {
    if (typeof cell === 'number') return this.setNumber(r, c, cell);
    this.slot(r, c);
    this.kinds[c]![r] = OTHER;
    this.values[c]![r] = this.others.length;
    this.others.push(cell);
  }

  cell(r: number, c: number): Cell {
    const kinds = this.kinds[c];
    if (kinds === undefined || r >= this.length) return null;
    const kind = kinds[r];
    if (kind === NUMBER) return this.values[c]![r]!;
    if (kind === SHARED) return this.sharedStrings[this.values[c]![r]!]!;
    if (kind === OTHER) return this.others[this.values[c]![r]!]!;
    return null;
  }

  row(r: number): readonly Cell[] {
    const width = r < this.length ? this.widths[r]! : 0;
    const cells: Cell[] = new Array<Cell>(width);
    for (let c = 0; c < width; c++) cells[c] = this.cell(r, c);
    return cells;
  }

  /**
   * Every value column c holds, once each (null when some row has no cell in it), found in one pass
   * over its typed arrays, so the fill-down check need not read a million rows through cell().
   * Undefined for a column with inline text, booleans or errors, or more distinct numbers than a
   * label column has.
   */
  distinctCells(c: number): readonly Cell[] | undefined {
    const kinds = this.kinds[c];
    const values = this.values[c];
    if (kinds === undefined || values === undefined) return undefined;
    const seen = new Uint8Array(this.sharedStrings.length);
    const numbers = new Set<number>();
    const cells: Cell[] = [];
    let blank = false;
    for (let r = 0; r < this.length; r++) {
      const kind = kinds[r];
      const value = values[r]!;
      if (kind === SHARED) {
        if (seen[value] === 0) {
          seen[value] = 1;
          cells.push(this.sharedStrings[value]!);
        }
      } else if (kind === NUMBER) {
        if (!numbers.has(value)) {
          if (numbers.size >= MAX_DISTINCT_NUMBERS) return undefined;
          numbers.add(value);
          cells.push(value);
        }
      } else if (kind === 0) blank = true;
      else return undefined;
    }
    if (blank) cells.push(null);
    return cells;
  }

  /**
   * A column of shared strings only (and blanks) is keyed by the strings' indices: small integers,
   * which the engine's caches look up in an array rather than hash (as a scanned CSV's codes).
   * Any other column by its cells.
   */
  key(r: number, c: number): unknown {
    if (this.sharedOnly(c)) return r < this.length && this.kinds[c]![r] === SHARED ? this.values[c]![r]! : NO_KEY;
    return this.cell(r, c);
  }

  /** Per column, whether it holds shared strings only: worked out once, on the first key asked of it. */
  private readonly shared: (boolean | undefined)[] = [];

  private sharedOnly(c: number): boolean {
    let only = this.shared[c];
    if (only === undefined) {
      const kinds = this.kinds[c];
      only = kinds !== undefined && kinds.subarray(0, this.length).every((k) => k === SHARED || k === 0);
      this.shared[c] = only;
    }
    return only;
  }

  amount(r: number, c: number): number | null {
    const kinds = this.kinds[c];
    if (kinds !== undefined && r < this.length && kinds[r] === NUMBER) return oreNearKronor(this.values[c]![r]!);
    return amountOfCell(this.cell(r, c));
  }

  /** All rows as a grid's rows would hold them. */
  rows(): Cell[][] {
    const rows: Cell[][] = [];
    for (let r = 0; r < this.length; r++) rows.push(this.row(r) as Cell[]);
    return rows;
  }

  private slot(r: number, c: number): void {
    if (r >= this.capacity) this.grow(Math.max(r + 1, this.capacity * 2));
    if (this.kinds[c] === undefined) {
      while (this.kinds.length <= c) {
        this.kinds.push(undefined);
        this.values.push(undefined);
      }
      this.kinds[c] = new Uint8Array(this.capacity);
      this.values[c] = new Float64Array(this.capacity);
    }
    if (r >= this.length) this.length = r + 1;
    if (c >= this.widths[r]!) this.widths[r] = c + 1;
  }

  private grow(capacity: number): void {
    this.capacity = capacity;
    this.widths = grown(this.widths, capacity);
    this.kinds = this.kinds.map((k) => (k === undefined ? k : grown(k, capacity)));
    this.values = this.values.map((v) => (v === undefined ? v : grown(v, capacity)));
  }
}

function grown<T extends Float64Array | Uint8Array | Uint16Array>(from: T, capacity: number): T {
  const to = new (from.constructor as new (n: number) => T)(capacity);
  to.set(from);
  return to;
}
