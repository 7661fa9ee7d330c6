/** The months a ledger holds amounts for: the pane proposes the latest with actuals and checks a period against them (issue 8). */
import { lastActualMonth, ledgerCoverage } from '../../src/core/ledger/coverage';
import { aLedger, analyse } from '../support/builders';

function coverageOf(rows: Parameters<typeof aLedger>[0]) {
  return ledgerCoverage(analyse([aLedger(rows)]).ledger.facts);
}

describe('ledgerCoverage', () => {
  it('lists months with actuals (zero is no actual, as for lastActualMonth) and months with any amount', () => {
    const rows = [
      { period: 202501, budget: 10, actual: 9 },
      { period: 202504, budget: 10, actual: 3 },
      { period: 202507, budget: 10, actual: 0 },
      { period: 202512, budget: 10 },
    ];
    const c = coverageOf(rows);
    expect(c.actualMonths).toEqual([{ year: 2025, month: 1 }, { year: 2025, month: 4 }]);
    expect(c.dataMonths.map((m) => m.month)).toEqual([1, 4, 7, 12]);
    expect(c.actualMonths.at(-1)).toEqual(lastActualMonth(analyse([aLedger(rows)]).ledger.facts));
  });

  it('does not depend on row order', () => {
    const rows = [{ period: 202507, actual: 1 }, { period: 202412, actual: 1 }, { period: 202503, budget: 1 }];
    expect(coverageOf(rows)).toEqual(coverageOf([...rows].reverse()));
    expect(coverageOf(rows).actualMonths.at(-1)).toEqual({ year: 2025, month: 7 });
  });

  it('has no actual months for a budget-only ledger', () => {
    expect(coverageOf([{ period: 202503, budget: 5 }]).actualMonths).toEqual([]);
  });
});
