/**
 * Reading a worksheet part into rows of raw cells, as Office.js would show them: formulas as their
 * cached result, rich text as its text, dates as Excel serial numbers (1900 system), errors as
 * their error text.
 *
 * Written to ECMA-376, not to what Excel happens to write: a row or cell without its r attribute
 * follows the one before (other programs leave them out), cells may be inline strings (t="inlineStr",
 * rich or not), formula strings (t="str"), booleans, errors or ISO 8601 dates (t="d").
 */
import { columnIndex, UNCALCULATED, type Cell, type CellError } from '../core/grid/grid';
import { unescapeXstring } from './packageParts';
import { XmlError, type XmlAttributes, type XmlHandler } from './xmlReader';

/** Milliseconds per day, and the serial number of 1970-01-01 in Excel's 1900 date system. */
const MS_PER_DAY = 86_400_000;
const UNIX_EPOCH_SERIAL = 25_569;
/** Days from 1900-01-00 to 1904-01-01 in Excel's counting: a 1904-system serial plus this is a 1900 one. */
export const DAYS_1904 = 1462;

/** The largest sheet Excel has: rows and columns. */
export const MAX_ROWS = 1_048_576;
export const MAX_COLUMNS = 16_384;

/** What a number that is not one reads as (a cell that cannot be read must not read as empty). */
export const UNKNOWN_ERROR: CellError = { error: '#VALUE!' };

/** The Excel serial number (1900 date system) of a date, counted in UTC. */
export function toExcelSerial(date: Date): number {
  return date.getTime() / MS_PER_DAY + UNIX_EPOCH_SERIAL;
}

/** What the cells of a sheet are read with. */
export interface SheetContext {
  readonly sharedStrings: readonly string[];
  /** Per cell format, whether numbers in it are dates to move from the 1904 system; empty when not 1904. */
  readonly dates1904: readonly boolean[];
}

/** Where a cell's text goes while it is read. */
const NOWHERE = 0;
const INTO_VALUE = 1;
const INTO_INLINE = 2;

/** The handler that builds a sheet's rows; `rows` and `tableIds` are read when the part is done. */
export class SheetXml implements XmlHandler {
  /** Row i is sheet row i + 1; gaps are empty rows, and rows after the last with a value are left out. */
  readonly rows: Cell[][] = [];
  /** The relationship ids of the sheet's tables (tableParts). */
  readonly tableIds: string[] = [];

  private row = -1;
  private column = -1;
  private type = 'n';
  private style = 0;
  private value: string | null = null;
  private inline: string | null = null;
  private formula = false;
  private into = NOWHERE;
  private phonetic = 0;
  private inInline = false;
  private inSheetData = false;

  constructor(private readonly context: SheetContext) {}

  open(name: string, a: XmlAttributes): void {
    if (name === 'sheetData') this.inSheetData = true;
    else if (name === 'tablePart' && a.id !== undefined) this.tableIds.push(a.id);
    // Names like c, v and t may mean other things in extensions outside the cells.
    if (!this.inSheetData) return;
    switch (name) {
      case 'row':
        this.row = a.r !== undefined ? toIndex(a.r, MAX_ROWS, 'row') : this.row + 1;
        this.column = -1;
        return;
      case 'c':
        this.startCell(a);
        return;
      case 'v':
        this.value = '';
        this.into = INTO_VALUE;
        return;
      case 'f':
        this.formula = true;
        return;
      case 'is':
        this.inInline = true;
        this.inline = '';
        return;
      case 't':
        if (this.inInline && this.phonetic === 0) this.into = INTO_INLINE;
        return;
      case 'rPh':
        this.phonetic++;
        return;
    }
  }

  close(name: string): void {
    if (name === 'sheetData') this.inSheetData = false;
    if (!this.inSheetData) return;
    switch (name) {
      case 'v':
      case 't':
        this.into = NOWHERE;
        return;
      case 'is':
        this.inInline = false;
        return;
      case 'rPh':
        this.phonetic--;
        return;
      case 'c':
        this.endCell();
        return;
    }
  }

