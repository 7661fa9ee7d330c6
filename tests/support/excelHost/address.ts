/**
 * A1 addresses: parsing ('A1', 'A1:M20', 'B:B', '3:5', '$A$1'), formatting, and sheet-name quoting
 * the way Office.js writes `Range.address` ("Huvudbok!A1:C3", "'Uppföljning 2025-07'!A1").
 */
import { MAX_COLUMNS, MAX_ROWS } from './snapshot';

/** A rectangle of cells, zero-based and inclusive. */
export interface Rect {
  readonly r0: number;
  readonly c0: number;
  readonly r1: number;
  readonly c1: number;
}

/** Column letters for a zero-based index (0 -> 'A', 26 -> 'AA'). */
export function columnLetters(index: number): string {
  let n = index + 1;
  let out = '';
  while (n > 0) {
    const rem = (n - 1) % 26;
    out = String.fromCharCode(65 + rem) + out;
    n = Math.floor((n - 1) / 26);
  }
  return out;
}

/** Zero-based index of column letters ('A' -> 0), or -1 when not letters. */
export function columnIndex(letters: string): number {
  if (!/^[A-Za-z]{1,3}$/.test(letters)) return -1;
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

/** 'B3' for (2, 1). */
export function cellAddress(row: number, col: number): string {
  return `${columnLetters(col)}${row + 1}`;
}

/** Whether the rectangle spans every row (whole columns like 'B:B'). */
export function isEntireColumns(rect: Rect): boolean {
  return rect.r0 === 0 && rect.r1 === MAX_ROWS - 1;
}

/** Whether the rectangle spans every column (whole rows like '3:3'). */
export function isEntireRows(rect: Rect): boolean {
  return rect.c0 === 0 && rect.c1 === MAX_COLUMNS - 1;
}

/** Whether a rectangle is unbounded (whole rows or whole columns). */
export function isUnbounded(rect: Rect): boolean {
  return isEntireColumns(rect) || isEntireRows(rect);
}

/** The number of rows × columns. */
export function cellCount(rect: Rect): number {
  return (rect.r1 - rect.r0 + 1) * (rect.c1 - rect.c0 + 1);
}

/** A1 text of a rectangle as Excel writes it: 'A1', 'A1:C3', 'B:B', '3:3', '1:1048576'. */
export function formatRect(rect: Rect): string {
  if (isEntireRows(rect)) return `${rect.r0 + 1}:${rect.r1 + 1}`;
  if (isEntireColumns(rect)) return `${columnLetters(rect.c0)}:${columnLetters(rect.c1)}`;
  const first = cellAddress(rect.r0, rect.c0);
  if (rect.r0 === rect.r1 && rect.c0 === rect.c1) return first;
  return `${first}:${cellAddress(rect.r1, rect.c1)}`;
}

/** Parse one cell ('$B$3' -> {row 2, col 1}); null when not a cell in the grid. */
export function parseCell(text: string): { row: number; col: number } | null {
  const m = /^\$?([A-Za-z]{1,3})\$?(\d{1,7})$/.exec(text.trim());
  if (!m) return null;
  const col = columnIndex(m[1]!);
  const row = Number(m[2]) - 1;
  if (col < 0 || col >= MAX_COLUMNS || row < 0 || row >= MAX_ROWS) return null;
  return { row, col };
}

/** Parse an A1 range without a sheet name; null when it is not one. */
export function parseRect(text: string): Rect | null {
  const parts = text.trim().split(':');
  if (parts.length > 2 || parts.length === 0) return null;
  const a = parts[0]!.trim();
  const b = (parts[1] ?? parts[0]!).trim();
  const cols = [a, b].map((p) => /^\$?([A-Za-z]{1,3})$/.exec(p));
  if (parts.length === 2 && cols[0] && cols[1]) {
    const c0 = columnIndex(cols[0][1]!);
    const c1 = columnIndex(cols[1][1]!);
    if (c0 < 0 || c1 < 0 || c0 >= MAX_COLUMNS || c1 >= MAX_COLUMNS) return null;
    return { r0: 0, r1: MAX_ROWS - 1, c0: Math.min(c0, c1), c1: Math.max(c0, c1) };
  }
  const rows = [a, b].map((p) => /^\$?(\d{1,7})$/.exec(p));
  if (parts.length === 2 && rows[0] && rows[1]) {
    const r0 = Number(rows[0][1]) - 1;
    const r1 = Number(rows[1][1]) - 1;
    if (r0 < 0 || r1 < 0 || r0 >= MAX_ROWS || r1 >= MAX_ROWS) return null;
    return { r0: Math.min(r0, r1), r1: Math.max(r0, r1), c0: 0, c1: MAX_COLUMNS - 1 };
  }
  const p = parseCell(a);
  const q = parseCell(b);
  if (!p || !q) return null;
  return { r0: Math.min(p.row, q.row), r1: Math.max(p.row, q.row), c0: Math.min(p.col, q.col), c1: Math.max(p.col, q.col) };
}

/** Split "Sheet!A1:B2" or "'My sheet'!A1" into sheet name (unquoted) and range text. */
export function splitSheet(address: string): { sheet: string | null; range: string } {
  const text = address.trim();
  const quoted = /^'((?:[^']|'')+)'!(.+)$/.exec(text);
  if (quoted) return { sheet: quoted[1]!.replace(/''/g, "'"), range: quoted[2]! };
  const bang = text.lastIndexOf('!');
  if (bang > 0) return { sheet: text.slice(0, bang), range: text.slice(bang + 1) };
  return { sheet: null, range: text };
}

/** Whether Excel must quote a sheet name in a reference ("'Uppföljning 2025-07'!A1"). */
export function needsQuotes(name: string): boolean {
  if (!/^[\p{L}_][\p{L}\p{N}_.]*$/u.test(name)) return true;
  // Names that read as a cell (A1, XFD100) or an R1C1 reference must be quoted.
  if (/^[A-Za-z]{1,3}\d+$/.test(name)) return true;
  if (/^[Rr](\d*)?([Cc]\d*)?$/.test(name)) return true;
  return false;
}

/** A sheet name as it appears before '!' in an address. */
export function quoteSheetName(name: string): string {
  return needsQuotes(name) ? `'${name.replace(/'/g, "''")}'` : name;
}

/** "Huvudbok!A1:C3". */
export function qualifiedAddress(sheetName: string, rect: Rect): string {
  return `${quoteSheetName(sheetName)}!${formatRect(rect)}`;
}

/** Whether two rectangles share at least one cell. */
export function intersects(a: Rect, b: Rect): boolean {
  return a.r0 <= b.r1 && b.r0 <= a.r1 && a.c0 <= b.c1 && b.c0 <= a.c1;
}

/** Whether `inner` lies wholly inside `outer`. */
export function contains(outer: Rect, inner: Rect): boolean {
  return outer.r0 <= inner.r0 && inner.r1 <= outer.r1 && outer.c0 <= inner.c0 && inner.c1 <= outer.c1;
}

/** Whether a rectangle lies inside Excel's grid. */
export function isInGrid(rect: Rect): boolean {
  return rect.r0 >= 0 && rect.c0 >= 0 && rect.r1 < MAX_ROWS && rect.c1 < MAX_COLUMNS && rect.r0 <= rect.r1 && rect.c0 <= rect.c1;
}
