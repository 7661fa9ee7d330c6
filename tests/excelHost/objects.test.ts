/// <reference types="office-js" />
/** The objects the add-in uses: worksheets, ranges, formats, panes, page layout, charts, settings, Office. */
import { LEDGER, rejectionOf, useHost } from './useHost';

describe('worksheets', () => {
  it('loads items with the comma, array and object forms', async () => {
    useHost({ sheets: [{ name: 'Huvudbok' }, { name: 'Konton', visibility: 'Hidden' }] });
    await Excel.run(async (context) => {
      const sheets = context.workbook.worksheets;
      sheets.load('items/name,items/id,items/position,items/visibility');
      await context.sync();
      expect(sheets.items.map((s) => [s.name, s.position, s.visibility])).toEqual([
        ['Huvudbok', 0, 'Visible'],
        ['Konton', 1, 'Hidden'],
      ]);
      expect(sheets.items[0]!.id).toMatch(/^\{[0-9A-F-]+\}$/);
      sheets.load(['items/name']);
      await context.sync();
      expect(sheets.items).toHaveLength(2);
      const viaObject = context.workbook.worksheets.load({ name: true } as Excel.Interfaces.WorksheetCollectionLoadOptions);
      await context.sync();
      expect(viaObject.items.map((s) => s.name)).toEqual(['Huvudbok', 'Konton']);
      expect(() => sheets.items[0]!.tabColor).toThrow(/not available/);
    });
  });

  it('adds, moves, activates, hides and deletes sheets by id after a rename', async () => {
    const host = useHost(LEDGER);
    await Excel.run(async (context) => {
      const added = context.workbook.worksheets.add('Rapport');
      added.load('id');
      await context.sync();
      const byId = context.workbook.worksheets.getItem(added.id);
      byId.name = 'Rapport juli';
      byId.position = 0;
      byId.activate();
      const active = context.workbook.worksheets.getActiveWorksheet().load('name');
      await context.sync();
      expect(active.name).toBe('Rapport juli');
      context.workbook.worksheets.getItem('Huvudbok').visibility = Excel.SheetVisibility.hidden;
      await context.sync();
      added.delete();
      expect((await rejectionOf(context.sync())).code).toBe('InvalidOperation');
    });
    expect(host.snapshot().sheets.map((s) => [s.name, s.visibility])).toEqual([
      ['Rapport juli', 'Visible'],
      ['Huvudbok', 'Hidden'],
    ]);
  });
});

describe('ranges', () => {
  it('derives ranges and reports addresses and indexes', async () => {
    useHost(LEDGER);
    await Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem('Huvudbok');
      const base = sheet.getRange('B2:D5');
      const probes = {
        row: base.getRow(1),
        column: base.getColumn(2),
        cell: base.getCell(0, 0),
        resized: base.getResizedRange(1, -1),
        absolute: base.getAbsoluteResizedRange(1, 1),
        offset: base.getOffsetRange(2, 1),
        byIndexes: sheet.getRangeByIndexes(0, 0, 3, 2),
        column2: sheet.getRange('B:B'),
        row3: sheet.getRange('3:3'),
        whole: sheet.getRange(),
      };
      Object.values(probes).forEach((r) => r.load('address,rowIndex,columnIndex,rowCount,columnCount'));
      await context.sync();
      const addresses = Object.fromEntries(Object.entries(probes).map(([k, r]) => [k, r.address]));
      expect(addresses).toEqual({
        row: 'Huvudbok!B3:D3',
        column: 'Huvudbok!D2:D5',
        cell: 'Huvudbok!B2',
        resized: 'Huvudbok!B2:C6',
        absolute: 'Huvudbok!B2',
        offset: 'Huvudbok!C4:E7',
        byIndexes: 'Huvudbok!A1:B3',
        column2: 'Huvudbok!B:B',
        row3: 'Huvudbok!3:3',
        whole: 'Huvudbok!1:1048576',
      });
      expect([probes.offset.rowIndex, probes.offset.columnIndex, probes.offset.rowCount, probes.offset.columnCount]).toEqual([3, 2, 4, 3]);
      base.getOffsetRange(-5, 0).load('address');
      expect((await rejectionOf(context.sync())).code).toBe('InvalidArgument');
    });
  });

  it('finds the used range, or a null object on an empty sheet', async () => {
    useHost({ sheets: [{ name: 'Huvudbok', rows: [[null, null], [null, 'x', 1]] }, { name: 'Tom' }] });
    await Excel.run(async (context) => {
      const used = context.workbook.worksheets.getItem('Huvudbok').getUsedRangeOrNullObject(true).load('address');
      const empty = context.workbook.worksheets.getItem('Tom').getUsedRangeOrNullObject();
      await context.sync();
      expect(used.address).toBe('Huvudbok!B2:C2');
      expect(empty.isNullObject).toBe(true);
    });
  });

  it('merges, clears and selects', async () => {
    const host = useHost(LEDGER);
    await Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem('Huvudbok');
      sheet.getRange('A1:C1').merge();
      sheet.getRange('A3:C3').clear();
      sheet.getRange('B2').select();
      const selected = context.workbook.getSelectedRange().load('address');
      await context.sync();
      expect(selected.address).toBe('Huvudbok!B2');
    });
    const sheet = host.snapshot().sheets[0]!;
    expect(sheet.merges).toEqual(['A1:C1']);
    expect(sheet.cells.B1).toBeUndefined();
    expect(sheet.cells.A3).toBeUndefined();
  });
});

