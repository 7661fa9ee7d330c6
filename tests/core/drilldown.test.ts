/** The rows behind a figure: where each comes from (sheet, cell, row), grouping, and unknown targets. */
import { analyseWorkbook } from '../../src/core/engine';
import { makeGrid } from '../../src/core/grid/grid';
import { drillRow, rowsBehind, type DrillDown } from '../../src/core/drilldown/rowsBehind';
import type { FollowUp } from '../../src/core/followup/computeFollowUp';
import { scanLedgerCsv } from '../../src/csv/csvSheet';
import { readCsv } from '../../src/csv/readCsv';
import { isoMonth } from '../../src/core/period/month';
import { utf8 } from '../support/encodings';

const PERIOD = { year: 2025, month: 7, months: 1 };

function drill(a: ReturnType<typeof analyseWorkbook>, target: Parameters<typeof rowsBehind>[1]): DrillDown {
  const d = rowsBehind({ ...a, followUp: a.followUp as FollowUp }, target);
  if ('problem' in d) throw new Error(d.problem);
  return d;
}

describe('rowsBehind', () => {
  // A title row above the header, and the ledger placed from B2 (as a used range may start).
  const ledger = makeGrid(
    'Huvudbok',
    [
      ['Huvudbok 2025', null, null, null, null, null],
      ['Period', 'Förvaltning', 'Enhet', 'Konto', 'Budget', 'Utfall'],
      [202507, 'KLS', 'IT', '5010', 100, 60],
      [202507, 'KLS', 'Ekonomi', '5010', 40, 30],
      [202507, 'KLS', 'IT', '6110', 10, 5],
      [202506, 'KLS', 'IT', '5010', 100, 90],
      [202507, 'KLS', 'IT', '5020', null, 7],
    ],
    { row: 1, column: 1 },
  );
  const a = analyseWorkbook([ledger], { period: PERIOD, lang: 'sv' });

  it('names each row by its sheet cell, so it can link to it', () => {
    const d = drill(a, { path: ['KLS', 'IT'], figure: 'periodActual' });
    const rows = d.parts[0]!.groups.flatMap((g) => Array.from(g.facts, (i) => drillRow(a.ledger, i)));
    expect(rows.map((r) => [r.address, r.row, isoMonth(r.period), r.unit.join('/'), r.account, r.kind, r.amount])).toEqual([
      ['Huvudbok!G4', 4, '2025-07', 'KLS/IT', '5010', 'actual', 6000],
      ['Huvudbok!G8', 8, '2025-07', 'KLS/IT', '5020', 'actual', 700],
      ['Huvudbok!G6', 6, '2025-07', 'KLS/IT', '6110', 'actual', 500],
    ]);
    expect(d.total).toBe(7200);
  });

  it('groups a parent’s rows by unit then account, with totals', () => {
    const d = drill(a, { path: ['KLS'], figure: 'ytdBudget' });
    expect(d.parts[0]!.groups.map((g) => [g.unit.join('/'), g.account, g.facts.length, g.total])).toEqual([
      ['KLS/IT', '5010', 2, 20000],
      ['KLS/IT', '6110', 1, 1000],
      ['KLS/Ekonomi', '5010', 1, 4000],
    ]);
    expect(d.total).toBe(25000);
  });

  it('shows a deviation as its budget and its actual rows', () => {
    const d = drill(a, { path: ['IT'], figure: 'periodDeviation' });
    expect(d.parts.map((p) => [p.figure, p.total])).toEqual([
      ['periodBudget', 11000],
      ['periodActual', 7200],
    ]);
    // Debit ledger: budget − actual, positive = favourable.
    expect(d.total).toBe(3800);
  });

  it('names the choices when the unit or group is unknown', () => {
    const unit = rowsBehind({ ...a, followUp: a.followUp as FollowUp }, { path: ['Skola'], figure: 'ytdActual' });
    expect(unit).toEqual({ problem: 'unknownUnit', choices: ['KLS', 'KLS / IT', 'KLS / Ekonomi'] });
    const group = rowsBehind({ ...a, followUp: a.followUp as FollowUp }, { path: [], group: 'Lokaler', figure: 'ytdActual' });
    expect(group).toMatchObject({ problem: 'unknownGroup' });
  });

  it('keeps the source rows of a CSV read by the fast scanner, as of one read as a grid', () => {
    const bytes = utf8(['Period;Förvaltning;Ansvar;Konto;Budget;Utfall', '202507;KLS;IT;5010;100;60', '202507;KLS;Ekonomi;5010;50;30', '202507;KLS;IT;6110;5;5'].join('\n'));
    const fast = analyseWorkbook([scanLedgerCsv(bytes, 'Huvudbok')!], { period: PERIOD, lang: 'sv' });
    const slow = analyseWorkbook([readCsv(bytes, 'Huvudbok')], { period: PERIOD, lang: 'sv' });
    const cells = (x: typeof fast) => drill(x, { path: [], figure: 'periodActual' }).parts[0]!.groups.flatMap((g) => Array.from(g.facts, (i) => drillRow(x.ledger, i).address));
    expect(cells(fast)).toEqual(['Huvudbok!F2', 'Huvudbok!F4', 'Huvudbok!F3']);
    expect(cells(slow)).toEqual(cells(fast));
  });

  it('leaves an absent forecast empty', () => {
    const d = drill(a, { path: [], figure: 'forecast' });
    expect(d).toEqual({ figure: 'forecast', parts: [], total: null });
  });

  it('names the cells of wide sheets (a month per column) and of each of several sheets', () => {
    const budget = makeGrid('Budget 2025', [
      ['Ansvar', 'jan', 'jul', 'Årsbudget'],
      ['Stab', 1, 2, 12],
      ['IT', 3, 4, 40],
    ]);
    const actual = makeGrid('Utfall 2025', [
      ['Ansvar', 'jan', 'jun', 'jul'],
      ['IT', 5, 6, 7],
    ]);
    const w = analyseWorkbook([budget, actual], { period: PERIOD, lang: 'sv' });
    expect(w.issues.filter((i) => i.severity === 'error')).toEqual([]);
    const cells = (figure: Parameters<typeof rowsBehind>[1]['figure']) =>
      drill(w, { path: ['IT'], figure }).parts.flatMap((p) => p.groups.flatMap((g) => Array.from(g.facts, (i) => drillRow(w.ledger, i).address)));
    expect(cells('ytdActual')).toEqual(["'Utfall 2025'!B2", "'Utfall 2025'!C2", "'Utfall 2025'!D2"]);
    expect(cells('periodBudget')).toEqual(["'Budget 2025'!C3"]);
    // The Årsbudget column wins over the months of its row.
    expect(cells('annualBudget')).toEqual(["'Budget 2025'!D3"]);
    expect(drill(w, { path: ['IT'], figure: 'annualBudget' }).total).toBe(4000);
  });
});
