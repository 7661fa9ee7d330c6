/**
 * A long ledger in an .xlsx reaches the engine in its columns (a LargeSheet), not as a grid. Its
 * cells must be those ExcelJS reads from the same file, and the engine must find what it finds in
 * the same cells as a grid: the same units, facts, issues and follow-up — rows in any order, with
 * fill-down blanks, text amounts, errors and a table's totals row among them.
 */
import { writeFileSync } from 'node:fs';
import * as path from 'node:path';
import ExcelJS from 'exceljs';
import fc from 'fast-check';
import { analyseWorkbook } from '../../src/core/engine';
import { UNCALCULATED, type Cell, type SheetName } from '../../src/core/grid/grid';
import { isLargeSheet, wholeGrid, type LargeSheet } from '../../src/core/grid/sheetRows';
import type { FollowUpPeriod } from '../../src/core/period/month';
import { readXlsxSheets } from '../../src/xlsx/readXlsx';
import { SheetColumns } from '../../src/xlsx/sheetColumns';
import { tempDir } from '../support/tmp';

const dir = tempDir();
const PERIOD: FollowUpPeriod = { year: 2025, month: 7, months: 2 };
const UNITS = ['Kök', 'Städ', 'Skola Öster', 'Hemtjänst & stöd'];

type Value = number | string | boolean | { error: string } | null;

/** A ledger row: period, unit, account, budget, actual; odd cells now and then. */
const ROW = fc.tuple(
  fc.integer({ min: 202501, max: 202512 }),
  fc.oneof({ weight: 8, arbitrary: fc.constantFrom(...UNITS) }, { weight: 1, arbitrary: fc.constant(null) }),
  fc.constantFrom(3010, 4010, 5010, 6010),
  fc.integer({ min: -10_000_000, max: 10_000_000 }).map((ore) => ore / 100),
  fc.oneof(
    { weight: 10, arbitrary: fc.integer({ min: -10_000_000, max: 10_000_000 }).map((ore): Value => ore / 100) },
    { weight: 1, arbitrary: fc.constantFrom<Value>(null, '1 234,50', { error: '#N/A' }, true, -0) },
  ),
);

async function writeLedger(rows: readonly (readonly Value[])[], file: string): Promise<void> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Huvudbok');
  ws.addTable({
    name: 'Huvudbok',
    ref: 'A1',
    totalsRow: true,
    columns: [{ name: 'Period' }, { name: 'Enhet' }, { name: 'Konto' }, { name: 'Budget', totalsRowFunction: 'sum' }, { name: 'Utfall', totalsRowFunction: 'sum' }],
    rows: rows.map((r) => r.map((v) => (v === null ? null : v))) as ExcelJS.CellValue[][],
  });
  writeFileSync(file, new Uint8Array(await wb.xlsx.writeBuffer()));
}

/** What ExcelJS reads from the file: the reference the reader is held to. */
async function excelJsCells(file: string): Promise<Cell[][]> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  const rows: Cell[][] = [];
  wb.worksheets[0]!.eachRow({ includeEmpty: true }, (row, r) => {
    const cells: Cell[] = [];
    row.eachCell({ includeEmpty: true }, (cell, c) => {
      const v = cell.value;
      // A formula ExcelJS wrote without a result was never calculated: the reader says so.
      const value: Cell =
        v === null || v === undefined ? null : typeof v === 'object' && 'formula' in v ? ((v.result ?? { error: UNCALCULATED }) as Cell) : typeof v === 'object' && 'error' in v ? { error: v.error } : (v as Cell);
      cells[c - 1] = value;
    });
    rows[r - 1] = Array.from(cells, (x) => x ?? null);
  });
  return Array.from(rows, (x) => x ?? []);
}

function trimmed(row: readonly Cell[]): Cell[] {
  const out = [...row];
  while (out.length > 0 && out[out.length - 1] === null) out.pop();
  return out;
}

describe('a long .xlsx ledger read into columns', () => {
  it('holds the cells ExcelJS reads, and the engine finds in it what it finds in the grid', async () => {
    let n = 0;
    await fc.assert(
      fc.asyncProperty(fc.array(ROW, { minLength: 60, maxLength: 160 }), async (rows) => {
        const file = path.join(dir, `ledger-${n++}.xlsx`);
        await writeLedger(rows, file);
        const [sheet] = await readXlsxSheets(file);
        expect(sheet !== undefined && isLargeSheet(sheet)).toBe(true);
        const large = sheet as LargeSheet;
        const reference = await excelJsCells(file);
        const ours = Array.from({ length: large.all.length }, (_, r) => trimmed(large.all.row(r)));
        expect(ours).toEqual(reference.map(trimmed));
        expect(large.all.marks?.totals).toEqual([rows.length + 1]);
        const a = analyseWorkbook([large], { period: PERIOD, lang: 'sv' });
        const b = analyseWorkbook([wholeGrid(large)], { period: PERIOD, lang: 'sv' });
        expect(a.issues).toEqual(b.issues);
        expect(a.ledger.units).toEqual(b.ledger.units);
        expect(Array.from(a.ledger.facts.unit)).toEqual(Array.from(b.ledger.facts.unit));
        expect(JSON.stringify(a.followUp)).toEqual(JSON.stringify(b.followUp));
      }),
      { numRuns: 10 },
    );
  });
});

