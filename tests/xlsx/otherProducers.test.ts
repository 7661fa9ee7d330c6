/**
 * Workbooks as ECMA-376 allows them to be written, not as Excel writes them: built here part by
 * part from XML, the way other programs (LibreOffice, openpyxl, the .NET Open XML SDK, report
 * generators of financial systems) write them.
 */
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { UNCALCULATED } from '../../src/core/grid/grid';
import { readXlsxGridsFromBuffer } from '../../src/xlsx/readXlsx';

const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const TYPE = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

interface PackageSpec {
  /** Where the workbook part is. */
  readonly workbookPath?: string;
  /** The workbook's relationship targets for the sheet, shared strings and styles. */
  readonly sheetTarget?: string;
  readonly workbookXml?: string;
  readonly sheetXml: string;
  readonly sharedStrings?: string;
  readonly styles?: string;
  /** Extra parts by path. */
  readonly extra?: Readonly<Record<string, string | Uint8Array>>;
  /** Extra relationships of the sheet. */
  readonly sheetRels?: string;
}

/** A package from the parts of a spec. */
async function aPackage(spec: PackageSpec): Promise<Uint8Array> {
  const zip = new JSZip();
  const workbookPath = spec.workbookPath ?? 'xl/workbook.xml';
  const folder = workbookPath.slice(0, workbookPath.lastIndexOf('/'));
  const name = workbookPath.slice(folder.length + 1);
  zip.file('[Content_Types].xml', '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>');
  zip.file('_rels/.rels', `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${TYPE}/officeDocument" Target="/${workbookPath}"/></Relationships>`);
  zip.file(workbookPath, spec.workbookXml ?? `<workbook xmlns="${MAIN}" xmlns:r="${REL}"><sheets><sheet name="Huvudbok" sheetId="1" r:id="rId1"/></sheets></workbook>`);
  const rels = [`<Relationship Id="rId1" Type="${TYPE}/worksheet" Target="${spec.sheetTarget ?? 'worksheets/sheet1.xml'}"/>`];
  if (spec.sharedStrings !== undefined) {
    rels.push(`<Relationship Id="rId2" Type="${TYPE}/sharedStrings" Target="sharedStrings.xml"/>`);
    zip.file(`${folder}/sharedStrings.xml`, spec.sharedStrings);
  }
  if (spec.styles !== undefined) {
    rels.push(`<Relationship Id="rId3" Type="${TYPE}/styles" Target="styles.xml"/>`);
    zip.file(`${folder}/styles.xml`, spec.styles);
  }
  zip.file(`${folder}/_rels/${name}.rels`, `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${rels.join('')}</Relationships>`);
  zip.file(`${folder}/worksheets/sheet1.xml`, spec.sheetXml);
  if (spec.sheetRels !== undefined) zip.file(`${folder}/worksheets/_rels/sheet1.xml.rels`, spec.sheetRels);
  for (const [path, content] of Object.entries(spec.extra ?? {})) zip.file(path, content);
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
}

