/**
 * The engine's one entry: the sheets of a workbook → detected sheets → ledger, organisation and account
 * plan → the follow-up's figures, with every issue found on the way. Shared by the add-in and the CLI.
 */
import { KOMMUN_BAS, readAccountPlan, type AccountPlan } from './accounts/accounts';
import { computeFollowUp, type FollowUp } from './followup/computeFollowUp';
import type { SignConvention } from './followup/sign';
import type { Grid } from './grid/grid';
import { headOf, sheetNameOf, wholeGrid, type Sheet } from './grid/sheetRows';
import { anError, aWarning, hasErrors, type Issue } from './issues/issue';
import { detectLayout, type SheetLayout } from './ledger/detect';
import { rowsOf } from './ledger/gridRows';
import type { Ledger } from './ledger/ledger';
import { missingRoles, readLedger } from './ledger/readLedger';
import type { Lang } from './money';
import { organisationFromLedger } from './organisation/fromLedger';
import { organisationFromSheet } from './organisation/fromSheet';
import type { Organisation } from './organisation/organisation';
import { monthKey, monthOf, yearOf, type FollowUpPeriod, type MonthKey } from './period/month';
import { lastActualMonth, type YearMonth } from './ledger/coverage';
import { indicatorTable, type IndicatorLine } from './indicators/indicatorTable';
import { readIndicatorSheets } from './indicators/readIndicators';

/** What to analyse and how. */
export interface AnalysisOptions {
  readonly period: FollowUpPeriod;
  /** The sign convention chosen by the user; detected when absent. */
  readonly sign?: SignConvention;
  /** Read only this sheet as the ledger (else every sheet that looks like one). */
  readonly ledgerSheet?: string;
  /** Layouts the user corrected, by sheet name; others are detected. */
  readonly layouts?: ReadonlyMap<string, SheetLayout>;
  readonly lang: Lang;
  /** Read the indicator sheets (default); false leaves them unread, so their cells cannot stop a follow-up without indicators. */
  readonly indicators?: boolean;
}

/** Everything the engine found. `followUp` is null while errors remain. */
export interface Analysis {
  readonly layouts: readonly SheetLayout[];
  readonly ledger: Ledger;
  readonly organisation: Organisation;
  readonly plan: AccountPlan;
  readonly followUp: FollowUp | null;
  /**
   * The latest month with actuals in the ledger (non-zero actual amounts), or null when it has
   * none: what the task pane can propose as the month to follow up.
   */
  readonly lastActualMonth: YearMonth | null;
  /** The indicator lines for the period, from the indicator sheets (empty without one). */
  readonly indicators: readonly IndicatorLine[];
  readonly issues: readonly Issue[];
}

/** Detect every sheet's layout (user corrections win). */
export function detectLayouts(grids: readonly Grid[], corrections?: ReadonlyMap<string, SheetLayout>): SheetLayout[] {
  return grids.map((g) => corrections?.get(g.sheet) ?? detectLayout(g));
}

