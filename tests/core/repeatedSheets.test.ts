/**
 * A copy of a ledger sheet, or two ledger sheets holding the same amounts, would double every
 * figure without a word: an error naming the copy. Legitimate multi-sheet ledgers still work.
 */
import type { Cell } from '../../src/core/grid/grid';
import { issueMessage } from '../../src/core/i18n/issues';
import { jsonReport } from '../../src/core/report/json';
import { analyse, grid } from '../support/builders';

const HEADER: Cell[] = ['Period', 'Ansvar', 'Konto', 'Budget', 'Utfall'];
const ROWS: Cell[][] = [
  [202507, 'Stab', 5010, 100, 60],
  [202507, 'Stab', 6010, 50, 30],
  [202507, 'IT', 5010, 80, 90],
];
const huvudbok = (name = 'Huvudbok', rows = ROWS) => grid(name, [HEADER, ...rows]);

describe('a copy of a ledger sheet', () => {
  it('is an error naming the copy and the sheet it repeats; nothing is computed', () => {
    const a = analyse([huvudbok(), huvudbok('Huvudbok (2)')]);
    const issue = a.issues.find((i) => i.code === 'repeatedRows')!;
    expect(issue.severity).toBe('error');
    expect(issueMessage(issue, 'sv', 'pane')).toBe(
      'Huvudbok (2): bladet upprepar rader i Huvudbok (6 belopp med samma enhet, konto, månad och beloppstyp), så de skulle räknas två gånger; ta bort kopian eller välj ett huvudboksblad',
    );
    expect(issueMessage(issue, 'en')).toContain('the sheet repeats rows of Huvudbok');
    expect(issueMessage(issue, 'sv', 'cli')).toContain('ta bort kopian eller läs bara ett blad med --sheet');
    expect(a.followUp).toBeNull();
  });

  it('names the copy even when it comes first', () => {
    const a = analyse([huvudbok('Huvudbok (2)'), huvudbok()]);
    expect(a.issues.find((i) => i.code === 'repeatedRows')?.sheet).toBe('Huvudbok (2)');
  });

  it('any two sheets repeating some rows: one month in both', () => {
    const a = analyse([
      huvudbok('Utfall jan-jun', [[202506, 'Stab', 5010, 0, 10], [202505, 'Stab', 5010, 0, 10]]),
      huvudbok('Utfall jun-jul', [[202506, 'Stab', 5010, 0, 10], [202507, 'Stab', 5010, 0, 10]]),
    ]);
    expect(a.issues.find((i) => i.code === 'repeatedRows')).toMatchObject({ sheet: 'Utfall jun-jul', params: { other: 'Utfall jan-jun', count: 1 } });
  });

  it('a sheet of unit totals equal to the other’s sums by account', () => {
    const totals = grid('Per enhet', [
      ['Period', 'Ansvar', 'Utfall'],
      [202507, 'Stab', 90],
    ]);
    expect(analyse([huvudbok(), totals]).issues).toHaveIssue('repeatedRows');
  });

  it('a copy with a few amounts edited is still a copy', () => {
    const edited = ROWS.map((r, i) => (i === 0 ? [r[0]!, r[1]!, r[2]!, 999, r[4]!] : r));
    expect(analyse([huvudbok(), huvudbok('Huvudbok (2)', edited)]).issues).toHaveIssue('repeatedRows');
  });

  it('in a wide ledger beside a long one', () => {
    const wide = grid('Utfall 2025', [
      ['Ansvar', 'Konto', 'jun', 'jul'],
      ['Stab', 5010, 5, 60],
    ]);
    expect(analyse([huvudbok(), wide]).issues).toHaveIssue('repeatedRows');
  });
});

describe('legitimate multi-sheet ledgers', () => {
  it('budget in one sheet, actuals in another, last year in a third', () => {
    const a = analyse([
      grid('Budget', [['Period', 'Ansvar', 'Konto', 'Budget'], [202507, 'Stab', 5010, 100], [202507, 'IT', 5010, 80]]),
      grid('Utfall', [['Period', 'Ansvar', 'Konto', 'Utfall'], [202507, 'Stab', 5010, 60], [202507, 'IT', 5010, 90]]),
      grid('Utfall 2024', [['Period', 'Ansvar', 'Konto', 'Utfall'], [202407, 'Stab', 5010, 50], [202407, 'IT', 5010, 70]]),
    ]);
    expect(a.issues.filter((i) => i.severity === 'error')).toEqual([]);
    const total = jsonReport(a.followUp!, { lang: 'sv', warnings: [], summary: '' }).rows.at(-1)!;
    expect([total.ytdBudget, total.ytdActual, total.ytdActualPreviousYear]).toEqual(['180.00', '150.00', '120.00']);
  });

  it('one sheet per unit, or per account class, with the same months and kinds', () => {
    const a = analyse([
      huvudbok('Stab', [[202507, 'Stab', 5010, 100, 60]]),
      huvudbok('IT', [[202507, 'IT', 5010, 100, 60]]),
      huvudbok('Intäkter', [[202507, 'Stab', 3010, -100, -60]]),
    ]);
    expect(a.issues.filter((i) => i.severity === 'error')).toEqual([]);
  });

  it('sheets per project holding different amounts for the same unit, account and month: added, with a warning', () => {
    const a = analyse([
      huvudbok('Projekt A', [[202507, 'Stab', 5010, 100, 60]]),
      huvudbok('Projekt B', [[202507, 'Stab', 5010, 40, 25]]),
    ]);
    expect(a.issues.filter((i) => i.severity === 'error')).toEqual([]);
    const w = a.issues.find((i) => i.code === 'overlappingSheets')!;
    expect(issueMessage(w, 'sv', 'pane')).toBe(
      'Projekt B: bladet och Projekt A har båda belopp för samma enhet, konto, månad och beloppstyp (2 st., med olika belopp); de läggs ihop. Om det ena bladet upprepar det andra: ta bort det eller välj ett huvudboksblad.',
    );
    expect(issueMessage(w, 'en')).toContain('both hold amounts for the same unit, account, month and kind');
    const total = jsonReport(a.followUp!, { lang: 'sv', warnings: [], summary: '' }).rows.at(-1)!;
    expect([total.ytdBudget, total.ytdActual]).toEqual(['140.00', '85.00']);
  });

  it('zero amounts in both sheets repeat nothing', () => {
    const a = analyse([
      huvudbok('Budget', [[202507, 'Stab', 5010, 100, 0]]),
      huvudbok('Utfall', [[202507, 'Stab', 5010, 0, 60]]),
    ]);
    expect(a.issues.filter((i) => i.severity === 'error')).toEqual([]);
  });
});
