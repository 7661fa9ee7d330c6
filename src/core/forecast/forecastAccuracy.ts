/**
 * The forecast-accuracy section's one entry: the ledger and the follow-up → the accuracy of a
 * closed year or the change of a running year's forecast, with the issues a controller should see
 * (no forecasts to compare, only one so far, a last month whose year lacks actuals, a forecast for
 * a unit without a budget), each naming the sheet and cell where there is one.
 */
import type { FollowUp } from '../followup/computeFollowUp';
import { aWarning, IssueCollector, type Issue } from '../issues/issue';
import { columnLetters, quoteSheetName, type A1Address, type SheetName } from '../grid/grid';
import { actualMonthKeys } from '../ledger/coverage';
import type { Ledger } from '../ledger/ledger';
import { fiscalWindow, periodFiscalYearLabel } from '../fiscal/fiscalYear';
import { monthOf, yearOf } from '../period/month';
import { forecastAccuracyOf, isClosedYear, isForecastAccuracy, missingActualMonths, type ForecastAccuracy } from './accuracy';
import { forecastHistory, type ForecastHistory } from './history';

/** The section's figures (null when the data give none) and what the user should know. */
export interface ForecastAccuracyResult {
  readonly accuracy: ForecastAccuracy | null;
  readonly issues: readonly Issue[];
}

/** How many units each per-unit warning names before it counts the rest. */
const PER_UNIT_NAMED = 5;

/** Compute the forecast accuracy of the follow-up's fiscal year. */
export function computeForecastAccuracy(ledger: Ledger, f: FollowUp): ForecastAccuracyResult {
  const actualMonths = actualMonthKeys(ledger.facts);
  const closed = isClosedYear(f, actualMonths);
  const history = forecastHistory(ledger.facts, f);
  // Per-unit warnings: a few named, the rest counted, so 400 units do not bury the build's outcome.
  const perUnit = new IssueCollector(PER_UNIT_NAMED);
  perUnit.addAll([...withoutBudget(ledger, f, history), ...monthlyLooking(ledger, f, history)]);
  const issues: Issue[] = [...perUnit.list()];
  if (!closed && fiscalWindow(f.period).month === 12) {
    const missing = missingActualMonths(f, actualMonths);
    issues.push(aWarning('forecastYearNotClosed', {}, { year: periodFiscalYearLabel(f.period), count: missing.length, month: monthOf(missing[0]!), monthYear: yearOf(missing[0]!) }));
  }
  const result = forecastAccuracyOf(f, history, closed);
  if (isForecastAccuracy(result)) return { accuracy: result, issues };
  const where = { year: periodFiscalYearLabel(f.period), month: f.period.month, monthYear: f.period.year };
  if (result.reason === 'noForecasts') issues.push(aWarning('forecastAccuracyNone', {}, where));
  else issues.push(aWarning('forecastAccuracyOne', {}, { ...where, forecastMonth: result.month, forecastYear: result.year }));
  return { accuracy: null, issues };
}

/** The address of the first forecast cell of any ledger unit of node n, or null. */
function firstForecastCell(ledger: Ledger, f: FollowUp, h: ForecastHistory, n: number): { sheet: SheetName; address: A1Address } | null {
  const u = Array.from(h.firstFactOfUnit.keys()).find((x) => h.firstFactOfUnit[x]! >= 0 && f.organisation.nodeOfUnit[x] === n);
  if (u === undefined) return null;
  const i = h.firstFactOfUnit[u]!;
  const facts = ledger.facts;
  const sheet = ledger.sheets[facts.sheet[i]!]!;
  return { sheet, address: `${quoteSheetName(sheet)}!${columnLetters(facts.column[i]!)}${facts.row[i]! + 1}` as A1Address };
}

/** Forecasts made in this many months or more, each under a third of the budget, look monthly. */
const MONTHLY_LOOKING_MONTHS = 3;

/**
 * A unit whose forecasts, made in three months or more, are each under a third of its annual
 * budget: they look like a forecast spread over the months (a monthly amount each), not full-year
 * forecasts by the month they were made, and would make every month's accuracy meaningless.
 */
function monthlyLooking(ledger: Ledger, f: FollowUp, h: ForecastHistory): Issue[] {
  const out: Issue[] = [];
  h.own.forEach((s, n) => {
    const budget = Math.abs(f.nodeOwn[n]!.annualBudget);
    const made = s.made.flatMap((m, o) => (m ? [s.forecast[o]!] : []));
    if (budget === 0 || made.length < MONTHLY_LOOKING_MONTHS || !made.every((x) => Math.abs(x) * 3 < budget)) return;
    const where = firstForecastCell(ledger, f, h, n);
    out.push(aWarning('forecastLooksMonthly', where ?? {}, { unit: f.organisation.nodes[n]!.path.join(' / '), count: made.length, year: periodFiscalYearLabel(f.period) }));
  });
  return out;
}

/**
 * A unit with forecasts in the year but no annual budget: its forecast cannot be put in percent of
 * a budget, and it is most often a unit named differently in the forecast rows than in the budget.
 */
function withoutBudget(ledger: Ledger, f: FollowUp, h: ForecastHistory): Issue[] {
  const out: Issue[] = [];
  h.firstFactOfUnit.forEach((i, u) => {
    if (i < 0) return;
    const n = f.organisation.nodeOfUnit[u]!;
    if (f.nodeOwn[n]!.annualBudget !== 0 || f.nodes[n]!.annualBudget !== 0) return;
    out.push(aWarning('forecastWithoutBudget', firstForecastCell(ledger, f, h, n) ?? {}, { unit: ledger.units[u]!.join(' / '), year: periodFiscalYearLabel(f.period) }));
  });
  return out;
}
