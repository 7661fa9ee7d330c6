/**
 * Identities of how labels are read, as properties (fast-check): writing a unit's name another way
 * that looks the same (NFD, runs of spaces, no-break spaces, spaces at the ends) changes nothing,
 * and so does writing a sorted ledger as a pivot table does (a coarser label only on the first row
 * of its block).
 */
import fc from 'fast-check';
import type { Cell } from '../../src/core/grid/grid';
import { moneyFromOre, moneyToKronorString } from '../../src/core/money';
import { jsonReport } from '../../src/core/report/json';
import { analyse, grid } from '../support/builders';

interface Row {
  period: number;
  top: string;
  sub: string;
  kind: 'Budget' | 'Utfall';
  ore: number;
}

const rowArb: fc.Arbitrary<Row> = fc.record({
  period: fc.constantFrom(202506, 202507),
  top: fc.constantFrom('Förvaltning Öst', 'Skola', 'Vård och omsorg'),
  sub: fc.constantFrom('Enhet Åby', 'Äldreboende Björk', 'IT'),
  kind: fc.constantFrom('Budget', 'Utfall'),
  ore: fc.integer({ min: -5_000_000_000, max: 5_000_000_000 }).filter((o) => o !== 0),
});
const ledgerArb = fc.array(rowArb, { minLength: 1, maxLength: 30 });

/** Ways of writing a name that look the same. */
const spellings: readonly ((s: string) => string)[] = [
  (s) => s,
  (s) => s.normalize('NFD'),
  (s) => s.replace(' ', '  '),
  (s) => s.replace(' ', '\u00a0'),
  (s) => ` ${s}\u00a0`,
  (s) => `${s.normalize('NFD')} `,
];

function report(cells: Cell[][]) {
  const a = analyse([grid('Huvudbok', [['Period', 'Förvaltning', 'Enhet', 'Typ', 'Belopp'], ...cells])], { month: 7, months: 2 });
  expect(a.issues.filter((i) => i.severity === 'error')).toEqual([]);
  return jsonReport(a.followUp!, { lang: 'sv', warnings: [], summary: '' });
}

const cellsOf = (rows: readonly Row[]): Cell[][] => rows.map((r) => [r.period, r.top, r.sub, r.kind, moneyToKronorString(moneyFromOre(r.ore))]);

describe('label identities', () => {
  it('a name written another way that looks the same changes nothing', () => {
    fc.assert(
      fc.property(ledgerArb, fc.array(fc.nat(), { minLength: 60, maxLength: 60 }), (rows, picks) => {
        const respelt = cellsOf(rows).map((cells, i) => {
          const top = spellings[picks[2 * i]! % spellings.length]!;
          const sub = spellings[picks[2 * i + 1]! % spellings.length]!;
          return [cells[0]!, top(String(cells[1])), sub(String(cells[2])), cells[3]!, cells[4]!];
        });
        expect(report(respelt)).toEqual(report(cellsOf(rows)));
      }),
    );
  });

  it('a sorted ledger written as a pivot table does (repeated coarser labels left blank) reads the same', () => {
    fc.assert(
      fc.property(ledgerArb, (rows) => {
        const sorted = [...rows].sort((a, b) => a.top.localeCompare(b.top) || a.sub.localeCompare(b.sub));
        const pivot = cellsOf(sorted).map((cells, i) => (i > 0 && sorted[i - 1]!.top === sorted[i]!.top ? [cells[0]!, null, ...cells.slice(2)] : cells));
        // The order of first appearance is the same in both: compare row by row.
        expect(report(pivot)).toEqual(report(cellsOf(sorted)));
      }),
    );
  });
});
