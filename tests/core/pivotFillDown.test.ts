/**
 * Pivot-style exports fill a label only on the first row of its block, meaning "same as above":
 * read as filled down with a warning naming sheet, column and rows, while a blank finer level under
 * a filled coarser one stays the coarser unit's own row (SPEC §2) and a stray blank stays an error.
 */
import type { Cell } from '../../src/core/grid/grid';
import { issueMessage } from '../../src/core/i18n/issues';
import { jsonReport } from '../../src/core/report/json';
import { analyse, grid } from '../support/builders';
import { scanLedgerCsv } from '../../src/csv/csvSheet';
import { analyseWorkbook } from '../../src/core/engine';
import { utf8 } from '../support/encodings';

const rowsOf = (a: ReturnType<typeof analyse>) => {
  expect(a.issues.filter((i) => i.severity === 'error')).toEqual([]);
  return jsonReport(a.followUp!, { lang: 'sv', warnings: [], summary: '' }).rows.map((r) => [r.path.join('/'), r.ytdActual]);
};

describe('a coarser level filled only on the first row of its block', () => {
  const pivot: Cell[][] = [
    ['Period', 'Förvaltning', 'Enhet', 'Konto', 'Budget', 'Utfall'],
    [202507, 'Stab', 'IT', 5010, 100, 10],
    [202507, null, 'Ekonomi', 5010, 100, 20],
    [202507, null, 'HR', 5010, 100, 30],
    [202507, 'Skola', 'Förskola', 5010, 100, 40],
    [202507, null, 'Grundskola', 5010, 100, 50],
  ];

  it('is read as filled down: parents carry their children, no unit appears twice', () => {
    const a = analyse([grid('Huvudbok', pivot)]);
    expect(rowsOf(a)).toEqual([
      ['Stab', '60.00'],
      ['Stab/IT', '10.00'],
      ['Stab/Ekonomi', '20.00'],
      ['Stab/HR', '30.00'],
      ['Skola', '90.00'],
      ['Skola/Förskola', '40.00'],
      ['Skola/Grundskola', '50.00'],
      ['', '150.00'],
    ]);
  });

  it('with a warning naming the sheet, the column and the rows', () => {
    const a = analyse([grid('Huvudbok', pivot)]);
    expect(a.issues).toHaveIssue('filledDown', 'Huvudbok!B3');
    const w = a.issues.find((i) => i.code === 'filledDown')!;
    expect(issueMessage(w, 'sv')).toBe(
      'Huvudbok!B3: kolumnen Förvaltning är ifylld bara på första raden i varje block (som i en pivottabell); 3 tomma celler i B3:B6 har lästs som värdet ovanför. Fyll i kolumnen om det är fel.',
    );
    expect(issueMessage(w, 'en')).toContain('column Förvaltning is filled only on the first row of each block');
  });

  it('at three levels, a new coarser block ending the finer one', () => {
    const a = analyse([
      grid('Huvudbok', [
        ['Period', 'Nämnd', 'Förvaltning', 'Enhet', 'Utfall'],
        [202507, 'KS', 'Stab', 'IT', 1],
        [202507, null, null, 'HR', 2],
        [202507, null, 'Service', 'Kök', 3],
        [202507, null, null, 'Städ', 4],
        [202507, 'BUN', 'Skolförv', 'Skola A', 5],
        [202507, null, null, 'Skola B', 6],
      ]),
    ]);
    expect(a.ledger.units).toEqual([
      ['KS', 'Stab', 'IT'],
      ['KS', 'Stab', 'HR'],
      ['KS', 'Service', 'Kök'],
      ['KS', 'Service', 'Städ'],
      ['BUN', 'Skolförv', 'Skola A'],
      ['BUN', 'Skolförv', 'Skola B'],
    ]);
  });

  it('in a wide ledger too', () => {
    const a = analyse([
      grid('Utfall 2025', [
        ['Förvaltning', 'Enhet', 'jan', 'jul'],
        ['Stab', 'IT', 1, 2],
        [null, 'HR', 3, 4],
        [null, 'Ekonomi', 5, 6],
      ]),
    ]);
    expect(a.ledger.units).toEqual([
      ['Stab', 'IT'],
      ['Stab', 'HR'],
      ['Stab', 'Ekonomi'],
    ]);
    expect(a.issues).toHaveIssue('filledDown', "'Utfall 2025'!A3");
  });
});