describe('SheetColumns.distinctCells', () => {
  const columns = (): SheetColumns => new SheetColumns('Huvudbok' as SheetName, ['Kök', 'Städ', '']);

  it('lists a column of shared strings once each, without a blank when every row has one', () => {
    const s = columns();
    for (let r = 0; r < 5; r++) s.setShared(r, 0, r % 2);
    expect(s.distinctCells(0)).toEqual(['Kök', 'Städ']);
  });

  it('includes a blank for a row without a cell in the column, and keeps the empty shared string', () => {
    const s = columns();
    s.setShared(0, 0, 0);
    s.setNumber(1, 1, 5); // row 1 has no cell in column 0
    s.setShared(2, 0, 2);
    expect(s.distinctCells(0)).toEqual(['Kök', '', null]);
  });

  it('lists numbers too, but says nothing of a column with other cells or too many numbers', () => {
    const s = columns();
    s.setShared(0, 0, 0);
    s.setNumber(1, 0, 202501);
    s.setNumber(2, 0, 202501);
    s.setCell(2, 1, 'inline');
    for (let r = 0; r < 5000; r++) s.setNumber(r, 2, r);
    expect(s.distinctCells(0)).toEqual(['Kök', 202501, null]); // rows 3 on have no cell in it
    expect(s.distinctCells(1)).toBeUndefined();
    expect(s.distinctCells(2)).toBeUndefined();
    expect(s.distinctCells(7)).toBeUndefined();
  });
});

describe('SheetColumns.key', () => {
  /** Every pair of rows: equal keys only for equal cells, and (in a label column) equal cells always share a key. */
  function expectKeysOf(s: SheetColumns, c: number, rows: number, label: boolean): void {
    for (let a = 0; a < rows; a++) {
      for (let b = 0; b < rows; b++) {
        const sameKey = s.key(a, c) === s.key(b, c);
        const sameCell = s.cell(a, c) === s.cell(b, c);
        if (sameKey) expect(sameCell).toBe(true);
        if (label) expect(sameKey).toBe(sameCell);
      }
    }
  }

  it('codes a label column (shared strings, numbers, blanks) as small integers, equal keys for equal cells', () => {
    const s = new SheetColumns('Huvudbok' as SheetName, ['Kök', 'Städ', '3510']);
    const cells: [number, 'shared' | 'number', number][] = [
      [0, 'shared', 1],
      [1, 'shared', 0],
      [3, 'shared', 1],
      [4, 'number', 3510],
      [5, 'shared', 2],
      [6, 'number', 3510],
      [7, 'number', -0],
      [8, 'number', 0],
    ];
    for (const [r, kind, v] of cells) {
      if (kind === 'shared') s.setShared(r, 0, v);
      else s.setNumber(r, 0, v);
    }
    expect([0, 1, 2, 3, 4, 5].map((r) => s.key(r, 0))).toEqual([0, 1, -1, 0, 2, 3]);
    expectKeysOf(s, 0, 9, true);
    expect(s.distinctCells(0)).toEqual(['Städ', 'Kök', 3510, '3510', -0, null]);
  });

  it('keys any other column by its cells', () => {
    const s = new SheetColumns('Huvudbok' as SheetName, ['Kök']);
    s.setShared(0, 0, 0);
    s.setCell(1, 0, true);
    s.setCell(2, 0, 'inline');
    s.setShared(3, 0, 0);
    expect([0, 1, 2, 3, 4].map((r) => s.key(r, 0))).toEqual(['Kök', true, 'inline', 'Kök', null]);
    expectKeysOf(s, 0, 5, false);
  });

  it('gives up coding a column of more distinct numbers than a label column has (amounts)', () => {
    const s = new SheetColumns('Huvudbok' as SheetName, []);
    for (let r = 0; r < 5000; r++) s.setNumber(r, 0, r / 100);
    expect(s.key(4999, 0)).toBe(49.99);
    expect(s.distinctCells(0)).toBeUndefined();
  });
});
