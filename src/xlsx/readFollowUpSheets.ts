/**
 * The sheets of a workbook that may hold a follow-up (for `followup build --previous`), with their
 * cells and the indent of their column-A cells, which gives a unit's depth (core/cycle/
 * previousFollowUp). Sheets named as follow-ups are read first; only when none of them is one are
 * the others read, so a copied 1 M-row ledger beside the follow-up is not read for nothing.
 */
import { readPreviousFollowUp, type PreviousFollowUp, type SheetCells } from '../core/cycle/previousFollowUp';
import { asFileProblem, FileProblem } from '../io/fileProblem';
import { findWorkbookPart, isOfType, readPart, readRelationships, readSharedStrings, readWorkbookPart, type Relationship } from './packageParts';
import { SheetXml } from './sheetXml';
import type { XmlAttributes, XmlHandler } from './xmlReader';
import { openZipFile, type ZipArchive } from './zipArchive';

/** Sheet names the report model gives ("Uppföljning 2025-07", "Follow-up 2025-07 (2)"). */
const FOLLOW_UP_NAME = /^(Uppföljning|Follow-up) \d{4}-\d{2}/;

/** The follow-ups a workbook file holds, in tab order; whatever fails to read is a FileProblem. */
export async function readFollowUpsOfFile(path: string): Promise<PreviousFollowUp[]> {
  try {
    return await readFollowUps(await openZipFile(path));
  } catch (e) {
    throw asFileProblem(e, 'damaged');
  }
}

async function readFollowUps(zip: ZipArchive): Promise<PreviousFollowUp[]> {
  const workbookPath = await findWorkbookPart(zip);
  const workbook = workbookPath === null ? null : await readWorkbookPart(zip, workbookPath);
  if (workbookPath === null || workbook === null) throw new FileProblem('notWorkbook');
  const rels = await readRelationships(zip, workbookPath);
  const part = (type: string): string | null => rels.find((r) => isOfType(r, type))?.path ?? null;
  const sharedPath = part('sharedStrings');
  const stylesPath = part('styles');
  const sharedStrings = sharedPath !== null && zip.has(sharedPath) ? await readSharedStrings(zip, sharedPath) : [];
  const indents = stylesPath !== null && zip.has(stylesPath) ? await readIndents(zip, stylesPath) : [];
  const sheets = workbook.sheets.flatMap((s) => {
    const rel = rels.find((r: Relationship) => r.id === s.relId);
    return rel !== undefined && isOfType(rel, 'worksheet') && zip.has(rel.path) ? [{ name: s.name, path: rel.path }] : [];
  });
  const read = async (list: typeof sheets): Promise<PreviousFollowUp[]> => {
    const found: PreviousFollowUp[] = [];
    for (const s of list) {
      const f = readPreviousFollowUp(await readSheet(zip, s, sharedStrings, indents));
      if (f !== null) found.push(f);
    }
    return found;
  };
  const named = await read(sheets.filter((s) => FOLLOW_UP_NAME.test(s.name)));
  return named.length > 0 ? named : read(sheets.filter((s) => !FOLLOW_UP_NAME.test(s.name)));
}

/** A sheet's cells, and the style of each column-A cell mapped to its indent. */
async function readSheet(zip: ZipArchive, sheet: { name: string; path: string }, sharedStrings: readonly string[], indents: readonly number[]): Promise<SheetCells> {
  const cells = new SheetXml({ sharedStrings, dates1904: [] });
  const styleOfA = new Map<number, number>();
  const both: XmlHandler = {
    open: (name: string, a: XmlAttributes) => {
      cells.open(name, a);
      // The report's writers (ExcelJS, Excel) give every cell its reference.
      const m = name === 'c' && a.r !== undefined ? /^\$?A\$?(\d+)$/.exec(a.r) : null;
      if (m) styleOfA.set(Number(m[1]) - 1, Number(a.s ?? 0));
    },
    close: (name: string) => cells.close(name),
    text: (t: string) => cells.text(t),
  };
  await readPart(zip, sheet.path, both);
  // SheetXml's row i is sheet row i + 1, as styleOfA's.
  return { name: sheet.name, rows: cells.rows, indent: (row) => indents[styleOfA.get(row) ?? 0] ?? 0 };
}

/** The indent level of each cell format (cellXfs' alignment indent), 0 where it has none. */
async function readIndents(zip: ZipArchive, path: string): Promise<number[]> {
  const indents: number[] = [];
  let inCellXfs = false;
  await readPart(zip, path, {
    open: (name, a) => {
      if (name === 'cellXfs') inCellXfs = true;
      else if (name === 'xf' && inCellXfs) indents.push(0);
      else if (name === 'alignment' && inCellXfs && indents.length > 0) indents[indents.length - 1] = Number(a.indent ?? 0) || 0;
    },
    close: (name) => {
      if (name === 'cellXfs') inCellXfs = false;
    },
    text: () => undefined,
  });
  return indents;
}
