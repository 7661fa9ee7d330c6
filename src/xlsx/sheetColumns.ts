/**
 * The cells of a worksheet as read from its part, kept by column in typed arrays: a number as its
 * double, a shared string as its index into the workbook's table (each text one string, read
 * once), anything else (inline text, booleans, errors) in a side list. A million-row ledger is
 * then a few typed arrays rather than a million row arrays and six million boxed values, and the
 * engine reads it through SheetRows as it reads a scanned CSV.
 */
import type { Cell, RowMarks, SheetName } from '../core/grid/grid';
import type { LabelCodes, SheetRows } from '../core/grid/sheetRows';
import { amountOfCell } from '../core/ledger/gridRows';
import { oreNearKronor } from '../core/money';

/** What a slot holds (0: nothing, as a new typed array has it). */
const NUMBER = 1;
const SHARED = 2;
const OTHER = 3;

/** The code of an empty cell in a label column. */
const NO_CODE = -1;

/** More distinct numbers than this in a column: no label column; distinctCells gives up. */
const MAX_DISTINCT_NUMBERS = 4096;

/** A label column's codes: one per row into its distinct values (NO_CODE: empty). */
interface ColumnCodes {
  readonly codes: Int32Array;
  readonly distinct: readonly Cell[];
}

/** Slots of the numbers' hash table: twice the most distinct numbers kept. */
const NUMBER_SLOTS = 8192;

/**
 * The codes of a column's numbers, by an open-addressing hash table in typed arrays: a Set of a
 * million lookups costs ten times as much. Numbers equal by === (0 and -0) share a code, as they
 * share a key in a Map.
 */
class NumberCodes {
  size = 0;
  private readonly numbers = new Float64Array(NUMBER_SLOTS);
  private readonly codes = new Int32Array(NUMBER_SLOTS).fill(NO_CODE);

  /** The code of n; `next` (and n kept) when n is new. */
  codeOf(n: number, next: number): number {
    let slot = (Math.imul((n | 0) ^ ((n / 4294967296) | 0), 0x9e3779b1) >>> 19) & (NUMBER_SLOTS - 1);
    for (;;) {
      const code = this.codes[slot]!;
      if (code === NO_CODE) {
        if (this.size > MAX_DISTINCT_NUMBERS) return next;
        this.size++;
        this.numbers[slot] = n;
        this.codes[slot] = next;
        return next;
      }
      if (this.numbers[slot] === n) return code;
      slot = (slot + 1) & (NUMBER_SLOTS - 1);
    }
  }
}

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
   * Every value column c holds, once each (null when some row has no cell in it), so the fill-down
   * check need not read a million rows through cell(). Undefined for a column with inline text,
   * booleans or errors, or more distinct numbers than a label column has.
   */
  distinctCells(c: number): readonly Cell[] | undefined {
    return this.codesOf(c)?.distinct;
  }

  /**
   * A label column (shared strings and numbers, few distinct) is keyed by codes into its distinct
   * values: small integers, which the engine's caches look up in an array rather than hash (as a
   * scanned CSV's codes). Any other column by its cells.
   */
  key(r: number, c: number): unknown {
    const coded = this.codesOf(c);
    if (coded === null) return this.cell(r, c);
    return r < this.length ? coded.codes[r] : NO_CODE;
  }

  labelCodes(c: number): LabelCodes | undefined {
    const coded = this.codesOf(c);
    return coded === null ? undefined : { codes: coded.codes, count: coded.distinct.length };
  }

  /** Per column, its codes: worked out once, when first asked for (the sheet is read by then). */
  private readonly coded: (ColumnCodes | null | undefined)[] = [];

  private codesOf(c: number): ColumnCodes | null {
    let coded = this.coded[c];
    if (coded === undefined) {
      coded = this.encode(c);
      this.coded[c] = coded;
    }
    return coded;
  }

  /** One pass over a column: a code per row (NO_CODE when empty), or null when it is no label column. */
  private encode(c: number): ColumnCodes | null {
    const kinds = this.kinds[c];
    const values = this.values[c];
    if (kinds === undefined || values === undefined) return null;
    const codes = new Int32Array(this.length);
    const sharedCodes = new Int32Array(this.sharedStrings.length).fill(NO_CODE);
    const numbers = new NumberCodes();
    const distinct: Cell[] = [];
    let blank = false;
    let lastKind = -1;
    let lastValue = NaN;
    let lastCode = NO_CODE;
    for (let r = 0; r < this.length; r++) {
      const kind = kinds[r]!;
      const value = values[r]!;
      // Sorted ledgers repeat a label row after row.
      if (kind === lastKind && value === lastValue) {
        codes[r] = lastCode;
        continue;
      }
      let code: number;
      if (kind === SHARED) {
        code = sharedCodes[value]!;
        if (code === NO_CODE) {
          code = sharedCodes[value] = distinct.length;
          distinct.push(this.sharedStrings[value]!);
        }
      } else if (kind === NUMBER) {
        code = numbers.codeOf(value, distinct.length);
        if (code === distinct.length) distinct.push(value);
        if (numbers.size > MAX_DISTINCT_NUMBERS) return null;
      } else if (kind === 0) {
        code = NO_CODE;
        blank = true;
      } else return null;
      codes[r] = code;
      lastKind = kind;
      lastValue = value;
      lastCode = code;
    }
    return { codes, distinct: blank ? [...distinct, null] : distinct };
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
