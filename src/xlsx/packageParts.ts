/**
 * The parts of an .xlsx package around the worksheets, read as ECMA-376 allows them to be written,
 * not only as Excel writes them: the workbook found through the package's relationships (not
 * assumed at xl/workbook.xml), relationship targets relative or absolute, any namespace prefix,
 * shared strings of rich text runs with phonetic guides left out, and styles only for which cell
 * formats are dates.
 */
import { readXml, type XmlAttributes, type XmlHandler } from './xmlReader';
import type { ZipArchive } from './zipArchive';

/** A relationship of a part, its target resolved to a package path. */
export interface Relationship {
  readonly id: string;
  readonly type: string;
  readonly path: string;
}

/** A sheet of the workbook, in tab order. */
export interface WorkbookSheet {
  readonly name: string;
  readonly relId: string;
}

/** What xl/workbook.xml (or wherever the workbook is) says. */
export interface WorkbookPart {
  readonly sheets: readonly WorkbookSheet[];
  /** Dates counted from 1904 (old Mac workbooks). */
  readonly date1904: boolean;
}

/** Read a part's XML through a handler; throws when the package has no such part. */
export async function readPart(zip: ZipArchive, path: string, handler: XmlHandler): Promise<void> {
  await readXml(zip.openText(path), handler);
}

/** A handler that only looks at start tags. */
function onOpen(open: (name: string, attributes: XmlAttributes) => void): XmlHandler {
  return { open, close: () => undefined, text: () => undefined };
}

/** The package path of a relationship target, from the folder of the part that has it. */
function resolvePartPath(fromFolder: string, target: string): string {
  const parts: string[] = target.startsWith('/') ? [] : fromFolder.split('/').filter((p) => p !== '');
  for (const part of target.split(/[/\\]/)) {
    if (part === '' || part === '.') continue;
    if (part === '..') parts.pop();
    else parts.push(part);
  }
  return parts.join('/');
}

function folderOf(path: string): string {
  return path.includes('/') ? path.slice(0, path.lastIndexOf('/')) : '';
}

/** The relationships of a part (none when it has no relationships part); external targets left out. */
export async function readRelationships(zip: ZipArchive, partPath: string): Promise<Relationship[]> {
  const folder = folderOf(partPath);
  const relsPath = `${folder === '' ? '' : `${folder}/`}_rels/${partPath.slice(folder === '' ? 0 : folder.length + 1)}.rels`;
  if (!zip.has(relsPath)) return [];
  const out: Relationship[] = [];
  await readPart(
    zip,
    relsPath,
    onOpen((name, a) => {
      if (name !== 'Relationship' || a.Id === undefined || a.Target === undefined) return;
      if (a.TargetMode?.toLowerCase() === 'external') return;
      out.push({ id: a.Id, type: a.Type ?? '', path: resolvePartPath(folder, a.Target) });
    }),
  );
  return out;
}

/** The relationship of a type ("…/worksheet", "…/sharedStrings"), matched by the type's last segment. */
export function isOfType(rel: Relationship, type: string): boolean {
  return rel.type.endsWith(`/${type}`);
}

/** Where the workbook part is: as the package's relationships say, else where Excel puts it. */
export async function findWorkbookPart(zip: ZipArchive): Promise<string | null> {
  const main = (await readRelationships(zip, '')).find((r) => isOfType(r, 'officeDocument'));
  if (main !== undefined && zip.has(main.path)) return main.path;
  return zip.has('xl/workbook.xml') ? 'xl/workbook.xml' : null;
}

/**
 * The workbook's sheets in tab order and its date system; null when the package's main part is no
 * workbook (a Word document or a presentation under an Excel name).
 */
export async function readWorkbookPart(zip: ZipArchive, path: string): Promise<WorkbookPart | null> {
  const sheets: WorkbookSheet[] = [];
  let date1904 = false;
  let root: string | null = null;
  await readPart(
    zip,
    path,
    onOpen((name, a) => {
      root ??= name;
      // The sheet's r:id: the only attribute named "id" on a sheet element, whatever its prefix.
      if (name === 'sheet' && a.name !== undefined && a.id !== undefined) sheets.push({ name: a.name, relId: a.id });
      else if (name === 'workbookPr') date1904 = isTrue(a.date1904);
    }),
  );
  return root === 'workbook' ? { sheets, date1904 } : null;
}

