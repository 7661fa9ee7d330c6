/** The drill-down's lines: at most maxRows ledger rows are made, while every sum and the total come. */
import { analyseWorkbook } from '../../src/core/engine';
import { drillLines } from '../../src/core/drilldown/lines';
import { rowsBehind, type DrillDown } from '../../src/core/drilldown/rowsBehind';
import type { FollowUp } from '../../src/core/followup/computeFollowUp';
import { grid } from '../support/builders';

const ledger = grid('Huvudbok 2025', [
  ['Period', 'Förvaltning', 'Enhet', 'Konto', 'Budget', 'Utfall'],
  [202507, 'KLS', 'IT', '5010', 100, 60.5],
  [202507, 'KLS', 'IT', '5010', 1, 2],
  [202507, 'KLS', 'Ekonomi', '5010', 40, 30],
  [202507, 'KLS', 'IT', '6110', 10, 5],
]);
const a = analyseWorkbook([ledger], { period: { year: 2025, month: 7, months: 1 }, lang: 'sv' });
const drill = rowsBehind({ ...a, followUp: a.followUp as FollowUp }, { path: [], figure: 'periodDeviation' }) as DrillDown;

describe('drillLines', () => {
  it('makes every line without a cap', () => {
    const lines = [...drillLines(a.ledger, drill)];
    expect(lines.filter((l) => l.kind === 'row')).toHaveLength(8);
  });

  it.each([0, 1, 3, 7, 8, 100])('makes at most %i rows, and every sum, part sum and the total', (max) => {
    const all = [...drillLines(a.ledger, drill)];
    const capped = [...drillLines(a.ledger, drill, max)];
    expect(capped.filter((l) => l.kind === 'row')).toEqual(all.filter((l) => l.kind === 'row').slice(0, max));
    expect(capped.filter((l) => l.kind !== 'row')).toEqual(all.filter((l) => l.kind !== 'row'));
  });
});
