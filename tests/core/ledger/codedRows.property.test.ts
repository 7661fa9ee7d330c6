/**
 * readLongSheet's loop over label codes (codedRows.ts) against its loop over cells: a sheet whose
 * reader holds its columns as codes and amount arrays gives the ledger, the issues and the
 * follow-up that the same cells give as a grid — with every kind of row the coded loop hands to
 * the full reader (no unit, Summa rows and accounts, periods and kinds it cannot read, amounts
 * that are no plain amounts, months whose year nothing says), on every shape of long sheet it
 * reads (levels, a kind column, a kind in the sheet's name, Debet/Kredit, bare months).
 */
import fc from 'fast-check';
import { makeGrid, type Cell, type Grid } from '../../../src/core/grid/grid';
import { AMOUNT_EMPTY, AMOUNT_VALUE, type AmountArrays, type LabelCodes, type LargeSheet, type SheetRows } from '../../../src/core/grid/sheetRows';
import { analyseWorkbook } from '../../../src/core/engine';
import { gridRows } from '../../../src/core/ledger/gridRows';
import { jsonReport } from '../../../src/core/report/json';
import type { FollowUpPeriod } from '../../../src/core/period/month';

const PERIOD: FollowUpPeriod = { year: 2025, month: 7, months: 2 };

/** A grid's rows with every column also held as codes (by distinct cell) and as amount arrays, as a scanned file's reader holds them. */
function codedRows(grid: Grid): SheetRows {
  const plain = gridRows(grid);
  const width = Math.max(0, ...grid.rows.map((r) => r.length));
  const labels: LabelCodes[] = [];
  const amounts: AmountArrays[] = [];
  for (let c = 0; c < width; c++) {
    const distinct = new Map<Cell, number>();
    const codes = new Int32Array(grid.rows.length);
    const ore = new Float64Array(grid.rows.length);
    const state = new Uint8Array(grid.rows.length);
    for (let r = 0; r < grid.rows.length; r++) {
      const cell = plain.cell(r, c);
      if (cell === null) codes[r] = -1;
      else {
        if (!distinct.has(cell)) distinct.set(cell, distinct.size);
        codes[r] = distinct.get(cell)!;
      }
      const amount = plain.amount(r, c);
      state[r] = amount === null ? AMOUNT_EMPTY : Number.isNaN(amount) ? 2 : AMOUNT_VALUE;
      ore[r] = amount ?? 0;
    }
    labels.push({ codes, count: distinct.size });
    amounts.push({ ore, state });
  }
  return {
    sheet: plain.sheet,
    origin: plain.origin,
    length: plain.length,
    row: (r) => plain.row(r),
    cell: (r, c) => plain.cell(r, c),
    key: (r, c) => (c < width ? labels[c]!.codes[r] : null),
    amount: (r, c) => plain.amount(r, c),
    labelCodes: (c) => labels[c],
    amountArrays: (c) => amounts[c],
  };
}

const SHAPES = {
  levels: { header: ['Period', 'Förvaltning', 'Enhet', 'Konto', 'Budget', 'Utfall'], sheets: ['Huvudbok'] },
  threeLevels: { header: ['Period', 'Förvaltning', 'Verksamhet', 'Enhet', 'Budget', 'Utfall', 'Prognos'], sheets: ['Huvudbok'] },
  kindColumn: { header: ['Period', 'Enhet', 'Konto', 'Typ', 'Belopp'], sheets: ['Huvudbok'] },
  kindInName: { header: ['Period', 'Enhet', 'Konto', 'Belopp'], sheets: ['Utfall 2025', 'Budget 2025'] },
  debitCredit: { header: ['Period', 'Enhet', 'Konto', 'Debet', 'Kredit'], sheets: ['Huvudbok'] },
  bareMonths: { header: ['Månad', 'Enhet', 'Konto', 'Budget', 'Utfall'], sheets: ['Budget 2025', 'Huvudbok'] },
} as const;

/** Mostly what a ledger holds, now and then what the coded loop hands to the full reader. */
function mostly(plain: Cell[], odd: Cell[]): fc.Arbitrary<Cell> {
  return fc.oneof({ weight: 9, arbitrary: fc.constantFrom(...plain) }, { weight: 1, arbitrary: fc.constantFrom(...odd) });
}
const UNIT = mostly(['Stab', 'IT', 'Kultur', 7], ['Summa', 'Totalt IT', '', null]);
const PERIOD_CELL = mostly(['202507', '202506', '202401', '2025-07', 'jul-25', 'juli', 'januari', 7, 202507], ['', 'abc', '2025-13', null]);
const ACCOUNT = mostly(['3010', '4010', 5010, '', null], ['Summa 4xxx', 'Totalt']);
const KIND = mostly(['Utfall', 'Budget', 'Prognos'], ['xyz', '', null]);
const AMOUNT = fc.oneof(
  { weight: 6, arbitrary: fc.integer({ min: -99_999_999, max: 99_999_999 }).map((o): Cell => o / 100) },
  { weight: 2, arbitrary: fc.integer({ min: -99_999, max: 99_999 }).map((o): Cell => `${o},50`) },
  { weight: 2, arbitrary: fc.constantFrom<Cell>(null, '', '12,5', 0, -0, '(3,8)') },
  { weight: 1, arbitrary: fc.constantFrom<Cell>('abc', ' ', true) },
);

