/**
 * Decoding the bytes of a text file as Swedish financial systems and Excel write them: UTF-8 (with
 * or without a byte order mark), Windows-1252 (Excel on Windows), Mac Roman (Excel for Mac's plain
 * CSV), or UTF-16 with its byte order mark (Excel's Save As › Unicode Text writes UTF-16 LE).
 */
import { isUtf8 } from 'node:buffer';

/** Which encoding a text was decoded from. */
export type TextEncodingName = 'utf-8' | 'utf-8-bom' | 'windows-1252' | 'macintosh' | 'utf-16le' | 'utf-16be';

/** The UTF-16 encoding a text's byte order mark says, or null when it has none. */
export function utf16Of(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  return null;
}

/**
 * The bytes of a UTF-16 text (by its byte order mark) as UTF-8 with a byte order mark, so the
 * readers, which look for separators byte by byte, read it as any UTF-8 file; other bytes as they are.
 */
export function asUtf8(bytes: Uint8Array): Uint8Array {
  const encoding = utf16Of(bytes);
  if (encoding !== null) {
    // The decoder drops the byte order mark; a UTF-8 one is put back to say what the text was.
    return new TextEncoder().encode(`\ufeff${new TextDecoder(encoding).decode(bytes)}`);
  }
  if (!isUtf8(bytes) && isMacRoman(bytes)) return new TextEncoder().encode(new TextDecoder('macintosh').decode(bytes));
  return bytes;
}

/** Bytes looked at to tell Mac Roman from Windows-1252. */
const SAMPLE_BYTES = 1 << 20;

/** Letters of Swedish (and Nordic) names in Mac Roman: ä å ö é ü è Å, bytes Windows-1252 leaves unused or rare. */
const MAC_LETTERS = new Set([0x8a, 0x8c, 0x9a, 0x8e, 0x9f, 0x8f, 0x81]);
/**
 * Mac Roman letters (Ä Ö É Ü á à í ó Æ Ø æ ø) whose bytes are punctuation in Windows-1252 (€ … ƒ † ‡ ˆ
 * ’ — ® ¯ ¾ ¿): letters only beside an ASCII letter, as in a word.
 */
const MAC_LETTERS_IN_WORDS = new Set([0x80, 0x85, 0x83, 0x86, 0x87, 0x88, 0x92, 0x97, 0xae, 0xaf, 0xbe, 0xbf]);
/** The same letters in Windows-1252: Ä Å Ö ä å ö É é Ü ü à è á ó í Æ Ø æ ø (bytes Mac Roman uses for rare signs). */
const WINDOWS_LETTERS = new Set([0xc4, 0xc5, 0xd6, 0xe4, 0xe5, 0xf6, 0xc9, 0xe9, 0xdc, 0xfc, 0xe0, 0xe8, 0xe1, 0xf3, 0xed, 0xc6, 0xd8, 0xe6, 0xf8]);

/**
 * Whether bytes that are not UTF-8 are Mac Roman rather than Windows-1252: more of their high
 * bytes are letters where Mac Roman has them (ä = 0x8A, ö = 0x9A) than letters where Windows-1252
 * has them (ä = 0xE4, ö = 0xF6). Swedish names settle it within a few rows.
 */
export function isMacRoman(bytes: Uint8Array): boolean {
  let mac = 0;
  let windows = 0;
  const end = Math.min(bytes.length, SAMPLE_BYTES);
  for (let i = 0; i < end; i++) {
    const b = bytes[i]!;
    if (b < 0x80) continue;
    if (MAC_LETTERS.has(b)) mac++;
    else if (WINDOWS_LETTERS.has(b)) windows++;
    else if (MAC_LETTERS_IN_WORDS.has(b) && (isAsciiLetter(bytes[i - 1]) || isAsciiLetter(bytes[i + 1]))) mac++;
  }
  return mac > windows;
}

function isAsciiLetter(b: number | undefined): boolean {
  return b !== undefined && ((b >= 0x41 && b <= 0x5a) || (b >= 0x61 && b <= 0x7a));
}

/** A decoded text and the encoding it was found to be in. */
export interface DecodedText {
  /** The text, without a byte order mark. */
  readonly text: string;
  readonly encoding: TextEncodingName;
}

/**
 * Windows-1252 as a table from byte to UTF-16 unit: Latin-1 except 0x80–0x9F (WHATWG index; the
 * five bytes Windows-1252 leaves undefined, 0x81 0x8D 0x8F 0x90 0x9D, map to the C1 control of
 * the same number).
 */
const WINDOWS_1252: Uint16Array = makeWindows1252Table();

function makeWindows1252Table(): Uint16Array {
  const high = [
    0x20ac, 0x0081, 0x201a, 0x0192, 0x201e, 0x2026, 0x2020, 0x2021, 0x02c6, 0x2030, 0x0160, 0x2039, 0x0152, 0x008d, 0x017d, 0x008f,
    0x0090, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x02dc, 0x2122, 0x0161, 0x203a, 0x0153, 0x009d, 0x017e, 0x0178,
  ];
  const table = new Uint16Array(256);
  for (let b = 0; b < 256; b++) table[b] = high[b - 0x80] ?? b;
  return table;
}

/** Bytes decoded per step of decodeWindows1252, so the scratch buffer stays small. */
const CHUNK = 1 << 16;
const SCRATCH = new Uint16Array(CHUNK);
const UTF16 = new TextDecoder('utf-16le');

/**
 * Decode bytes as UTF-16 when they start with its byte order mark, as UTF-8 when they are valid
 * UTF-8 (dropping a byte order mark), else as Mac Roman or Windows-1252 (see isMacRoman). A file
 * of plain ASCII reports 'utf-8'.
 */
export function decodeText(bytes: Uint8Array): DecodedText {
  const utf16 = utf16Of(bytes);
  if (utf16 !== null) return { text: new TextDecoder(utf16).decode(bytes), encoding: utf16 };
  const hasBom = bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  try {
    // ignoreBOM: false (the default) makes the decoder drop a leading byte order mark.
    const text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return { text, encoding: hasBom ? 'utf-8-bom' : 'utf-8' };
  } catch {
    if (isMacRoman(bytes)) return { text: new TextDecoder('macintosh').decode(bytes), encoding: 'macintosh' };
    return { text: decodeWindows1252(bytes), encoding: 'windows-1252' };
  }
}

/**
 * Decode Windows-1252 through our own table rather than TextDecoder('windows-1252'): Node 20.18.3
 * and later decode that label as Latin-1, turning € – ’ “ ” into invisible C1 controls
 * (nodejs/node#60888), and its ICU path is slower than this (~0.4 s for 60 MB here).
 */
export function decodeWindows1252(bytes: Uint8Array): string {
  // One scratch buffer and decoder for all calls: the CSV scanner decodes field by field.
  const units = SCRATCH;
  const utf16 = UTF16;
  const parts: string[] = [];
  for (let start = 0; start < bytes.length; start += CHUNK) {
    const end = Math.min(bytes.length, start + CHUNK);
    for (let i = start; i < end; i++) units[i - start] = WINDOWS_1252[bytes[i] ?? 0] ?? 0;
    parts.push(utf16.decode(units.subarray(0, end - start)));
  }
  return parts.join('');
}
