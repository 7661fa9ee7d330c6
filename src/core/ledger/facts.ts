/**
 * Ledger facts in columns: one entry per non-empty amount cell (unit, account, month, kind,
 * amount in öre, and the cell it came from, so a figure can be traced back to its rows).
 * Typed arrays keep a million rows in a few tens of megabytes.
 */
import type { MonthKey } from '../period/month';
import type { Money } from '../money';
import { AMOUNT_KINDS, type AmountKind } from './schema';

/** Read-only columnar facts. */
export interface Facts {
  readonly length: number;
  /** Index into Ledger.units. */
  readonly unit: Int32Array;
  /** Index into Ledger.accounts, or -1 when the ledger has no account. */
  readonly account: Int32Array;
  readonly month: Int32Array;
  /** Index into AMOUNT_KINDS. */
  readonly kind: Uint8Array;
  /** Integer öre. */
  readonly amount: Float64Array;
  /** Index into Ledger.sheets: the sheet the amount cell is in. */
  readonly sheet: Uint16Array;
  /** The amount cell's zero-based row in its sheet (the sheet's own row, not the grid's). */
  readonly row: Int32Array;
  /** The amount cell's zero-based column in its sheet. */
  readonly column: Int32Array;
}

/** The code of a kind in Facts.kind. */
export const KIND_CODE: Readonly<Record<AmountKind, number>> = Object.fromEntries(AMOUNT_KINDS.map((k, i) => [k, i])) as Record<AmountKind, number>;

/** Appends facts, growing its arrays by doubling. */
export class FactsBuilder {
  private n = 0;
  private unit: Int32Array;
  private account: Int32Array;
  private month: Int32Array;
  private kind: Uint8Array;
  private amount: Float64Array;
  private sheet: Uint16Array;
  private row: Int32Array;
  private column: Int32Array;
  /** The sheet being read (index into Ledger.sheets) and its origin: set per sheet by the reader. */
  private at = { sheet: 0, row: 0, column: 0 };

  /** `capacity`: the facts expected (rows × amount columns), so a big ledger is not copied while growing. */
  constructor(capacity = 1024) {
    const size = Math.max(16, capacity);
    this.unit = new Int32Array(size);
    this.account = new Int32Array(size);
    this.month = new Int32Array(size);
    this.kind = new Uint8Array(size);
    this.amount = new Float64Array(size);
    this.sheet = new Uint16Array(size);
    this.row = new Int32Array(size);
    this.column = new Int32Array(size);
  }

  /** The facts pushed from now on come from this sheet (index into Ledger.sheets), placed at `origin`. */
  startSheet(sheet: number, origin: { readonly row: number; readonly column: number }): void {
    this.at = { sheet, row: origin.row, column: origin.column };
  }

  /** The facts appended so far. */
  get length(): number {
    return this.n;
  }

  /** Append one fact, read from the cell at (r, c) of the current sheet's rows. */
  push(unit: number, account: number, month: MonthKey, kind: number, amount: Money, r: number, c: number): void {
    if (this.n === this.unit.length) this.grow();
    const i = this.n++;
    this.unit[i] = unit;
    this.account[i] = account;
    this.month[i] = month;
    this.kind[i] = kind;
    this.amount[i] = amount;
    this.sheet[i] = this.at.sheet;
    this.row[i] = this.at.row + r;
    this.column[i] = this.at.column + c;
  }

  private grow(): void {
    const size = this.unit.length * 2;
    this.unit = resized(this.unit, new Int32Array(size));
    this.account = resized(this.account, new Int32Array(size));
    this.month = resized(this.month, new Int32Array(size));
    this.kind = resized(this.kind, new Uint8Array(size));
    this.amount = resized(this.amount, new Float64Array(size));
    this.sheet = resized(this.sheet, new Uint16Array(size));
    this.row = resized(this.row, new Int32Array(size));
    this.column = resized(this.column, new Int32Array(size));
  }

  /** The facts so far (views, not copies). */
  build(): Facts {
    const n = this.n;
    return {
      length: n,
      unit: this.unit.subarray(0, n),
      account: this.account.subarray(0, n),
      month: this.month.subarray(0, n),
      kind: this.kind.subarray(0, n),
      amount: this.amount.subarray(0, n),
      sheet: this.sheet.subarray(0, n),
      row: this.row.subarray(0, n),
      column: this.column.subarray(0, n),
    };
  }
}

function resized<T extends Int32Array | Uint8Array | Uint16Array | Float64Array>(from: T, to: T): T {
  to.set(from);
  return to;
}
