/**
 * The computation's fallback where no Worker exists (Node, Jest's jsdom): the same encoded rows
 * and the same jobs, in this thread, giving what the engine gives on the grid itself. Rows that
 * arrive as Excel values, in chunks and out of order, make the same report; a table's total row
 * is blanked as the grid reader blanks it.
 */
import { openCompute, withCompute } from '../../../src/app/compute/computeClient';
import { composeFollowUp } from '../../../src/core/compose';
import type { Cell } from '../../../src/core/grid/grid';
import { ALL_SECTIONS } from '../../../src/core/report/buildReport';
import type { SheetPlacement } from '../../../src/excel/readGrids';
import { sinkWithTotalRowsMarked, withTotalRowsMarked } from '../../../src/excel/tableRows';
import { grid } from '../../support/builders';
import { largeLedgerRows } from '../../support/largeLedger';

const SETTINGS = { period: { year: 2025, month: 7, months: 1 as const }, scale: 'tkr' as const, lang: 'sv' as const, parentStyle: 'above' as const, sections: ALL_SECTIONS };
const pause = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));

/** Office.js's valueTypes for the cells of a row. */
function typesOf(row: readonly Cell[]): string[] {
  return row.map((c) => (c === null ? 'Empty' : typeof c === 'number' ? 'Double' : typeof c === 'boolean' ? 'Boolean' : typeof c === 'string' ? 'String' : 'Error'));
}

/** Excel's values for the cells of a row. */
function valuesOf(row: readonly Cell[]): unknown[] {
  return row.map((c) => (c === null ? '' : typeof c === 'object' ? c.error : c));
}

it('composes in this thread what the engine composes from the grid, from rows sent as Excel values in chunks', async () => {
  const rows = largeLedgerRows(5000);
  const place: SheetPlacement = { name: 'Huvudbok', origin: { row: 2, column: 1 }, rowCount: rows.length };
  const expected = composeFollowUp([{ ...grid('Huvudbok', rows), origin: { row: 2, column: 1 } }], SETTINGS);
  const composed = await withCompute(pause, async (compute) => {
    // Chunks as readRemaining sends them: the sample first, the rest in pieces (here backwards).
    await compute.rows(place, 0, rows.slice(0, 60).map(valuesOf), rows.slice(0, 60).map(typesOf));
    for (let end = rows.length; end > 60; end -= 1000) {
      const from = Math.max(60, end - 1000);
      const part = rows.slice(from, end);
      await compute.rows(place, from, part.map(valuesOf), part.map(typesOf));
    }
    return compute.compose(SETTINGS, {});
  });
  expect(expected.ok).toBe(true);
  if (!expected.ok || !composed.ok) throw new Error('not composed');
  expect(composed.report).toEqual(expected.report);
  expect(composed.summary).toBe(expected.summary);
  expect(composed.issues).toEqual(expected.analysis.issues);
});

it('runs in this thread where no Worker exists, and says so in the timeline', async () => {
  expect(typeof (globalThis as { Worker?: unknown }).Worker).toBe('undefined');
  // Node's timeline is the process's: other test files in this worker add to it too.
  const before = performance.getEntriesByName('followup glance (thread)', 'measure').length;
  const compute = await openCompute(pause);
  try {
    await compute.sendGrids([grid('Huvudbok', largeLedgerRows(50))]);
    const glance = await compute.glance([]);
    expect(glance).toBeNull(); // no layout given: no ledger to read
  } finally {
    compute.close();
  }
  expect(performance.getEntriesByName('followup glance (thread)', 'measure').length).toBe(before + 1);
});

it('marks a table\'s total row in streamed rows as in a grid read whole, the cells left as read', async () => {
  const rows: Cell[][] = [['Enhet', 'Belopp'], ['Skola', 1], ['Vård', 2], ['Summa', 3], ['efter', 4]];
  const totals = [{ sheet: 'Huvudbok', row: 5 }]; // sheet row 5 = grid row 3 (origin row 2)
  const place: SheetPlacement = { name: 'Huvudbok', origin: { row: 2, column: 0 }, rowCount: rows.length };
  const got: Cell[][] = [];
  const marks: unknown[] = [];
  const sink = sinkWithTotalRowsMarked(async (sheet, start, values, types) => {
    marks.push(sheet.marks);
    values.forEach((v, i) => (got[start + i] = v.map((x, j) => (types[i]![j] === 'Empty' ? null : (x as Cell)))));
  }, totals);
  await sink(place, 0, rows.slice(0, 2).map(valuesOf), rows.slice(0, 2).map(typesOf));
  await sink(place, 2, rows.slice(2).map(valuesOf), rows.slice(2).map(typesOf));
  const whole = withTotalRowsMarked([{ ...grid('Huvudbok', rows), origin: { row: 2, column: 0 } }], totals)[0]!;
  expect(got).toEqual(whole.rows);
  expect(whole.marks).toEqual({ totals: [3] });
  expect(marks).toEqual([whole.marks, whole.marks]);
});

it('refuses to compute from a sheet whose rows did not all arrive (never a report of part of a ledger)', async () => {
  const rows = largeLedgerRows(100);
  const place: SheetPlacement = { name: 'Huvudbok', origin: { row: 0, column: 0 }, rowCount: rows.length };
  const compute = await openCompute(pause);
  try {
    await compute.rows(place, 0, rows.slice(0, 60).map(valuesOf), rows.slice(0, 60).map(typesOf));
    await expect(compute.compose(SETTINGS, {})).rejects.toThrow('Huvudbok: 60 of 101 rows reached the computation');
  } finally {
    compute.close();
  }
});
