/**
 * Opening the ledger file the command was given: told by its bytes what it is, read by the reader
 * for that, and every failure turned into a FileProblem (the command prints it in the user's
 * language; no library text reaches the user).
 */
import * as path from 'node:path';
import type { Sheet } from '../core/grid/sheetRows';
import { readCsvFile } from '../csv/readCsvFile';
import { asFileProblem } from '../io/fileProblem';
import { inspectLedgerFile, type LedgerFile } from '../io/ledgerFile';

/** What the file is (throws a FileProblem when it cannot be read at all). */
export async function openLedgerFile(file: string): Promise<LedgerFile> {
  return inspectLedgerFile(file);
}

/** The sheets of a ledger file opened with openLedgerFile; throws a FileProblem. */
export async function readLedgerSheets(file: string, opened: LedgerFile): Promise<Sheet[]> {
  try {
    if (opened.format === 'text') return [await readCsvFile(file, sheetNameOf(file))];
    // Loaded only for workbooks: a CSV run starts sooner.
    const { readXlsxGrids } = await import('../xlsx/readXlsx');
    return await readXlsxGrids(file);
  } catch (e) {
    throw asFileProblem(e);
  }
}

/** The sheet name of a text file: its name without the extension. */
export function sheetNameOf(file: string): string {
  return path.basename(file).replace(/\.[^.]+$/, '');
}
