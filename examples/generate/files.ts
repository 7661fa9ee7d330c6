/**
 * Byte-stable output: xlsx workbooks with fixed document dates and fixed zip timestamps, and CSV
 * files as Excel on a Swedish Windows exports them (`;`, Windows-1252, CRLF).
 */
import { writeFileSync } from 'node:fs';
import ExcelJS from 'exceljs';

/** A new workbook whose document properties carry `date` instead of the current time. */
export function newWorkbook(date: Date): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'examples/generate.ts';
  wb.lastModifiedBy = 'examples/generate.ts';
  wb.created = date;
  wb.modified = date;
  return wb;
}

/** DOS date and time words for a zip header (local time fields, taken here from UTC). */
function dosDateTime(date: Date): { time: number; date: number } {
  return {
    time: (date.getUTCHours() << 11) | (date.getUTCMinutes() << 5) | Math.floor(date.getUTCSeconds() / 2),
    date: ((date.getUTCFullYear() - 1980) << 9) | ((date.getUTCMonth() + 1) << 5) | date.getUTCDate(),
  };
}

/**
 * Overwrite the modification time of every entry of a zip (local headers and central directory)
 * with `date`: the zip library stamps the current time, which would make every run differ.
 */
export function fixZipTimestamps(zip: Buffer, date: Date): Buffer {
  const out = Buffer.from(zip);
  const { time, date: day } = dosDateTime(date);
  let eocd = -1;
  for (let p = out.length - 22; p >= 0; p--) {
    if (out.readUInt32LE(p) === 0x06054b50) {
      eocd = p;
      break;
    }
  }
  if (eocd < 0) throw new Error('Not a zip file: no end of central directory');
  const entries = out.readUInt16LE(eocd + 10);
  let p = out.readUInt32LE(eocd + 16);
  for (let i = 0; i < entries; i++) {
    if (out.readUInt32LE(p) !== 0x02014b50) throw new Error(`Bad central directory entry at ${p}`);
    out.writeUInt16LE(time, p + 12);
    out.writeUInt16LE(day, p + 14);
    const local = out.readUInt32LE(p + 42);
    if (out.readUInt32LE(local) !== 0x04034b50) throw new Error(`Bad local header at ${local}`);
    out.writeUInt16LE(time, local + 10);
    out.writeUInt16LE(day, local + 12);
    p += 46 + out.readUInt16LE(p + 28) + out.readUInt16LE(p + 30) + out.readUInt16LE(p + 32);
  }
  return out;
}

/** Write a workbook to `path` with every timestamp fixed to `date`. */
export async function writeWorkbook(wb: ExcelJS.Workbook, path: string, date: Date): Promise<Buffer> {
  const raw = Buffer.from(await wb.xlsx.writeBuffer());
  const bytes = fixZipTimestamps(raw, date);
  writeFileSync(path, bytes);
  return bytes;
}

/** Windows-1252 bytes 0x80–0x9F by Unicode character (the rest of 0x00–0xFF is Latin-1). */
const CP1252_HIGH: Readonly<Record<string, number>> = {
  '€': 0x80, '‚': 0x82, 'ƒ': 0x83, '„': 0x84, '…': 0x85, '†': 0x86, '‡': 0x87, 'ˆ': 0x88,
  '‰': 0x89, 'Š': 0x8a, '‹': 0x8b, 'Œ': 0x8c, 'Ž': 0x8e, '\u2018': 0x91, '\u2019': 0x92,
  '\u201c': 0x93, '\u201d': 0x94, '•': 0x95, '–': 0x96, '—': 0x97, '˜': 0x98, '™': 0x99,
  'š': 0x9a, '›': 0x9b, 'œ': 0x9c, 'ž': 0x9e, 'Ÿ': 0x9f,
};

/** Encode text as Windows-1252; throws on a character the code page lacks. */
export function encodeWindows1252(text: string): Buffer {
  const bytes: number[] = [];
  for (const ch of text) {
    const code = ch.codePointAt(0) ?? 0;
    const high = CP1252_HIGH[ch];
    if (high !== undefined) bytes.push(high);
    else if (code < 0x80 || (code >= 0xa0 && code <= 0xff)) bytes.push(code);
    else throw new Error(`"${ch}" (U+${code.toString(16).toUpperCase()}) is not in Windows-1252`);
  }
  return Buffer.from(bytes);
}

/** A CSV field: quoted only when it holds the separator, a quote or a line break. */
function csvField(value: string): string {
  return /[;"\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

/** Write rows as a Swedish Excel CSV export: `;` separated, CRLF line ends, Windows-1252. */
export function writeSwedishCsv(path: string, rows: readonly (readonly string[])[]): Buffer {
  const text = rows.map((r) => r.map(csvField).join(';') + '\r\n').join('');
  const bytes = encodeWindows1252(text);
  writeFileSync(path, bytes);
  return bytes;
}