function aSheet(sheetData: string): string {
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="${MAIN}" xmlns:r="${REL}"><sheetData>${sheetData}</sheetData></worksheet>`;
}

async function rowsOf(spec: PackageSpec): Promise<unknown> {
  const grids = await readXlsxGridsFromBuffer(await aPackage(spec));
  return grids.map((g) => [g.sheet, g.rows]);
}

describe('reading workbooks other programs write', () => {
  it('places cells and rows without an r attribute after the one before', async () => {
    const sheet = aSheet(
      '<row><c t="inlineStr"><is><t>Enhet</t></is></c><c t="inlineStr"><is><t>Belopp</t></is></c></row>' +
        '<row><c t="inlineStr"><is><t>Kök</t></is></c><c><v>12.5</v></c></row>' +
        '<row r="5"><c r="B5"><v>3</v></c><c><v>4</v></c></row><row><c><v>6</v></c></row>',
    );
    expect(await rowsOf({ sheetXml: sheet })).toEqual([
      [
        'Huvudbok',
        [
          ['Enhet', 'Belopp'],
          ['Kök', 12.5],
          [],
          [],
          [null, 3, 4],
          [6],
        ],
      ],
    ]);
  });

  it('reads a workbook whose parts are found by absolute paths, wherever the workbook is', async () => {
    const spec = { workbookPath: 'book/main.xml', sheetTarget: '/book/worksheets/sheet1.xml', sheetXml: aSheet('<row r="1"><c r="A1"><v>1</v></c></row>') };
    expect(await rowsOf(spec)).toEqual([['Huvudbok', [[1]]]]);
  });

  it('reads parts written with a namespace prefix, as the .NET Open XML SDK writes them', async () => {
    const sheet = `<x:worksheet xmlns:x="${MAIN}"><x:sheetData><x:row r="1"><x:c r="A1" t="s"><x:v>0</x:v></x:c><x:c r="B1"><x:v>7</x:v></x:c></x:row></x:sheetData></x:worksheet>`;
    const book = `<x:workbook xmlns:x="${MAIN}" xmlns:rel="${REL}"><x:sheets><x:sheet name="Blad 1" sheetId="1" rel:id="rId1"/></x:sheets></x:workbook>`;
    const sst = `<x:sst xmlns:x="${MAIN}"><x:si><x:t>Förskola</x:t></x:si></x:sst>`;
    expect(await rowsOf({ workbookXml: book, sheetXml: sheet, sharedStrings: sst })).toEqual([['Blad 1', [['Förskola', 7]]]]);
  });

  it('reads every cell type: inline rich text, formula strings, booleans, errors, ISO dates', async () => {
    const sheet = aSheet(
      '<row r="1">' +
        '<c r="A1" t="inlineStr"><is><r><t>Skola </t></r><r><rPr><b/></rPr><t>Öst</t></r></is></c>' +
        '<c r="B1" t="str"><f>A1</f><v>Skola Öst</v></c>' +
        '<c r="C1" t="b"><v>1</v></c>' +
        '<c r="D1" t="b"><f>TRUE()</f><v>0</v></c>' +
        '<c r="E1" t="e"><v>#N/A</v></c>' +
        '<c r="F1" t="e"><f>1/0</f><v>#DIV/0!</v></c>' +
        '<c r="G1" t="d"><v>2025-07-31T00:00:00</v></c>' +
        '<c r="H1"><f>SUM(A2:A3)</f></c>' +
        '<c r="I1" t="n"><v>-1.5E3</v></c>' +
        '<c r="J1" t="inlineStr"><is><t>rad_x000D_ett &amp; två</t></is></c>' +
        '</row>',
    );
    expect(await rowsOf({ sheetXml: sheet })).toEqual([
      ['Huvudbok', [['Skola Öst', 'Skola Öst', true, false, { error: '#N/A' }, { error: '#DIV/0!' }, 45869, { error: UNCALCULATED }, -1500, 'rad\rett & två']]],
    ]);
  });

  it('joins shared strings of rich text runs, without phonetic guides or the whitespace of pretty-printed XML', async () => {
    const sst = `<sst xmlns="${MAIN}">
  <si>
    <r><t xml:space="preserve">Vård </t></r>
    <r><rPr><i/></rPr><t>och omsorg</t></r>
  </si>
  <si><t>漢字</t><rPh sb="0" eb="2"><t>かんじ</t></rPh></si>
  <si><t/></si>
</sst>`;
    const sheet = aSheet('<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c><c r="C1" t="s"><v>2</v></c></row>');
    expect(await rowsOf({ sheetXml: sheet, sharedStrings: sst })).toEqual([['Huvudbok', [['Vård och omsorg', '漢字', '']]]]);
  });

  it('reads a workbook without shared strings or styles parts', async () => {
    expect(await rowsOf({ sheetXml: aSheet('<row r="1"><c r="A1"><v>2</v></c><c r="B1" t="s"><v>0</v></c></row>') })).toEqual([['Huvudbok', [[2]]]]);
  });

  it('moves dates of a 1904 workbook by their number format, built-in or custom, and leaves numbers alone', async () => {
    const book = `<workbook xmlns="${MAIN}" xmlns:r="${REL}"><workbookPr date1904="true"/><sheets><sheet name="Huvudbok" sheetId="1" r:id="rId1"/></sheets></workbook>`;
    const styles = `<styleSheet xmlns="${MAIN}"><numFmts count="2"><numFmt numFmtId="164" formatCode="yyyy\\-mm"/><numFmt numFmtId="165" formatCode="#,##0 &quot;kr&quot;;[Red]-#,##0"/></numFmts>
      <cellStyleXfs count="1"><xf numFmtId="14"/></cellStyleXfs>
      <cellXfs count="4"><xf numFmtId="0"/><xf numFmtId="14"/><xf numFmtId="164"/><xf numFmtId="165"/></cellXfs></styleSheet>`;
    const sheet = aSheet('<row r="1"><c r="A1"><v>44407</v></c><c r="B1" s="1"><v>44407</v></c><c r="C1" s="2"><v>44407</v></c><c r="D1" s="3"><v>44407</v></c></row>');
    expect(await rowsOf({ workbookXml: book, styles, sheetXml: sheet })).toEqual([['Huvudbok', [[44407, 45869, 45869, 44407]]]]);
  });

  it('reads parts saved as UTF-16, which XML allows', async () => {
    const text = aSheet('<row r="1"><c r="A1" t="inlineStr"><is><t>Överförmyndare</t></is></c></row>').replace('UTF-8', 'UTF-16');
    const utf16 = new Uint8Array(2 + text.length * 2);
    utf16.set([0xff, 0xfe]);
    for (let i = 0; i < text.length; i++) {
      utf16[2 + 2 * i] = text.charCodeAt(i) & 0xff;
      utf16[3 + 2 * i] = text.charCodeAt(i) >> 8;
    }
    const bytes = await aPackage({ sheetXml: '' });
    const zip = await JSZip.loadAsync(bytes);
    zip.file('xl/worksheets/sheet1.xml', utf16);
    const grids = await readXlsxGridsFromBuffer(await zip.generateAsync({ type: 'uint8array' }));
    expect(grids[0]!.rows).toEqual([['Överförmyndare']]);
  });

  it('keeps CDATA, comments and attribute values with > in them from confusing the reader', async () => {
    const sheet = aSheet('<!-- a comment <c> --><row r="1" note="a>b"><c r="A1" t="inlineStr"><is><t><![CDATA[<Kök & Städ>]]></t></is></c></row>');
    expect(await rowsOf({ sheetXml: sheet })).toEqual([['Huvudbok', [['<Kök & Städ>']]]]);
  });

  it('reads cells only from the sheet data, not from extensions that use the same names', async () => {
    const sheet = aSheet('<row r="1"><c r="A1"><v>1</v></c></row>').replace('</sheetData>', '</sheetData><extLst><ext uri="{x}"><c r="B9"><v>5</v></c><row r="3"/></ext></extLst>');
    expect(await rowsOf({ sheetXml: sheet })).toEqual([['Huvudbok', [[1]]]]);
  });

  it('reads a macro-enabled workbook (.xlsm) like any other', async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('Huvudbok').addRows([['Enhet', 'Budget'], ['Kök', 5]]);
    const zip = await JSZip.loadAsync(await wb.xlsx.writeBuffer());
    const types = await zip.file('[Content_Types].xml')!.async('string');
    zip.file('[Content_Types].xml', types.replace('spreadsheetml.sheet.main+xml', 'sheet.macroEnabled.main+xml'));
    zip.file('xl/vbaProject.bin', new Uint8Array([0xd0, 0xcf, 0x11, 0xe0]));
    const grids = await readXlsxGridsFromBuffer(await zip.generateAsync({ type: 'uint8array' }));
    expect(grids.map((g) => g.rows)).toEqual([[['Enhet', 'Budget'], ['Kök', 5]]]);
  });
});

describe('Excel tables (ListObjects)', () => {
  it('marks a table’s totals row, whatever its label, and not a table without one', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Huvudbok');
    ws.getCell('A1').value = 'Rubrik';
    ws.addTable({
      name: 'Ledger',
      ref: 'A3',
      totalsRow: true,
      columns: [{ name: 'Ansvar', totalsRowLabel: 'Hela förvaltningen' }, { name: 'Budget', totalsRowFunction: 'sum' }],
      rows: [
        ['Kök', 100],
        ['Skola', 50],
      ],
    });
    const other = wb.addWorksheet('Utan summa');
    other.addTable({ name: 'Plain', ref: 'A1', columns: [{ name: 'Ansvar' }, { name: 'Budget' }], rows: [['Kök', 1]] });
    const grids = await readXlsxGridsFromBuffer(new Uint8Array(await wb.xlsx.writeBuffer()));
    expect(grids[0]!.rows[5]?.[0]).toBe('Hela förvaltningen');
    expect(grids[0]!.marks).toEqual({ totals: [5] });
    expect(grids[1]!.marks).toBeUndefined();
  });

  it('reads the totals rows from the table part as other programs write it', async () => {
    const sheet = aSheet('<row r="1"><c r="A1"><v>1</v></c></row>').replace('</sheetData>', '</sheetData><tableParts count="1"><tablePart r:id="rId7"/></tableParts>');
    const rels = `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId7" Type="${TYPE}/table" Target="/xl/tables/t.xml"/></Relationships>`;
    const table = `<table xmlns="${MAIN}" id="1" name="T" displayName="T" ref="B2:C10" totalsRowCount="2"><tableColumns count="2"/></table>`;
    const grids = await readXlsxGridsFromBuffer(await aPackage({ sheetXml: sheet, sheetRels: rels, extra: { 'xl/tables/t.xml': table } }));
    expect(grids[0]!.marks).toEqual({ totals: [8, 9] });
  });
});

