/**
 * Reading the ledger file the command was given with the reader for what its bytes are (see
 * io/ledgerFile.ts), every failure turned into a FileProblem (the command prints it in the user's
 * language; no library text reaches the user).
 */
import * as path from 'node:path';
import type { Sheet } from '../core/grid/sheetRows';
import { readCsvFile } from '../csv/readCsvFile';
import { asFileProblem } from '../io/fileProblem';
import type { LedgerFile } from '../io/ledgerFile';

/** The sheets of a ledger file as inspectLedgerFile found it; throws a FileProblem. */
export async function readLedgerSheets(file: string, opened: LedgerFile): Promise<Sheet[]> {
  try {
    if (opened.format === 'text') return [await readCsvFile(file, sheetNameOf(file))];
    // Loaded only for workbooks: a CSV run starts sooner.
    const { readXlsxSheets } = await import('../xlsx/readXlsx');
    return await readXlsxSheets(file);
  } catch (e) {
    throw asFileProblem(e);
  }
}

/** The sheet name of a text file: its name without the extension. */
export function sheetNameOf(file: string): string {
  return path.basename(file).replace(/\.[^.]+$/, '');
}
