import { promises as fs } from 'fs';
import * as os from 'os';
import * as path from 'path';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import type { CellStyle, ReportCell, ReportSheet } from '../../src/core/report/model';
import { addReportSheet, readWorkbookForCopy, writeWorkbookFile } from '../../src/xlsx/writeReport';
import { writeFollowUpWorkbook } from '../../src/xlsx/writeFollowUpWorkbook';

// Styles are shared objects, as the report builder makes them.
const PLAIN: CellStyle = {};
const TITLE: CellStyle = { bold: true, fontSize: 14 };
const UNIT: CellStyle = { italic: true, color: '595959' };
const HEADER: CellStyle = { bold: true, fill: 'DDEBF7', border: true, horizontal: 'center', vertical: 'center', wrap: true };
const CHILD: CellStyle = { indent: 1 };
const TOTAL: CellStyle = { bold: true, topRule: true };

function cell(value: string | number | null, numberFormat = 'General', style: CellStyle = PLAIN): ReportCell {
  return { value, text: value === null ? '' : String(value), numberFormat, style };
}

/** A figures row: name, budget, actual, deviation (red when negative), percent of budget. */
function figures(name: string, budget: number, actual: number, style: CellStyle, nameStyle: CellStyle = style): ReportCell[] {
  return [
    cell(name, 'General', nameStyle),
    cell(budget, '#,##0', style),
    cell(actual, '#,##0', style),
    cell(budget - actual, '#,##0;[Red]-#,##0', style),
    cell(actual / budget, '0.0%', style),
  ];
}

const FORMULA_LOOKING = ['=HYPERLINK("http://example.com")', '+46', '-3', '@x', '=1+1'];

function aReport(name: string): ReportSheet {
  return {
    name,
    rows: [
      [cell('Uppföljning juli 2025', 'General', TITLE), cell(null, 'General', TITLE), cell(null, 'General', TITLE), cell(null, 'General', TITLE)],
      [],
      [cell('Belopp i tkr', 'General', UNIT)],
      [],
      ['Enhet', 'Budget', 'Utfall', 'Avvikelse', '% av budget'].map((h) => cell(h, 'General', HEADER)),
      figures('TIA-avdelningen', 1000, 900, PLAIN),
      figures('Administrativa avdelningen', 400, 450, PLAIN, CHILD),
      [cell(FORMULA_LOOKING[0]!, '@', CHILD), ...FORMULA_LOOKING.slice(1).map((s) => cell(s, '@'))],
      figures('Summa', 1400, 1350, TOTAL),
    ],
    sections: [],
    columnWidths: [30, 12, 12, 12, 10],
    rowHeights: [{ row: 0, height: 36 }],
    merges: [{ row: 0, column: 0, rows: 1, columns: 4 }],
    freeze: { rows: 5, columns: 1 },
    print: {
      paper: 'A4',
      orientation: 'landscape',
      margins: { top: 36, bottom: 36, left: 28.8, right: 28.8, header: 14.4, footer: 14.4 },
      fitToPages: { wide: 1, tall: 2 },
      expectedScale: 90,
      area: { row: 0, column: 0, rows: 9, columns: 5 },
      titleRows: { first: 4, last: 4 },
      header: { left: [{ kind: 'text', text: 'Vård & omsorg' }], center: [], right: [{ kind: 'text', text: 'Period: juli 2025' }] },
      footer: { left: [], center: [], right: [{ kind: 'text', text: 'Sida ' }, { kind: 'pageNumber' }, { kind: 'text', text: ' av ' }, { kind: 'pageCount' }] },
    },
    font: { name: 'Calibri', size: 11 },
    chart: null,
    comments: [],
  };
}

/** A ledger workbook whose only sheet already has the report's name, in other case. */
function aLedgerWorkbook(): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('uppföljning juli 2025');
  ws.addRow(['Period', 'Enhet', 'Konto', 'Budget', 'Utfall', 'Datum']);
  ws.addRow([202507, 'Förskola Väst', 4010, 1234.5, { formula: 'D2*2', result: 2469 }, new Date(Date.UTC(2025, 6, 31))]);
  ws.addRow([202507, '=inte en formel', 4020, -3, { formula: 'D3*2', result: -6 }, null]);
  ws.getCell('F2').numFmt = 'yyyy-mm-dd';
  ws.getCell('A1').font = { bold: true };
  ws.mergeCells('A5:B5');
  ws.getCell('A5').value = 'Sammanslagen';
  return wb;
}

