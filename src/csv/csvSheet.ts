/**
 * Reading a CSV ledger without a string per cell. A million-row export would otherwise become six
 * million strings and a million arrays before the engine sees a figure (1.4 s and most of the
 * memory, measured). Here the bytes are scanned once, with the ledger's layout (detected on the
 * first rows) saying which columns matter: label columns (unit, period, account, kind, year) become
 * codes into the distinct texts, each text decoded once; amount columns become öre in typed arrays;
 * other columns are only stepped over. Every cell can still be had: a row is parsed again on demand
 * from its byte offset, for the readers' rare paths (error messages, rows without a unit).
 *
 * The cells are those readCsv gives, field for field (the tests hold the two together). Whatever
 * this scanner does not handle the way papaparse does — a stray quote, a line break other than the
 * file's own, a sheet that is not a long ledger — sends the whole file to readCsv instead.
 *
 * The scanning itself is csvScanner.ts; this module decides what to scan and shows the result to
 * the engine. A large file can be scanned in two parts at once, the second by a helper thread, and
 * the codes merged (scanInHalves; readCsvFile starts the thread).
 */
import { isUtf8 } from 'node:buffer';
import type { Cell, Grid, RowMarks, SheetName } from '../core/grid/grid';
import { makeGrid } from '../core/grid/grid';
import type { AmountArrays, LabelCodes, LargeSheet, Sheet, SheetRows } from '../core/grid/sheetRows';
import { detectLayout, HEADER_SEARCH_ROWS } from '../core/ledger/detect';
import { amountOfCell } from '../core/ledger/gridRows';
import { columnsOf, missingRoles } from '../core/ledger/sheetContext';
import { CR, CRLF, CsvScanner, decoderOf, EMPTY, LF, newColumns, NO_CODE, QUOTE, VALUE, type ScannedPart, type ScanPlan } from './csvScanner';
import { asUtf8, isMacRoman, utf16Of } from './decodeText';
import { detectDialectOfStart, type CsvDialect } from './detectDialect';
import { headerFieldsOf } from './overlongRows';
import { readCsv } from './readCsv';

/**
 * Read a CSV file as a sheet for the engine: a LargeSheet when it is a long ledger the scanner can
 * read, else the grid readCsv makes (same cells either way).
 */
export function readCsvSheet(bytes: Uint8Array, sheetName: string): Sheet {
  const utf8 = asUtf8(bytes);
  return scanLedgerCsv(utf8, sheetName) ?? readCsv(utf8, sheetName);
}

/** The scanned ledger, or null when the file must go through readCsv. */
export function scanLedgerCsv(bytes: Uint8Array, sheetName: string): LargeSheet | null {
  const prepared = prepare(bytes, sheetName);
  if (prepared === null) return null;
  const { rows, head } = prepared;
  return rows.scanRange(rows.dataStart, bytes.length) ? { head, all: rows.finish() } : null;
}

/** A helper that reads the second half of a file and scans its rows (another thread; in tests, a function). */
export interface HalfHelper {
  /**
   * Resolves, once the helper has read its half, to where its rows start: just after the first
   * line feed from the middle on (0 when there is none). Rejects when the half could not be read:
   * the bytes are then incomplete, and scanInHalves rejects too.
   */
  readonly read: Promise<number>;
  /** Scan from there to the end of the file as planned. */
  scan(plan: ScanPlan): Promise<ScannedPart | null>;
}

/** This thread's first bytes, read before the rest of its part (see scanInHalves). */
export interface FirstBytes {
  /** Bytes [0, read) are read. */
  readonly read: number;
  /** Read bytes [read, middle); throws when the file changed meanwhile. */
  readRest(): void;
}

/**
 * Read a file as readCsvSheet does while its bytes from `middle` on are still being read by a
 * helper: the first rows are looked at, the plan goes to the helper, and this thread scans the
 * rows that end before the middle meanwhile, then those up to where the helper's start. Whatever
 * the halves cannot settle alone — quoted fields (the middle may fall inside quotes), a file that
 * turns out not to be UTF-8, a helper whose scan fails — is read again in one piece from the bytes,
 * once the helper has read them all. With `first`, only this thread's first bytes are read yet:
 * the plan goes to the helper from them, and the rest of this thread's part is read after.
 */
