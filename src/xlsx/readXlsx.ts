/**
 * Reading the sheets of an .xlsx file (or .xlsm, .xltx, .xltm) into grids, streaming, so a sheet of
 * a million rows is never held as a workbook DOM: only the grid of raw values is built.
 */
import type { Grid } from '../core/grid/grid';
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
  return readGrids(() => openZipFile(path));
}

/** readXlsxGrids for the bytes of an .xlsx file already in memory. */
export async function readXlsxGridsFromBuffer(bytes: Uint8Array): Promise<Grid[]> {
  return readGrids(() => openZipBuffer(bytes));
}

async function readGrids(open: () => Promise<ZipArchive>): Promise<Grid[]> {
  try {
    return await streamWorkbook(await open());
  } catch (e) {
    throw asFileProblem(e);
  }
}
