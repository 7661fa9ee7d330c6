/**
 * Cumulative (year-to-date) columns, read as monthly amounts only when that is exact, and months
 * without a year beside amount columns named by year.
 */
import type { Cell } from '../../src/core/grid/grid';
import { issueMessage } from '../../src/core/i18n/issues';
import { moneyToKronorString } from '../../src/core/money';
import { analyse, grid } from '../support/builders';

const kr = (m: number | null | undefined) => (m === null || m === undefined ? null : moneyToKronorString(m as never));
const errors = (a: ReturnType<typeof analyse>) => a.issues.filter((i) => i.severity === 'error');

describe('cumulative columns', () => {
  // Unit A books 10, 20, 30 in Jan–Mar; unit B first books in February (5, then 0).
  const ytd: Cell[][] = [
    ['Period', 'Ansvar', 'Konto', 'Utfall ack', 'Budget ack'],
    [202501, 'A', 5010, 10, 12],
    [202502, 'A', 5010, 30, 24],
    [202503, 'A', 5010, 60, 36],
    [202502, 'B', 5010, 5, 0],
    [202503, 'B', 5010, 5, 0],
  ];

  it.each([['Utfall ack', 'Budget ack'], ['Ackumulerat utfall', 'Ackumulerad budget'], ['YTD actual', 'YTD budget'], ['Utfall t.o.m.', 'Budget hittills i år']])(
    '"%s" and "%s" become each month\'s amounts',
    (actual, budget) => {
      const rows = [['Period', 'Ansvar', 'Konto', actual, budget], ...ytd.slice(1)];
      const a = analyse([grid('Hogia', rows)], { month: 3 });
      expect(errors(a)).toEqual([]);
      const t = a.followUp!.total;
      expect([kr(t.periodActual), kr(t.ytdActual), kr(t.periodBudget), kr(t.ytdBudget)]).toEqual(['30.00', '65.00', '12.00', '36.00']);
      expect(kr(t.ytdDeviationPreviousMonth)).toBe('-11.00'); // February: budget 24, actual 35 (debit)
    },
  );

  it('checks a cumulative column against the month\'s column beside it, counting it once', () => {
    const rows = [
      ['År', 'Period', 'Resultatenhet', 'Konto', 'Utfall period', 'Utfall ack'],
      [2025, 1, 'A', 5010, 10, 10],
      [2025, 2, 'A', 5010, 20, 30],
    ];
    const a = analyse([grid('Hogia', rows)], { month: 2 });
    expect(errors(a)).toEqual([]);
    expect(kr(a.followUp!.total.ytdActual)).toBe('30.00');
    const wrong = analyse([grid('Hogia', [...rows.slice(0, 2), [2025, 2, 'A', 5010, 20, 31]])], { month: 2 });
    expect(wrong.issues).toHaveIssue('cumulativeNotReadable', 'Hogia!F3');
  });

  it('refuses a one-month extract: the months before are unknown', () => {
    const rows = [['Period', 'Ansvar', 'Utfall period', 'Utfall ack', 'Budget ack'], [202507, 'A', 10, 70, 80]];
    const a = analyse([grid('Rapport', rows)]);
    expect(a.issues).toHaveIssue('cumulativeNotReadable', 'Rapport!D2');
    expect(a.issues).toHaveIssue('cumulativeNotReadable', 'Rapport!E2');
    const issue = a.issues.find((i) => i.code === 'cumulativeNotReadable')!;
    expect(issueMessage(issue, 'sv')).toMatch(/^Rapport!D2: kolumn D \("Utfall ack"\) är ackumulerad \(hittills i år\) men bladet har inte varje månad från räkenskapsårets första/);
    expect(issueMessage(issue, 'en')).toMatch(/^Rapport!D2: column D \("Utfall ack"\) is cumulative \(year to date\) but the sheet does not hold every month from the first of the \(fiscal\) year/);
    expect(a.followUp).toBeNull();
  });

  it('refuses a gap, a repeated month and a series that stops early', () => {
    const gap = [...ytd.slice(0, 2), ...ytd.slice(3)];
    expect(analyse([grid('H', gap)], { month: 3 }).issues).toHaveIssue('cumulativeNotReadable', 'H!D3');
    const twice = [...ytd, [202503, 'A', 5010, 60, 36]];
    expect(analyse([grid('H', twice)], { month: 3 }).issues).toHaveIssue('cumulativeNotReadable');
    const stops = ytd.filter((r) => !(r[0] === 202503 && r[1] === 'B'));
    expect(analyse([grid('H', stops)], { month: 3 }).issues).toHaveIssue('cumulativeNotReadable', 'H!D5');
  });

  it('keeps series apart by every label column (Aktivitet), so sub-rows are not a repeat', () => {
    const rows = [
      ['Period', 'Ansvar', 'Aktivitet', 'Utfall ack'],
      [202501, 'A', 'x', 1], [202501, 'A', 'y', 2],
      [202502, 'A', 'x', 11], [202502, 'A', 'y', 22],
    ];
    const a = analyse([grid('H', rows)], { month: 2 });
    expect(errors(a)).toEqual([]);
    expect(kr(a.followUp!.total.periodActual)).toBe('30.00');
  });

  it('refuses a cumulative column in a wide sheet', () => {
    const a = analyse([grid('Utfall 2025', [['Ansvar', 'jan', 'feb', 'Utfall ack'], ['A', 1, 2, 3]])], { month: 2 });
    expect(a.issues).toHaveIssue('cumulativeNotReadable', "'Utfall 2025'!D1");
  });
});

