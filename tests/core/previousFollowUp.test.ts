/**
 * Last month's follow-up read back from its cells (core/cycle/previousFollowUp): for either parent
 * style and language, a fiscal year or not, the comment key of every unit-table row is the key the
 * report model gave it (its unit's path), so carried comments match by path as the add-in's do.
 */
import { composeFollowUp } from '../../src/core/compose';
import { readPreviousFollowUp, type SheetCells } from '../../src/core/cycle/previousFollowUp';
import type { ReportSheet } from '../../src/core/report/model';
import { ALL_SECTIONS } from '../../src/core/report/buildReport';
import { aLedger } from '../support/builders';

/** Parents with own rows, two units of one name under different parents, three levels. */
const LEDGER = aLedger([
  { unit: 'Stab', sub: 'Ekonomi', budget: 1000, actual: 900 },
  { unit: 'Stab', sub: null, budget: 50, actual: 60 },
  { unit: 'Skola', sub: 'Ekonomi', budget: 1000, actual: 1200 },
  { unit: 'Skola', sub: 'Lärare', budget: 1000, actual: 1000 },
]);

/** A report's cells as a workbook file shows them: values, and the indent of column A. */
function cellsOf(report: ReportSheet): SheetCells {
  return {
    name: report.name,
    rows: report.rows.map((r) => r.map((c) => c.value)),
    indent: (row) => report.rows[row]?.[0]?.style.indent ?? 0,
  };
}

describe.each([
  ['sv', 'above', undefined],
  ['sv', 'below', undefined],
  ['en', 'above', 4],
  ['en', 'below', 4],
] as const)('a %s follow-up, parents %s, fiscal start %s', (lang, parentStyle, fiscalStart) => {
  const period = { year: 2025, month: 7, months: 2, ...(fiscalStart ? { fiscalStart } : {}) };
  const composed = composeFollowUp([LEDGER], { period, scale: 'kr', lang, parentStyle, sections: ALL_SECTIONS, organisation: 'Kommunen' }, {
    comments: new Map([['summary', 'Sammanfattat']]),
  });
  if (!composed.ok) throw new Error('compose failed');
  const report = composed.report;

  it('finds period, organisation and every row’s key by path', () => {
    const read = readPreviousFollowUp(cellsOf(report))!;
    expect(read.period).toEqual({ year: 2025, month: 7, months: 2 });
    expect(read.organisation).toBe('Kommunen');
    expect(read.lang).toBe(lang);
    const tableKeys = report.comments.filter((c) => c.key !== 'summary').map((c) => c.key);
    expect(read.keys).toEqual(tableKeys);
    expect(read.comments.get('summary')).toBe('Sammanfattat');
  });

  it('takes each typed comment under its row’s key', () => {
    const typed = report.rows.map((r) => [...r.map((c) => c.value)]);
    for (const c of report.comments) if (c.key !== 'summary') typed[c.row]![c.column] = `om ${c.key}`;
    const read = readPreviousFollowUp({ ...cellsOf(report), rows: typed })!;
    for (const c of report.comments) if (c.key !== 'summary') expect(read.comments.get(c.key)).toBe(`om ${c.key}`);
  });
});

it('is null for a sheet that is no follow-up', () => {
  expect(readPreviousFollowUp({ name: 'Huvudbok', rows: [['Period', 'Enhet', 'Budget'], [202507, 'IT', 1]], indent: () => 0 })).toBeNull();
});
