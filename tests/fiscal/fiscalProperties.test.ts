/**
 * The fiscal year's identities, as properties: a fiscal start of January is the calendar year, and
 * shifting a whole ledger's months and the fiscal start together changes no figure.
 */
import fc from 'fast-check';
import type { Cell } from '../../src/core/grid/grid';
import { calendarMonth, fiscalMonth, fiscalYearStart } from '../../src/core/fiscal/fiscalYear';
import { moneyFromOre, moneyToKronorString } from '../../src/core/money';
import { monthKey, monthOf, yearOf, type FollowUpPeriod, type MonthKey } from '../../src/core/period/month';
import { jsonReport } from '../../src/core/report/json';
import { analyse, grid } from '../support/builders';

interface Row {
  offset: number; // months from January 2024
  unit: string;
  kind: 'Budget' | 'Utfall' | 'Prognos';
  ore: number;
}

const rowArb: fc.Arbitrary<Row> = fc.record({
  offset: fc.integer({ min: 0, max: 35 }),
  unit: fc.constantFrom('Stab', 'Skola', 'Vård'),
  kind: fc.constantFrom('Budget', 'Utfall', 'Utfall', 'Budget', 'Prognos'),
  ore: fc.integer({ min: -5_000_000_000, max: 5_000_000_000 }),
});

const yyyymm = (k: number): number => yearOf(k as MonthKey) * 100 + monthOf(k as MonthKey);

function figures(rows: readonly Row[], shift: number, period: FollowUpPeriod) {
  const cells: Cell[][] = [['Period', 'Enhet', 'Typ', 'Belopp']];
  for (const r of rows) cells.push([yyyymm(monthKey(2024, 1) + r.offset + shift), r.unit, r.kind, moneyToKronorString(moneyFromOre(r.ore))]);
  const a = analyse([grid('Huvudbok', cells)], period, 'debit');
  if (a.followUp === null) return a.issues.map((i) => i.code);
  const { rows: out, accountGroups } = jsonReport(a.followUp, { lang: 'sv', warnings: [], summary: '' });
  return { out, accountGroups, forecastMonthShifted: a.followUp.forecastMonth === null ? null : fiscalMonth(a.followUp.forecastMonth, period.fiscalStart ?? 1) };
}

describe('fiscal-year identities', () => {
  it('maps calendar and fiscal months both ways', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 12 }), (month, start) => {
        expect(calendarMonth(fiscalMonth(month, start), start)).toBe(month);
        expect(fiscalMonth(start, start)).toBe(1);
        const k = monthKey(2025, month);
        const first = fiscalYearStart(k, start);
        expect(monthOf(first)).toBe(start);
        expect(k - first).toBe(fiscalMonth(month, start) - 1);
      }),
    );
  });

  it('a fiscal start of January gives exactly the calendar year', () => {
    fc.assert(
      fc.property(fc.array(rowArb, { minLength: 1, maxLength: 30 }), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 3 }), (rows, month, months) => {
        const period = { year: 2025, month, months: Math.min(months, month) };
        expect(figures(rows, 0, { ...period, fiscalStart: 1 })).toEqual(figures(rows, 0, period));
      }),
    );
  });

  it('shifting every month and the fiscal start together changes no figure', () => {
    fc.assert(
      fc.property(fc.array(rowArb, { minLength: 1, maxLength: 30 }), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 3 }), (rows, month, start, months) => {
        const shift = start - 1;
        const calendar: FollowUpPeriod = { year: 2025, month, months };
        const selected = monthKey(2025, month) + shift;
        const fiscal: FollowUpPeriod = { year: yearOf(selected as MonthKey), month: monthOf(selected as MonthKey), months, fiscalStart: start };
        expect(figures(rows, shift, fiscal)).toEqual(figures(rows, 0, calendar));
      }),
      { numRuns: 150 },
    );
  });
});
