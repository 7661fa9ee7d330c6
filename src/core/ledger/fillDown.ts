/**
 * Pivot-style exports show a label once, on the first row of its block, and leave the cells below
 * blank to mean "same as above":
 *
 *     Förvaltning | Enhet     | Konto | Utfall
 *     Stab        | IT        | 5010  | 100
 *                 |           | 6010  |  20      ← Stab / IT
 *                 | Ekonomi   | 5010  |  50      ← Stab / Ekonomi
 *
 * Read as written, those rows would belong to no unit or to a top-level "Ekonomi". A label column
 * is read as filled down when the sheet shows the pattern: rows whose label columns are blank from
 * the coarsest up to a filled finer one (or up to the amounts), under a filled cell of the column,
 * more of them than rows that repeat the value above (a sorted ledger that writes every label
 * repeats them; a pivot never does), and at least as many as the column's filled cells unless the
 * column never repeats a value and has finer labels beside it. A row whose
 * coarser level is filled and finer blank is the coarser unit's own row (SPEC §2), never filled.
 *
 * The structure (organisation levels and account) is taken in the sheet's order, left to right,
 * as a pivot table lays out its row fields from the coarsest. Period, year and kind are context:
 * a blank one is never meaningful, so it is filled from above under the same pattern wherever it is.
 */
import { cellAddress, columnLetters, type Placement } from '../grid/grid';
import type { SheetRows } from '../grid/sheetRows';
import { aWarning, type IssueCollector } from '../issues/issue';
import { cellText } from './cells';
import { headerOf, type SheetLayout } from './detect';
import { SUBTOTAL_PREFIX } from './schema';
import { KeyCache, type Columns } from './sheetContext';

/** A label column of the sheet: its index and header. */
export interface LabelColumn {
  readonly index: number;
  readonly header: string;
}

/** The label columns of a sheet read as filled down, and which row each blank cell stands for. */
export class FillDown {
  /** By label column: the row the column's current block was filled on, or -1. */
  private readonly carry: Int32Array;
  /** By label column: the row r's cell is read from (r itself unless filled down). */
  private readonly source: Int32Array;
  private readonly filled: { first: number; last: number; count: number }[];

  private constructor(
    private readonly rows: SheetRows,
    private readonly labels: readonly LabelColumn[],
    /** The label cells read while deciding, and their cache, kept for the reading. */
    private readonly blank: BlankCells,
    private readonly pivot: readonly boolean[],
    private readonly amounts: readonly number[],
    /** The structure columns come first among the labels; the context columns after them. */
    private readonly structure: number,
  ) {
    this.carry = new Int32Array(labels.length).fill(-1);
    this.source = new Int32Array(labels.length);
    this.filled = labels.map(() => ({ first: -1, last: -1, count: 0 }));
    this.slot = [];
    labels.forEach((l, i) => (this.slot[l.index] = i));
  }

  /** By sheet column: its place among the label columns. */
  private readonly slot: number[];

  /**
   * The fill-down of a sheet's label columns (`structure` of them first, coarsest first, then the
   * context columns), or null when no column shows the pattern. `amounts`: the columns whose cells
   * make a row worth reading.
   */
  static of(rows: SheetRows, first: number, labels: readonly LabelColumn[], structure: number, amounts: readonly number[]): FillDown | null {
    if (structure === 0) return null;
    // Every pattern has a blank coarsest structure label or a blank context one: one quick look decides most sheets.
    const blank = new BlankCells(rows, labels, structure);
    const looked = [0, ...labels.keys()].filter((i) => i === 0 || i >= structure);
    if (!looked.some((i) => hasBlank(rows, first, blank, i))) return null;
    const pivot = pivotColumns(rows, first, blank, labels, structure, amounts);
    return pivot.some((p) => p) ? new FillDown(rows, labels, blank, pivot, amounts, structure) : null;
  }

