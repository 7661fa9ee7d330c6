/**
 * The benchmark's input files under .bench/: the synthetic ledger as a CSV written the way Swedish
 * financial systems export it (';', decimal comma, no thousands separator, UTF-8, CRLF) and as an
 * .xlsx written with ExcelJS's streaming writer. A manifest records size, seed and generator
 * version of every file, so files are reused when they match and regenerated when they do not.
 */
import { promises as fs, existsSync, statSync } from 'node:fs';
import * as path from 'node:path';
import ExcelJS from 'exceljs';
import { GENERATOR_VERSION, LEDGER_HEADER, ledgerRows, oreText, oreToKronor, type LedgerRow, type LedgerSpec } from './ledgerModel';
import { shuffledLedgerRows } from './shuffle';

/** The kinds of file generated. */
export type LedgerFormat = 'csv' | 'xlsx';

/** The rows as exports sort them (period, unit, account), or shuffled (see shuffle.ts). */
export type LedgerOrder = 'sorted' | 'shuffled';

/** What the manifest knows of one generated file. */
interface ManifestEntry {
  readonly rows: number;
  readonly seed: number;
  readonly version: number;
  readonly bytes: number;
  readonly generatedMs: number;
}

/** .bench/manifest.json: file name → entry. */
type Manifest = Record<string, ManifestEntry>;

/** A generated (or reused) file. */
export interface LedgerFile {
  readonly path: string;
  readonly bytes: number;
  /** Whether it was reused from an earlier run. */
  readonly reused: boolean;
  /** Time spent generating it now (0 when reused). */
  readonly generatedMs: number;
}

/** The sheet name in the generated .xlsx. */
export const XLSX_SHEET = 'Huvudbok';

/** Rows written between yields to the event loop, so streams can drain. */
const CHUNK_ROWS = 10_000;

/** The file for a spec and format, generating it unless the manifest says an identical one exists. */
export async function ledgerFile(dir: string, spec: LedgerSpec, format: LedgerFormat, order: LedgerOrder = 'sorted'): Promise<LedgerFile> {
  await fs.mkdir(dir, { recursive: true });
  const name = `ledger-${spec.rows}-s${spec.seed}${order === 'shuffled' ? '-shuffled' : ''}.${format}`;
  const file = path.join(dir, name);
  const manifest = await readManifest(dir);
  const entry = manifest[name];
  if (entry && entry.rows === spec.rows && entry.seed === spec.seed && entry.version === GENERATOR_VERSION && existsSync(file) && statSync(file).size === entry.bytes) {
    return { path: file, bytes: entry.bytes, reused: true, generatedMs: 0 };
  }
  const started = performance.now();
  const tmp = `${file}.tmp`;
  const rows = order === 'shuffled' ? shuffledLedgerRows(spec) : ledgerRows(spec);
  if (format === 'csv') await writeCsv(tmp, rows);
  else await writeXlsx(tmp, rows);
  await fs.rename(tmp, file);
  const generatedMs = Math.round(performance.now() - started);
  const bytes = statSync(file).size;
  // Re-read: another size may have been added meanwhile by this same process.
  const latest = await readManifest(dir);
  latest[name] = { rows: spec.rows, seed: spec.seed, version: GENERATOR_VERSION, bytes, generatedMs };
  await fs.writeFile(path.join(dir, 'manifest.json'), JSON.stringify(latest, null, 2) + '\n');
  return { path: file, bytes, reused: false, generatedMs };
}

async function readManifest(dir: string): Promise<Manifest> {
  try {
    return JSON.parse(await fs.readFile(path.join(dir, 'manifest.json'), 'utf8')) as Manifest;
  } catch {
    return {};
  }
}

/** Write the CSV: header, then one CRLF line per row; blank amounts as empty fields. */
async function writeCsv(file: string, rows: Iterable<LedgerRow>): Promise<void> {
  const handle = await fs.open(file, 'w');
  try {
    let lines: string[] = [LEDGER_HEADER.join(';')];
    for (const r of rows) {
      const budget = r.budgetOre === null ? '' : oreText(r.budgetOre, ',');
      const actual = r.actualOre === null ? '' : oreText(r.actualOre, ',');
      lines.push(`${r.period};${r.forvaltning};${r.enhet};${r.konto};${budget};${actual}`);
      if (lines.length >= CHUNK_ROWS) {
        await handle.write(lines.join('\r\n') + '\r\n', null, 'utf8');
        lines = [];
      }
    }
    if (lines.length > 0) await handle.write(lines.join('\r\n') + '\r\n', null, 'utf8');
  } finally {
    await handle.close();
  }
}

/** Write the .xlsx with the streaming writer: shared strings (as Excel writes), numbers as numbers. */
async function writeXlsx(file: string, rows: Iterable<LedgerRow>): Promise<void> {
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: file, useSharedStrings: true, useStyles: false });
  const sheet = workbook.addWorksheet(XLSX_SHEET);
  sheet.addRow([...LEDGER_HEADER]).commit();
  let n = 0;
  for (const r of rows) {
    const budget = r.budgetOre === null ? null : oreToKronor(r.budgetOre);
    const actual = r.actualOre === null ? null : oreToKronor(r.actualOre);
    sheet.addRow([r.period, r.forvaltning, r.enhet, r.konto, budget, actual]).commit();
    if (++n % CHUNK_ROWS === 0) await new Promise<void>((resolve) => setImmediate(resolve));
  }
  sheet.commit();
  await workbook.commit();
}
