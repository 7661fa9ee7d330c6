/// <reference types="office-js" />
/**
 * Excel tables in the host: tables.add over a range with headers, its ranges (whole, data body,
 * header, total row), showTotals writing a labelled SUBTOTAL row below the body, value filters
 * hiding rows, and Range.rowHidden (true / false / null for some) over user-hidden and filtered
 * rows. Hidden rows are still read by Range.values.
 */
import { rejectionOf, useHost } from './useHost';

const BOOK = {
  sheets: [{ name: 'Huvudbok', rows: [['Enhet', 'Konto', 'Belopp'], ['Skola', 3010, 100], ['Vård', 3010, 50], ['Skola', 4010, 25]] }],
};

describe('tables', () => {
  it('are added, listed with their sheet, and give their ranges', async () => {
    useHost(BOOK);
    await Excel.run(async (context) => {
      const table = context.workbook.tables.add('Huvudbok!A1:C4', true);
      const body = table.getDataBodyRange();
      body.load('address,values');
      const all = context.workbook.tables;
      all.load('items/name,items/worksheet/name');
      const onSheet = context.workbook.worksheets.getItem('Huvudbok').tables;
      onSheet.load('items/name');
      await context.sync();
      expect(body.address).toBe('Huvudbok!A2:C4');
      expect(all.items.map((t) => [t.name, t.worksheet.name])).toEqual([['Tabell1', 'Huvudbok']]);
      expect(onSheet.items.map((t) => t.name)).toEqual(['Tabell1']);
    });
  });

  it('refuse to overlap another table', async () => {
    useHost(BOOK);
    const error = await rejectionOf(Excel.run(async (context) => {
      context.workbook.tables.add('Huvudbok!A1:C4', true);
      context.workbook.tables.add('Huvudbok!B2:C3', true);
      await context.sync();
    }));
    expect(error.code).toBe('InvalidOperation');
  });

  it('showTotals adds a total row below the body (label, SUBTOTAL of the last column) and removes it', async () => {
    const host = useHost(BOOK);
    await Excel.run(async (context) => {
      const table = context.workbook.tables.add('Huvudbok!A1:C4', true);
      table.showTotals = true;
      const total = table.getTotalRowRange();
      total.load('address,values');
      await context.sync();
      expect(total.address).toBe('Huvudbok!A5:C5');
      expect(total.values).toEqual([['Summa', '', 175]]);
      expect(host.snapshot().sheets[0]!.cells.C5!.formula).toMatch(/^=SUBTOTAL\(109,/);
      table.showTotals = false;
      await context.sync();
    });
    expect(host.snapshot().sheets[0]!.cells.A5).toBeUndefined();
  });

  it('filters hide rows; rowHidden says all, none or some (null); values still hold every row', async () => {
    useHost(BOOK);
    await Excel.run(async (context) => {
      const table = context.workbook.tables.add('Huvudbok!A1:C4', true);
      table.autoFilter.apply(table.getRange(), 0, { filterOn: Excel.FilterOn.values, values: ['Skola'] });
      const sheet = context.workbook.worksheets.getItem('Huvudbok');
      const used = sheet.getUsedRange(true);
      used.load('rowHidden,values');
      const vård = sheet.getRange('A3');
      vård.load('rowHidden');
      const filter = table.autoFilter;
      filter.load('isDataFiltered');
      await context.sync();
      expect([used.rowHidden, vård.rowHidden, filter.isDataFiltered]).toEqual([null, true, true]);
      expect(used.values).toHaveLength(4);
      table.autoFilter.clearCriteria();
      sheet.getRange('4:4').rowHidden = true; // the user hides a row
      used.load('rowHidden');
      vård.load('rowHidden');
      await context.sync();
      expect([used.rowHidden, vård.rowHidden]).toEqual([null, false]);
    });
  });
});