export async function scanInHalves(bytes: Uint8Array, sheetName: string, middle: number, helper: HalfHelper, first?: FirstBytes): Promise<Sheet> {
  // This thread's bytes past the first ones are read once, after the plan has gone to the helper.
  let rest = first === undefined;
  const readRest = (): void => {
    if (!rest) first!.readRest();
    rest = true;
  };
  const whole = async (): Promise<Sheet> => {
    readRest();
    await helper.read;
    return readCsvSheet(bytes, sheetName);
  };
  const prepared = prepare(bytes, sheetName, first?.read ?? middle, middle);
  if (prepared === null || prepared.request.dialect.newline === '\r') return whole();
  const { rows, head, request, checked } = prepared;
  const part = helper.scan(request).catch(() => null);
  readRest();
  const early = Math.max(rows.dataStart, bytes.lastIndexOf(LF, middle - 1) + 1);
  let scanned = rows.scanRange(rows.dataStart, early);
  const split = await helper.read;
  // The helper checks that its part is UTF-8 (see scanPart); this thread checks the rest of its own.
  if (!scanned || split < early || (request.utf8 && !isUtf8(bytes.subarray(checked, split)))) return whole();
  // The head was read from the first half alone: where it ran to that half's end (a tiny file), it
  // may hold empty lines that readCsv drops at the file's end. Read it again now the file is whole.
  if (!sameGrid(rows.headGrid(HEADER_SEARCH_ROWS), head)) return whole();
  scanned = rows.scanRange(early, split);
  const theirs = await part;
  if (!scanned || theirs === null || theirs.sawQuote || rows.sawQuote) return whole();
  rows.append(theirs);
  return { head, all: rows.finish() };
}

/** The dialect, the head and its layout, and the scanner set up for the ledger's columns; null for readCsv. */
function prepare(bytes: Uint8Array, sheetName: string, seen = bytes.length, middle = seen): { rows: CsvRows; head: Grid; request: ScanPlan; checked: number } | null {
  // Only the first `seen` bytes may be read yet: look at the lines that end before that. Whether
  // they are UTF-8 then stands for the file until the rest (from `checked` on) is checked.
  // UTF-16 (Excel's Unicode text) is read as UTF-8 by readCsvSheet: never scanned as it is.
  if (utf16Of(bytes) !== null) return null;
  const whole = seen === bytes.length;
  const known = whole ? bytes : bytes.subarray(0, bytes.lastIndexOf(LF, seen - 1) + 1);
  const utf8 = isUtf8(known);
  // Mac Roman is read as UTF-8 by readCsvSheet: never scanned as it is.
  if (!utf8 && isMacRoman(known)) return null;
  const start = utf8 && known.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
  const decode = decoderOf(bytes, utf8);
  const prefixEnd = afterLineBreaks(known, start, DIALECT_PREFIX_LINES);
  const { dialect, complete } = detectDialectOfStart(decode(start, prefixEnd));
  // A prefix that is the whole file is all there is to see.
  if (!complete && (prefixEnd < known.length || !whole)) return null;
  // The `sep=;` line is ASCII, so its length in characters is its length in bytes.
  const rows = new CsvRows(bytes, start + dialect.dataStart, dialect, utf8, decode, sheetName as SheetName);
  const head = rows.headGrid(HEADER_SEARCH_ROWS, known.length);
  if (head === null) return null;
  const layout = detectLayout(head);
  if (layout.kind !== 'ledger' || layout.shape !== 'long') return null;
  const header = headerFieldsOf(head, layout);
  if (header === null) return null;
  if (missingRoles({ rows, layout }).length > 0) return null;
  const cols = columnsOf(layout);
  const labelColumns = [...cols.levels, cols.period, cols.year, cols.account, cols.kind].filter((c) => c >= 0);
  // Amounts in tkr or mnkr are read from their text by the ledger reader, which moves the decimal mark.
  const amountColumns = cols.amounts.filter((a) => a.thousandsShift === 0).map((a) => a.index);
  // A file read in two parts is scanned into one set of arrays in shared memory: this thread's rows
  // first, the helper's from the row this part's are estimated to end before (append closes the gap).
  const columns = newColumns(rows.estimateRows(), labelColumns, amountColumns, !whole);
  const firstRow = whole ? columns.rowStart.length : Math.min(columns.rowStart.length, rows.estimateRows(middle));
  rows.plan(labelColumns, amountColumns, header, { columns, from: 0, to: firstRow });
  const request = { bytes, utf8, dialect, labelColumns, amountColumns, headerWidth: header.width, columns, firstRow };
  return { rows, head, request, checked: known.length };
}

/** Lines decoded for detecting the dialect: detectDialect reads 20 non-empty ones. */
const DIALECT_PREFIX_LINES = 1000;

/** A parsed row: its cells and where the next row starts; null when the bytes are not plain CSV. */
type ParsedRow = { readonly cells: Cell[]; readonly next: number } | null;

/** The rows of a scanned CSV, as the engine reads a sheet: cells from the scanned columns, or from their row's bytes. */
export class CsvRows extends CsvScanner implements SheetRows {
  readonly origin = { row: 0, column: 0 };
  length = 0;
  /** Rows the file marks: the overlong ones, once scanning is done. */
  marks?: RowMarks;

  constructor(bytes: Uint8Array, dataStart: number, dialect: CsvDialect, utf8: boolean, decode: (a: number, b: number) => string, readonly sheet: SheetName) {
    super(bytes, dataStart, dialect, utf8, decode);
  }

