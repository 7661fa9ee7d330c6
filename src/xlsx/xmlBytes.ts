/**
 * Small readers of XML bytes for sheetBytes.ts: where a tag or a comment ends, a byte range as
 * text, and the numbers of row and style attributes read as the text reader reads them.
 */
import { MAX_ROWS, toIndex } from './sheetXml';

const GT = 0x3e;
const QUESTION = 0x3f;
const QUOTE = 0x22;
const APOSTROPHE = 0x27;
const MINUS = 0x2d;
const ZERO = 0x30;

const utf8 = new TextDecoder('utf-8');

/** The bytes that open a CDATA section. */
export const CDATA = [0x3c, 0x21, 0x5b, 0x43, 0x44, 0x41, 0x54, 0x41, 0x5b]; // <![CDATA[
const COMMENT = [0x3c, 0x21, 0x2d, 0x2d]; // <!--

/** Whether the bytes at `at` are `prefix`. */
export function startsWith(bytes: Uint8Array, at: number, prefix: readonly number[]): boolean {
  for (let k = 0; k < prefix.length; k++) if (bytes[at + k] !== prefix[k]) return false;
  return true;
}

/** The bytes [from, to) as text. */
export function text(bytes: Uint8Array, from: number, to: number): string {
  return utf8.decode(bytes.subarray(from, to));
}

/** Where a start or end tag at lt ends: past the first '>' outside quotes; -1 when not in these bytes. */
export function tagEnd(bytes: Uint8Array, lt: number): number {
  const n = bytes.length;
  let quote = 0;
  for (let i = lt + 1; i < n; i++) {
    const b = bytes[i]!;
    if (quote !== 0) {
      if (b === quote) quote = 0;
    } else if (b === QUOTE || b === APOSTROPHE) quote = b;
    else if (b === GT) return i + 1;
  }
  return -1;
}

/** Where a comment, CDATA section, processing instruction or document type at lt ends; -1 when not in these bytes. */
export function specialEnd(bytes: Uint8Array, lt: number): number {
  if (bytes[lt + 1] === QUESTION) return after(bytes, [QUESTION, GT], lt + 2);
  if (startsWith(bytes, lt, COMMENT)) return after(bytes, [MINUS, MINUS, GT], lt + 4);
  if (lt + CDATA.length > bytes.length) return -1;
  if (startsWith(bytes, lt, CDATA)) return after(bytes, [0x5d, 0x5d, GT], lt + 9);
  const bracket = bytes.indexOf(0x5b, lt);
  const gt = bytes.indexOf(GT, lt);
  if (gt < 0) return -1;
  return bracket >= 0 && bracket < gt ? after(bytes, [0x5d, GT], bracket) : gt + 1;
}

function after(bytes: Uint8Array, end: readonly number[], from: number): number {
  for (let i = bytes.indexOf(end[0]!, from); i >= 0; i = bytes.indexOf(end[0]!, i + 1)) {
    if (i + end.length > bytes.length) return -1;
    if (startsWith(bytes, i, end)) return i + end.length;
  }
  return -1;
}

/** A row's r attribute as a zero-based row, checked as toIndex checks it. */
export function rowIndex(bytes: Uint8Array, from: number, to: number): number {
  let n = 0;
  if (to - from > 0 && to - from <= 7) {
    for (let i = from; i < to; i++) {
      const d = bytes[i]! - ZERO;
      if (d < 0 || d > 9) return toIndex(text(bytes, from, to), MAX_ROWS, 'row');
      n = n * 10 + d;
    }
    if (n >= 1 && n <= MAX_ROWS) return n - 1;
  }
  return toIndex(text(bytes, from, to), MAX_ROWS, 'row');
}

/** A cell's s attribute as Number() reads it. */
export function styleNumber(bytes: Uint8Array, from: number, to: number): number {
  let n = 0;
  if (to - from > 0 && to - from <= 9) {
    for (let i = from; i < to; i++) {
      const d = bytes[i]! - ZERO;
      if (d < 0 || d > 9) return Number(text(bytes, from, to));
      n = n * 10 + d;
    }
    return n;
  }
  return Number(text(bytes, from, to));
}
