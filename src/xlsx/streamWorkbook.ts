/**
 * ExcelJS's streaming reader driven part by part: the workbook's relationships, sheet list and
 * shared strings first, then each worksheet in tab order, row by row, so a sheet of a million
 * rows is never held as a workbook DOM. The parts come from zipArchive.ts (see there for why not
 * from ExcelJS's own unzip).
 *
 * This calls methods of ExcelJS 4.4's WorkbookReader that its typings leave out (the ones its own
 * parse() calls for each zip entry). package.json pins exceljs to 4.4.0; checkInternals fails
 * loudly should they ever change.
 */
import ExcelJS from 'exceljs';
import type { Readable } from 'stream';
import { makeGrid, type Cell, type Grid } from '../core/grid/grid';
import { toGridCell } from './gridCell';
import type { ZipArchive } from './zipArchive';

/** A streamed worksheet: its rows (ExcelJS's typings leave it without an async iterator). */
type WorksheetReader = AsyncIterable<ExcelJS.Row>;

/** A relationship of xl/workbook.xml as ExcelJS parses it. */
interface Relationship {
  readonly Id: string;
  readonly Type: string;
  readonly Target: string;
}

/** The WorkbookReader internals used here. */
interface ReaderInternals {
  readonly workbookRels?: readonly Relationship[];
  readonly model?: { readonly sheets?: readonly { readonly name: string; readonly rId: string }[] };
  readonly properties?: { readonly model?: { readonly date1904?: boolean } };
  _parseRels(entry: Readable): Promise<void>;
  _parseWorkbook(entry: Readable): Promise<void>;
  _parseStyles(entry: Readable): Promise<void>;
  _parseSharedStrings(entry: Readable): AsyncIterable<unknown>;
  _parseWorksheet(text: Readable, sheetNo: string): Iterable<{ readonly eventType: string; readonly value: WorksheetReader }>;
}

/** Options for the streaming reader: values only, no styles (dates then come as serials). */
const STREAM_OPTIONS: Partial<ExcelJS.stream.xlsx.WorkbookStreamReaderOptions> = {
  sharedStrings: 'cache',
  worksheets: 'emit',
  hyperlinks: 'ignore',
  styles: 'ignore',
  entries: 'ignore',
};

const RELS = 'xl/_rels/workbook.xml.rels';
const WORKBOOK = 'xl/workbook.xml';
const WORKSHEET_TYPE = /\/worksheet$/;
const SHARED_STRINGS_TYPE = /\/sharedStrings$/;
const STYLES_TYPE = /\/styles$/;

/** Read every worksheet of the package into a grid, in tab order, named as in the workbook. */
export async function streamWorkbook(zip: ZipArchive): Promise<Grid[]> {
  if (!zip.has(RELS) || !zip.has(WORKBOOK)) throw new Error('This is not an Excel workbook (.xlsx): it has no xl/workbook.xml');
  let reader = await openReader(zip, STREAM_OPTIONS);
  if (reader.properties?.model?.date1904 === true) {
    // Dates counted from 1904 (old Mac workbooks): with the styles read, ExcelJS knows which
    // numbers are dates and converts them, and toGridCell makes them 1900-system serials again.
    reader = await openReader(zip, { ...STREAM_OPTIONS, styles: 'cache' });
    const styles = partOfType(reader, STYLES_TYPE, 'styles.xml');
    if (zip.has(styles)) await reader._parseStyles(zip.openText(styles));
  }
  const rels = reader.workbookRels ?? [];
  const sharedStrings = partOfType(reader, SHARED_STRINGS_TYPE, 'sharedStrings.xml');
  if (zip.has(sharedStrings)) {
    // In 'cache' mode this fills the reader's table and yields nothing.
    for await (const _ of reader._parseSharedStrings(zip.openText(sharedStrings))) void _;
  }
  const grids: Grid[] = [];
  for (const sheet of reader.model?.sheets ?? []) {
    const rel = rels.find((r) => r.Id === sheet.rId);
    if (rel === undefined || !WORKSHEET_TYPE.test(rel.Type)) continue; // chart sheets, macro sheets
    const file = resolveTarget(rel.Target);
    if (!zip.has(file)) throw new Error(`Sheet "${sheet.name}" is missing from the workbook (${file})`);
    for (const event of reader._parseWorksheet(zip.openText(file), /(\d+)\.xml$/.exec(file)?.[1] ?? '0')) {
      if (event.eventType === 'worksheet') grids.push(makeGrid(sheet.name, await readRows(event.value)));
    }
  }
  return grids;
}

/** The package path of the workbook's part of a type (styles, shared strings), or where it usually is. */
function partOfType(reader: ReaderInternals, type: RegExp, usual: string): string {
  return resolveTarget(reader.workbookRels?.find((r) => type.test(r.Type))?.Target ?? usual);
}

/** A reader that has read the workbook's relationships and sheet list. */
async function openReader(zip: ZipArchive, options: Partial<ExcelJS.stream.xlsx.WorkbookStreamReaderOptions>): Promise<ReaderInternals> {
  // The input is never read: parts are handed to the reader instead of its parse().
  const reader = checkInternals(new ExcelJS.stream.xlsx.WorkbookReader(WORKBOOK, options));
  await reader._parseRels(zip.openText(RELS));
  await reader._parseWorkbook(zip.openText(WORKBOOK));
  return reader;
}

function checkInternals(reader: ExcelJS.stream.xlsx.WorkbookReader): ReaderInternals {
  const internals = reader as unknown as Record<string, unknown>;
  for (const method of ['_parseRels', '_parseWorkbook', '_parseStyles', '_parseSharedStrings', '_parseWorksheet']) {
    if (typeof internals[method] !== 'function') {
      throw new Error(`ExcelJS's WorkbookReader has no ${method} any more: src/xlsx/streamWorkbook.ts needs updating for this ExcelJS version`);
    }
  }
  return reader as unknown as ReaderInternals;
}

/** The rows of one streamed worksheet, from row 1, gaps as empty rows, trailing empties dropped. */
async function readRows(sheet: WorksheetReader): Promise<Cell[][]> {
  const rows: Cell[][] = [];
  for await (const row of sheet) {
    const cells: Cell[] = [];
    row.eachCell((cell, column) => {
      const value = toGridCell(cell);
      if (value === null) return;
      while (cells.length < column - 1) cells.push(null);
      cells[column - 1] = value;
    });
    if (cells.length === 0) continue;
    while (rows.length < row.number - 1) rows.push([]);
    rows[row.number - 1] = cells;
  }
  return rows;
}

/**
 * The zip path of a relationship target of xl/workbook.xml: relative to xl/ ("worksheets/sheet1.xml",
 * "./worksheets//sheet1.xml") or absolute ("/xl/worksheets/sheet1.xml", as openpyxl writes it).
 */
export function resolveTarget(target: string): string {
  const parts: string[] = target.startsWith('/') ? [] : ['xl'];
  for (const part of target.split('/')) {
    if (part === '' || part === '.') continue;
    if (part === '..') parts.pop();
    else parts.push(part);
  }
  return parts.join('/');
}