const SHEET = fc
  .record({
    shape: fc.constantFrom(...(Object.keys(SHAPES) as (keyof typeof SHAPES)[])),
    sheet: fc.nat(),
    rows: fc.array(fc.tuple(PERIOD_CELL, UNIT, UNIT, UNIT, ACCOUNT, KIND, AMOUNT, AMOUNT, AMOUNT), { maxLength: 40 }),
    sorted: fc.boolean(),
  })
  .map(({ shape, sheet, rows, sorted }) => {
    const { header, sheets } = SHAPES[shape];
    const cellsOf = ([period, u1, u2, u3, account, kind, a1, a2, a3]: (typeof rows)[number]): Cell[] =>
      header.map((h): Cell => {
        if (h === 'Period' || h === 'Månad') return period;
        if (h === 'Förvaltning') return u1;
        if (h === 'Verksamhet') return u2;
        if (h === 'Enhet') return u3;
        if (h === 'Konto') return account;
        if (h === 'Typ') return kind;
        return h === 'Budget' || h === 'Belopp' || h === 'Debet' ? a1 : h === 'Utfall' || h === 'Kredit' ? a2 : a3;
      });
    // Sorted as exports are (a code repeats row after row), or as they come.
    const body = rows.map(cellsOf);
    if (sorted) body.sort((a, b) => String(a[0]).localeCompare(String(b[0])) || String(a[1]).localeCompare(String(b[1])));
    return makeGrid(sheets[sheet % sheets.length]!, [[...header], ...body]);
  });

function expectSameAnalysis(large: LargeSheet, grid: Grid): void {
  const a = analyseWorkbook([large], { period: PERIOD, lang: 'sv' });
  const b = analyseWorkbook([grid], { period: PERIOD, lang: 'sv' });
  expect(a.issues).toEqual(b.issues);
  expect(a.ledger.units).toEqual(b.ledger.units);
  expect(a.ledger.unitFirstSeen).toEqual(b.ledger.unitFirstSeen);
  expect(a.ledger.accounts).toEqual(b.ledger.accounts);
  expect(a.ledger.actualWord).toBe(b.ledger.actualWord);
  for (const column of ['unit', 'account', 'month', 'kind', 'amount', 'row', 'column'] as const) {
    expect(Array.from(a.ledger.facts[column])).toEqual(Array.from(b.ledger.facts[column]));
  }
  expect(a.followUp === null).toBe(b.followUp === null);
  if (a.followUp !== null && b.followUp !== null) {
    expect(jsonReport(a.followUp, { lang: 'sv', warnings: [], summary: '' })).toEqual(jsonReport(b.followUp, { lang: 'sv', warnings: [], summary: '' }));
  }
}

describe('readLongSheet over label codes', () => {
  it('gives the ledger, issues and follow-up that the cells give', () => {
    let facts = 0;
    fc.assert(
      fc.property(SHEET, (grid) => {
        expectSameAnalysis({ head: grid, all: codedRows(grid) }, grid);
        facts += analyseWorkbook([grid], { period: PERIOD, lang: 'sv' }).ledger.facts.length;
      }),
      { numRuns: 400 },
    );
    // The generated sheets are mostly readable: the coded loop has facts to give.
    expect(facts).toBeGreaterThan(1000);
  });

  it('reads a sheet of plain rows through the codes, and hands the others to the full reader in their place', () => {
    const grid = makeGrid('Huvudbok', [
      ['Period', 'Enhet', 'Konto', 'Typ', 'Belopp'],
      ['202507', 'Stab', '3010', 'Utfall', 10],
      ['202507', 'Stab', 'Summa 3xxx', 'Utfall', 10],
      ['202507', 'IT', '3010', 'Budgett', 20],
      ['abc', 'IT', '3010', 'Budget', 20],
      ['202507', 'IT', '3010', 'Budget', 'x'],
      ['202507', '', '3010', 'Budget', 5],
      ['202507', 'Kultur', '4010', 'Budget', 30],
    ]);
    const a = analyseWorkbook([{ head: grid, all: codedRows(grid) }], { period: PERIOD, lang: 'sv' });
    expect(a.issues.map((i) => [i.code, i.address])).toEqual([
      ['unknownKind', 'Huvudbok!D4'],
      ['badPeriod', 'Huvudbok!A5'],
      ['textInAmount', 'Huvudbok!E6'],
      ['missingUnit', 'Huvudbok!B7'],
      ['summaryRowsSkipped', 'Huvudbok!C3'],
    ]);
    expect(a.ledger.units.map((u) => u.join('/'))).toEqual(['Stab', 'IT', 'Kultur']);
    expect(Array.from(a.ledger.facts.row)).toEqual([1, 7]);
  });
});
