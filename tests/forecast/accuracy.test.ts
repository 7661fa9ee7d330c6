/**
 * Forecast accuracy on a small ledger, every figure worked out by hand (see the comments): a
 * closed year, the running year's change, a fiscal year starting in April, blanks for months
 * without a forecast, and the issues for data that do not fit.
 */
import { computeForecastAccuracy } from '../../src/core/forecast/forecastAccuracy';
import type { ClosedAccuracy, RunningChange } from '../../src/core/forecast/accuracy';
import { moneyToKronorString, percentRounded, type Money } from '../../src/core/money';
import type { Analysis } from '../../src/core/engine';
import { aLedger, analyse, type LedgerRowSpec } from '../support/builders';
import '../support/builders';

/** A row per month of a year for one unit: budget and actual kronor a month. */
function months(year: number, from: number, to: number, spec: { unit: string; sub?: string; budget?: number; actual?: number }): LedgerRowSpec[] {
  const out: LedgerRowSpec[] = [];
  for (let m = from; m <= to; m++) {
    out.push({ period: year * 100 + m, unit: spec.unit, sub: spec.sub ?? null, ...(spec.budget !== undefined ? { budget: spec.budget } : {}), ...(spec.actual !== undefined ? { actual: spec.actual } : {}) });
  }
  return out;
}

function forecast(period: number, unit: string, sub: string | null, amount: number): LedgerRowSpec {
  return { period, unit, sub, forecast: amount };
}

/**
 * X (X1, X2) and Y, 2024, debit. Annual budgets X1 12 000, X2 6 000, Y 24 000; outcomes X1 13 200,
 * X2 5 400, Y 22 800 (actuals through `lastActual`). Forecasts in March, June (not X2) and September.
 */
function ledger(lastActual = 12, extra: LedgerRowSpec[] = []) {
  return aLedger([
    ...months(2024, 1, 12, { unit: 'X', sub: 'X1', budget: 1000 }),
    ...months(2024, 1, lastActual, { unit: 'X', sub: 'X1', actual: 1100 }),
    ...months(2024, 1, 12, { unit: 'X', sub: 'X2', budget: 500 }),
    ...months(2024, 1, lastActual, { unit: 'X', sub: 'X2', actual: 450 }),
    ...months(2024, 1, 12, { unit: 'Y', budget: 2000 }),
    ...months(2024, 1, lastActual, { unit: 'Y', actual: 1900 }),
    forecast(202403, 'X', 'X1', 12500),
    forecast(202403, 'X', 'X2', 6000),
    forecast(202403, 'Y', null, 24000),
    forecast(202406, 'X', 'X1', 13000),
    forecast(202406, 'Y', null, 23000),
    forecast(202409, 'X', 'X1', 13300),
    forecast(202409, 'X', 'X2', 5500),
    forecast(202409, 'Y', null, 22500),
    ...extra,
  ]);
}

function accuracyAt(a: Analysis) {
  expect(a.followUp).not.toBeNull();
  return computeForecastAccuracy(a.ledger, a.followUp!);
}

const kr = (m: Money | null | undefined): string | null => (m === null || m === undefined ? null : moneyToKronorString(m));
/** A node's line by its name. */
function nodeId(a: Analysis, name: string): number {
  return a.followUp!.organisation.nodes.find((n) => n.name === name)!.id;
}

