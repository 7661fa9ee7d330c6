/**
 * A table's total row in a ledger kept in an Excel table: the add-in marks it (Grid.marks.totals)
 * as the .xlsx reader does, so core skips it and says so, naming the row, the same as on the
 * command line; before, the add-in blanked the row's cells and the user was told nothing.
 */
/// <reference types="office-js" />
import { buildFollowUp } from '../../src/app/buildFollowUp';
import { createExcelHost } from '../support/excelHost/host';
import { KLS_REQUEST, rowOf, sheet } from './appHost';

const ROWS = [
  ['Period', 'Ansvar', 'Budget', 'Utfall'],
  [202507, 'Skola', 100, 90],
  [202507, 'Vård', 200, 210],
];
const request = { settings: { ...KLS_REQUEST.settings, scale: 'kr' as const, period: { year: 2025, month: 7, months: 1 } } };

it('skips the total row of a ledger table and says so, naming it; every data row counts once', async () => {
  // The table starts at B3: the grid's first row is not the sheet's.
  const host = createExcelHost({ sheets: [{ name: 'Huvudbok', rows: [[], [], ...ROWS.map((r) => [null, ...r])] }] });
  const restore = host.install(globalThis);
  try {
    await Excel.run(async (context) => {
      const table = context.workbook.tables.add('Huvudbok!B3:E5', true);
      table.showTotals = true;
      await context.sync();
    });
    const result = await buildFollowUp(request);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value.warnings.filter((w) => /summeringsrader/.test(w))).toEqual(['Huvudbok!C6: 1 summeringsrader (Summa/Totalt, en tabells summarad) hoppades över']);
    const ws = sheet(host.snapshot(), 'Uppföljning 2025-07');
    const total = rowOf(ws, Object.values(ws.cells).find((c) => typeof c.value === 'string' && c.value.startsWith('Totalt'))!.value as string);
    expect(['B', 'C'].map((c) => ws.cells[`${c}${total}`]?.value)).toEqual([300, 300]);
  } finally {
    restore();
  }
});
