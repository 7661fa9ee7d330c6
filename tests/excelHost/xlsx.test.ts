/// <reference types="office-js" />
/** Round trip: an ExcelJS workbook -> snapshot -> changes through Office.js -> .xlsx -> ExcelJS again. */
import ExcelJS from 'exceljs';
import * as path from 'node:path';
import { createExcelHost } from '../support/excelHost/host';
import { HOST_SHEET, loadSnapshotFromXlsx, saveSnapshotToXlsx } from '../support/excelHost/xlsx';
import { tempDir } from '../support/tmp';
import { useHost } from './useHost';

const dir = tempDir();

/** A small ledger workbook as another producer would write it. */
async function writeFixture(file: string): Promise<void> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Huvudbok', { views: [{ state: 'frozen', xSplit: 0, ySplit: 1 }] });
  ws.addRow(['Enhet', 'Konto', 'Budget', 'Utfall']);
  ws.addRow(['Skola', 3010, 1200.5, 1000]);
  ws.addRow(['=Vård', 4010, -300, -250]);
  ws.getCell('E2').value = { formula: 'D2-C2', result: -200.5 };
  ws.getCell('C2').numFmt = '#,##0.00';
  ws.getCell('A1').font = { name: 'Calibri', size: 11, bold: true };
  ws.getCell('A1').fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFDDEBF7' } };
  ws.getColumn('A').width = 20;
  await wb.xlsx.writeFile(file);
}

describe('xlsx round trip', () => {
  it('loads an ExcelJS workbook, takes changes through the API and saves what ExcelJS reads back', async () => {
    const source = path.join(dir, 'ledger.xlsx');
    await writeFixture(source);
    const loaded = await loadSnapshotFromXlsx(source);
    const ledger = loaded.sheets[0]!;
    expect(ledger.cells.A3!.value).toBe('=Vård');
    expect(ledger.cells.A3!.formula).toBeUndefined();
    expect(ledger.cells.E2).toMatchObject({ formula: '=D2-C2', value: -200.5 });
    expect(ledger.cells.C2!.numberFormat).toBe('#,##0.00');
    expect(ledger.cells.A1!.style).toMatchObject({ bold: true, fill: '#DDEBF7' });
    expect(ledger.freeze).toEqual({ rows: 1, columns: 0 });
    expect(ledger.columnWidths.A).toBe(105); // file width 20 = 140 px (Excel's formula for Calibri 11)

    const host = useHost(loaded);
    await Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.add('Uppföljning 2025-07');
      const body = sheet.getRange('A1:C3');
      body.numberFormat = [['@', '0', '0.0%'], ['@', '#,##0', '0.0%'], ['@', '#,##0', '0.0%']];
      body.values = [['Enhet', 'Avvikelse', 'Procent'], ['=HYPERLINK("x")', 1364, 0.943], ['Skola', -200, -0.1]];
      sheet.getRange('A1:C1').format.font.bold = true;
      sheet.getRange('A1:C1').format.fill.color = '#4472C4';
      sheet.getRange('A3').format.indentLevel = 1;
      sheet.getRange('A5:C5').merge();
      sheet.getRange('A5').values = [['Sammanfattning']];
      sheet.getRange('A:A').format.columnWidth = 150;
      sheet.freezePanes.freezeRows(1);
      sheet.pageLayout.orientation = 'Landscape';
      sheet.pageLayout.zoom = { horizontalFitToPages: 1, verticalFitToPages: 0 };
      sheet.customProperties.add('followup', '{"period":"2025-07"}');
      context.workbook.settings.add('version', 1);
      sheet.charts.add('ColumnClustered', sheet.getRange('A1:B3'), 'Columns').title.text = 'Avvikelse';
    });

    const out = path.join(dir, 'out.xlsx');
    const saved = host.snapshot();
    await saveSnapshotToXlsx(saved, out);

    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    const ws = wb.getWorksheet('Uppföljning 2025-07')!;
    expect(ws.getCell('A2').value).toBe('=HYPERLINK("x")');
    expect(ws.getCell('A2').numFmt).toBe('@');
    expect(ws.getCell('B2').value).toBe(1364);
    expect(ws.getCell('B2').numFmt).toBe('#,##0');
    expect(ws.getCell('C2').numFmt).toBe('0.0%');
    expect(ws.getCell('A1').font.bold).toBe(true);
    expect(ws.getCell('A1').fill).toMatchObject({ type: 'pattern', pattern: 'solid', fgColor: { argb: 'FF4472C4' } });
    expect(ws.getCell('A3').alignment).toMatchObject({ indent: 1, horizontal: 'left' });
    expect(ws.model.merges).toEqual(['A5:C5']);
    expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(ws.pageSetup).toMatchObject({ orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0 });
    expect(ws.getColumn('A').width).toBeCloseTo(150 / 0.75 / 7, 1);
    expect(wb.getWorksheet('Huvudbok')!.getCell('E2').value).toEqual({ formula: 'D2-C2', result: -200.5 });
    expect(wb.getWorksheet(HOST_SHEET)!.state).toBe('veryHidden');

    const again = await loadSnapshotFromXlsx(out);
    expect(again.sheets.map((s) => s.name)).toEqual(['Huvudbok', 'Uppföljning 2025-07']);
    expect(again).toEqual(saved);
  });

  it('reads bytes as well as paths, and a fresh host works on the result', async () => {
    const source = path.join(dir, 'bytes.xlsx');
    await writeFixture(source);
    const { readFileSync } = await import('node:fs');
    const snapshot = await loadSnapshotFromXlsx(readFileSync(source));
    const host = createExcelHost(snapshot);
    const values = await host.Excel.run(async (context: Excel.RequestContext) => {
      const range = context.workbook.worksheets.getItem('Huvudbok').getRange('A1:E2').load('values');
      await context.sync();
      return range.values;
    });
    expect(values).toEqual([
      ['Enhet', 'Konto', 'Budget', 'Utfall', ''],
      ['Skola', 3010, 1200.5, 1000, -200.5],
    ]);
  });
});