describe('a closed year', () => {
  const a = analyse([ledger()], { year: 2024, month: 12 });
  const r = accuracyAt(a);
  const acc = r.accuracy as ClosedAccuracy;

  it('is closed and has a column per month from the first forecast to the last', () => {
    expect(acc.kind).toBe('closed');
    expect(acc.yearLabel).toBe('2024');
    expect(acc.months).toEqual([3, 4, 5, 6, 7, 8, 9]);
    expect(acc.occasions).toEqual([3, 6, 9]);
    expect(r.issues).toEqual([]);
  });

  // Deviation against the outcome = forecast − outcome (debit): positive = the outcome was better.
  const expected: Record<string, (readonly [string, string] | null)[]> = {
    // X1: 12 500 − 13 200; 13 000 − 13 200; 13 300 − 13 200, of 12 000.
    X1: [['-700.00', '-5.8'], null, null, ['-200.00', '-1.7'], null, null, ['100.00', '0.8']],
    // X2 made none in June: blank, not zero. 6 000 − 5 400; 5 500 − 5 400, of 6 000.
    X2: [['600.00', '10.0'], null, null, null, null, null, ['100.00', '1.7']],
    // X rolls up: June is X1's new 13 000 with X2's March 6 000 (what June's follow-up showed).
    X: [['-100.00', '-0.6'], null, null, ['400.00', '2.2'], null, null, ['200.00', '1.1']],
    // Y: 24 000, 23 000, 22 500 against 22 800, of 24 000 (−1,25 rounds away from zero).
    Y: [['1200.00', '5.0'], null, null, ['200.00', '0.8'], null, null, ['-300.00', '-1.3']],
  };

  it.each(Object.keys(expected))('gives %s each month\'s forecast against the outcome in kronor and percent of the annual budget', (name) => {
    const line = acc.node[nodeId(a, name)]!;
    expect(line.cells.map((c) => (c === null ? null : [kr(c.deviation), c.percent ? percentRounded(c.percent) : null]))).toEqual(expected[name]);
  });

  it('gives the total, with the year\'s outcome and its deviation', () => {
    expect(acc.total.cells.map((c) => (c === null ? null : [kr(c.deviation), percentRounded(c.percent!)]))).toEqual([
      ['1100.00', '2.6'], null, null, ['600.00', '1.4'], null, null, ['-100.00', '-0.2'],
    ]);
    expect([kr(acc.total.annualBudget), kr(acc.total.outcome), kr(acc.total.outcomeDeviation)]).toEqual(['42000.00', '41400.00', '600.00']);
  });
});

describe('the running year', () => {
  it('gives each node\'s forecast deviation at the previous and the latest forecast, and the change', () => {
    const a = analyse([ledger(9)], { year: 2024, month: 9 });
    const r = accuracyAt(a);
    const ch = r.accuracy as RunningChange;
    expect(ch.kind).toBe('running');
    expect([ch.previous, ch.latest]).toEqual([{ year: 2024, month: 6 }, { year: 2024, month: 9 }]);
    const line = (name: string) => ch.node[nodeId(a, name)]!;
    const row = (l: RunningChange['total']) => [kr(l.previous), kr(l.latest), kr(l.change)];
    expect(row(line('X1'))).toEqual(['-1000.00', '-1300.00', '-300.00']);
    // X2's June forecast is March's, still standing: 6 000 against 6 000.
    expect(row(line('X2'))).toEqual(['0.00', '500.00', '500.00']);
    expect(row(line('X'))).toEqual(['-1000.00', '-800.00', '200.00']);
    expect(row(line('Y'))).toEqual(['1000.00', '1500.00', '500.00']);
    expect(row(ch.total)).toEqual(['0.00', '700.00', '700.00']);
    expect(r.issues).toEqual([]);
  });

  it('ignores forecasts made after the month followed up', () => {
    const a = analyse([ledger(9)], { year: 2024, month: 7 });
    const ch = accuracyAt(a).accuracy as RunningChange;
    expect([ch.previous.month, ch.latest.month]).toEqual([3, 6]);
  });

  it('matches the follow-up\'s own forecast column at the latest forecast', () => {
    const a = analyse([ledger(9)], { year: 2024, month: 9 });
    const ch = accuracyAt(a).accuracy as RunningChange;
    a.followUp!.nodes.forEach((fig, n) => expect(kr(ch.node[n]!.latest)).toBe(kr(fig.forecastDeviation)));
    expect(kr(ch.total.latest)).toBe(kr(a.followUp!.total.forecastDeviation));
  });

  it('says why there is nothing to show: one forecast so far, or none', () => {
    const one = accuracyAt(analyse([ledger(4)], { year: 2024, month: 4 }));
    expect(one.accuracy).toBeNull();
    expect(one.issues).toHaveIssue('forecastAccuracyOne');
    expect(one.issues.find((i) => i.code === 'forecastAccuracyOne')!.params).toMatchObject({ forecastMonth: 3, forecastYear: 2024 });
    const none = accuracyAt(analyse([ledger(2)], { year: 2024, month: 2 }));
    expect(none.accuracy).toBeNull();
    expect(none.issues).toHaveIssue('forecastAccuracyNone');
  });

  it('treats December without all twelve months of actuals as running, and says which month lacks them', () => {
    const r = accuracyAt(analyse([ledger(11)], { year: 2024, month: 12 }));
    expect(r.accuracy?.kind).toBe('running');
    expect(r.issues).toHaveIssue('forecastYearNotClosed');
    expect(r.issues.find((i) => i.code === 'forecastYearNotClosed')!.params).toMatchObject({ count: 1, month: 12, monthYear: 2024 });
  });
});

