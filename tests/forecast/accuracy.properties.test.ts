/**
 * Forecast accuracy's identities, as properties (fast-check) on random ledgers: a forecast month's
 * figure is what the follow-up of that month showed (each unit's latest forecast, parents rolled
 * up as elsewhere); a closed year's deviation is exactly the outcome's deviation minus the
 * forecast's; a running year's change is exactly the latest minus the previous; a month without a
 * forecast is blank; row order changes no figure.
 */
import fc from 'fast-check';
import type { Cell } from '../../src/core/grid/grid';
import { moneyFromOre, moneyToKronorString } from '../../src/core/money';
import { computeForecastAccuracy } from '../../src/core/forecast/forecastAccuracy';
import { forecastHistory } from '../../src/core/forecast/history';
import { deviation } from '../../src/core/followup/sign';
import { monthOf } from '../../src/core/period/month';
import { forecastAccuracyJson } from '../../src/core/report/forecastJson';
import { analyse, grid } from '../support/builders';

interface Forecast {
  month: number;
  top: string;
  sub: string | null;
  ore: number;
}

const UNITS: readonly [string, string | null][] = [['Stab', null], ['Skola', 'Enhet 1'], ['Skola', 'Enhet 2'], ['Vård', 'Enhet 1']];

const forecastArb: fc.Arbitrary<Forecast> = fc.record({
  month: fc.integer({ min: 1, max: 12 }),
  top: fc.constantFrom('Stab', 'Skola', 'Vård'),
  sub: fc.constantFrom(null, 'Enhet 1', 'Enhet 2'),
  ore: fc.integer({ min: -2_000_000_000, max: 2_000_000_000 }),
});
const budgetArb = fc.array(fc.integer({ min: 0, max: 500_000_000 }), { minLength: UNITS.length, maxLength: UNITS.length });

/** A calendar 2024 with budget and actual every month for each unit, and the forecasts. */
function toGrid(budgets: readonly number[], forecasts: readonly Forecast[], reverse = false) {
  const rows: Cell[][] = [];
  UNITS.forEach(([top, sub], u) => {
    for (let m = 1; m <= 12; m++) {
      rows.push([202400 + m, top, sub, 'Budget', moneyToKronorString(moneyFromOre(budgets[u]!))]);
      rows.push([202400 + m, top, sub, 'Utfall', moneyToKronorString(moneyFromOre(budgets[u]! + 1000 * u + m))]);
    }
  });
  for (const f of forecasts) rows.push([202400 + f.month, f.top, f.sub, 'Prognos', moneyToKronorString(moneyFromOre(f.ore))]);
  if (reverse) rows.reverse();
  return grid('Huvudbok', [['Period', 'Verksamhet', 'Enhet', 'Typ', 'Belopp'], ...rows]);
}

const RUNS = { numRuns: 40 };

describe('forecast accuracy identities', () => {
  it('at each forecast month, every node and the total show what that month\'s follow-up showed', () => {
    fc.assert(
      fc.property(budgetArb, fc.array(forecastArb, { minLength: 1, maxLength: 12 }), (budgets, forecasts) => {
        const year = analyse([toGrid(budgets, forecasts)], { year: 2024, month: 12 });
        const h = forecastHistory(year.ledger.facts, year.followUp!);
        h.occasions.forEach((k, o) => {
          const then = analyse([toGrid(budgets, forecasts)], { year: 2024, month: monthOf(k) }).followUp!;
          then.nodes.forEach((fig, n) => expect(h.node[n]!.forecast[o]).toBe(fig.forecast));
          expect(h.total.forecast[o]).toBe(then.total.forecast);
        });
      }),
      RUNS,
    );
  });

  it('a closed year: deviation = outcome deviation − forecast deviation, blank exactly where no forecast was made', () => {
    fc.assert(
      fc.property(budgetArb, fc.array(forecastArb, { minLength: 1, maxLength: 12 }), (budgets, forecasts) => {
        const a = analyse([toGrid(budgets, forecasts)], { year: 2024, month: 12 });
        const f = a.followUp!;
        const acc = computeForecastAccuracy(a.ledger, f).accuracy!;
        expect(acc.kind).toBe('closed');
        if (acc.kind !== 'closed') return;
        const made = new Set(forecasts.map((x) => x.month));
        acc.total.cells.forEach((c, i) => {
          expect(c === null).toBe(!made.has(acc.months[i]!));
          if (c === null) return;
          const forecastDeviation = deviation(f.total.annualBudget, c.forecast, f.sign.sign);
          expect(c.deviation).toBe(f.total.ytdDeviation - forecastDeviation);
        });
      }),
      RUNS,
    );
  });

  it('a running year: change = latest − previous, and row order changes nothing', () => {
    fc.assert(
      fc.property(budgetArb, fc.array(forecastArb, { minLength: 2, maxLength: 12 }), fc.integer({ min: 1, max: 11 }), (budgets, forecasts, month) => {
        const a = analyse([toGrid(budgets, forecasts)], { year: 2024, month });
        const b = analyse([toGrid(budgets, forecasts, true)], { year: 2024, month });
        const one = computeForecastAccuracy(a.ledger, a.followUp!).accuracy;
        const other = computeForecastAccuracy(b.ledger, b.followUp!).accuracy;
        // Units are listed in order of first appearance, so rows are compared by path.
        const byPath = (j: ReturnType<typeof forecastAccuracyJson>) => ({ ...j, rows: new Map(j.rows.map((r) => [r.path.join('/'), r])) });
        expect(one === null ? null : byPath(forecastAccuracyJson(a.followUp!, one, 'sv'))).toEqual(other === null ? null : byPath(forecastAccuracyJson(b.followUp!, other, 'sv')));
        if (one === null || one.kind !== 'running') return;
        for (const l of [...one.node, one.total]) {
          if (l.change !== null) expect(l.change).toBe(l.latest! - l.previous!);
        }
      }),
      RUNS,
    );
  });
});
