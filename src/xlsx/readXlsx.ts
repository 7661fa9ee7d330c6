/**
 * Reading the sheets of an .xlsx file (or .xlsm, .xltx, .xltm), streaming, so a sheet of a million
 * rows is never held as a workbook DOM: only its raw values are kept, a long ledger's in typed
 * arrays (see sheetColumns.ts).
 */
import type { Grid } from '../core/grid/grid';
import { wholeGrid, type Sheet } from '../core/grid/sheetRows';
import { asFileProblem } from '../io/fileProblem';
import { streamWorkbook } from './streamWorkbook';
import { openZipBuffer, openZipFile, type ZipArchive } from './zipArchive';

/**
 * Read every worksheet of an .xlsx file into a grid (origin A1, row i = sheet row i + 1, missing
 * cells null), in tab order, with sheet names exactly as in the workbook. Formulas read as their
 * cached result, rich text and hyperlinks as text, dates as Excel serial numbers; a table's totals
 * rows are marked (Grid.marks). Whatever fails is a FileProblem saying why.
 */
export async function readXlsxGrids(path: string): Promise<Grid[]> {
  return (await readXlsxSheets(path)).map(wholeGrid);
}

/** readXlsxGrids for the bytes of an .xlsx file already in memory. */
export async function readXlsxGridsFromBuffer(bytes: Uint8Array): Promise<Grid[]> {
  return (await readSheets(() => openZipBuffer(bytes))).map(wholeGrid);
}

/** The sheets as readXlsxGrids reads them, a long ledger left in its columns (see streamWorkbook): for the engine. */
export async function readXlsxSheets(path: string): Promise<Sheet[]> {
  return readSheets(() => openZipFile(path));
}

async function readSheets(open: () => Promise<ZipArchive>): Promise<Sheet[]> {
  try {
    return await streamWorkbook(await open());
  } catch (e) {
    throw asFileProblem(e);
  }
}