/** Analyse a workbook's sheets for a follow-up period. */
export function analyseWorkbook(workbook: readonly Sheet[], o: AnalysisOptions): Analysis {
  const issues: Issue[] = [];
  const layouts = detectLayouts(workbook.map(headOf), o.layouts);
  const sheets = workbook.map((sheet, i) => ({ sheet, rows: rowsOf(sheet), layout: layouts[i]! }));
  let ledgerSheets = sheets.filter((s) => s.layout.kind === 'ledger');
  if (o.ledgerSheet !== undefined) {
    ledgerSheets = sheets.filter((s) => sheetNameOf(s.sheet) === o.ledgerSheet);
    const named = ledgerSheets[0];
    if (named === undefined) issues.push(anError('noLedger', {}, { sheet: o.ledgerSheet }));
    else if (named.layout.kind !== 'ledger') issues.push(anError('noHeader', { sheet: named.rows.sheet }));
  } else {
    // A summary sheet that merely looks like a ledger (Enhet | Årsbudget) must not stop the build:
    // it is left out with a warning, as long as a readable ledger remains.
    const readable = ledgerSheets.filter((s) => missingRoles(s).length === 0);
    if (readable.length > 0 && readable.length < ledgerSheets.length) {
      for (const s of ledgerSheets.filter((x) => !readable.includes(x))) issues.push(aWarning('sheetNotRead', { sheet: s.rows.sheet }));
      ledgerSheets = readable;
    }
  }
  const reading = readLedger(ledgerSheets, o.period.fiscalStart === undefined ? {} : { fiscalStart: o.period.fiscalStart });
  // The named sheet's own problem was said above; "no ledger" would only repeat it.
  const said = issues.some((i) => i.code === 'noLedger' || i.code === 'noHeader');
  issues.push(...reading.issues.filter((i) => !(said && i.code === 'noLedger')));
  const ledger = reading.ledger;
  const lastActual = lastActualMonth(ledger.facts);
  const beyond = actualsEndBefore(lastActual, o.period);
  if (beyond !== null) issues.push(beyond);

  const orgSheet = sheets.find((s) => s.layout.kind === 'organisation');
  let organisation: Organisation;
  if (orgSheet) {
    const r = organisationFromSheet(wholeGrid(orgSheet.sheet), orgSheet.layout, ledger, o.lang);
    organisation = r.organisation;
    issues.push(...r.issues);
  } else organisation = organisationFromLedger(ledger);

  const accountSheet = sheets.find((s) => s.layout.kind === 'accounts');
  let plan = KOMMUN_BAS;
  if (accountSheet) {
    const r = readAccountPlan(wholeGrid(accountSheet.sheet), accountSheet.layout);
    plan = r.plan;
    issues.push(...r.issues);
  }
  const period = fiscalPeriod(o.period, ledger, issues);
  const indicators = o.indicators === false ? [] : indicatorsOf(sheets, period, issues);
  let followUp: FollowUp | null = null;
  if (!hasErrors(issues)) {
    const computed = computeFollowUp({ ledger, organisation, plan, period, ...(o.sign ? { sign: o.sign } : {}) });
    issues.push(...computed.issues);
    if (!hasErrors(computed.issues)) followUp = computed;
  }
  return { layouts, ledger, organisation, plan, followUp, lastActualMonth: lastActual, indicators, issues };
}

/** The indicator lines of the indicator sheets for the period (in its fiscal year), their issues added. */
function indicatorsOf(sheets: readonly { sheet: Sheet; layout: SheetLayout }[], period: FollowUpPeriod, issues: Issue[]): readonly IndicatorLine[] {
  const found = sheets.filter((s) => s.layout.kind === 'indicators').map((s) => ({ grid: wholeGrid(s.sheet), headerRow: s.layout.headerRow }));
  if (found.length === 0) return [];
  const reading = readIndicatorSheets(found);
  const table = indicatorTable(reading.rows, period);
  issues.push(...reading.issues, ...table.issues);
  return table.lines;
}

/**
 * Following up a month past the last actuals ("utfall finns t.o.m. juli", September chosen) gives
 * confident figures over months without actuals: a warning naming the last month with actuals.
 */
function actualsEndBefore(last: YearMonth | null, period: FollowUpPeriod): Issue | null {
  if (last === null || monthKey(period.year, period.month) <= monthKey(last.year, last.month)) return null;
  const next = (monthKey(last.year, last.month) + 1) as MonthKey;
  return aWarning('actualsEndBefore', {}, {
    lastYear: last.year,
    lastMonth: last.month,
    fromYear: yearOf(next),
    fromMonth: monthOf(next),
    year: period.year,
    month: period.month,
  });
}

/**
 * The period with the fiscal start it is followed up in: the user's, else the one the ledger says
 * (said as a warning, so the user sees it), else January. A ledger that says another than the
 * user's gets a warning too.
 */
function fiscalPeriod(period: FollowUpPeriod, ledger: Ledger, issues: Issue[]): FollowUpPeriod {
  const said = ledger.fiscalStart;
  if (said === null) return period;
  const where = { sheet: said.sheet };
  if (period.fiscalStart === undefined) {
    issues.push(aWarning('fiscalStartDetected', where, { month: said.month, column: said.column }));
    return { ...period, fiscalStart: said.month };
  }
  if (period.fiscalStart !== said.month) issues.push(aWarning('fiscalStartConflict', where, { given: period.fiscalStart, detected: said.month, column: said.column }));
  return period;
}
