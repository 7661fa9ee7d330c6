/**
 * The byte scanner under CsvRows (csvSheet.ts): one pass over a CSV file's bytes that keeps the
 * ledger's label columns as codes into their distinct texts and its amount columns as öre in typed
 * arrays, and only steps over the other columns. It is a module of its own, with few imports,
 * because the helper thread of readCsvFile loads it to scan the second half of a large file: the
 * less that thread compiles, the sooner it scans (csvSheet's imports cost it ~20 ms, this ~6).
 */
import { isUtf8 } from 'node:buffer';
import type { Cell } from '../core/grid/grid';
import { AMOUNT_EMPTY, AMOUNT_VALUE } from '../core/grid/sheetRows';
// The module itself, not core/money's index: the helper thread needs the parser only.
import { parseMoneyText } from '../core/money/parse';
import { decodeWindows1252 } from './decodeText';
import type { CsvDialect } from './detectDialect';
import { HashCodes } from './hashCodes';
import type { HeaderFields } from './overlongRows';

/** A scan's arrays: where each row starts, and by column index the kept columns (null for the others). */
export interface Columns {
  readonly rowStart: Float64Array;
  readonly codes: readonly (Int32Array | null)[];
  readonly ore: readonly (Float64Array | null)[];
  readonly state: readonly (Uint8Array | null)[];
}

/** Rows [from, to) of column arrays: where one of two scanners of the same file writes its rows. */
export interface RowRange {
  readonly columns: Columns;
  readonly from: number;
  readonly to: number;
}

/** What scanning a part of a file needs besides the bytes' range: what prepare() found. */
export interface PartRequest {
  /** The whole file (in shared memory when another thread scans). */
  readonly bytes: Uint8Array;
  readonly utf8: boolean;
  readonly dialect: CsvDialect;
  readonly labelColumns: readonly number[];
  readonly amountColumns: readonly number[];
  /** The header's field count: a row with content beyond it is overlong (see overlongRows.ts). */
  readonly headerWidth: number;
  /**
   * The arrays both parts are scanned into (in shared memory), and the row from which this part
   * writes: the first part's rows end before it, so that part's scanner only closes the gap.
   */
  readonly columns: Columns;
  readonly firstRow: number;
  /** The part: from a row's first byte to the end of the file. */
  readonly from: number;
}

/**
 * A part of a file scanned: how many rows, where they are, and where each label code's bytes are.
 * The rows are `columns`' from `firstRow` on: the planned arrays (shared) while they had room,
 * else the scanner's own, moved to the thread that asked (not copied: that would cost the helper
 * as much as its last rows).
 */
export interface ScannedPart {
  readonly rows: number;
  readonly nonEmptyRows: number;
  readonly sawQuote: boolean;
  readonly firstRow: number;
  /** Whether `columns` are still the planned ones, shared with the thread that planned them. */
  readonly planned: boolean;
  readonly columns: Columns;
  /** The part's overlong rows (counted from its first). */
  readonly overlong: readonly number[];
  /** By column index (null for columns not kept). */
  readonly labels: readonly ({ readonly starts: readonly number[]; readonly ends: readonly number[]; readonly sawEmpty: boolean } | null)[];
}

/**
 * Scan the part of a file a request names: what a helper thread runs. Null when it is not plain
 * CSV, or not UTF-8 where the file's start said it is (the part starts after a line feed, so no
 * UTF-8 sequence is cut: the file is UTF-8 when each part is).
 */
export function scanPart(request: PartRequest): ScannedPart | null {
  const { bytes, utf8, dialect, from, columns } = request;
  if (utf8 && !isUtf8(bytes.subarray(from))) return null;
  const rows = new CsvScanner(bytes, from, dialect, utf8, decoderOf(bytes, utf8));
  // The header is in the first part: every row of this one may be overlong.
  const header = { headerRow: -1, width: request.headerWidth };
  rows.plan(request.labelColumns, request.amountColumns, header, { columns, from: request.firstRow, to: columns.rowStart.length });
  return rows.scanRange(from, bytes.length) ? rows.part() : null;
}

