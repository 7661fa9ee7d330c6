/**
 * Reading fiscal years from ledgers: period numbers count from the fiscal year's first month (P01 =
 * April), a year column may hold fiscal years ("2025/26", "FY 2025/26", "Financial Year 2004/05"),
 * and month columns that run from April round to March wrap into the next year.
 */
import { monthColumnOf } from '../../src/core/ledger/detect';
import { placeInYear, readPeriodCell, readYearLabel } from '../../src/core/ledger/period';
import { isoMonth, type FollowUpPeriod, type MonthKey } from '../../src/core/period/month';
import { jsonReport } from '../../src/core/report/json';
import { parseFiscalYearLabel } from '../../src/core/fiscal/fiscalYear';
import { fiscalStartOfColumns } from '../../src/core/fiscal/detectFiscalStart';
import type { Cell } from '../../src/core/grid/grid';
import { analyse, findIssue, grid } from '../support/builders';

const placed = (period: Cell, year: Cell, fiscalStart: number | null): string => {
  const reading = readPeriodCell(period)!;
  const label = readYearLabel(year)!;
  const k = placeInYear(reading, label, fiscalStart);
  return k === 'needsFiscalStart' ? k : isoMonth(k as MonthKey);
};

describe('fiscal-year labels', () => {
  it.each([
    ['2025/26', 2025],
    ['2025/2026', 2025],
    ['2025-26', 2025],
    ['FY 2025/26', 2025],
    ['FY2025/26', 2025],
    ['Financial Year 2004/05', 2004],
    ['Räkenskapsår 2025/2026', 2025],
    ['1999/00', 1999],
  ])('%s is the fiscal year starting in %i', (text, start) => {
    expect(parseFiscalYearLabel(text)).toBe(start);
    expect(readYearLabel(text)).toEqual({ year: start, fiscal: true });
  });

  it.each(['2025/27', '2025', 'FY', '2025-07', 'abc 12/13'])('%s is not one', (text) => {
    expect(parseFiscalYearLabel(text)).toBeNull();
  });

  it('leaves a plain year a calendar year', () => {
    expect(readYearLabel(2025)).toEqual({ year: 2025, fiscal: false });
  });
});

describe('placing a bare month in its year', () => {
  it.each([
    ['P01', '2004/05', 4, '2004-04'],
    ['P05', '2004/05', 4, '2004-08'],
    ['P09', '2004/05', 4, '2004-12'],
    ['P10', '2004/05', 4, '2005-01'],
    ['P12', '2004/05', 4, '2005-03'],
    ['Period 1', '2025/26', 7, '2025-07'],
    [1, '2025/26', 7, '2025-07'],
    ['juli', '2025/26', 4, '2025-07'],
    ['februari', '2025/26', 4, '2026-02'],
    ['P01', 2004, 4, '2004-04'], // a plain year with a fiscal start: the fiscal year starting in it
    ['juli', 2025, 4, '2025-07'], // a month word in a plain year stays its calendar month
    ['P07', 2025, 1, '2025-07'],
    ['P07', 2025, null, '2025-07'],
  ])('%s in %s starting in month %s is %s', (period, year, start, iso) => {
    expect(placed(period, year, start)).toBe(iso);
  });

  it('cannot place a month in a fiscal year whose first month is not known', () => {
    expect(placed('P01', '2025/26', null)).toBe('needsFiscalStart');
  });

  it('reads "Apr-25" as April 2025, as a period and as a month column', () => {
    expect(readPeriodCell('Apr-25')).toEqual({ year: 2025, month: 4 });
    expect(monthColumnOf('Apr-25')).toEqual({ year: 2025, month: 4, kind: null });
  });
});

const aug2004: Partial<FollowUpPeriod> = { year: 2004, month: 8, months: 1 };
const totalOf = (g: ReturnType<typeof grid>, period: Partial<FollowUpPeriod>) => {
  const a = analyse([g], period, 'debit');
  expect(a.issues.filter((i) => i.severity === 'error')).toEqual([]);
  return { issues: a.issues, total: jsonReport(a.followUp!, { lang: 'en', warnings: [], summary: '' }).rows.at(-1)! };
};

