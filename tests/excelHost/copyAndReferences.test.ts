/**
 * The host's Range.copyFrom, useStandardHeight, print-area getters, defined names, and references
 * that follow their sheet: renamed, they follow it; deleted, they become #REF! (as Excel does).
 */
/// <reference types="office-js" />
import { rejectionOf, useHost } from './useHost';

describe('Range.copyFrom (ExcelApi 1.9)', () => {
  it('copies values, formats, merged areas and hyperlinks as they are stored, growing a one-cell destination', async () => {
    const host = useHost({ sheets: [{ name: 'Från', rows: [['=text', 12, 'x']] }, { name: 'Till', rows: [] }] });
    await Excel.run(async (context) => {
      const from = context.workbook.worksheets.getItem('Från');
      from.getRange('A1').numberFormat = [['@']];
      from.getRange('A1').values = [['=SUM(1)']];
      from.getRange('B1').format.font.bold = true;
      from.getRange('A2:C2').merge(false);
      from.getRange('C1').hyperlink = { address: 'https://example.invalid', textToDisplay: 'x' };
      // Into a General cell: still the text, not a formula (a paste copies the cell, no write rule applies).
      context.workbook.worksheets.getItem('Till').getRange('A1').copyFrom(from.getRange('A1:C2'));
      await context.sync();
    });
    const to = host.snapshot().sheets[1]!;
    expect(to.cells.A1).toMatchObject({ value: '=SUM(1)', numberFormat: '@' });
    expect(to.cells.A1!.formula).toBeUndefined();
    expect(to.cells.B1).toMatchObject({ value: 12, style: { bold: true } });
    expect(to.merges).toEqual(['A2:C2']);
    expect(to.hyperlinks).toEqual({ C1: { address: 'https://example.invalid', textToDisplay: 'x' } });
  });

  it('copies only values or only formats when told (never widths), skips blanks, and refuses what it does not model', async () => {
    const host = useHost({ sheets: [{ name: 'S', rows: [[1, null, null], ['a', 'b', 'c']] }] });
    await Excel.run(async (context) => {
      const s = context.workbook.worksheets.getItem('S');
      s.getRange('C1').formulas = [['=A1+1']];
      s.getRange('A1').format.fill.color = '#FF0000';
      s.getRange('A1').format.columnWidth = 90;
      s.getRange('A2:C2').copyFrom('A1:C1', 'Values', true);
      s.getRange('E1').copyFrom('A1', 'Formats');
      await context.sync();
    });
    const s = host.snapshot().sheets[0]!;
    expect([s.cells.A2!.value, s.cells.B2!.value, s.cells.C2!.value, s.cells.C2!.formula]).toEqual([1, 'b', 2, undefined]);
    expect(s.cells.E1).toMatchObject({ style: { fill: '#FF0000' } });
    expect(s.cells.E1!.value ?? null).toBeNull();
    expect(s.columnWidths.E).toBeUndefined();
    const moved = rejectionOf(Excel.run(async (context) => {
      context.workbook.worksheets.getItem('S').getRange('C5').copyFrom('C1');
      await context.sync();
    }));
    expect((await moved).code).toBe('InvalidArgument');
  });

  it('is ExcelApi 1.9', async () => {
    useHost({ sheets: [{ name: 'S', rows: [[1]] }] }, { excelApi: '1.8' });
    const error = await rejectionOf(Excel.run(async (context) => {
      context.workbook.worksheets.getItem('S').getRange('B1').copyFrom('A1');
      await context.sync();
    }));
    expect(error.code).toBe('ApiNotFound');
  });
});