/** An xsd:boolean attribute. */
function isTrue(value: string | undefined): boolean {
  return value === '1' || value === 'true';
}

/**
 * The shared strings: each item's text runs joined, phonetic guides (rPh, which Japanese Excel
 * adds) left out, and whitespace outside the text elements ignored (pretty-printed XML has it).
 */
export async function readSharedStrings(zip: ZipArchive, path: string): Promise<string[]> {
  const strings: string[] = [];
  let current = '';
  let inText = false;
  let phonetic = 0;
  await readPart(zip, path, {
    open: (name) => {
      if (name === 'si') current = '';
      else if (name === 'rPh') phonetic++;
      else if (name === 't' && phonetic === 0) inText = true;
    },
    close: (name) => {
      if (name === 'si') strings.push(unescapeXstring(current));
      else if (name === 't') inText = false;
      else if (name === 'rPh') phonetic--;
    },
    text: (text) => {
      if (inText) current += text;
    },
  });
  return strings;
}

/**
 * A string of OOXML's ST_Xstring: characters XML cannot hold are written _xHHHH_ (Excel writes a
 * carriage return as _x000D_), and an underscore that would read as such as _x005F_.
 */
export function unescapeXstring(text: string): string {
  if (!text.includes('_x')) return text;
  return text.replace(/_x([0-9A-Fa-f]{4})_/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
}

/** Built-in number formats that show dates (ECMA-376 §18.8.30, with the East Asian ones). */
const BUILT_IN_DATES = new Set([14, 15, 16, 17, 18, 19, 20, 21, 22, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 45, 46, 47, 50, 51, 52, 53, 54, 55, 56, 57, 58]);

/** Whether a number format code shows a date or time: y, m, d, h or s outside quotes, escapes and brackets. */
function isDateFormatCode(code: string): boolean {
  const bare = code
    .replace(/"[^"]*"/g, '')
    .replace(/\\./g, '')
    .replace(/\[(?![hms]+\])[^\]]*\]/gi, '')
    .replace(/_.|\*./g, '');
  return /[ymdhs]/i.test(bare);
}

/** Per cell format (the s attribute of a cell), whether it shows a date. */
export async function readDateStyles(zip: ZipArchive, path: string): Promise<boolean[]> {
  const custom = new Map<number, string>();
  const formats: number[] = [];
  let inCellXfs = false;
  await readPart(zip, path, {
    open: (name, a) => {
      if (name === 'numFmt' && a.numFmtId !== undefined) custom.set(Number(a.numFmtId), a.formatCode ?? '');
      else if (name === 'cellXfs') inCellXfs = true;
      else if (name === 'xf' && inCellXfs) formats.push(Number(a.numFmtId ?? 0));
    },
    close: (name) => {
      if (name === 'cellXfs') inCellXfs = false;
    },
    text: () => undefined,
  });
  return formats.map((id) => {
    const code = custom.get(id);
    return code !== undefined ? isDateFormatCode(code) : BUILT_IN_DATES.has(id);
  });
}

/**
 * The totals rows of the Excel tables (ListObjects) on a sheet, as zero-based sheet rows: the last
 * totalsRowCount rows of each table's range. (totalsRowShown only says whether the row was ever
 * shown; Excel and ExcelJS write it for tables that have no totals row now.)
 */
export async function readTotalsRows(zip: ZipArchive, tables: readonly string[]): Promise<number[]> {
  const rows: number[] = [];
  for (const path of tables) {
    if (!zip.has(path)) continue;
    await readPart(
      zip,
      path,
      onOpen((name, a) => {
        if (name !== 'table') return;
        const count = Number(a.totalsRowCount ?? 0);
        const last = /^\$?[A-Za-z]{1,3}\$?\d+:\$?[A-Za-z]{1,3}\$?(\d+)$/.exec(a.ref ?? '')?.[1];
        if (last === undefined || !Number.isInteger(count) || count <= 0) return;
        for (let k = 0; k < count; k++) rows.push(Number(last) - 1 - k);
      }),
    );
  }
  return rows.sort((x, y) => x - y);
}
