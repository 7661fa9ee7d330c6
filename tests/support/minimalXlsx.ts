/**
 * The smallest .xlsx packages a program other than Excel may write: only the parts the format
 * requires (no styles, no shared strings, no sheet views, no column widths, no defined names, no
 * document properties), with inline strings. For testing that readers need nothing optional.
 */
import JSZip from 'jszip';

/** One sheet: its rows of numbers and strings, and whether it is hidden. */
export interface MinimalSheet {
  readonly name: string;
  readonly rows: readonly (readonly (string | number | null)[])[];
  readonly state?: 'hidden' | 'veryHidden';
  /** Extra XML inside <worksheet> after <sheetData> (e.g. <mergeCells>). */
  readonly after?: string;
}

const NS = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const R = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const PKG = 'http://schemas.openxmlformats.org/package/2006/relationships';
const XML = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>';

function escapeXml(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

function column(c: number): string {
  let s = '';
  for (let n = c + 1; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

function sheetXml(sheet: MinimalSheet): string {
  const rows = sheet.rows.map((row, r) => {
    const cells = row.map((v, c) => {
      const ref = `${column(c)}${r + 1}`;
      if (v === null) return '';
      if (typeof v === 'number') return `<c r="${ref}"><v>${v}</v></c>`;
      return `<c r="${ref}" t="inlineStr"><is><t>${escapeXml(v)}</t></is></c>`;
    });
    return `<row r="${r + 1}">${cells.join('')}</row>`;
  });
  return `${XML}<worksheet xmlns="${NS}"><sheetData>${rows.join('')}</sheetData>${sheet.after ?? ''}</worksheet>`;
}

/** The bytes of a workbook holding these sheets and nothing optional. */
export async function minimalXlsx(sheets: readonly MinimalSheet[], workbookExtra = ''): Promise<Buffer> {
  const zip = new JSZip();
  const overrides = sheets.map((_, i) => `<Override PartName="/xl/worksheets/sheet${i + 1}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>`);
  zip.file(
    '[Content_Types].xml',
    `${XML}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>${overrides.join('')}</Types>`,
  );
  zip.file('_rels/.rels', `${XML}<Relationships xmlns="${PKG}"><Relationship Id="rId1" Type="${R}/officeDocument" Target="xl/workbook.xml"/></Relationships>`);
  const entries = sheets.map((s, i) => `<sheet name="${escapeXml(s.name)}" sheetId="${i + 1}"${s.state ? ` state="${s.state}"` : ''} r:id="rId${i + 1}"/>`);
  zip.file('xl/workbook.xml', `${XML}<workbook xmlns="${NS}" xmlns:r="${R}"><sheets>${entries.join('')}</sheets>${workbookExtra}</workbook>`);
  const rels = sheets.map((_, i) => `<Relationship Id="rId${i + 1}" Type="${R}/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`);
  zip.file('xl/_rels/workbook.xml.rels', `${XML}<Relationships xmlns="${PKG}">${rels.join('')}</Relationships>`);
  sheets.forEach((s, i) => zip.file(`xl/worksheets/sheet${i + 1}.xml`, sheetXml(s)));
  return zip.generateAsync({ type: 'nodebuffer' });
}
