import { promises as fs } from 'fs';
import * as os from 'os';
import * as path from 'path';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { readXlsxGrids, readXlsxGridsFromBuffer } from '../../src/xlsx/readXlsx';
import { toExcelSerial } from '../../src/xlsx/sheetXml';
import { UNCALCULATED } from '../../src/core/grid/grid';

/** A ledger workbook with every kind of cell the reader must handle. */
function aLedgerWorkbook(): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Huvudbok 2025');
  ws.getCell('A1').value = 'Enhet';
  ws.getCell('B1').value = 'Datum';
  ws.getCell('C1').value = 'Belopp';
  ws.getCell('D1').value = 'Dubbelt';
  ws.getCell('A2').value = { richText: [{ text: 'Förskola ' }, { font: { bold: true }, text: 'Väst' }] };
  ws.getCell('B2').value = new Date(Date.UTC(2025, 6, 31));
  ws.getCell('B2').numFmt = 'yyyy-mm-dd';
  ws.getCell('C2').value = 1234.5;
  ws.getCell('D2').value = { formula: 'C2*2', result: 2469 };
  ws.getCell('E2').value = true;
  ws.getCell('A3').value = { text: 'Skola Öst', hyperlink: 'https://example.se' };
  ws.getCell('C3').value = { error: '#N/A' };
  ws.getCell('D3').value = { formula: 'C3*2', result: { error: '#N/A' } };
  ws.getCell('E3').value = { formula: 'C2-C2', result: 0 };
  ws.getCell('F3').value = { formula: 'A1&"x"', result: 'Enhetx' };
  ws.getCell('G3').value = { formula: 'C2' };
  // Row 4 is empty; row 5 has a gap at B; rows 6–8 share one formula.
  ws.getCell('A5').value = 'IT';
  ws.getCell('C5').value = -3;
  // shareType and ref are not in ExcelJS's typings, but are how it writes a shared formula.
  ws.getCell('C6').value = { formula: 'C5+1', result: -2, shareType: 'shared', ref: 'C6:C8' } as ExcelJS.CellFormulaValue;
  ws.getCell('C7').value = { sharedFormula: 'C6', result: 0 };
  ws.getCell('C8').value = { sharedFormula: 'C6', result: 0.25 };
  // A styled but empty row at the end is not part of the grid.
  ws.getRow(10).height = 30;
  ws.getCell('A10').numFmt = '0.00';

  const other = wb.addWorksheet("Konton 'A' & B");
  other.getCell('C5').value = 'Konto';
  other.getCell('D6').value = 4010;
  return wb;
}

describe('readXlsxGrids', () => {
  let dir: string;
  let file: string;

  beforeAll(async () => {
    dir = await fs.mkdtemp(path.join(os.tmpdir(), 'readxlsx-'));
    file = path.join(dir, 'ledger.xlsx');
    await aLedgerWorkbook().xlsx.writeFile(file);
  });

  afterAll(async () => {
    await fs.rm(dir, { recursive: true, force: true });
  });

  it('reads one grid per sheet, with the sheet names as written', async () => {
    const grids = await readXlsxGrids(file);
    expect(grids.map((g) => g.sheet)).toEqual(['Huvudbok 2025', "Konton 'A' & B"]);
    expect(grids.map((g) => g.origin)).toEqual([
      { row: 0, column: 0 },
      { row: 0, column: 0 },
    ]);
  });

  it('reads values as Office.js shows them', async () => {
    const [ledger] = await readXlsxGrids(file);
    expect(ledger?.rows).toEqual([
      ['Enhet', 'Datum', 'Belopp', 'Dubbelt'],
      ['Förskola Väst', 45869, 1234.5, 2469, true],
      ['Skola Öst', null, { error: '#N/A' }, { error: '#N/A' }, 0, 'Enhetx', { error: UNCALCULATED }],
      [],
      ['IT', null, -3],
      [null, null, -2],
      [null, null, 0],
      [null, null, 0.25],
    ]);
  });

  it('keeps a sheet that does not start at A1 in place', async () => {
    const [, accounts] = await readXlsxGrids(file);
    expect(accounts?.rows).toEqual([[], [], [], [], [null, null, 'Konto'], [null, null, null, 4010]]);
  });

  it('reads the same from a buffer', async () => {
    const bytes = await fs.readFile(file);
    expect(await readXlsxGridsFromBuffer(bytes)).toEqual(await readXlsxGrids(file));
  });

  it('gives the sheets in tab order, not file order', async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('Först skapad').getCell('A1').value = 1;
    wb.addWorksheet('Andra').getCell('A1').value = 2;
    // As after dragging a tab in Excel: workbook.xml lists the sheets in the other order than
    // their files. (jszip is ExcelJS's own zip library.)
    const zip = await JSZip.loadAsync(await wb.xlsx.writeBuffer());
    const xml = await zip.file('xl/workbook.xml')!.async('string');
    const swapped = xml.replace(/<sheets>(<sheet [^>]*\/>)(<sheet [^>]*\/>)<\/sheets>/, '<sheets>$2$1</sheets>');
    expect(swapped).not.toBe(xml);
    zip.file('xl/workbook.xml', swapped);
    const grids = await readXlsxGridsFromBuffer(await zip.generateAsync({ type: 'uint8array' }));
    expect(grids.map((g) => [g.sheet, g.rows[0]?.[0]])).toEqual([
      ['Andra', 2],
      ['Först skapad', 1],
    ]);
  });

  it('reads an empty sheet as no rows', async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('Tom');
    const grids = await readXlsxGridsFromBuffer(new Uint8Array(await wb.xlsx.writeBuffer()));
    expect(grids).toEqual([{ sheet: 'Tom', rows: [], origin: { row: 0, column: 0 } }]);
  });
});