/** What a helper needs to scan a part of the file: what prepare() found. */
export type ScanPlan = Omit<PartRequest, 'from'>;

/** New column arrays for `rows` rows (in shared memory when two threads scan into them). */
export function newColumns(rows: number, labelColumns: readonly number[], amountColumns: readonly number[], shared: boolean): Columns {
  const last = Math.max(...labelColumns, ...amountColumns);
  const memory = (bytes: number): ArrayBuffer | SharedArrayBuffer => (shared ? new SharedArrayBuffer(bytes) : new ArrayBuffer(bytes));
  const columns = Array.from({ length: last + 1 }, (_, c) => c);
  return {
    rowStart: new Float64Array(memory(rows * 8)),
    codes: columns.map((c) => (labelColumns.includes(c) ? new Int32Array(memory(rows * 4)) : null)),
    ore: columns.map((c) => (amountColumns.includes(c) ? new Float64Array(memory(rows * 8)) : null)),
    state: columns.map((c) => (amountColumns.includes(c) ? new Uint8Array(memory(rows)) : null)),
  };
}

/** Bytes and line breaks the scanner and CsvRows look for. */
export const QUOTE = 34;
export const CR = 13;
export const LF = 10;
/** The line break CR LF, which is two bytes. */
export const CRLF = -1;

/** The state of an amount cell (as AmountArrays says it). */
export const VALUE = AMOUNT_VALUE;
export const EMPTY = AMOUNT_EMPTY;
/** Not read by the scanner: readAmountCell decides (errors, blanks of spaces). */
const FULL_READ = 2;

/** Label code of an empty field. */
export const NO_CODE = -1;
/** What the scanning steps return when the file must go to readCsv. */
const FAILED = -1;

/** One label column: a code per row, the distinct texts, and how to find a text's code. */
export class LabelColumn {
  codes: Int32Array;
  readonly values: Cell[] = [];
  /** Where each code's raw bytes first occurred. */
  readonly starts: number[] = [];
  readonly ends: number[] = [];
  readonly byHash = new HashCodes();
  /** Texts whose hash another text had first, by their raw bytes. */
  readonly collided = new Map<string, number>();
  prevStart = 0;
  prevEnd = 0;
  prevCode = NO_CODE;
  /** Whether an empty field was scanned (a NO_CODE written): without one, every row holds one of the values. */
  sawEmpty = false;
  constructor(codes: Int32Array) {
    this.codes = codes;
  }
}

/** One amount column: öre per row and the state of each cell. */
export class AmountColumn {
  ore: Float64Array;
  state: Uint8Array;
  constructor(ore: Float64Array, state: Uint8Array) {
    this.ore = ore;
    this.state = state;
  }
}

/**
 * Scans rows of a CSV file's bytes into columns: where each row starts, a code per label field,
 * öre per amount field. CsvRows shows what it kept to the engine; on a helper thread it is used alone.
 */
export class CsvScanner {
  protected rowStart: Float64Array = new Float64Array(0);
  /** By column index: the label and amount columns kept (undefined for the others). */
  protected labels: (LabelColumn | undefined)[] = [];
  protected amounts: (AmountColumn | undefined)[] = [];
  protected readonly delimiter: number;
  protected readonly newline: number;
  /** The bytes, read four at a time. */
  private readonly words: DataView;
  /**
   * 1 for the bytes that end an unquoted field (the delimiter, CR, LF). One table lookup instead
   * of three comparisons, the later of which the optimising compiler would first meet mid-file.
   */
  private readonly ends = new Uint8Array(256);

  /** The first byte of a no-break space, and its length: C2 A0 in UTF-8, A0 in Windows-1252. */
  private readonly nbsp: number;
  private readonly nbspLength: number;

