/**
 * The identities of the figures, as properties (fast-check): a parent equals the sum of its
 * children, row order and splitting a row change nothing, deviation and percent identities, and
 * the debit and result conventions agree on what is favourable.
 */
import fc from 'fast-check';
import type { Cell } from '../../src/core/grid/grid';
import { moneyFromOre, moneyToKronorString, percentRounded } from '../../src/core/money';
import { jsonReport, type JsonFigures, type JsonRow } from '../../src/core/report/json';
import { analyse, grid } from '../support/builders';
import { Dec } from '../../src/core/money/decimal';

interface Row {
  period: number;
  top: string;
  sub: string | null;
  kind: 'Budget' | 'Utfall' | 'Prognos';
  ore: number;
}

const rowArb: fc.Arbitrary<Row> = fc.record({
  period: fc.constantFrom(202401, 202406, 202412, 202501, 202502, 202505, 202506, 202507, 202508, 202512),
  top: fc.constantFrom('Stab', 'Skola', 'Vård'),
  sub: fc.constantFrom(null, 'Enhet 1', 'Enhet 2'),
  kind: fc.constantFrom('Budget', 'Utfall', 'Utfall', 'Budget', 'Prognos'),
  ore: fc.integer({ min: -5_000_000_000, max: 5_000_000_000 }),
});

// At least one budget or actual amount in the followed-up year (else there is nothing to follow up).
const ledgerArb = fc.array(rowArb, { minLength: 1, maxLength: 40 }).filter((rows) => rows.some((r) => Math.floor(r.period / 100) === 2025 && r.kind !== 'Prognos' && r.ore !== 0));

function toGrid(rows: readonly Row[], negate = false) {
  const cells: Cell[][] = [['Period', 'Verksamhet', 'Enhet', 'Typ', 'Belopp']];
  for (const r of rows) cells.push([r.period, r.top, r.sub, r.kind, moneyToKronorString(moneyFromOre(negate ? -r.ore : r.ore))]);
  return grid('Huvudbok', cells);
}

function report(rows: readonly Row[], sign?: 'debit' | 'result', negate = false) {
  const a = analyse([toGrid(rows, negate)], { month: 7, months: 2 }, sign);
  expect(a.issues.filter((i) => i.severity === 'error')).toEqual([]);
  return jsonReport(a.followUp!, { lang: 'sv', warnings: [], summary: '' });
}

const AMOUNTS: (keyof JsonFigures)[] = ['periodBudget', 'periodActual', 'periodDeviation', 'ytdBudget', 'ytdActual', 'ytdDeviation', 'annualBudget', 'ytdDeviationPreviousMonth'];

const byPath = (rows: readonly JsonRow[]) => new Map(rows.map((r) => [r.path.join('/'), r]));
const add = (a: string | null, b: string | null) => new Dec(a ?? 0).plus(b ?? 0).toFixed(2);

describe('figure identities', () => {
  it('a parent, and the total, equal the sum of their children', () => {
    fc.assert(
      fc.property(ledgerArb, (rows) => {
        const r = report(rows);
        for (const parent of r.rows.filter((x) => x.kind !== 'unit')) {
          const depth = parent.path.length;
          const prefix = parent.path.join('/');
          const children = r.rows.filter(
            (x) => x.kind !== 'total' && x.path.length === depth + 1 && (depth === 0 || x.path.slice(0, depth).join('/') === prefix),
          );
          for (const k of AMOUNTS) {
            expect(children.reduce<string>((s, c) => add(s, c[k] as string | null), '0.00')).toBe(new Dec((parent[k] as string | null) ?? 0).toFixed(2));
          }
        }
      }),
    );
  });

  it('row order does not matter', () => {
    fc.assert(
      fc.property(ledgerArb, fc.integer(), (rows, seed) => {
        const shuffled = [...rows].sort((a, b) => ((a.ore ^ seed) & 7) - ((b.ore ^ seed) & 7));
        const a = byPath(report(rows).rows);
        const b = byPath(report(shuffled).rows);
        expect(new Map([...b].sort())).toEqual(new Map([...a].sort()));
      }),
    );
  });

  it('splitting a row in two changes nothing', () => {
    fc.assert(
      fc.property(ledgerArb, fc.nat(), fc.integer({ min: -1_000_000, max: 1_000_000 }), (rows, at, part) => {
        const i = at % rows.length;
        const r = rows[i]!;
        const split = [...rows.slice(0, i), { ...r, ore: part }, { ...r, ore: r.ore - part }, ...rows.slice(i + 1)];
        expect(report(split)).toEqual(report(rows));
      }),
    );
  });

  it('deviation is budget − actual (debit) and percent is actual ÷ budget', () => {
    fc.assert(
      fc.property(ledgerArb, (rows) => {
        for (const row of report(rows, 'debit').rows) {
          expect(new Dec(row.ytdBudget).minus(row.ytdActual).toFixed(2)).toBe(row.ytdDeviation);
          expect(new Dec(row.periodBudget).minus(row.periodActual).toFixed(2)).toBe(row.periodDeviation);
          if (row.ytdPercentOfBudget !== null) {
            const expected = new Dec(row.ytdBudget).isZero() ? '0.0' : new Dec(row.ytdActual).times(100).div(row.ytdBudget).toDecimalPlaces(1, Dec.ROUND_HALF_UP).toFixed(1);
            expect(row.ytdPercentOfBudget).toBe(expected === '-0.0' ? '0.0' : expected);
          } else {
            expect(new Dec(row.ytdBudget).isZero() && !new Dec(row.ytdActual).isZero()).toBe(true);
          }
        }
      }),
    );
  });

  it('debit and result conventions give the same favourable/unfavourable answer', () => {
    fc.assert(
      fc.property(ledgerArb, (rows) => {
        const debit = report(rows, 'debit');
        const result = report(rows, 'result', true);
        expect(result.rows.map((r) => [r.path, r.ytdDeviation, r.periodDeviation, r.forecastDeviation])).toEqual(
          debit.rows.map((r) => [r.path, r.ytdDeviation, r.periodDeviation, r.forecastDeviation]),
        );
        expect(result.rows.map((r) => r.ytdPercentOfBudget)).toEqual(debit.rows.map((r) => r.ytdPercentOfBudget));
      }),
    );
  });

  it('percent is rounded half away from zero', () => {
    expect(percentRounded({ kind: 'percent', numerator: moneyFromOre(9835), denominator: moneyFromOre(10000) })).toBe('98.4');
    expect(percentRounded({ kind: 'percent', numerator: moneyFromOre(-9835), denominator: moneyFromOre(10000) })).toBe('-98.4');
  });
});