describe('readXlsxGrids on files from other producers', () => {
  /** Rewrite parts of a workbook ExcelJS wrote, as another producer would have written them. */
  async function rewritten(wb: ExcelJS.Workbook, edit: (zip: JSZip) => Promise<void>): Promise<Uint8Array> {
    const zip = await JSZip.loadAsync(await wb.xlsx.writeBuffer());
    await edit(zip);
    return zip.generateAsync({ type: 'uint8array' });
  }

  it('names sheets whose relationships are absolute, as openpyxl writes them', async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('Huvudbok').getCell('A1').value = 'x';
    const bytes = await rewritten(wb, async (zip) => {
      const rels = await zip.file('xl/_rels/workbook.xml.rels')!.async('string');
      zip.file('xl/_rels/workbook.xml.rels', rels.replace(/Target="worksheets\//g, 'Target="/xl/worksheets/'));
    });
    expect((await readXlsxGridsFromBuffer(bytes)).map((g) => [g.sheet, g.rows])).toEqual([['Huvudbok', [['x']]]]);
  });

  it('reads dates of a workbook in the 1904 date system as the dates they are (old Mac Excel)', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Huvudbok');
    ws.addRow(['Period', 'Belopp']);
    ws.addRow([40000, 12.5]);
    ws.getCell('A2').numFmt = 'yyyy-mm-dd';
    // 2025-07-31 is serial 45869 from 1900, 44407 from 1904; a plain number stays as it is.
    const bytes = await rewritten(wb, async (zip) => {
      const book = await zip.file('xl/workbook.xml')!.async('string');
      zip.file('xl/workbook.xml', book.replace(/<workbookPr[^>]*\/>/, '<workbookPr date1904="1"/>'));
      const sheet = await zip.file('xl/worksheets/sheet1.xml')!.async('string');
      zip.file('xl/worksheets/sheet1.xml', sheet.replace('<v>40000</v>', '<v>44407</v>'));
    });
    expect((await readXlsxGridsFromBuffer(bytes))[0]!.rows).toEqual([['Period', 'Belopp'], [45869, 12.5]]);
  });

  it('keeps letters whole where the XML is cut into chunks', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Enheter');
    // 20 000 names: enough for ExcelJS's own reader to cut letters in two (it did four times).
    const names = Array.from({ length: 20_000 }, (_, i) => `Förskola Åäö ${i}`);
    names.forEach((name, i) => (ws.getCell(i + 1, 1).value = name));
    const [grid] = await readXlsxGridsFromBuffer(new Uint8Array(await wb.xlsx.writeBuffer()));
    expect(grid?.rows.map((r) => r[0])).toEqual(names);
  });

  it('says so when the file is not a workbook', async () => {
    await expect(readXlsxGridsFromBuffer(new TextEncoder().encode('Enhet;Belopp\n'))).rejects.toMatchObject({ kind: 'notWorkbook' });
    const zip = new JSZip();
    zip.file('hello.txt', 'hej');
    await expect(readXlsxGridsFromBuffer(await zip.generateAsync({ type: 'uint8array' }))).rejects.toMatchObject({ kind: 'notWorkbook' });
  });
});

describe('toExcelSerial', () => {
  it('counts days from 1899-12-30 in UTC', () => {
    expect(toExcelSerial(new Date(Date.UTC(2025, 6, 31)))).toBe(45869);
    expect(toExcelSerial(new Date(Date.UTC(1970, 0, 1, 12)))).toBe(25569.5);
  });
});