  /**
   * The first rows as a grid (as readCsv would give them); null when they are not plain CSV or do
   * not end within the first `known` bytes (those read so far).
   */
  headGrid(count: number, known = this.bytes.length): Grid | null {
    const rows: Cell[][] = [];
    let at = this.dataStart;
    while (at < known && rows.length < count) {
      const parsed = this.parseRow(at);
      if (parsed === null || parsed.next > known) return null;
      rows.push(parsed.cells);
      at = parsed.next;
    }
    // At the end of the file, readCsv drops the empty lines; elsewhere it keeps them.
    if (at >= this.bytes.length) while (rows.length > 0 && rows[rows.length - 1]!.every((c) => c === null)) rows.pop();
    return makeGrid(this.sheet, rows);
  }

  row(r: number): readonly Cell[] {
    const start = this.rowStart[r];
    if (start === undefined || r >= this.length) return [];
    return this.parseRow(start)?.cells ?? [];
  }

  cell(r: number, c: number): Cell {
    const labels = this.labels[c];
    if (labels !== undefined) {
      const code = labels.codes[r] ?? NO_CODE;
      return code === NO_CODE || r >= this.length ? null : (labels.values[code] ?? null);
    }
    return this.row(r)[c] ?? null;
  }

  /** A label column's distinct cells (see SheetRows.distinctCells); undefined for a column not kept as codes. */
  distinctCells(c: number): readonly Cell[] | undefined {
    const labels = this.labels[c];
    if (labels === undefined) return undefined;
    return labels.sawEmpty ? [...labels.values, null] : labels.values;
  }

  key(r: number, c: number): unknown {
    const labels = this.labels[c];
    return labels !== undefined ? (r < this.length ? labels.codes[r] : NO_CODE) : this.cell(r, c);
  }

  labelCodes(c: number): LabelCodes | undefined {
    const labels = this.labels[c];
    return labels && { codes: labels.codes.subarray(0, this.length), count: labels.values.length };
  }

  amountArrays(c: number): AmountArrays | undefined {
    const column = this.amounts[c];
    return column && { ore: column.ore.subarray(0, this.length), state: column.state.subarray(0, this.length) };
  }

  amount(r: number, c: number): number | null {
    const column = this.amounts[c];
    if (column === undefined || r >= this.length) return amountOfCell(this.cell(r, c));
    const state = column.state[r];
    return state === VALUE ? column.ore[r]! : state === EMPTY ? null : NaN;
  }

  /** Done scanning: the rows are those up to the last with text. */
  finish(): this {
    this.length = this.nonEmptyRows;
    if (this.overlong.length > 0) this.marks = { overlong: this.overlong };
    return this;
  }

  /** Parse one row from byte `at` into cells, as readCsv would; null when it is not plain CSV. */
  private parseRow(at: number): ParsedRow {
    const { bytes } = this;
    const n = bytes.length;
    const cells: Cell[] = [];
    let i = at;
    for (;;) {
      const a = i;
      let text: string;
      if (bytes[i] === QUOTE) {
        const end = this.quotedEnd(a);
        if (end < 0) return null;
        text = this.unquote(a, end);
        i = end;
      } else {
        while (i < n) {
          const b = bytes[i];
          if (b === this.delimiter || b === LF || b === CR) break;
          if (b === QUOTE) return null;
          i++;
        }
        text = this.decode(a, i);
      }
      cells.push(text === '' ? null : text);
      if (i >= n) return { cells, next: n };
      const b = bytes[i];
      if (b === this.delimiter) {
        i++;
        continue;
      }
      if (this.newline === CRLF) return b === CR && bytes[i + 1] === LF ? { cells, next: i + 2 } : null;
      return b === this.newline ? { cells, next: i + 1 } : null;
    }
  }
}

/** Whether two grids hold the same rows of cells (a head: a few dozen rows at most). */
function sameGrid(a: Grid | null, b: Grid): boolean {
  return a !== null && a.rows.length === b.rows.length && a.rows.every((row, r) => row.length === b.rows[r]!.length && row.every((cell, c) => cell === b.rows[r]![c] || JSON.stringify(cell) === JSON.stringify(b.rows[r]![c])));
}

/**
 * The offset just past the `count`-th line break from `start` (or the end of the bytes): LF, or a
 * CR not followed by LF. Found by indexOf from one to the next (see countOf).
 */
function afterLineBreaks(bytes: Uint8Array, start: number, count: number): number {
  let seen = 0;
  let lf = bytes.indexOf(LF, start);
  let cr = bytes.indexOf(CR, start);
  while (lf >= 0 || cr >= 0) {
    const at = cr >= 0 && (lf < 0 || cr < lf) ? cr : lf;
    if (at === cr) {
      cr = bytes.indexOf(CR, cr + 1);
      // CR LF is one line break: its LF counts.
      if (bytes[at + 1] === LF) continue;
    } else lf = bytes.indexOf(LF, lf + 1);
    seen++;
    if (seen === count) return at + 1;
  }
  return bytes.length;
}