  constructor(
    protected readonly bytes: Uint8Array,
    readonly dataStart: number,
    dialect: CsvDialect,
    utf8: boolean,
    protected readonly decode: (a: number, b: number) => string,
  ) {
    this.nbsp = utf8 ? 0xc2 : 0xa0;
    this.nbspLength = utf8 ? 2 : 1;
    this.words = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    this.delimiter = dialect.delimiter.charCodeAt(0);
    this.ends[this.delimiter] = this.ends[CR] = this.ends[LF] = 1;
    this.newline = dialect.newline === '\r' ? CR : dialect.newline === '\n' ? LF : CRLF;
  }

  /**
   * The first rows as a grid (as readCsv would give them); null when they are not plain CSV or do
   * not end within the first `known` bytes (those read so far).
   */
  /** Set up the columns to keep (codes for label columns, öre for amount columns) and the header to check rows against. */
  plan(labelColumns: readonly number[], amountColumns: readonly number[], header: HeaderFields, range?: RowRange): void {
    this.width = header.width;
    this.overlongFrom = header.headerRow + 1;
    const rows = range ?? { columns: newColumns(this.estimateRows(), labelColumns, amountColumns, false), from: 0, to: Infinity };
    const { columns } = rows;
    this.last = Math.max(...labelColumns, ...amountColumns);
    this.labels = columns.codes.map((codes) => (codes ? new LabelColumn(codes) : undefined));
    this.amounts = columns.ore.map((ore, c) => (ore ? new AmountColumn(ore, columns.state[c]!) : undefined));
    this.rowStart = columns.rowStart;
    this.firstRow = this.rowCount = this.nonEmptyRows = rows.from;
    this.limit = Math.min(rows.to, columns.rowStart.length);
    this.planned = range !== undefined;
  }

  /** Rows to make room for from byte `from` to byte `to`: their bytes over the first rows' bytes per row, with a margin. */
  estimateRows(to = this.bytes.length): number {
    const from = this.dataStart;
    const sample = Math.min(this.bytes.length, from + 65_536);
    const lines = countOf(this.bytes, this.newline === CR ? CR : LF, from, sample);
    const perRow = lines > 0 ? (sample - from) / lines : 64;
    return Math.ceil((Math.max(0, to - from) / perRow) * 1.05) + 16;
  }

  /** The arrays scanned into. */
  columns(): Columns {
    return {
      rowStart: this.rowStart,
      codes: this.labels.map((l) => l?.codes ?? null),
      ore: this.amounts.map((a) => a?.ore ?? null),
      state: this.amounts.map((a) => a?.state ?? null),
    };
  }

  /** The rows this scanner writes start at `firstRow` and may not reach `limit` (the next scanner's first) without growing. */
  private firstRow = 0;
  private limit = 0;
  /** Whether the arrays are still those plan() was given (shared with another scanner), not grown. */
  private planned = false;

  /** Rows scanned so far, and up to the last with text (readCsv drops empty lines at the end). */
  protected rowCount = 0;
  protected nonEmptyRows = 0;
  /** Whether a quoted field was scanned. */
  sawQuote = false;
  /** The header's field count, the first row after it, and the rows with content beyond it. */
  private width = Infinity;
  private overlongFrom = 0;
  protected readonly overlong: number[] = [];

  /**
   * Scan the rows from byte `from` (a row's first byte) up to byte `to` (a row's end), after those
   * scanned before, keeping what plan() asked for. False when the file holds something only readCsv
   * reads the way papaparse does.
   */
  scanRange(from: number, to: number): boolean {
    let r = this.rowCount;
    let i = from;
    while (i < to) {
      if (r === this.limit) this.grow();
      this.rowStart[r] = i;
      i = this.scanRow(i, r);
      if (i === FAILED) return false;
      r++;
      if (this.rowHasText) this.nonEmptyRows = r;
    }
    this.rowCount = r;
    return true;
  }

