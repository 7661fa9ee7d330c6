/**
 * Read the written files back into ledger rows, so the seeds are verified on what a reader of the
 * files gets, not only on what the generator meant to write. Amounts are taken back to öre from
 * their shortest decimal text, never by float arithmetic on the fraction.
 */
import ExcelJS from 'exceljs';
import type { FvLedgerRow } from './forvaltning';
import type { KlsLedgerRow } from './kls';
import { FV_HEADER } from './forvaltning-files';
import { KLS_HEADER } from './kls-files';

/** Öre from a decimal text of kronor ("1064.1", "-3", "1 064,10"). */
export function oreFromText(text: string): number {
  const t = text.replace(/\s/g, '').replace(',', '.');
  const m = /^(-?)(\d+)(?:\.(\d{1,2}))?$/.exec(t);
  if (!m) throw new Error(`Not an amount with at most two decimals: "${text}"`);
  const ore = Number(m[2]) * 100 + Number((m[3] ?? '').padEnd(2, '0'));
  return m[1] === '-' ? -ore : ore;
}

/** A cell's value as a number or null; throws on anything else. */
function num(v: ExcelJS.CellValue, where: string): number | null {
  if (v === null || v === undefined || v === '') return null;
  if (typeof v === 'number') return v;
  throw new Error(`${where}: expected a number, got ${JSON.stringify(v)}`);
}

/** A cell's value as text ('' when empty). */
function text(v: ExcelJS.CellValue, where: string): string {
  if (v === null || v === undefined) return '';
  if (typeof v === 'string') return v;
  throw new Error(`${where}: expected text, got ${JSON.stringify(v)}`);
}

/** A cell amount back in öre. */
function ore(v: ExcelJS.CellValue, where: string): number | null {
  const n = num(v, where);
  return n === null ? null : oreFromText(String(n));
}

/** Check the header row of a sheet. */
function checkHeader(ws: ExcelJS.Worksheet, row: number, header: readonly string[]): void {
  header.forEach((h, i) => {
    const v = ws.getRow(row).getCell(i + 1).value;
    if (v !== h) throw new Error(`${ws.name}!row ${row} column ${i + 1}: expected header "${h}", got ${JSON.stringify(v)}`);
  });
}

/** Read examples/kls-2025.xlsx back. */
export async function readKlsXlsx(path: string): Promise<KlsLedgerRow[]> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(path);
  const ws = wb.getWorksheet('Huvudbok');
  if (!ws) throw new Error(`${path}: no sheet Huvudbok`);
  checkHeader(ws, 4, KLS_HEADER);
  const rows: KlsLedgerRow[] = [];
  for (let r = 5; r <= ws.rowCount; r++) {
    const c = (i: number): ExcelJS.CellValue => ws.getRow(r).getCell(i).value;
    const at = (i: number): string => `Huvudbok!${String.fromCharCode(64 + i)}${r}`;
    rows.push({
      period: num(c(1), at(1)) ?? 0,
      avdelning: text(c(2), at(2)),
      enhet: text(c(3), at(3)),
      konto: num(c(4), at(4)),
      kontonamn: text(c(5), at(5)),
      budget: ore(c(6), at(6)),
      actual: ore(c(7), at(7)),
      forecast: ore(c(8), at(8)),
    });
  }
  return rows;
}

/** Read examples/kls-2025.csv back (Windows-1252, `;`, CRLF; no quoted fields are expected). */
export function readKlsCsv(bytes: Buffer): KlsLedgerRow[] {
  const reverse = new Map<number, string>([[0x96, '–']]);
  const textOf = [...bytes].map((b) => reverse.get(b) ?? String.fromCharCode(b)).join('');
  if (!textOf.endsWith('\r\n') || /[^\r]\n/.test(textOf)) throw new Error('CSV lines must end with CRLF');
  const lines = textOf.slice(0, -2).split('\r\n').map((l) => l.split(';'));
  const [header, ...data] = lines;
  if (header?.join(';') !== KLS_HEADER.join(';')) throw new Error(`CSV header: ${header?.join(';')}`);
  const amount = (s: string | undefined): number | null => (s === undefined || s === '' ? null : oreFromText(s));
  return data.map((f) => {
    const [period = '', avdelning = '', enhet = '', konto = '', kontonamn = ''] = f;
    return {
      period: Number(period.replace('-', '')),
      avdelning,
      enhet,
      konto: konto === '' ? null : Number(konto),
      kontonamn,
      budget: amount(f[5]),
      actual: amount(f[6]),
      forecast: amount(f[7]),
    };
  });
}

/** Read examples/forvaltning-2024.xlsx back: the ledger and the account sheet's rows. */
export async function readForvaltningXlsx(path: string): Promise<{ rows: FvLedgerRow[]; groups: [string, string][] }> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(path);
  const ws = wb.getWorksheet('Huvudbok');
  const gs = wb.getWorksheet('Kontogrupper');
  if (!ws || !gs) throw new Error(`${path}: sheets Huvudbok and Kontogrupper expected`);
  checkHeader(ws, 3, FV_HEADER);
  const rows: FvLedgerRow[] = [];
  for (let r = 4; r <= ws.rowCount; r++) {
    const c = (i: number): ExcelJS.CellValue => ws.getRow(r).getCell(i).value;
    const at = (i: number): string => `Huvudbok!${String.fromCharCode(64 + i)}${r}`;
    const period = c(1);
    if (!(period instanceof Date)) throw new Error(`${at(1)}: expected a date`);
    const typ = text(c(6), at(6));
    if (typ !== 'Budget' && typ !== 'Utfall' && typ !== 'Prognos') throw new Error(`${at(6)}: bad Typ ${typ}`);
    rows.push({
      year: period.getUTCFullYear(),
      month: period.getUTCMonth() + 1,
      path: [text(c(2), at(2)), text(c(3), at(3)), text(c(4), at(4))],
      konto: num(c(5), at(5)) ?? 0,
      typ,
      amount: ore(c(7), at(7)) ?? 0,
    });
  }
  const groups: [string, string][] = [];
  for (let r = 2; r <= gs.rowCount; r++) {
    groups.push([text(gs.getRow(r).getCell(1).value, `Kontogrupper!A${r}`), text(gs.getRow(r).getCell(2).value, `Kontogrupper!B${r}`)]);
  }
  return { rows, groups };
}