describe('request contexts', () => {
  it('rejects bad addresses, objects of another context and a context whose run has ended', async () => {
    useHost(LEDGER);
    let stale: Excel.Range | undefined;
    await Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem('Huvudbok');
      sheet.getRange('A0').load('values');
      expect(await rejectionOf(context.sync())).toMatchObject({ code: 'InvalidArgument', debugInfo: { errorLocation: 'Worksheet.getRange' } });
      stale = sheet.getRange('A1:C3');
    });
    await Excel.run(async (context) => {
      context.workbook.worksheets.getItem('Huvudbok').charts.add('Pie', stale!);
      expect((await rejectionOf(context.sync())).code).toBe('InvalidRequestContext');
    });
    stale!.values = [[1]];
    expect((await rejectionOf(stale!.context.sync())).code).toBe('InvalidRequestContext');
  });
});

describe('formats', () => {
  it('sets and reads font, fill, alignment, indent, borders, widths; mixed values read null', async () => {
    const host = useHost(LEDGER);
    await Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem('Huvudbok');
      const header = sheet.getRange('A1:C1');
      header.format.font.bold = true;
      header.format.fill.color = 'lightYellow';
      header.format.borders.getItem('EdgeBottom').style = 'Continuous';
      sheet.getRange('A2').format.indentLevel = 2;
      sheet.getRange('C:C').format.columnWidth = 100;
      sheet.getRange('2:2').format.rowHeight = 30;
      const probe = sheet.getRange('A1:A2');
      probe.load('format/font/bold, format/fill/color, format/indentLevel, format/horizontalAlignment');
      const a1 = sheet.getRange('A1').load('format/font/bold, format/fill/color');
      const a2 = sheet.getRange('A2').load('format/indentLevel, format/horizontalAlignment');
      const border = header.format.borders.getItem('EdgeBottom').load('style, weight, color');
      await context.sync();
      expect([a1.format.font.bold, a1.format.fill.color]).toEqual([true, '#FFFFE0']);
      expect([a2.format.indentLevel, a2.format.horizontalAlignment]).toEqual([2, 'Left']);
      expect([probe.format.font.bold, probe.format.fill.color, probe.format.indentLevel]).toEqual([null, null, null]);
      expect([border.style, border.weight, border.color]).toEqual(['Continuous', 'Thin', '#000000']);
    });
    const sheet = host.snapshot().sheets[0]!;
    expect(sheet.cells.B1!.style).toMatchObject({ bold: true, fill: '#FFFFE0', borders: { bottom: { style: 'Continuous' } } });
    expect(sheet.columnWidths).toEqual({ C: 99.75 });
    expect(sheet.rowHeights).toEqual({ 2: 30 });
  });

  it('answers getCellProperties per cell (ExcelApi 1.9)', async () => {
    useHost(LEDGER);
    await Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem('Huvudbok');
      sheet.getRange('A2').format.font.bold = true;
      const props = sheet.getRange('A1:A2').getCellProperties({
        format: { font: { bold: true }, fill: { color: true }, indentLevel: true, horizontalAlignment: true },
      });
      await context.sync();
      expect(props.value).toEqual([
        [{ format: { font: { bold: false }, fill: { color: '#FFFFFF' }, indentLevel: 0, horizontalAlignment: 'General' } }],
        [{ format: { font: { bold: true }, fill: { color: '#FFFFFF' }, indentLevel: 0, horizontalAlignment: 'General' } }],
      ]);
    });
  });

  it('formats every area of a RangeAreas', async () => {
    const host = useHost(LEDGER);
    await Excel.run(async (context) => {
      const areas = context.workbook.worksheets.getItem('Huvudbok').getRanges('A1:B1, D4:E5');
      areas.format.font.italic = true;
      areas.load('address, areaCount');
      await context.sync();
      expect(areas.address).toBe('Huvudbok!A1:B1, Huvudbok!D4:E5');
      expect(areas.areaCount).toBe(2);
    });
    const cells = host.snapshot().sheets[0]!.cells;
    expect([cells.B1!.style.italic, cells.E5!.style.italic, cells.C1!.style.italic]).toEqual([true, true, false]);
  });

  it('formats whole columns: existing cells and the column default', async () => {
    const host = useHost(LEDGER);
    await Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem('Huvudbok');
      sheet.getRange('C:C').format.font.color = '#FF0000';
      sheet.getRange('C10').values = [[1]];
      const c = sheet.getRange('C:C').load('format/font/color');
      await context.sync();
      expect(c.format.font.color).toBe('#FF0000');
    });
    const cells = host.snapshot().sheets[0]!.cells;
    expect([cells.C1!.style.color, cells.C10!.style.color, cells.A1!.style.color]).toEqual(['#FF0000', '#FF0000', '#000000']);
  });
});