  /** The rows scanned, to send to the thread that asked for them (see ScannedPart). */
  part(): ScannedPart {
    const first = this.firstRow;
    return {
      rows: this.rowCount - first,
      nonEmptyRows: Math.max(0, this.nonEmptyRows - first),
      sawQuote: this.sawQuote,
      firstRow: first,
      planned: this.planned,
      columns: this.columns(),
      overlong: this.overlong.map((r) => r - first),
      labels: this.labels.map((l) => (l ? { starts: l.starts, ends: l.ends, sawEmpty: l.sawEmpty } : null)),
    };
  }

  /**
   * Append the rows another scanner read from the rest of the same bytes; its codes become ours.
   * When both still scan into the planned arrays, its rows are in ours already, a little further
   * on: they are moved up within the same memory, not copied in from other memory (which costs a
   * page fault per 4 KiB written for the first time).
   */
  append(part: ScannedPart): void {
    const at = this.rowCount;
    const n = part.rows;
    const from = part.firstRow;
    const inOurs = part.planned && this.planned;
    if (inOurs) this.limit = this.rowStart.length;
    else while (this.limit < at + n) this.grow();
    const theirs = inOurs ? this.columns() : part.columns;
    moveRows(theirs.rowStart, this.rowStart, from, at, n);
    for (const r of part.overlong) this.overlong.push(at + r);
    part.labels.forEach((labels, c) => {
      const ours = this.labels[c];
      if (!labels || !ours) return;
      const codeOf = Int32Array.from(labels.starts, (s, k) => {
        const e = labels.ends[k]!;
        return this.codeOf(ours, hashOf(this.bytes, s, e), s, e, false);
      });
      recode(theirs.codes[c]!, from, codeOf, ours.codes, at, n);
      if (labels.sawEmpty) ours.sawEmpty = true;
    });
    this.amounts.forEach((ours, c) => {
      if (!ours) return;
      moveRows(theirs.ore[c]!, ours.ore, from, at, n);
      moveRows(theirs.state[c]!, ours.state, from, at, n);
    });
    this.rowCount = at + n;
    if (part.nonEmptyRows > 0) this.nonEmptyRows = at + part.nonEmptyRows;
  }

  /** The last column kept, and whether the row just scanned held any text. */
  private last = -1;
  private rowHasText = false;

  /** Scan row r from byte i; the start of the next row, or FAILED. */
  private scanRow(i: number, r: number): number {
    const { bytes, delimiter: D, newline: NL, last } = this;
    const n = bytes.length;
    this.rowHasText = false;
    for (let c = 0; ; c++) {
      const labels = c <= last ? this.labels[c] : undefined;
      const amounts = c <= last ? this.amounts[c] : undefined;
      const quoted = i < n && bytes[i] === QUOTE;
      const end = quoted ? this.quotedField(i, r, labels, amounts) : labels ? this.labelField(i, r, labels) : amounts ? this.amountField(i, r, amounts) : this.skipField(i);
      if (end === FAILED) return FAILED;
      // "" is an empty field too.
      if (end - i > (quoted ? 2 : 0)) {
        this.rowHasText = true;
        if (c >= this.width && r >= this.overlongFrom && this.overlong[this.overlong.length - 1] !== r) this.overlong.push(r);
      }
      // The field ends at a delimiter, the file's line break or the end of the file.
      i = end;
      let next: number;
      if (i >= n) next = n;
      else if (bytes[i] === D) {
        i++;
        continue;
      } else if (NL === CRLF) next = bytes[i] === CR && bytes[i + 1] === LF ? i + 2 : FAILED;
      else next = bytes[i] === NL ? i + 1 : FAILED;
      // Columns the row is too short for are empty.
      for (let k = c + 1; k <= last; k++) {
        const l = this.labels[k];
        if (l) {
          l.codes[r] = NO_CODE;
          l.sawEmpty = true;
        }
        const a = this.amounts[k];
        if (a) a.state[r] = EMPTY;
      }
      return next;
    }
  }