describe('a month without a year beside columns named by year', () => {
  it.each([
    ['month names', ['januari', 'februari', 'juli']],
    ['month numbers', [1, 2, 7]],
    ['abbreviations', ['jan', 'feb', 'jul']],
  ])('takes the year from the header (%s)', (_how, months) => {
    const rows = [
      ['Enhet', 'Månad', 'Budget 2025', 'Utfall 2025', 'Utfall 2024'],
      ['A', months[0]!, 100, 90, 80],
      ['A', months[1]!, 100, 110, 70],
      ['A', months[2]!, 50, 40, 60],
    ];
    const a = analyse([grid('Huvudbok', rows)]);
    expect(errors(a)).toEqual([]);
    const t = a.followUp!.total;
    expect([kr(t.periodBudget), kr(t.periodActual), kr(t.ytdBudget), kr(t.ytdActual), kr(t.ytdActualPreviousYear)]).toEqual(['50.00', '40.00', '250.00', '240.00', '210.00']);
  });

  it('takes the year from the sheet name when no column says it', () => {
    const a = analyse([grid('Budget 2025', [['Enhet', 'Månad', 'Budget'], ['A', 'juli', 7]])]);
    expect(errors(a)).toEqual([]);
    expect(kr(a.followUp!.total.ytdBudget)).toBe('7.00');
  });

  it('still asks for the year of a column without one', () => {
    const a = analyse([grid('Huvudbok', [['Enhet', 'Månad', 'Budget 2025', 'Utfall'], ['A', 'juli', 7, 6]])]);
    expect(a.issues).toHaveIssue('missingYear', 'Huvudbok!B2');
  });
});

describe('a plain Belopp column in a sheet named by its kind', () => {
  it('takes the kind (and year) from the sheet name, as wide sheets do', () => {
    const budget = grid('Budget 2025', [['Månad', 'Ansvar', 'Belopp'], ['januari', 'A', 100], ['juli', 'A', 50]]);
    const actual = grid('Utfall 2025', [['Period', 'Ansvar', 'Belopp'], [202501, 'A', 90], [202507, 'A', 60]]);
    const a = analyse([budget, actual]);
    expect(errors(a)).toEqual([]);
    expect([kr(a.followUp!.total.ytdBudget), kr(a.followUp!.total.ytdActual)]).toEqual(['150.00', '150.00']);
    expect(a.ledger.actualWord).toBe('Utfall');
  });

  it('still asks for a kind when neither a column nor the name says it', () => {
    expect(analyse([grid('Data', [['Period', 'Ansvar', 'Belopp'], [202507, 'A', 1]])]).issues).toHaveIssue('missingRole');
  });
});

describe('year to date in a fiscal year', () => {
  it('starts again with the fiscal year the user gives (May–April)', () => {
    const rows = [
      ['Period', 'Ansvar', 'Utfall ack'],
      [202503, 'A', 100], [202504, 'A', 130], // fiscal year 2024/25: March, April
      [202505, 'A', 10], [202506, 'A', 25], // fiscal year 2025/26 starts again in May
    ];
    const g = grid('H', rows);
    const fiscal = analyse([g], { month: 6, fiscalStart: 5 });
    // 2024/25 is refused (it does not hold May–February); read alone, 2025/26 is exact.
    expect(fiscal.issues).toHaveIssue('cumulativeNotReadable', 'H!C2');
    const own = analyse([grid('H', [rows[0]!, ...rows.slice(3)])], { month: 6, fiscalStart: 5 });
    expect(errors(own)).toEqual([]);
    expect([kr(own.followUp!.total.periodActual), kr(own.followUp!.total.ytdActual)]).toEqual(['15.00', '25.00']);
  });
});