describe('panes, page layout, charts, settings', () => {
  it('freezes panes and sets landscape printing one page wide', async () => {
    const host = useHost(LEDGER);
    await Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem('Huvudbok');
      sheet.freezePanes.freezeRows(3);
      sheet.pageLayout.orientation = Excel.PageOrientation.landscape;
      sheet.pageLayout.zoom = { horizontalFitToPages: 1, verticalFitToPages: 0 };
      const location = sheet.freezePanes.getLocationOrNullObject().load('address');
      await context.sync();
      expect(location.address).toBe('Huvudbok!1:3');
      sheet.freezePanes.freezeAt(sheet.getRange('A1:B2'));
    });
    expect(host.snapshot().sheets[0]).toMatchObject({
      freeze: { rows: 2, columns: 2 },
      pageLayout: { orientation: 'Landscape', fitToWidth: 1, fitToHeight: 0 },
    });
  });

  it('adds a chart with a title, position and series named from the header', async () => {
    const host = useHost(LEDGER);
    await Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem('Huvudbok');
      const chart = sheet.charts.add(Excel.ChartType.columnClustered, sheet.getRange('A1:A3').getResizedRange(0, 2), Excel.ChartSeriesBy.columns);
      chart.title.text = 'Avvikelse';
      chart.setPosition('E2', 'L20');
      const series = chart.series.getItemAt(0).load('name');
      chart.load('name');
      await context.sync();
      expect([chart.name, series.name]).toEqual(['Chart 1', 'Konto']);
    });
    expect(host.snapshot().sheets[0]!.charts).toEqual([
      expect.objectContaining({ type: 'ColumnClustered', title: 'Avvikelse', sourceAddress: 'Huvudbok!A1:C3', seriesName: 'Konto', seriesNames: ['Konto', 'Budget'], topLeft: 'E2', bottomRight: 'L20' }),
    ]);
  });

  it('stores workbook settings as JSON', async () => {
    const host = useHost(LEDGER);
    await Excel.run(async (context) => {
      context.workbook.settings.add('followups', [{ sheet: 'Rapport', period: '2025-07' }]);
      const missing = context.workbook.settings.getItemOrNullObject('nope');
      await context.sync();
      expect(missing.isNullObject).toBe(true);
      const setting = context.workbook.settings.getItem('followups').load('value');
      await context.sync();
      expect(setting.value).toEqual([{ sheet: 'Rapport', period: '2025-07' }]);
    });
    expect(host.snapshot().settings).toEqual({ followups: [{ sheet: 'Rapport', period: '2025-07' }] });
  });
});

describe('Office', () => {
  it('is ready, reports language, theme and requirement sets', async () => {
    useHost(LEDGER, { displayLanguage: 'en-US', officeTheme: { bodyBackgroundColor: '#1F1F1F', isDarkTheme: true }, requirementSets: { SharedRuntime: '1.1' } });
    await expect(Office.onReady()).resolves.toEqual({ host: 'Excel', platform: 'PC' });
    expect(Office.context.displayLanguage).toBe('en-US');
    expect(Office.context.officeTheme).toMatchObject({ bodyBackgroundColor: '#1F1F1F', bodyForegroundColor: '#000000' });
    expect(Office.context.requirements.isSetSupported('SharedRuntime', '1.1')).toBe(true);
    expect(Office.context.requirements.isSetSupported('ExcelApi', '1.13')).toBe(false);
    expect(Office.HostType.Excel).toBe('Excel');
  });

  it('runs ribbon actions until event.completed()', async () => {
    const host = useHost(LEDGER);
    const seen: string[] = [];
    Office.actions.associate('refresh', (event: Office.AddinCommands.Event) => {
      seen.push(event.source.id);
      setTimeout(() => event.completed(), 1);
    });
    await host.invokeAction('refresh');
    expect(seen).toEqual(['refresh']);
    await expect(host.invokeAction('missing')).rejects.toThrow(/No action/);
  });
});