  /** An unquoted label field from byte a: its code; returns where the field ends, or FAILED. */
  private labelField(a: number, r: number, labels: LabelColumn): number {
    const { bytes, words, delimiter: D } = this;
    const n = bytes.length;
    // A sorted export repeats unit and period row after row: first see whether the field holds
    // the bytes of this column's previous text, comparing four bytes at a time, without hashing.
    const prevLength = labels.prevEnd - labels.prevStart;
    if (labels.prevCode !== NO_CODE && a + prevLength <= n) {
      const p = labels.prevStart;
      let k = 0;
      while (k + 4 <= prevLength && words.getUint32(a + k) === words.getUint32(p + k)) k += 4;
      while (k < prevLength && bytes[a + k] === bytes[p + k]) k++;
      const after = a + prevLength < n ? bytes[a + prevLength]! : D;
      if (k === prevLength && this.ends[after]! === 1) {
        labels.codes[r] = labels.prevCode;
        return a + prevLength;
      }
    }
    let h = HASH_SEED;
    let i = a;
    while (i < n) {
      const b = bytes[i]!;
      if (b === D || b <= QUOTE) {
        if (b === D || b === LF || b === CR) break;
        if (b === QUOTE) return FAILED;
      }
      h = Math.imul(h ^ b, HASH_PRIME);
      i++;
    }
    if (i === a) {
      labels.codes[r] = NO_CODE;
      labels.sawEmpty = true;
      return i;
    }
    const code = this.codeOf(labels, h, a, i, false);
    labels.codes[r] = code;
    labels.prevStart = a;
    labels.prevEnd = i;
    labels.prevCode = code;
    return i;
  }

  /**
   * An unquoted amount field from byte a. The plain export form ("-1064,10") is read here as
   * parsePlainAmount reads it; anything else goes through parseMoneyText.
   */
  private amountField(a: number, r: number, amounts: AmountColumn): number {
    const { bytes, delimiter: D } = this;
    const n = bytes.length;
    let j = a;
    const negative = j < n && bytes[j] === 45;
    if (negative) j++;
    // Digits; in groups of three after the first when the export groups them with a space or a
    // no-break space ("147 122,00"), spaces parseMoneyText drops as this does.
    let whole = 0;
    let digits = 0;
    let group = 0;
    let grouped = false;
    let plain = true;
    while (j < n) {
      const b = bytes[j]!;
      const d = b - 48;
      if (d >= 0 && d <= 9) {
        whole = whole * 10 + d;
        digits++;
        group++;
        j++;
        continue;
      }
      const space = b === 0x20 ? 1 : b === this.nbsp && (this.nbspLength === 1 || bytes[j + 1] === 0xa0) ? this.nbspLength : 0;
      if (space === 0) break;
      if (group === 0 || group > 3 || (grouped && group !== 3)) {
        plain = false;
        break;
      }
      grouped = true;
      group = 0;
      j += space;
    }
    if (grouped && group !== 3) plain = false;
    plain &&= digits > 0 && digits <= 13;
    let fraction = 0;
    if (plain && j < n && (bytes[j] === 44 || bytes[j] === 46) && bytes[j] !== D) {
      const d1 = j + 1 < n ? bytes[j + 1]! - 48 : -1;
      const d2 = j + 2 < n ? bytes[j + 2]! - 48 : -1;
      if (d1 >= 0 && d1 <= 9) {
        if (d2 >= 0 && d2 <= 9) {
          fraction = d1 * 10 + d2;
          j += 3;
        } else {
          fraction = d1 * 10;
          j += 2;
        }
      } else plain = false;
    }
    const b = j < n ? bytes[j]! : D;
    if (plain && this.ends[b]! === 1) {
      const ore = whole * 100 + fraction;
      amounts.ore[r] = negative && ore !== 0 ? -ore : ore;
      amounts.state[r] = VALUE;
      return j;
    }
    const end = this.skipField(a);
    if (end === a) amounts.state[r] = EMPTY;
    else if (end !== FAILED) this.slowAmount(amounts, r, a, end, false);
    return end;
  }

