/**
 * A ledger kept in an Excel table (ListObject), filtered, with rows hidden by hand and a total row:
 * every data row counts (filters and hidden rows are views, not deletions), the table's total row
 * is never read as a ledger row, and the user is told that hidden or filtered rows were counted.
 */
/// <reference types="office-js" />
import { buildFollowUp } from '../../src/app/buildFollowUp';
import { inspectWorkbook } from '../../src/app/inspect';
import { createExcelHost } from '../support/excelHost/host';
import { KLS_REQUEST, rowOf, sheet } from './appHost';

const ROWS = [
  ['Period', 'Ansvar', 'Budget', 'Utfall'],
  [202507, 'Skola', 100, 90],
  [202507, 'Vård', 200, 210],
  [202507, 'Skola', 50, 40],
  [202507, 'Kultur', 30, 35],
];
const request = { settings: { ...KLS_REQUEST.settings, scale: 'kr' as const, period: { year: 2025, month: 7, months: 1 } } };

async function tableLedger(options: { filter?: boolean; hide?: boolean; totals?: boolean }) {
  const host = createExcelHost({ sheets: [{ name: 'Huvudbok', rows: ROWS }] });
  const restore = host.install(globalThis);
  await Excel.run(async (context) => {
    const table = context.workbook.tables.add('Huvudbok!A1:D5', true);
    if (options.totals) table.showTotals = true;
    if (options.filter) table.autoFilter.apply(table.getRange(), 1, { filterOn: Excel.FilterOn.values, values: ['Skola'] });
    if (options.hide) context.workbook.worksheets.getItem('Huvudbok').getRange('5:5').rowHidden = true;
    await context.sync();
  });
  return { host, restore };
}

/** The total of the follow-up's first figure column (budget) in its total row. */
function totals(host: ReturnType<typeof createExcelHost>): unknown[] {
  const ws = sheet(host.snapshot(), 'Uppföljning 2025-07');
  const label = Object.values(ws.cells).find((c) => typeof c.value === 'string' && c.value.startsWith('Totalt'))?.value as string;
  const row = rowOf(ws, label);
  return ['B', 'C'].map((col) => ws.cells[`${col}${row}`]?.value);
}

describe('a ledger kept in an Excel table', () => {
  it('counts filtered-out and hidden rows, never the total row, and says hidden rows were counted', async () => {
    const plain = await tableLedger({});
    let expected: unknown[];
    try {
      expect((await buildFollowUp(request)).ok).toBe(true);
      expected = totals(plain.host);
    } finally {
      plain.restore();
    }
    const { host, restore } = await tableLedger({ filter: true, hide: true, totals: true });
    try {
      const inspected = await inspectWorkbook();
      expect(inspected.ok && inspected.value.index.tables).toEqual([{ name: 'Tabell1', sheet: 'Huvudbok' }]);
      const result = await buildFollowUp(request);
      expect(result.ok).toBe(true);
      expect(totals(host)).toEqual(expected);
      expect(result.ok && result.value.warnings.join('\n')).toMatch(/Huvudbok.*dolda eller filtrerade rader.*räknades med/);
    } finally {
      restore();
    }
  });

  it('says nothing about hidden rows when none are', async () => {
    const { restore } = await tableLedger({ totals: true });
    try {
      const result = await buildFollowUp(request);
      expect(result.ok && result.value.warnings.filter((w) => /dolda/.test(w))).toEqual([]);
    } finally {
      restore();
    }
  });
});