describe('a fiscal year starting in April', () => {
  const rows = [
    ...months(2024, 4, 12, { unit: 'A', budget: 100, actual: 110 }),
    ...months(2025, 1, 3, { unit: 'A', budget: 100, actual: 110 }),
    // Made in March 2024: the year before's forecast, not this one's.
    forecast(202403, 'A', null, 9999),
    forecast(202406, 'A', null, 1250),
    forecast(202501, 'A', null, 1310),
  ];
  const a = analyse([aLedger(rows)], { year: 2025, month: 3, fiscalStart: 4 });
  const acc = accuracyAt(a).accuracy as ClosedAccuracy;

  it('is closed at March and runs its columns from June to January, in fiscal order', () => {
    expect(acc.kind).toBe('closed');
    expect(acc.yearLabel).toBe('2024/25');
    expect(acc.months).toEqual([6, 7, 8, 9, 10, 11, 12, 1]);
  });

  it('sets each forecast against the outcome 1 320 of the budget 1 200', () => {
    const cells = acc.total.cells;
    expect([kr(cells[0]!.deviation), percentRounded(cells[0]!.percent!)]).toEqual(['-70.00', '-5.8']);
    expect(cells.slice(1, 7)).toEqual([null, null, null, null, null, null]);
    expect([kr(cells[7]!.deviation), percentRounded(cells[7]!.percent!)]).toEqual(['-10.00', '-0.8']);
  });
});

describe('forecasts that do not fit', () => {
  it('names the cell of a forecast for a unit without a budget', () => {
    // The header is row 1, then 6 × 12 month rows and 8 forecasts: the extra row is row 82.
    const a = analyse([ledger(12, [forecast(202406, 'Z', null, 500)])], { year: 2024, month: 12 });
    const r = accuracyAt(a);
    expect(r.issues).toHaveIssue('forecastWithoutBudget', 'Huvudbok!G82');
    expect(r.issues.find((i) => i.code === 'forecastWithoutBudget')!.params.unit).toBe('Z');
  });

  it('names a unit whose forecasts look like monthly amounts, not full-year forecasts', () => {
    // Y's forecast spread over the months: 2 000 a month against an annual budget of 24 000.
    const spread = Array.from({ length: 12 }, (_, i) => forecast(202401 + i, 'Y', null, 2000));
    const a = analyse([aLedger([...months(2024, 1, 12, { unit: 'Y', budget: 2000, actual: 1900 }), ...spread])], { year: 2024, month: 12 });
    const r = accuracyAt(a);
    // The header is row 1, then 12 month rows (budget and actual side by side): the first forecast is row 14.
    expect(r.issues).toHaveIssue('forecastLooksMonthly', 'Huvudbok!G14');
    expect(r.issues.find((i) => i.code === 'forecastLooksMonthly')!.params).toMatchObject({ unit: 'Y', count: 12 });
    // Full-year forecasts made in several months are not flagged.
    expect(accuracyAt(analyse([ledger()], { year: 2024, month: 12 })).issues).toEqual([]);
  });

  it('names five units of a kind and counts the rest', () => {
    const units = Array.from({ length: 8 }, (_, u) => `Z${u}`);
    const a = analyse([ledger(12, units.map((z) => forecast(202406, z, null, 500)))], { year: 2024, month: 12 });
    const issues = accuracyAt(a).issues;
    expect(issues.filter((i) => i.code === 'forecastWithoutBudget')).toHaveLength(5);
    expect(issues.find((i) => i.code === 'moreIssues')!.params).toEqual({ code: 'forecastWithoutBudget', count: 3 });
  });

  it('keeps a result-signed ledger\'s deviations positive when the outcome was better', () => {
    const rows = [
      ...months(2024, 1, 12, { unit: 'A', budget: -100, actual: -90 }),
      { period: 202401, unit: 'A', account: 3010, budget: 10, actual: 10 },
      forecast(202406, 'A', null, -1150),
    ];
    const a = analyse([aLedger(rows)], { year: 2024, month: 12 }, 'result');
    const acc = accuracyAt(a).accuracy as ClosedAccuracy;
    // Outcome −1 080 + 10 = −1 070 against a forecast of −1 150: 80 better; budget −1 190 → 6,7 %.
    expect([kr(acc.total.cells[0]!.deviation), percentRounded(acc.total.cells[0]!.percent!)]).toEqual(['80.00', '6.7']);
  });
});