  /** Step over an unquoted field from byte a: where it ends, or FAILED. */
  private skipField(a: number): number {
    const { bytes, delimiter: D } = this;
    const n = bytes.length;
    let i = a;
    while (i < n) {
      const b = bytes[i]!;
      if (b === D || b <= QUOTE) {
        if (b === D || b === LF || b === CR) return i;
        if (b === QUOTE) return FAILED;
      }
      i++;
    }
    return i;
  }

  /** A quoted field from byte a (the quote): where it ends, or FAILED. */
  private quotedField(a: number, r: number, labels: LabelColumn | undefined, amounts: AmountColumn | undefined): number {
    const end = this.quotedEnd(a);
    if (end < 0) return FAILED;
    this.sawQuote = true;
    if (labels) labels.codes[r] = this.codeOf(labels, hashOf(this.bytes, a, end), a, end, true);
    if (amounts) this.slowAmount(amounts, r, a, end, true);
    return end;
  }

  /** Room for twice the rows, in arrays of this scanner's own (no longer the planned ones). */
  private grow(): void {
    const rows = Math.max(16, this.limit * 2);
    this.rowStart = grown(this.rowStart, rows);
    for (const l of this.labels) if (l) l.codes = grown(l.codes, rows);
    for (const a of this.amounts) {
      if (!a) continue;
      a.ore = grown(a.ore, rows);
      a.state = grown(a.state, rows);
    }
    this.limit = rows;
    this.planned = false;
  }

  /** The code of a label's raw bytes [a, b): found by hash and checked byte for byte, or new. */
  private codeOf(column: LabelColumn, hash: number, a: number, b: number, quoted: boolean): number {
    const key = hash & 0x3fffffff;
    const found = column.byHash.get(key);
    if (found >= 0) {
      if (sameBytes(this.bytes, this.words, a, b, column.starts[found]!, column.ends[found]!)) return found;
      const raw = byteString(this.bytes, a, b);
      const collided = column.collided.get(raw);
      if (collided !== undefined) return collided;
      const code = this.addValue(column, a, b, quoted);
      column.collided.set(raw, code);
      return code;
    }
    const code = this.addValue(column, a, b, quoted);
    column.byHash.set(key, code);
    return code;
  }

  private addValue(column: LabelColumn, a: number, b: number, quoted: boolean): number {
    const text = quoted ? this.unquote(a, b) : this.decode(a, b);
    column.values.push(text === '' ? null : text);
    column.starts.push(a);
    column.ends.push(b);
    return column.values.length - 1;
  }

  /** An amount the plain form does not cover: "1 064,10", "(3,8)", "−3,8" … or text for the full reader. */
  private slowAmount(column: AmountColumn, r: number, a: number, b: number, quoted: boolean): void {
    const text = quoted ? this.unquote(a, b) : this.decode(a, b);
    if (text === '') {
      column.state[r] = EMPTY;
      return;
    }
    const m = parseMoneyText(text);
    if (m === null) column.state[r] = FULL_READ;
    else {
      column.ore[r] = m;
      column.state[r] = VALUE;
    }
  }

  /** Where a quoted field starting at `a` ends (past its closing quote); -1 when it does not end well. */
  protected quotedEnd(a: number): number {
    const { bytes } = this;
    const n = bytes.length;
    let i = a + 1;
    for (;;) {
      const q = bytes.indexOf(QUOTE, i);
      if (q < 0) return -1;
      if (bytes[q + 1] === QUOTE) {
        i = q + 2;
        continue;
      }
      const end = q + 1;
      if (end >= n) return end;
      const b = bytes[end];
      if (b === this.delimiter) return end;
      if (this.newline === CRLF ? b === CR && bytes[end + 1] === LF : b === this.newline) return end;
      return -1;
    }
  }

