/**
 * A scanned CSV says which cells a label column can hold, so the fill-down check can rule out a
 * column without reading a million rows. It must never leave out a blank: an empty field, a row
 * too short for the column, or one in the half a helper scanned; else a pivot export would be
 * read without its fill-down. Each case is checked against readCsv's grid.
 */
import type { Cell } from '../../src/core/grid/grid';
import { isLargeSheet, type LargeSheet } from '../../src/core/grid/sheetRows';
import { analyseWorkbook } from '../../src/core/engine';
import { cellText } from '../../src/core/ledger/cells';
import type { FollowUpPeriod } from '../../src/core/period/month';
import { scanInHalves, scanLedgerCsv, type HalfHelper } from '../../src/csv/csvSheet';
import { scanPart } from '../../src/csv/csvScanner';
import { readCsv } from '../../src/csv/readCsv';

const enc = new TextEncoder();
const PERIOD: FollowUpPeriod = { year: 2025, month: 7, months: 1 };

function scanned(bytes: Uint8Array): LargeSheet {
  const s = scanLedgerCsv(bytes, 'Huvudbok');
  if (s === null) throw new Error('the scanner left the file to readCsv');
  return s;
}

const helperFor = (bytes: Uint8Array, middle: number): HalfHelper => {
  const split = bytes.indexOf(0x0a, middle) + 1;
  return { read: Promise.resolve(split), scan: (plan) => Promise.resolve(split > 0 ? scanPart({ ...plan, from: split }) : null) };
};

/** Every cell of column c over the sheet's rows is among its distinct cells. */
function expectCovered(sheet: LargeSheet, c: number): void {
  const possible = sheet.all.distinctCells?.(c);
  expect(possible).toBeDefined();
  const texts = new Set(possible!.map((cell: Cell) => cellText(cell)));
  for (let r = 0; r < sheet.all.length; r++) expect(texts.has(cellText(sheet.all.cell(r, c)))).toBe(true);
}

/** The scanned sheet's findings (the fill-down warning among them) are the grid's. */
function expectSameFindings(sheet: LargeSheet, bytes: Uint8Array): void {
  const a = analyseWorkbook([sheet], { period: PERIOD, lang: 'sv' });
  const b = analyseWorkbook([readCsv(bytes, 'Huvudbok')], { period: PERIOD, lang: 'sv' });
  expect(a.issues).toEqual(b.issues);
  expect(a.ledger.units).toEqual(b.ledger.units);
  expect(Array.from(a.ledger.facts.unit)).toEqual(Array.from(b.ledger.facts.unit));
}

const pivot = (blank: string): string =>
  ['Förvaltning;Enhet;Period;Utfall', 'Stab;IT;202507;1', `${blank};IT;202507;2`, `${blank};Ekonomi;202507;3`, 'Vård;Hemtjänst;202507;4', `${blank};Hemtjänst;202507;5`].join('\n') + '\n';

describe('CsvRows.distinctCells', () => {
  it('has no blank for a column that is filled on every row, so the fill-down scan is skipped', () => {
    const bytes = enc.encode('Förvaltning;Enhet;Period;Utfall\nStab;IT;202507;1\nVård;Hemtjänst;202507;2\n');
    const sheet = scanned(bytes);
    expect(sheet.all.distinctCells?.(0)?.some((cell) => cellText(cell) === '')).toBe(false);
    expectSameFindings(sheet, bytes);
  });

  it.each([
    ['an empty field', ''],
    ['an empty quoted field', '""'],
    ['a field of spaces', '   '],
  ])('includes a blank for %s, and the pivot is filled down as from the grid', (_, blank) => {
    const bytes = enc.encode(pivot(blank));
    const sheet = scanned(bytes);
    expectCovered(sheet, 0);
    expectSameFindings(sheet, bytes);
    const a = analyseWorkbook([sheet], { period: PERIOD, lang: 'sv' });
    expect(a.issues.some((i) => i.code === 'filledDown')).toBe(true);
  });

  it('includes a blank for a row too short for the column', () => {
    const bytes = enc.encode('Period;Utfall;Förvaltning;Enhet\n202507;1;Stab;IT\n202507;2;Stab\n');
    const sheet = scanned(bytes);
    expectCovered(sheet, 3);
    expect(sheet.all.distinctCells?.(3)).toContain(null);
    expectSameFindings(sheet, bytes);
  });

  it('includes a blank only the helper’s half had', async () => {
    // Enough filled rows that the first half holds the head the scanner looks at.
    const filled = Array.from({ length: 60 }, (_, i) => `Stab;IT ${i};202507;${i}`);
    const text = ['Förvaltning;Enhet;Period;Utfall', ...filled, 'Vård;Hemtjänst;202507;4', ';Hemtjänst;202507;5'].join('\n') + '\n';
    const bytes = enc.encode(text);
    const middle = text.indexOf('Vård');
    const sheet = await scanInHalves(bytes, 'Huvudbok', middle, helperFor(bytes, middle));
    if (!isLargeSheet(sheet)) throw new Error('read in one piece');
    expectCovered(sheet, 0);
    expectSameFindings(sheet, bytes);
  });
});