/** Everything about a sheet's cells that copying must keep. */
function snapshot(ws: ExcelJS.Worksheet): unknown[] {
  const cells: unknown[] = [];
  ws.eachRow({ includeEmpty: true }, (row) =>
    row.eachCell({ includeEmpty: true }, (c) => cells.push([c.address, c.type, c.value, c.numFmt, c.font?.bold ?? false])),
  );
  return [cells, ws.model.merges];
}

describe('addReportSheet', () => {
  let dir: string;
  let ledgerFile: string;
  let outFile: string;
  let ledgerBefore: unknown[];
  let sheetName: string;
  let back: ExcelJS.Workbook;
  let report: ExcelJS.Worksheet;

  beforeAll(async () => {
    dir = await fs.mkdtemp(path.join(os.tmpdir(), 'writereport-'));
    ledgerFile = path.join(dir, 'huvudbok.xlsx');
    outFile = path.join(dir, 'uppfoljning.xlsx');
    await aLedgerWorkbook().xlsx.writeFile(ledgerFile);

    const workbook = await readWorkbookForCopy(ledgerFile);
    ledgerBefore = snapshot(workbook.worksheets[0]!);
    sheetName = addReportSheet(workbook, aReport('Uppföljning juli 2025')).name;
    await writeWorkbookFile(workbook, outFile);

    back = new ExcelJS.Workbook();
    await back.xlsx.readFile(outFile);
    report = back.getWorksheet(sheetName)!;
  });

  afterAll(async () => {
    await fs.rm(dir, { recursive: true, force: true });
  });

  it('picks a free name when the wanted one is taken in any case', () => {
    expect(sheetName).toBe('Uppföljning juli 2025 (2)');
    expect(back.worksheets.map((ws) => ws.name)).toEqual(['uppföljning juli 2025', 'Uppföljning juli 2025 (2)']);
  });

  it('leaves the ledger sheet as it was', () => {
    expect(snapshot(back.worksheets[0]!)).toEqual(ledgerBefore);
    expect(back.worksheets[0]!.getCell('B3').value).toBe('=inte en formel');
  });

  it('writes numbers as numbers with their formats', () => {
    expect(report.getCell('B6').value).toBe(1000);
    expect(report.getCell('B6').numFmt).toBe('#,##0');
    expect(report.getCell('D7').value).toBe(-50);
    expect(report.getCell('D7').numFmt).toBe('#,##0;[Red]-#,##0');
    expect(report.getCell('E6').value).toBe(0.9);
    expect(report.getCell('E6').numFmt).toBe('0.0%');
    expect(report.getCell('A6').numFmt).toBeUndefined();
  });

  it('writes formula-looking strings as text', async () => {
    const texts = ['A8', 'B8', 'C8', 'D8', 'E8'].map((a) => report.getCell(a));
    expect(texts.map((c) => c.value)).toEqual(FORMULA_LOOKING);
    for (const c of texts) {
      expect(c.type).toBe(ExcelJS.ValueType.String);
      expect(c.formula).toBeUndefined();
    }
    // And in the file itself: no formula element anywhere in the report sheet.
    const zip = await JSZip.loadAsync(await fs.readFile(outFile));
    const xml = await zip.file('xl/worksheets/sheet2.xml')!.async('string');
    expect(xml).toContain('<sheetData>');
    expect(xml).not.toMatch(/<f[ >]/);
  });

  it('writes fonts, fills, borders and alignment', () => {
    const header = report.getCell('B5');
    expect(header.font).toMatchObject({ name: 'Calibri', size: 11, bold: true });
    expect(header.fill).toEqual({ type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFDDEBF7' } });
    expect(header.border).toMatchObject({ top: { style: 'thin' }, left: { style: 'thin' }, bottom: { style: 'thin' }, right: { style: 'thin' } });
    expect(header.alignment).toMatchObject({ horizontal: 'center', vertical: 'middle', wrapText: true });

    expect(report.getCell('A1').font).toMatchObject({ name: 'Calibri', size: 14, bold: true });
    expect(report.getCell('A3').font).toMatchObject({ italic: true, color: { argb: 'FF595959' } });
    expect(report.getCell('A7').alignment).toMatchObject({ horizontal: 'left', indent: 1 });
    expect(report.getCell('A6').font).toEqual({ name: 'Calibri', size: 11 });
    // ExcelJS reads a cell without fill back as pattern 'none'.
    expect(['none', undefined]).toContain((report.getCell('A6').fill as ExcelJS.FillPattern | undefined)?.pattern);

    const total = report.getCell('C9');
    expect(total.font).toMatchObject({ bold: true });
    expect(total.border?.top).toMatchObject({ style: 'thin' });
    expect(total.border?.bottom).toBeUndefined();
  });

  it('writes merges, frozen panes, page setup, column widths and row heights', () => {
    expect(report.model.merges).toEqual(['A1:D1']);
    expect(report.views[0]).toMatchObject({ state: 'frozen', xSplit: 1, ySplit: 5 });
    expect(report.pageSetup).toMatchObject({ orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 2, paperSize: 9 });
    expect(report.pageSetup.margins).toMatchObject({ top: 0.5, left: 0.4, header: 0.2 });
    expect(report.pageSetup.printArea).toBe('A1:E9');
    expect(report.pageSetup.printTitlesRow).toBe('5:5');
    expect(report.headerFooter).toMatchObject({ oddHeader: '&LVård && omsorg&RPeriod: juli 2025', oddFooter: '&RSida &P av &N' });
    expect([1, 2, 5].map((c) => report.getColumn(c).width)).toEqual([30, 12, 10]);
    expect(report.getRow(1).height).toBe(36);
  });

  it('shares style objects between cells of the same style', () => {
    const wb = new ExcelJS.Workbook();
    const ws = addReportSheet(wb, aReport('x'));
    expect(ws.getCell('B6').font).toBe(ws.getCell('E6').font);
    expect(ws.getCell('A5').fill).toBe(ws.getCell('E5').fill);
    expect(ws.getCell('A5').border).toBe(ws.getCell('E5').border);
  });

  it('refuses a figure that is not a number', () => {
    const bad = aReport('x');
    const rows = [[cell(Number.NaN, '#,##0')]];
    expect(() => addReportSheet(new ExcelJS.Workbook(), { ...bad, rows })).toThrow(/NaN/);
  });

  it('writes no frozen view when nothing is frozen', () => {
    const ws = addReportSheet(new ExcelJS.Workbook(), { ...aReport('x'), freeze: { rows: 0, columns: 0 } });
    expect(ws.views).toEqual([]);
  });
});

describe('writeFollowUpWorkbook', () => {
  let dir: string;

  beforeEach(async () => {
    dir = await fs.mkdtemp(path.join(os.tmpdir(), 'followupwb-'));
  });

  afterEach(async () => {
    await fs.rm(dir, { recursive: true, force: true });
  });

  it('writes the report alone for a CSV ledger', async () => {
    const out = path.join(dir, 'out.xlsx');
    expect(await writeFollowUpWorkbook(aReport('Uppföljning juli 2025'), { source: null, out })).toEqual({ sheet: 'Uppföljning juli 2025', ledgerCopied: true });
    const back = new ExcelJS.Workbook();
    await back.xlsx.readFile(out);
    expect(back.worksheets.map((ws) => ws.name)).toEqual(['Uppföljning juli 2025']);
    expect(await fs.readdir(dir)).toEqual(['out.xlsx']);
  });

  it('can write over the ledger workbook itself', async () => {
    const file = path.join(dir, 'bok.xlsx');
    await aLedgerWorkbook().xlsx.writeFile(file);
    expect(await writeFollowUpWorkbook(aReport('Follow-up 2025-07'), { source: file, out: file })).toEqual({ sheet: 'Follow-up 2025-07', ledgerCopied: true });
    const back = new ExcelJS.Workbook();
    await back.xlsx.readFile(file);
    expect(back.worksheets.map((ws) => ws.name)).toEqual(['uppföljning juli 2025', 'Follow-up 2025-07']);
  });

  it('leaves no file behind when writing fails', async () => {
    const blocked = path.join(dir, 'a-file-not-a-folder');
    await fs.writeFile(blocked, 'x');
    const out = path.join(blocked, 'out.xlsx');
    await expect(writeFollowUpWorkbook(aReport('x'), { source: null, out })).rejects.toThrow();
    expect(await fs.readdir(dir)).toEqual(['a-file-not-a-folder']);
  });
});