  /** Move to row r (rows are read in order, each once). */
  advance(r: number): void {
    const { labels, carry, source, pivot, structure } = this;
    const prefix = this.blank.prefix(r);
    const reads = prefix < structure || hasAmounts(this.rows, r, this.amounts);
    for (let i = 0; i < labels.length; i++) {
      source[i] = r;
      const state = this.blank.state(r, i);
      if (i < prefix || (i >= structure && state === BLANK)) {
        if (pivot[i] && reads && carry[i]! >= 0) {
          source[i] = carry[i]!;
          this.note(i, r);
        }
      } else if (state === TEXT) {
        // A pivot's subtotal row ("Stab Summa") starts no block: a row below it is never read as it.
        carry[i] = r;
        // A new block of this structure column: the finer ones' blocks end with it.
        if (i < structure) for (let j = i + 1; j < structure; j++) if (this.blank.is(r, j)) carry[j] = -1;
      }
    }
  }

  /** The row whose cell stands for row r's cell in a column (call advance(r) first): r itself unless filled down. */
  rowFor(column: number, r: number): number {
    const i = this.slot[column] ?? -1;
    return i < 0 ? r : this.source[i]!;
  }

  private note(i: number, r: number): void {
    const f = this.filled[i]!;
    if (f.first < 0) f.first = r;
    f.last = r;
    f.count++;
  }

  /** One warning per column filled down, naming the sheet, the column and the rows. */
  report(where: Placement, issues: IssueCollector): void {
    this.filled.forEach((f, i) => {
      if (f.count === 0) return;
      const column = this.labels[i]!;
      const from = cellAddress(where, f.first, column.index);
      const letters = columnLetters(where.origin.column + column.index);
      const range = `${letters}${where.origin.row + f.first + 1}:${letters}${where.origin.row + f.last + 1}`;
      issues.add(aWarning('filledDown', { sheet: where.sheet, address: from }, { column: column.header, range, count: f.count }));
    });
  }
}

/**
 * The fill-down of a ledger sheet's label columns: its structure (organisation levels and account,
 * in the sheet's order) and its context (period, year, kind); null when none is filled down.
 */
export function fillDownOf(rows: SheetRows, layout: SheetLayout, cols: Columns, amounts: readonly number[]): FillDown | null {
  const structure = [...cols.levels, cols.account].filter((c) => c >= 0).sort((a, b) => a - b);
  const context = [cols.period, cols.year, cols.kind].filter((c) => c >= 0);
  const labels = [...structure, ...context].map((index) => ({ index, header: headerOf(layout, index) }));
  return FillDown.of(rows, layout.headerRow + 1, labels, structure.length, amounts);
}

/** What a label cell holds. */
const TEXT = 0;
const BLANK = 1;
const SUBTOTAL_TEXT = 2;
type LabelState = typeof TEXT | typeof BLANK | typeof SUBTOTAL_TEXT;

/** A label cell read: its text as compared (cellText) and what it holds. */
interface LabelReading {
  readonly text: string;
  readonly state: LabelState;
}

/**
 * Label cells read, cached by their keys (a sorted ledger repeats them row after row). Compare
 * their texts, not their keys: a CSV's "Stab" and Stab have different keys and the same text.
 */
class BlankCells {
  private readonly caches: KeyCache<LabelReading>[];
  /** By column: the key looked up last and its reading, for the runs of a sorted ledger. */
  private readonly lastKey: unknown[];
  private readonly lastReading: LabelReading[];
  constructor(
    private readonly rows: SheetRows,
    private readonly labels: readonly LabelColumn[],
    private readonly structure: number,
  ) {
    this.caches = labels.map(() => new KeyCache<LabelReading>());
    this.lastKey = labels.map(() => NaN);
    this.lastReading = labels.map(() => ({ text: '', state: BLANK }));
  }

  is(r: number, i: number): boolean {
    return this.read(r, i).state === BLANK;
  }

