/**
 * The report model names the figure of every amount cell of the unit and account tables (for
 * "Visa underlag"), and the rows behind each total exactly what the cell shows — in both parent
 * styles, with forecasts, for units, parents, "Summa" rows, the total and every account line.
 */
import { composeFollowUp } from '../../src/core/compose';
import { rowsBehind } from '../../src/core/drilldown/rowsBehind';
import { negateMoney, showAmount } from '../../src/core/money';
import type { ParentStyle } from '../../src/core/report/rows';
import { PERCENT_FORMAT } from '../../src/core/report/cells';
import { aLedger } from '../support/builders';
import { someSettings } from '../taskpane/fakeApp';

const ledger = aLedger([
  { unit: 'Stab', sub: 'Ekonomi', account: 5010, budget: 1200, actual: 1100.5, forecast: 1250 },
  { unit: 'Stab', sub: 'IT', account: 6410, budget: 2400, actual: 2500.25, forecast: 2300 },
  { period: 202506, unit: 'Stab', sub: 'IT', account: 6410, budget: 2400, actual: 2300 },
  { unit: 'Skola', sub: 'Ekonomi', account: 3010, budget: -500, actual: -650 },
  { unit: 'Stab', sub: null, account: 5010, budget: 90, actual: 95.75, forecast: 120 },
  { period: 202506, unit: 'Stab', sub: null, account: 6410, budget: 40, actual: 41 },
  { period: 202505, unit: 'Skola', sub: 'Ekonomi', account: 5010, budget: 300, actual: 280, forecast: 310 },
]);

describe.each<ParentStyle>(['above', 'below'])('drill cells, parents %s', (parentStyle) => {
  const composed = composeFollowUp([ledger], someSettings({ parentStyle, period: { year: 2025, month: 7, months: 2 } }));
  if (!composed.ok) throw new Error('compose failed');
  const { report, analysis } = composed;
  const f = analysis.followUp!;

  it('has a figure on every amount cell of the unit and account tables', () => {
    const drills = new Set((report.drills ?? []).map((d) => `${d.row}:${d.column}`));
    for (const kind of ['unitTable', 'accountTable'] as const) {
      const section = report.sections.find((s) => s.kind === kind)!;
      for (let r = section.row; r < section.row + section.rows; r++) {
        report.rows[r]!.forEach((cell, c) => {
          if (typeof cell.value !== 'number' || cell.numberFormat === PERCENT_FORMAT) return;
          expect(drills.has(`${r}:${c}`)).toBe(true);
        });
      }
    }
    expect(report.drills!.length).toBeGreaterThan(20);
    // Stab has rows of its own beside its units' (the "own rows" line).
    expect(report.drills!.some((d) => d.own === true && d.path.join('/') === 'Stab')).toBe(true);
  });

  it('gives each drill cell rows whose total is the figure the cell shows', () => {
    for (const d of report.drills!) {
      const drill = rowsBehind({ ...analysis, followUp: f }, { path: d.path, figure: d.figure, ...(d.group !== undefined ? { group: d.group } : {}), ...(d.own === true ? { own: true } : {}) });
      if ('problem' in drill) throw new Error(`${d.path.join('/')} ${d.group ?? ''}: ${drill.problem}`);
      const cell = report.rows[d.row]![d.column]!;
      if (drill.total === null) {
        expect(cell.value).toBeNull();
        continue;
      }
      // The account table shows revenue positive and costs negative whatever the ledger books.
      const flip = d.group !== undefined && f.sign.sign === 'debit' && d.figure !== 'ytdDeviation';
      expect([d, showAmount(flip ? negateMoney(drill.total) : drill.total, 'tkr').value]).toEqual([d, cell.value]);
    }
  });
});