describe('a part cut short inside a whole zip', () => {
  it('is a damaged file, not a sheet that ends early', async () => {
    const sheet = aSheet('<row r="1"><c r="A1"><v>1</v></c></row><row r="2"><c r="A2"><v>2</v></c></row>');
    const cut = sheet.slice(0, sheet.indexOf('<row r="2">'));
    await expect(readXlsxGridsFromBuffer(await aPackage({ sheetXml: cut }))).rejects.toMatchObject({ kind: 'damaged' });
    await expect(readXlsxGridsFromBuffer(await aPackage({ sheetXml: '' }))).rejects.toMatchObject({ kind: 'damaged' });
  });
});

describe('parts without their relationship', () => {
  it('finds the shared strings beside the workbook, where Excel puts them', async () => {
    const sst = `<sst xmlns="${MAIN}"><si><t>Kök</t></si></sst>`;
    const zip = await JSZip.loadAsync(await aPackage({ sheetXml: aSheet('<row r="1"><c r="A1" t="s"><v>0</v></c></row>'), sharedStrings: sst }));
    const rels = await zip.file('xl/_rels/workbook.xml.rels')!.async('string');
    zip.file('xl/_rels/workbook.xml.rels', rels.replace(/<Relationship Id="rId2"[^>]*\/>/, ''));
    const grids = await readXlsxGridsFromBuffer(await zip.generateAsync({ type: 'uint8array' }));
    expect(grids[0]!.rows).toEqual([['Kök']]);
  });
});