describe('a single unit or account column filled only on the first row of its block', () => {
  it('Ansvar blank, Konto filled: the rows belong to the Ansvar above', () => {
    const a = analyse([
      grid('Huvudbok', [
        ['Period', 'Ansvar', 'Konto', 'Utfall'],
        [202507, 'IT', 5010, 1],
        [202507, null, 6010, 2],
        [202507, null, 7010, 4],
        [202507, 'HR', 5010, 8],
        [202507, null, 6010, 16],
      ]),
    ]);
    expect(rowsOf(a)).toEqual([
      ['IT', '7.00'],
      ['HR', '24.00'],
      ['', '31.00'],
    ]);
    expect(a.issues).toHaveIssue('filledDown', 'Huvudbok!B3');
  });

  it('Konto blank, periods filled: the rows belong to the account above', () => {
    const a = analyse([
      grid('Huvudbok', [
        ['Ansvar', 'Konto', 'Period', 'Utfall'],
        ['IT', 3010, 202506, -1],
        [null, null, 202507, -2],
        [null, 5010, 202506, 4],
        [null, null, 202507, 8],
      ]),
    ]);
    expect(a.ledger.accounts).toEqual(['3010', '5010']);
    expect(Array.from(a.ledger.facts.account)).toEqual([0, 0, 1, 1]);
    expect(Array.from(a.ledger.facts.unit)).toEqual([0, 0, 0, 0]);
  });
});

describe('what is not a pivot export stays as it was', () => {
  it('a blank finer level under a filled coarser one is the coarser unit’s own row', () => {
    const a = analyse([
      grid('Huvudbok', [
        ['Period', 'Avdelning', 'Enhet', 'Utfall'],
        [202507, 'TIA', 'Adm', 1],
        [202507, 'TIA', null, 2],
        [202507, 'TIA', null, 4],
        [202507, 'TIA', 'Politik', 8],
      ]),
    ]);
    expect(a.ledger.units).toEqual([['TIA', 'Adm'], ['TIA'], ['TIA', 'Politik']]);
    expect(a.issues.some((i) => i.code === 'filledDown')).toBe(false);
  });

  it('a ledger that writes every label, with one row without its coarser level, keeps that row’s unit', () => {
    const a = analyse([
      grid('Huvudbok', [
        ['Period', 'Förvaltning', 'Enhet', 'Utfall'],
        [202506, 'Stab', 'IT', 1],
        [202506, 'Stab', 'HR', 1],
        [202506, null, 'Revision', 1],
        [202507, 'Stab', 'IT', 1],
        [202507, 'Stab', 'HR', 1],
        [202507, null, 'Revision', 1],
      ]),
    ]);
    expect(a.ledger.units).toEqual([['Stab', 'IT'], ['Stab', 'HR'], ['Revision']]);
    expect(a.issues.some((i) => i.code === 'filledDown')).toBe(false);
  });

  it('a stray blank unit among filled ones is still an error, never given to the unit above', () => {
    const rows: Cell[][] = [['Period', 'Ansvar', 'Utfall']];
    for (const u of ['A', 'B', 'C', 'D']) rows.push([202507, u, 1]);
    rows.push([202507, null, 5]);
    const a = analyse([grid('Huvudbok', rows)]);
    expect(a.issues).toHaveIssue('missingUnit', 'Huvudbok!B6');
    expect(a.followUp).toBeNull();
  });

  it('blank labels before any filled one are an error', () => {
    const a = analyse([
      grid('Huvudbok', [
        ['Period', 'Ansvar', 'Konto', 'Utfall'],
        [202507, null, 5010, 1],
        [202507, 'IT', 5010, 1],
        [202507, null, 6010, 1],
        [202507, null, 7010, 1],
      ]),
    ]);
    expect(a.issues).toHaveIssue('missingUnit', 'Huvudbok!B2');
  });
});

