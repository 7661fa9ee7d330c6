/**
 * The drill-down's identity, as a property (fast-check): for random ledgers, every figure of every
 * node (unit, parent), the total and every account line, the rows behind it add up to exactly the
 * figure: across fiscal years, forecasts made in different months, and Årsbudget columns.
 */
import fc from 'fast-check';
import type { Cell } from '../../src/core/grid/grid';
import { moneyFromOre, moneyToKronorString } from '../../src/core/money';
import { analyseWorkbook, type Analysis } from '../../src/core/engine';
import { DRILL_FIGURES } from '../../src/core/drilldown/figures';
import { rowsBehind, type DrillDown } from '../../src/core/drilldown/rowsBehind';
import type { Figures } from '../../src/core/followup/figures';
import type { FollowUp } from '../../src/core/followup/computeFollowUp';
import { KIND_CODE } from '../../src/core/ledger/facts';
import { grid } from '../support/builders';

interface Row {
  period: number;
  top: string;
  sub: string | null;
  account: string;
  kind: 'Budget' | 'Utfall' | 'Prognos';
  ore: number;
  annual: number | null;
}

const rowArb: fc.Arbitrary<Row> = fc.record({
  period: fc.constantFrom(202401, 202404, 202409, 202412, 202501, 202503, 202504, 202506, 202507, 202508, 202512, 202602),
  top: fc.constantFrom('Stab', 'Skola', 'Vård'),
  sub: fc.constantFrom(null, 'Enhet 1', 'Enhet 2'),
  account: fc.constantFrom('3010', '5010', '5020', '6110', '8400'),
  kind: fc.constantFrom('Budget', 'Utfall', 'Utfall', 'Budget', 'Prognos'),
  ore: fc.integer({ min: -5_000_000_000, max: 5_000_000_000 }),
  annual: fc.option(fc.integer({ min: -5_000_000_000, max: 5_000_000_000 }), { freq: 4 }),
});

const caseArb = fc.record({
  rows: fc.array(rowArb, { minLength: 1, maxLength: 40 }),
  month: fc.integer({ min: 1, max: 12 }),
  months: fc.integer({ min: 1, max: 3 }),
  fiscalStart: fc.constantFrom(1, 1, 4, 9),
  withAnnual: fc.boolean(),
});

const kr = (ore: number): string => moneyToKronorString(moneyFromOre(ore));

interface Case {
  rows: Row[];
  month: number;
  months: number;
  fiscalStart: number;
  withAnnual: boolean;
}

function analyseCase(c: Case): Analysis {
  const header: Cell[] = ['Period', 'Verksamhet', 'Enhet', 'Konto', 'Typ', 'Belopp', ...(c.withAnnual ? ['Årsbudget'] : [])];
  const cells: Cell[][] = [header];
  for (const r of c.rows) cells.push([r.period, r.top, r.sub, r.account, r.kind, kr(r.ore), ...(c.withAnnual ? [r.annual === null || r.kind !== 'Budget' ? null : kr(r.annual)] : [])]);
  const accounts = grid('Konton', [['Konto', 'Grupp'], ['5000-5999', 'Personal'], ['6000-6999', 'Lokaler'], ['3000-3999', 'Avgifter']]);
  return analyseWorkbook([grid('Huvudbok', cells), accounts], { period: { year: 2025, month: c.month, months: c.months, fiscalStart: c.fiscalStart }, lang: 'sv' });
}

const seen = { checked: 0, forecasts: 0, annualRows: 0 };

function expectTotals(a: Analysis, d: ReturnType<typeof rowsBehind>, figures: Figures, where: string): void {
  if ('problem' in d) throw new Error(`${where}: ${d.problem}`);
  const drill: DrillDown = d;
  expect({ where, figure: drill.figure, total: drill.total }).toEqual({ where, figure: drill.figure, total: figures[drill.figure] });
  for (const p of drill.parts) {
    let sum = 0;
    const facts = new Set<number>();
    for (const g of p.groups) {
      let inGroup = 0;
      for (const i of g.facts) {
        inGroup += a.ledger.facts.amount[i]!;
        facts.add(i);
      }
      expect(inGroup).toBe(g.total);
      sum += g.total;
    }
    // No row counted twice, and the parts' totals add up.
    expect(facts.size).toBe(p.rowCount);
    expect(sum).toBe(p.total);
    if (p.figure === 'forecast' && p.rowCount > 0) seen.forecasts++;
    if (p.figure === 'annualBudget' && p.groups.some((g) => Array.from(g.facts).some((i) => a.ledger.facts.kind[i] === KIND_CODE.annualBudget))) seen.annualRows++;
  }
}

function checkAll(a: Analysis, fu: FollowUp): void {
  for (const figure of DRILL_FIGURES) {
    for (const n of fu.organisation.nodes) {
      expectTotals(a, rowsBehind({ ...a, followUp: fu }, { path: n.path, figure }), fu.nodes[n.id]!, n.path.join('/'));
    }
    expectTotals(a, rowsBehind({ ...a, followUp: fu }, { path: [], figure }), fu.total, 'total');
    for (const line of fu.accountLines) {
      const group = line.kind === 'group' ? line.name! : line.kind;
      expectTotals(a, rowsBehind({ ...a, followUp: fu }, { path: [], group, figure }), line.figures, `account line ${group}`);
    }
  }
}

describe('the rows behind a figure', () => {
  it('add up to exactly the figure, for every figure, node, the total and every account line', () => {
    fc.assert(
      fc.property(caseArb, (c) => {
        const a = analyseCase(c);
        if (a.followUp === null || a.issues.some((i) => i.severity === 'error')) return;
        checkAll(a, a.followUp);
        seen.checked++;
      }),
      { numRuns: 150 },
    );
    // The property was not vacuous: most ledgers were followed up, with forecasts and Årsbudget rows.
    expect(seen.checked).toBeGreaterThan(100);
    expect(seen.forecasts).toBeGreaterThan(0);
    expect(seen.annualRows).toBeGreaterThan(0);
  });
});
