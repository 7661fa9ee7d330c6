/**
 * What the task pane computes between reading the workbook and writing a sheet, as functions of
 * plain data: the worker runs them, and so does the main thread where no worker can start. Their
 * results are what crosses back, so they carry only what the caller uses (not the ledger's facts).
 */
import { composeFollowUp, type ComposeOptions } from '../../core/compose';
import type { FollowUpSettings } from '../../core/followUpSettings';
import type { Grid } from '../../core/grid/grid';
import type { Issue } from '../../core/issues/issue';
import { ledgerCoverage, type LedgerCoverage } from '../../core/ledger/coverage';
import type { SheetLayout } from '../../core/ledger/detect';
import { rowsOf } from '../../core/ledger/gridRows';
import { missingRoles, readLedger } from '../../core/ledger/readLedger';
import type { ReportSheet } from '../../core/report/model';
import type { LockedMonth } from '../../core/cycle/lockedMonth';

/** What the pane learns from reading the ledger sheets whole when it opens; null: none readable. */
export type LedgerGlance = {
  readonly coverage: LedgerCoverage;
  /** The fiscal year's first month as the ledger says it; null: not said. */
  readonly fiscalStart: number | null;
  /** The organisation's name from the ledger's title rows; null: none. */
  readonly title: string | null;
} | null;

/** A composed follow-up as the app uses it, or the issues that stop it. */
export type Composed =
  | { readonly ok: true; readonly issues: readonly Issue[]; readonly report: ReportSheet; readonly summary: string; readonly locked?: LockedMonth }
  | { readonly ok: false; readonly issues: readonly Issue[] };

/** Read the ledger sheets among `grids` as a build picks them, for their months and title. */
export function glanceAtLedger(grids: readonly Grid[], layouts: readonly SheetLayout[]): LedgerGlance {
  const sheets = grids.flatMap((g) => {
    const layout = layouts.find((l) => l.sheet === g.sheet);
    return layout ? [{ rows: rowsOf(g), layout }] : [];
  });
  const readable = sheets.filter((s) => missingRoles(s).length === 0);
  if (readable.length === 0) return null;
  const { ledger } = readLedger(readable);
  return { coverage: ledgerCoverage(ledger.facts), fiscalStart: ledger.fiscalStart?.month ?? null, title: ledger.title };
}

/** Compose a follow-up (core's composeFollowUp), keeping what the app uses. */
export function composeForApp(grids: readonly Grid[], settings: Omit<FollowUpSettings, 'id'>, options: ComposeOptions): Composed {
  const c = composeFollowUp(grids, settings, options);
  return c.ok ? { ok: true, issues: c.analysis.issues, report: c.report, summary: c.summary, ...(c.locked ? { locked: c.locked } : {}) } : { ok: false, issues: c.analysis.issues };
}