describe('a scanned CSV pivot export', () => {
  it('is read as the grid is', () => {
    const text = 'Period;Förvaltning;Enhet;Utfall\n202507;Stab;IT;1\n202507;;HR;2\n202507; ;Ekonomi;3\n202507;Skola;A;4\n202507;;B;5\n';
    const large = scanLedgerCsv(utf8(text), 'Huvudbok');
    expect(large).not.toBeNull();
    const a = analyseWorkbook([large!], { period: { year: 2025, month: 7, months: 1 }, lang: 'sv' });
    expect(a.ledger.units).toEqual([
      ['Stab', 'IT'],
      ['Stab', 'HR'],
      ['Stab', 'Ekonomi'],
      ['Skola', 'A'],
      ['Skola', 'B'],
    ]);
    expect(a.issues).toHaveIssue('filledDown', 'Huvudbok!B3');
  });
});

describe('a pivot table’s own subtotal rows', () => {
  it('"Stab Summa", "Stab Total", "Totalsumma" and "Grand Total" are skipped as subtotals, not read as units', () => {
    const a = analyse([
      grid('Pivot', [
        ['Period', 'Förvaltning', 'Enhet', 'Utfall'],
        [202507, 'Stab', 'IT', 1],
        [202507, null, 'HR', 2],
        [202507, 'Stab Summa', null, 3],
        [202507, 'Skola', 'A', 4],
        [202507, null, 'B', 5],
        [202507, 'Skola Total', null, 9],
        [202507, 'Totalsumma', null, 12],
        [202507, 'Grand Total', null, 12],
      ]),
    ]);
    expect(a.ledger.units).toEqual([
      ['Stab', 'IT'],
      ['Stab', 'HR'],
      ['Skola', 'A'],
      ['Skola', 'B'],
    ]);
    expect(a.issues).toHaveIssue('summaryRowsSkipped');
    expect(rowsOf(a).at(-1)).toEqual(['', '12.00']);
  });
});

describe('a row with amounts and no unit is never dropped without a word', () => {
  it('an Årsbudget alone beside the months of a wide ledger', () => {
    const a = analyse([
      grid('Budget 2025', [
        ['Ansvar', 'jan', 'jul', 'Årsbudget'],
        ['Stab', 1, 2, 12],
        ['IT', 1, 2, 12],
        [null, null, null, 500],
      ]),
    ]);
    expect(a.issues).toHaveIssue('missingUnit', "'Budget 2025'!A4");
  });
});

describe('a pivot table’s row fields in any order, left to right', () => {
  it('Konto outside Ansvar: the account is filled down, each unit read on every row', () => {
    const a = analyse([
      grid('Huvudbok', [
        ['Period', 'Konto', 'Ansvar', 'Utfall'],
        [202507, 3010, 'IT', -1],
        [202507, null, 'HR', -2],
        [202507, 5010, 'IT', 4],
        [202507, null, 'HR', 8],
      ]),
    ]);
    expect(a.ledger.accounts).toEqual(['3010', '5010']);
    expect(Array.from(a.ledger.facts.account)).toEqual([0, 0, 1, 1]);
    expect(a.issues).toHaveIssue('filledDown', 'Huvudbok!B3');
  });

  it('Period outside the units: the period is filled down', () => {
    const a = analyse([
      grid('Huvudbok', [
        ['Period', 'Ansvar', 'Typ', 'Belopp'],
        [202506, 'IT', 'Utfall', 1],
        [null, null, 'Budget', 2],
        [null, 'HR', 'Utfall', 4],
        [null, null, 'Budget', 8],
        [202507, 'IT', 'Utfall', 16],
        [null, null, 'Budget', 32],
        [null, 'HR', 'Utfall', 64],
        [null, null, 'Budget', 128],
      ]),
    ]);
    expect(a.issues.filter((i) => i.severity === 'error')).toEqual([]);
    expect(rowsOf(a)).toEqual([
      ['IT', '17.00'],
      ['HR', '68.00'],
      ['', '85.00'],
    ]);
    expect(a.issues).toHaveIssue('filledDown', 'Huvudbok!A3');
    expect(a.issues).toHaveIssue('filledDown', 'Huvudbok!B3');
  });
});
