/**
 * Reading every worksheet of an .xlsx package (also .xlsm, .xltx, .xltm: the same package with
 * another content type) into grids, part by part and row by row, so a sheet of a million rows is
 * never held as a workbook DOM: only the grid of raw values is built. The parts come from
 * zipArchive.ts; packageParts.ts reads the workbook, its relationships, shared strings and styles,
 * sheetXml.ts each worksheet.
 *
 * Whatever fails below is a FileProblem: the file is not a workbook, or is damaged.
 */
import { makeGrid, type Cell, type Grid, type SheetName } from '../core/grid/grid';
import type { Sheet } from '../core/grid/sheetRows';
import { detectLayout, HEADER_SEARCH_ROWS } from '../core/ledger/detect';
import { asFileProblem, FileProblem } from '../io/fileProblem';
import { findWorkbookPart, isOfType, type Relationship, readDateStyles, readPart, readRelationships, readSharedStrings, readTotalsRows, readWorkbookPart } from './packageParts';
import { readSheetBytes } from './sheetBytes';
import { SheetColumns } from './sheetColumns';
import { SheetXml, type SheetContext } from './sheetXml';
import type { ZipArchive } from './zipArchive';

/**
 * Read every worksheet of the package, in tab order, named as in the workbook: a long ledger as a
 * LargeSheet (its cells in typed arrays), any other sheet as a grid.
 */
export async function streamWorkbook(zip: ZipArchive): Promise<Sheet[]> {
  try {
    const workbook = await findWorkbookPart(zip);
    if (workbook === null) throw new FileProblem(isOpenDocument(zip) ? 'openDocument' : 'notWorkbook');
    // Excel's binary workbook (.xlsb): the same package, its parts in BIFF12 rather than XML.
    if (/\.bin$/i.test(workbook)) throw new FileProblem('binaryWorkbook');
    return await readSheets(zip, workbook);
  } catch (e) {
    throw asFileProblem(e, 'damaged');
  }
}

async function readSheets(zip: ZipArchive, workbookPath: string): Promise<Sheet[]> {
  const workbook = await readWorkbookPart(zip, workbookPath);
  if (workbook === null) throw new FileProblem('notWorkbook');
  const { sheets, date1904 } = workbook;
  const rels = await readRelationships(zip, workbookPath);
  const sharedStrings = partOfType(zip, rels, workbookPath, 'sharedStrings');
  const styles = partOfType(zip, rels, workbookPath, 'styles');
  const context: SheetContext = {
    sharedStrings: sharedStrings !== null ? await readSharedStrings(zip, sharedStrings) : [],
    // Only a workbook counting dates from 1904 needs to know which cells are dates (to count them from 1900).
    dates1904: date1904 && styles !== null ? await readDateStyles(zip, styles) : [],
  };
  const read: Sheet[] = [];
  for (const sheet of sheets) {
    const rel = rels.find((r) => r.id === sheet.relId);
    // Chart sheets, macro sheets and dialog sheets hold no ledger.
    if (rel === undefined || !isOfType(rel, 'worksheet')) continue;
    if (!zip.has(rel.path)) throw new FileProblem('damaged', `sheet "${sheet.name}" is missing (${rel.path})`);
    const part = await readWorksheet(zip, rel.path, sheet.name, context);
    const totals = part.tableIds.length > 0 ? await tableTotalsRows(zip, rel.path, part.tableIds) : [];
    read.push(toSheet(sheet.name, part.cells, totals));
  }
  return read;
}

/** A worksheet part read: its cells (by column from the byte reader, as rows from the text reader) and its tables. */
interface WorksheetPart {
  readonly cells: SheetColumns | Cell[][];
  readonly tableIds: readonly string[];
}

/**
 * Read a worksheet part from its bytes; a part in UTF-16 (which XML allows, and which no
 * spreadsheet program writes) through the text reader instead.
 */
async function readWorksheet(zip: ZipArchive, path: string, name: string, context: SheetContext): Promise<WorksheetPart> {
  const bytes = zip.openBytes?.(path);
  const pieces = bytes?.[Symbol.asyncIterator]();
  const first = await pieces?.next();
  const head = first === undefined || first.done === true ? new Uint8Array(0) : first.value;
  if (pieces === undefined || (head[0] === 0xff && head[1] === 0xfe) || (head[0] === 0xfe && head[1] === 0xff)) {
    await pieces?.return?.();
    const xml = new SheetXml(context);
    await readPart(zip, path, xml);
    return { cells: xml.rows, tableIds: xml.tableIds };
  }
  const cells = new SheetColumns(name as SheetName, context.sharedStrings);
  const reader = await readSheetBytes(prepend(head, pieces), context, cells);
  return { cells, tableIds: reader.tableIds };
}

async function* prepend(head: Uint8Array, rest: AsyncIterator<Uint8Array>): AsyncGenerator<Uint8Array> {
  if (head.length > 0) yield head;
  for (let next = await rest.next(); next.done !== true; next = await rest.next()) yield next.value;
}

/**
 * The sheet the engine is given: a long ledger of more rows than the header search looks at stays
 * in its columns (a LargeSheet, as a scanned CSV is); anything else becomes a grid.
 */
function toSheet(name: string, cells: SheetColumns | Cell[][], totals: readonly number[]): Sheet {
  const marks = totals.length > 0 ? { totals } : undefined;
  if (Array.isArray(cells)) return withMarks(makeGrid(name, cells), marks);
  if (marks !== undefined) cells.marks = marks;
  if (cells.length > HEADER_SEARCH_ROWS) {
    const rows: Cell[][] = [];
    for (let r = 0; r < HEADER_SEARCH_ROWS; r++) rows.push(cells.row(r) as Cell[]);
    const head = makeGrid(name, rows);
    const layout = detectLayout(head);
    if (layout.kind === 'ledger' && layout.shape === 'long') return { head, all: cells };
  }
  return withMarks(makeGrid(name, cells.rows()), marks);
}

function withMarks(grid: Grid, marks: Grid['marks']): Grid {
  return marks !== undefined ? { ...grid, marks } : grid;
}

/**
 * The path of the workbook's part of a type (sharedStrings, styles): by its relationship, else
 * where Excel puts it beside the workbook (a producer may forget the relationship); null when absent.
 */
function partOfType(zip: ZipArchive, rels: readonly Relationship[], workbookPath: string, type: string): string | null {
  const rel = rels.find((r) => isOfType(r, type));
  const path = rel?.path ?? `${workbookPath.slice(0, workbookPath.lastIndexOf('/') + 1)}${type}.xml`;
  return zip.has(path) ? path : null;
}

/** The totals rows of the sheet's tables, by the sheet's relationships to its table parts. */
async function tableTotalsRows(zip: ZipArchive, sheetPath: string, tableIds: readonly string[]): Promise<number[]> {
  const rels = await readRelationships(zip, sheetPath);
  const tables = rels.filter((r) => isOfType(r, 'table') && tableIds.includes(r.id)).map((r) => r.path);
  return readTotalsRows(zip, tables);
}

/** An OpenDocument package (LibreOffice's .ods): its mimetype part says so. */
function isOpenDocument(zip: ZipArchive): boolean {
  return zip.has('mimetype') && zip.has('content.xml');
}