  text(text: string): void {
    if (this.into === INTO_VALUE) this.value += text;
    else if (this.into === INTO_INLINE) this.inline += text;
  }

  private startCell(a: XmlAttributes): void {
    if (this.row < 0) this.row = 0; // a cell outside any row element: take it as row 1's
    if (a.r !== undefined) ({ row: this.row, column: this.column } = cellPosition(a.r));
    else this.column++;
    if (this.column >= MAX_COLUMNS) throw new XmlError('a cell beyond the last column');
    this.type = a.t ?? 'n';
    this.style = a.s === undefined ? 0 : Number(a.s);
    this.value = null;
    this.inline = null;
    this.formula = false;
    this.into = NOWHERE;
    this.inInline = false;
    this.phonetic = 0;
  }

  private endCell(): void {
    const value = this.cellValue();
    if (value === null) return;
    const rows = this.rows;
    while (rows.length <= this.row) rows.push([]);
    const cells = rows[this.row]!;
    while (cells.length < this.column) cells.push(null);
    cells[this.column] = value;
  }

  private cellValue(): Cell {
    return cellOf(this.type, this.value, this.inline, this.formula, this.style, this.context);
  }
}

/**
 * A cell's value from what its element held: its type (the t attribute), the text of its v element
 * and of its inline string (null when absent), whether it has a formula, and its cell format.
 * Both worksheet readers (this one and sheetBytes.ts) end here, so they cannot disagree.
 */
export function cellOf(type: string, value: string | null, inline: string | null, formula: boolean, style: number, context: SheetContext): Cell {
  // A formula with no cached result: written by a program and never calculated.
  if (formula && value === null && inline === null) return { error: UNCALCULATED };
  switch (type) {
    case 's':
      return value === null ? null : (context.sharedStrings[Number(value)] ?? null);
    case 'inlineStr':
      return inline !== null ? unescapeXstring(inline) : value !== null ? unescapeXstring(value) : null;
    case 'str':
      return value === null ? null : unescapeXstring(value);
    case 'b':
      return value === null ? null : value.trim() === '1' || value.trim() === 'true';
    case 'e':
      return value === null ? null : { error: value.trim() };
    case 'd':
      return value === null || value.trim() === '' ? null : (isoDateSerial(value.trim()) ?? UNKNOWN_ERROR);
    default:
      return numberCell(value, style, context);
  }
}

function numberCell(value: string | null, style: number, context: SheetContext): Cell {
  if (value === null || value.trim() === '') return null;
  const n = Number(value);
  if (!Number.isFinite(n)) return UNKNOWN_ERROR;
  return context.dates1904[style] === true ? n + DAYS_1904 : n;
}

/** A cell reference like A1 or $AB$12 as its zero-based row and column; an error when it is not one. */
export function cellPosition(ref: string): { readonly row: number; readonly column: number } {
  const m = /^\$?([A-Za-z]{1,3})\$?(\d+)$/.exec(ref);
  if (m === null) throw new XmlError(`a cell reference that is not one: ${ref}`);
  const column = columnIndex(m[1]!);
  return { row: toIndex(m[2]!, MAX_ROWS, 'row'), column };
}

/** A one-based number attribute as a zero-based index, checked against the sheet's size. */
export function toIndex(text: string, max: number, what: string): number {
  const n = Number(text);
  if (!Number.isInteger(n) || n < 1 || n > max) throw new XmlError(`a ${what} number out of range: ${text}`);
  return n - 1;
}

/** The serial number of an ISO 8601 date or date-time (t="d" cells); null when it is not one. */
function isoDateSerial(text: string): number | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2}(?:\.\d+)?))?)?(?:Z|[+-]\d{2}:?\d{2})?$/.exec(text);
  if (m === null) return null;
  const ms = Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]), Number(m[4] ?? 0), Number(m[5] ?? 0), 0) + Number(m[6] ?? 0) * 1000;
  return Number.isFinite(ms) ? toExcelSerial(new Date(ms)) : null;
}