  /** The text of a quoted field [a, b): without its quotes, doubled quotes made single. */
  protected unquote(a: number, b: number): string {
    return this.decode(a + 1, b - 1).replaceAll('""', '"');
  }

  /** Parse one row from byte `at` into cells, as readCsv would; null when it is not plain CSV. */
}

const HASH_SEED = -2128831035; // FNV-1a offset basis as int32
const HASH_PRIME = 16777619;

/** FNV-1a of bytes [a, b), as the scanner hashes a label field. */
function hashOf(bytes: Uint8Array, a: number, b: number): number {
  let h = HASH_SEED;
  for (let i = a; i < b; i++) h = Math.imul(h ^ bytes[i]!, HASH_PRIME);
  return h;
}

/**
 * to[at + r] = codeOf[from[start + r]] for n rows, keeping NO_CODE: one small typed loop the
 * compiler optimises at once. `from` may be `to` (then at ≤ start: each code is read before it is written over).
 */
function recode(from: Int32Array, start: number, codeOf: Int32Array, to: Int32Array, at: number, n: number): void {
  for (let r = 0; r < n; r++) {
    const code = from[start + r]!;
    to[at + r] = code === NO_CODE ? NO_CODE : codeOf[code]!;
  }
}

/** Whether bytes [a, b) equal bytes [s, e), four at a time through `words` (a view of the same bytes). */
function sameBytes(bytes: Uint8Array, words: DataView, a: number, b: number, s: number, e: number): boolean {
  const n = b - a;
  if (n !== e - s) return false;
  let k = 0;
  for (; k + 4 <= n; k += 4) if (words.getUint32(a + k) !== words.getUint32(s + k)) return false;
  for (; k < n; k++) if (bytes[a + k] !== bytes[s + k]) return false;
  return true;
}

/** Bytes [a, b) as a string of one character per byte: a key that tells any two apart. */
function byteString(bytes: Uint8Array, a: number, b: number): string {
  let s = '';
  // In pieces: one call with a very long label's bytes as arguments would overflow the stack.
  for (let at = a; at < b; at += 8192) s += String.fromCharCode(...bytes.subarray(at, Math.min(b, at + 8192)));
  return s;
}

/**
 * How many times `byte` occurs in bytes [from, to): by indexOf from one to the next, so this runs
 * once per line, not once per byte in code that is still interpreted (it runs once per file).
 */
function countOf(bytes: Uint8Array, byte: number, from: number, to: number): number {
  let n = 0;
  for (let i = bytes.indexOf(byte, from); i >= 0 && i < to; i = bytes.indexOf(byte, i + 1)) n++;
  return n;
}

/** A new array of `length` with the rows of `from` that fit. */
function grown<T extends Float64Array | Int32Array | Uint8Array>(from: T, length: number): T {
  const to = new (from.constructor as new (n: number) => T)(length);
  to.set(from.subarray(0, Math.min(from.length, length)));
  return to;
}

/** Rows [from, from + n) of one array to [at, at + n) of another, or of the same (then at ≤ from). */
function moveRows<T extends Float64Array | Int32Array | Uint8Array>(source: T, target: T, from: number, at: number, n: number): void {
  if (source === target) target.copyWithin(at, from, from + n);
  else target.set(source.subarray(from, from + n), at);
}

/** A decoder of the file's bytes [a, b): UTF-8 or Windows-1252, as decodeText decides. */
export function decoderOf(bytes: Uint8Array, utf8: boolean): (a: number, b: number) => string {
  if (!utf8) return (a, b) => decodeWindows1252(bytes.subarray(a, b));
  // ignoreBOM: a field's own U+FEFF stays; the file's byte order mark is skipped before decoding.
  const decoder = new TextDecoder('utf-8', { ignoreBOM: true });
  return (a, b) => decoder.decode(bytes.subarray(a, b));
}