  /** The sheet column of label column i. */
  column(i: number): number {
    return this.labels[i]!.index;
  }

  state(r: number, i: number): LabelState {
    return this.read(r, i).state;
  }

  read(r: number, i: number): LabelReading {
    const c = this.labels[i]!.index;
    const key = this.rows.key(r, c);
    if (key === this.lastKey[i]) return this.lastReading[i]!;
    const reading = this.caches[i]!.of(key, r, (row) => readingOf(cellText(this.rows.cell(row, c))));
    this.lastKey[i] = key;
    this.lastReading[i] = reading;
    return reading;
  }

  /** How many structure columns, from the coarsest, are blank in row r. */
  prefix(r: number): number {
    let p = 0;
    while (p < this.structure && this.is(r, p)) p++;
    return p;
  }
}

function readingOf(text: string): LabelReading {
  return { text, state: stateOf(text) };
}

function stateOf(text: string): LabelState {
  return text === '' ? BLANK : SUBTOTAL_PREFIX.test(text) ? SUBTOTAL_TEXT : TEXT;
}

/** Whether a label column has a blank cell: one tight loop per column, a sorted column's runs skipped by key. */
function hasBlank(rows: SheetRows, first: number, blank: BlankCells, i: number): boolean {
  const c = blank.column(i);
  // A column none of whose possible cells reads blank has no blank row: no need to look at a million.
  const possible = rows.distinctCells?.(c);
  if (possible !== undefined && possible.every((cell) => cellText(cell) !== '')) return false;
  let last: unknown = NaN;
  for (let r = first; r < rows.length; r++) {
    const key = rows.key(r, c);
    if (key === last) continue;
    last = key;
    if (blank.is(r, i)) return true;
  }
  return false;
}

function hasAmounts(rows: SheetRows, r: number, amounts: readonly number[]): boolean {
  for (let i = 0; i < amounts.length; i++) {
    const a = rows.amount(r, amounts[i]!);
    // NaN (text the full reader must see) counts: it must be read, and reported where it is.
    if (a !== null && a !== 0) return true;
  }
  return false;
}

/** Which label columns a sheet leaves blank below a filled cell to mean "same as above". */
function pivotColumns(rows: SheetRows, first: number, blank: BlankCells, labels: readonly LabelColumn[], structure: number, amounts: readonly number[]): boolean[] {
  const n = labels.length;
  const filled = new Float64Array(n);
  const repeats = new Float64Array(n);
  const gaps = new Float64Array(n);
  const seen = new Uint8Array(n);
  const before: (string | undefined)[] = labels.map(() => undefined);
  for (let r = first; r < rows.length; r++) {
    const prefix = blank.prefix(r);
    let reads: boolean | undefined;
    // A pivot's subtotal rows ("Stab Summa") are neither blocks nor gaps.
    let subtotal = false;
    for (let i = prefix; i < structure && !subtotal; i++) subtotal = blank.state(r, i) === SUBTOTAL_TEXT;
    for (let i = 0; i < n; i++) {
      const { text, state } = blank.read(r, i);
      if (subtotal) {
        before[i] = text;
        continue;
      }
      if (i < prefix || (i >= structure && state === BLANK)) {
        reads ??= prefix < structure || hasAmounts(rows, r, amounts);
        if (seen[i] === 1 && reads) gaps[i]!++;
      } else if (state !== BLANK) {
        filled[i]!++;
        seen[i] = 1;
        if (text === before[i]) repeats[i]!++;
      }
      before[i] = text;
    }
  }
  // A structure column with finer ones beside it that never repeats its value is a pivot's even
  // with blocks of one row; the finest (where a stray blank is likelier) and the context columns
  // need blocks of two rows on average.
  return labels.map((_, i) => gaps[i]! > 0 && repeats[i]! < gaps[i]! && (gaps[i]! >= filled[i]! || (repeats[i] === 0 && i < structure - 1)));
}
