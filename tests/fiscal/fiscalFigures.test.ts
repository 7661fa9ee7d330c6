/**
 * Figures in a fiscal year that starts in April: a UK council's ledger followed up for August 2004
 * (month 5 of 2004/05), checked figure by figure; the ledger's own "Financial Year" column tells
 * the start when the user does not.
 */
import type { FollowUpPeriod } from '../../src/core/period/month';
import { jsonReport } from '../../src/core/report/json';
import { analyse, findIssue } from '../support/builders';
import { actualOf, budgetOf, sumMonths, ukLedger } from './ukLedger';

const kr = (n: number): string => n.toFixed(2);
const aug2004: Partial<FollowUpPeriod> = { year: 2004, month: 8, months: 1 };

function totalOf(period: Partial<FollowUpPeriod>) {
  const a = analyse([ukLedger()], period, 'debit');
  expect(a.issues.filter((i) => i.severity === 'error')).toEqual([]);
  return { analysis: a, json: jsonReport(a.followUp!, { lang: 'en', warnings: [], summary: '' }) };
}

describe('a fiscal year from April: --period 2004-08 --fiscal-start 4', () => {
  const { json } = totalOf({ ...aug2004, fiscalStart: 4 });
  const total = json.rows.at(-1)!;

  it('takes the period as August 2004', () => {
    expect(total.periodBudget).toBe(kr(budgetOf(2004, 8)));
    expect(total.periodActual).toBe(kr(actualOf(2004, 8)));
  });

  it('takes YTD over April–August 2004', () => {
    expect(total.ytdBudget).toBe(kr(sumMonths(budgetOf, 2004, 4, 5)));
    expect(total.ytdActual).toBe(kr(sumMonths(actualOf, 2004, 4, 5)));
    expect(total.ytdDeviation).toBe(kr(5));
  });

  it('takes the annual budget over April 2004 – March 2005', () => {
    expect(total.annualBudget).toBe(kr(sumMonths(budgetOf, 2004, 4, 12)));
  });

  it('takes the previous year over April–August 2003 and the previous month over April–July 2004', () => {
    expect(total.ytdActualPreviousYear).toBe(kr(sumMonths(actualOf, 2003, 4, 5)));
    expect(total.ytdDeviationPreviousMonth).toBe(kr(4));
  });

  it('says the fiscal year in the JSON period', () => {
    expect(json.period).toEqual({ year: 2004, month: 8, months: 1, fiscalStart: 4, fiscalYear: '2004/05' });
  });

  it('has no previous month in April, the fiscal year\'s first month, and one in January', () => {
    const april = totalOf({ year: 2004, month: 4, months: 1, fiscalStart: 4 }).json.rows.at(-1)!;
    expect(april.ytdDeviationPreviousMonth).toBeNull();
    expect(april.ytdBudget).toBe(kr(budgetOf(2004, 4)));
    const january = totalOf({ year: 2005, month: 1, months: 1, fiscalStart: 4 }).json.rows.at(-1)!;
    expect(january.ytdBudget).toBe(kr(sumMonths(budgetOf, 2004, 4, 10)));
    expect(january.ytdDeviationPreviousMonth).toBe(kr(9));
  });

  it('lets a two-month period run over the turn of the year (dec/jan), but not back past April', () => {
    const decJan = totalOf({ year: 2005, month: 1, months: 2, fiscalStart: 4 }).json.rows.at(-1)!;
    expect(decJan.periodBudget).toBe(kr(budgetOf(2004, 12) + budgetOf(2005, 1)));
    const aprOnly = totalOf({ year: 2004, month: 4, months: 3, fiscalStart: 4 }).json.rows.at(-1)!;
    expect(aprOnly.periodBudget).toBe(kr(budgetOf(2004, 4)));
  });
});

describe('the ledger says its fiscal year', () => {
  it('is followed, with a warning that says so, when the user gives no start', () => {
    const { analysis, json } = totalOf(aug2004);
    const said = findIssue(analysis.issues, 'fiscalStartDetected');
    expect(said).toMatchObject({ severity: 'warning', sheet: 'Ledger', params: { month: 4, column: 'Financial Year' } });
    expect(json.period.fiscalStart).toBe(4);
    expect(json.rows.at(-1)!.ytdBudget).toBe(kr(sumMonths(budgetOf, 2004, 4, 5)));
  });

  it('gives way to the user\'s start, with a warning of the conflict', () => {
    const { analysis, json } = totalOf({ ...aug2004, fiscalStart: 7 });
    expect(findIssue(analysis.issues, 'fiscalStartConflict')).toMatchObject({ params: { given: 7, detected: 4 } });
    expect(json.rows.at(-1)!.ytdBudget).toBe(kr(sumMonths(budgetOf, 2004, 7, 2)));
  });

  it('says nothing when the user gives the same start', () => {
    const { analysis } = totalOf({ ...aug2004, fiscalStart: 4 });
    expect(analysis.issues.filter((i) => i.code.startsWith('fiscalStart'))).toEqual([]);
  });

  it('is the calendar year for a ledger without a fiscal-year column', () => {
    const { json } = totalOf({ ...aug2004, fiscalStart: 1 });
    expect(json.period).toEqual({ year: 2004, month: 8, months: 1 });
    expect(json.rows.at(-1)!.ytdBudget).toBe(kr(sumMonths(budgetOf, 2004, 1, 8)));
  });
});