describe('a period-numbered ledger with fiscal years (Year 2004/05, P01 = April)', () => {
  const periods = (year: string) => Array.from({ length: 12 }, (_, i) => [year, `P${String(i + 1).padStart(2, '0')}`, 'Finance', 100 * (i + 1), 100 * (i + 1) - 1]);
  const ledger = grid('Ledger', [['Year', 'Period', 'Department', 'Budget', 'Actual'], ...periods('2003/04'), ...periods('2004/05')]);

  it('follows up August as P05', () => {
    const { total } = totalOf(ledger, { ...aug2004, fiscalStart: 4 });
    expect(total.periodBudget).toBe('500.00');
    expect(total.ytdBudget).toBe('1500.00');
    expect(total.annualBudget).toBe('7800.00');
    expect(total.ytdActualPreviousYear).toBe('1495.00');
  });

  it('asks for the fiscal start when neither the user nor the dates say it', () => {
    const a = analyse([ledger], aug2004, 'debit');
    expect(a.followUp).toBeNull();
    expect(a.issues).toHaveIssue('fiscalStartUnknown', 'Ledger!A2');
    expect(a.issues.filter((i) => i.code === 'fiscalStartUnknown')).toHaveLength(1);
  });
});

describe('a wide ledger whose month columns run April to March', () => {
  const months = ['apr', 'maj', 'jun', 'jul', 'aug', 'sep', 'okt', 'nov', 'dec', 'jan', 'feb', 'mar'];
  const row = (year: Cell, kind: string, base: number) => ['Kultur', year, kind, ...months.map((_, i) => base + i + 1)];

  it('puts January–March in the next year and says the fiscal year starts in April', () => {
    const g = grid('Budget', [['Enhet', 'År', 'Typ', ...months], row(2004, 'Budget', 100), row(2004, 'Utfall', 200)]);
    const { issues, total } = totalOf(g, aug2004);
    expect(findIssue(issues, 'fiscalStartDetected')).toMatchObject({ params: { month: 4, column: 'apr' } });
    expect(total.ytdBudget).toBe(String(101 + 102 + 103 + 104 + 105) + '.00');
    expect(total.annualBudget).toBe(String(12 * 100 + 78) + '.00');
    const march = totalOf(g, { year: 2005, month: 3, months: 1 }).total;
    expect(march.periodBudget).toBe('112.00');
  });

  it('reads a fiscal-year label in the year column the same way', () => {
    const g = grid('Budget', [['Enhet', 'Räkenskapsår', 'Typ', ...months], row('2004/05', 'Budget', 100)]);
    const { total } = totalOf(g, { year: 2005, month: 2, months: 1 });
    expect(total.periodBudget).toBe('111.00');
  });

  it('keeps a calendar wide sheet (jan … dec) as it was', () => {
    const cal = ['jan', 'feb', 'mar', 'apr', 'maj', 'jun', 'jul', 'aug', 'sep', 'okt', 'nov', 'dec'];
    const g = grid('Budget', [['Enhet', 'År', 'Typ', ...cal], ['Kultur', 2004, 'Budget', ...cal.map((_, i) => i + 1)]]);
    const { issues, total } = totalOf(g, aug2004);
    expect(issues.filter((i) => i.code.startsWith('fiscalStart'))).toEqual([]);
    expect(total.ytdBudget).toBe('36.00');
  });
});

describe('the fiscal start month columns say', () => {
  it.each([
    [[4, 5, 6, 7, 8, 9, 10, 11, 12, 1, 2, 3], 4],
    [[7, 8, 9, 10, 11, 12, 1, 2, 3, 4, 5, 6], 7],
    [[1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12], null],
    [[4, 5, 6, 7, 8], null],
    [[4, 6, 1, 2], null],
  ])('%j: %s', (months, start) => {
    expect(fiscalStartOfColumns(months)).toBe(start);
  });
});

describe('a Swedish company\'s brutet räkenskapsår (maj–april) with month words', () => {
  const months = ['maj', 'juni', 'juli', 'augusti', 'september', 'oktober', 'november', 'december', 'januari', 'februari', 'mars', 'april'];
  const ledger = grid('Huvudbok', [['Räkenskapsår', 'Månad', 'Enhet', 'Budget', 'Utfall'], ...months.map((m, i) => ['2025/2026', m, 'Butik', 10 * (i + 1), 10 * (i + 1)])]);

  it('places januari in 2026 and follows up februari 2026 as month 10', () => {
    const { total } = totalOf(ledger, { year: 2026, month: 2, months: 1, fiscalStart: 5 });
    expect(total.periodBudget).toBe('100.00');
    expect(total.ytdBudget).toBe(String(10 * 55) + '.00');
    expect(total.annualBudget).toBe(String(10 * 78) + '.00');
  });
});