describe('clear, row heights and print setup read back', () => {
  it('clear("All") removes hyperlinks; useStandardHeight/Width = true give rows and columns the standard size back', async () => {
    const host = useHost({ sheets: [{ name: 'S', rows: [['x']] }] });
    await Excel.run(async (context) => {
      const s = context.workbook.worksheets.getItem('S');
      s.getRange('A1').hyperlink = { address: 'https://example.invalid' };
      s.getRange('A2:A3').format.rowHeight = 30;
      s.getRange('B:C').format.columnWidth = 90;
      await context.sync();
      const mixed = s.getRange('A1:A2').format;
      mixed.load('useStandardHeight');
      await context.sync();
      expect(mixed.useStandardHeight).toBeNull();
      s.getRange('A1').clear('All');
      s.getRange('A2:A3').getEntireRow().format.useStandardHeight = true;
      s.getRange('C1').getEntireColumn().format.useStandardWidth = true;
      await context.sync();
    });
    const s = host.snapshot().sheets[0]!;
    expect(s.hyperlinks).toBeUndefined();
    expect(s.rowHeights).toEqual({});
    expect(s.columnWidths).toEqual({ B: 90 });
  });

  it('getPrintAreaOrNullObject and getPrintTitleRowsOrNullObject: a null object until set', async () => {
    useHost({ sheets: [{ name: 'Min rapport', rows: [['x']] }] });
    await Excel.run(async (context) => {
      const layout = context.workbook.worksheets.getItem('Min rapport').pageLayout;
      const none = [layout.getPrintAreaOrNullObject(), layout.getPrintTitleRowsOrNullObject()];
      await context.sync();
      expect(none.map((r) => r.isNullObject)).toEqual([true, true]);
      layout.setPrintArea('A1:C9');
      layout.setPrintTitleRows('2:3');
      const area = layout.getPrintAreaOrNullObject().load('address');
      const titles = layout.getPrintTitleRowsOrNullObject().load('rowIndex,rowCount');
      await context.sync();
      expect([area.address, titles.rowIndex, titles.rowCount]).toEqual(["'Min rapport'!A1:C9", 1, 2]);
    });
  });
});

describe('references to a sheet', () => {
  const book = () => ({ sheets: [{ name: 'Data', rows: [[10, 20]] }, { name: 'Rapport', rows: [] }] });

  it('follow it when it is renamed, and are #REF! once it is deleted, also when a new sheet takes the name', async () => {
    const host = useHost(book());
    await Excel.run(async (context) => {
      context.workbook.worksheets.getItem('Rapport').getRange('A1:B1').formulas = [['=Data!A1+Data!B1', '="Data!A1"']];
      context.workbook.worksheets.getItem('Data').name = 'Underlag 2025';
      await context.sync();
    });
    let rapport = host.snapshot().sheets[1]!;
    expect(rapport.cells.A1).toMatchObject({ formula: "='Underlag 2025'!A1+'Underlag 2025'!B1", value: 30 });
    // A string that merely looks like a reference is left alone.
    expect(rapport.cells.B1).toMatchObject({ formula: '="Data!A1"', value: 'Data!A1' });
    await Excel.run(async (context) => {
      context.workbook.worksheets.getItem('Underlag 2025').delete();
      context.workbook.worksheets.add('Underlag 2025').getRange('A1:B1').values = [[1, 2]];
      await context.sync();
    });
    rapport = host.snapshot().sheets.find((s) => s.name === 'Rapport')!;
    expect(rapport.cells.A1).toMatchObject({ formula: '=#REF!A1+#REF!B1', value: '#REF!' });
  });

  it('through a defined name: its formula follows the sheet, =name reads it, and it is an Error once the sheet is gone', async () => {
    const host = useHost(book());
    await Excel.run(async (context) => {
      context.workbook.names.add('Summa', context.workbook.worksheets.getItem('Data').getRange('B1'));
      context.workbook.worksheets.getItem('Rapport').getRange('C1').formulas = [['=Summa*2']];
      context.workbook.worksheets.getItem('Data').name = 'Ny';
      await context.sync();
      const name = context.workbook.names.getItem('summa').load('name,formula,value,type');
      const range = name.getRange().load('address');
      await context.sync();
      expect([name.name, name.formula, name.value, name.type, range.address]).toEqual(['Summa', '=Ny!$B$1', 'Ny!$B$1', 'Range', 'Ny!B1']);
    });
    expect(host.snapshot().sheets[1]!.cells.C1!.value).toBe(40);
    await Excel.run(async (context) => {
      context.workbook.worksheets.getItem('Ny').delete();
      await context.sync();
      const name = context.workbook.names.getItem('Summa').load('formula,type');
      const range = name.getRangeOrNullObject();
      const missing = context.workbook.names.getItemOrNullObject('Annat');
      await context.sync();
      expect([name.formula, name.type, range.isNullObject, missing.isNullObject]).toEqual(['=#REF!$B$1', 'Error', true, true]);
    });
    expect(host.snapshot().sheets[0]!.cells.C1!.value).toBe('#REF!');
    expect(host.snapshot().names).toEqual({ Summa: '=#REF!$B$1' });
  });

  it('a name taken twice is ItemAlreadyExists', async () => {
    useHost(book());
    const error = await rejectionOf(Excel.run(async (context) => {
      context.workbook.names.add('X', '=Data!$A$1');
      context.workbook.names.add('x', '=Data!$B$1');
      await context.sync();
    }));
    expect(error.code).toBe('ItemAlreadyExists');
  });
});
