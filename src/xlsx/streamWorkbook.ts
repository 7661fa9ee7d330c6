/**
 * Reading every worksheet of an .xlsx package (also .xlsm, .xltx, .xltm: the same package with
 * another content type) into grids, part by part and row by row, so a sheet of a million rows is
 * never held as a workbook DOM: only the grid of raw values is built. The parts come from
 * zipArchive.ts; packageParts.ts reads the workbook, its relationships, shared strings and styles,
 * sheetXml.ts each worksheet.
 *
 * Whatever fails below is a FileProblem: the file is not a workbook, or is damaged.
 */
import { makeGrid, type Grid } from '../core/grid/grid';
import { asFileProblem, FileProblem } from '../io/fileProblem';
import { findWorkbookPart, isOfType, type Relationship, readDateStyles, readPart, readRelationships, readSharedStrings, readTotalsRows, readWorkbookPart } from './packageParts';
import { SheetXml, type SheetContext } from './sheetXml';
import type { ZipArchive } from './zipArchive';

/** Read every worksheet of the package into a grid, in tab order, named as in the workbook. */
export async function streamWorkbook(zip: ZipArchive): Promise<Grid[]> {
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

async function readSheets(zip: ZipArchive, workbookPath: string): Promise<Grid[]> {
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
  const grids: Grid[] = [];
  for (const sheet of sheets) {
    const rel = rels.find((r) => r.id === sheet.relId);
    // Chart sheets, macro sheets and dialog sheets hold no ledger.
    if (rel === undefined || !isOfType(rel, 'worksheet')) continue;
    if (!zip.has(rel.path)) throw new FileProblem('damaged', `sheet "${sheet.name}" is missing (${rel.path})`);
    const xml = new SheetXml(context);
    await readPart(zip, rel.path, xml);
    const totals = xml.tableIds.length > 0 ? await tableTotalsRows(zip, rel.path, xml.tableIds) : [];
    const grid = makeGrid(sheet.name, xml.rows);
    grids.push(totals.length > 0 ? { ...grid, marks: { totals } } : grid);
  }
  return grids;
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
