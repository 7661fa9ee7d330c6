/**
 * What the task pane computes between reading the workbook and writing a sheet, as functions of
 * plain data: the worker runs them, and so does the main thread where no worker can start. Their
 * results are what crosses back, so they carry only what the caller uses (not the ledger's facts).
 */
import { analysisOptionsOf, composeFollowUp, type ComposeOptions } from '../../core/compose';
import type { DrillFigure } from '../../core/drilldown/figures';
import { rowsBehind, type DrillTarget } from '../../core/drilldown/rowsBehind';
import { underlagReport } from '../../core/drilldown/underlagReport';
import { analyseWorkbook, type Analysis } from '../../core/engine';
import type { Lang, Money } from '../../core/money';
import { drillAt, type CellAt } from '../../core/report/drillAt';
import { reportWords } from '../../core/report/words';
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

/** Whose rows Visa underlag lists: a figure named, or the figure in the cell the user selected in the follow-up. */
export type RowsBehindTarget = { readonly figure: DrillTarget } | { readonly selected: CellAt };

/** The "Underlag" sheet of a figure, or why there is none. */
export type RowsBehindFound =
  | { readonly ok: true; readonly report: ReportSheet; readonly rows: number; readonly total: Money | null; readonly figure: DrillFigure }
  | { readonly ok: false; readonly problem: 'input'; readonly issues: readonly Issue[] }
  | { readonly ok: false; readonly problem: 'notAFigure' | 'unitNotFound' };

/**
 * The rows behind a figure of a follow-up with these settings, as the "Underlag" sheet: the ledger
 * analysed as Build analyses it (composed, when the figure is found by the selected cell, since the
 * report model says which figure a cell shows), the rows picked, the sheet laid out.
 */
export function rowsBehindForApp(grids: readonly Grid[], settings: Omit<FollowUpSettings, 'id'>, options: ComposeOptions, target: RowsBehindTarget): RowsBehindFound {
  let analysis: Analysis;
  let figure: DrillTarget;
  if ('selected' in target) {
    const composed = composeFollowUp(grids, settings, options);
    if (!composed.ok) return { ok: false, problem: 'input', issues: composed.analysis.issues };
    const cell = drillAt(composed.report, target.selected);
    if (cell === null) return { ok: false, problem: 'notAFigure' };
    analysis = composed.analysis;
    // A drill cell names its figure as a target does (path, account line, own rows, figure).
    figure = cell;
  } else {
    analysis = analyseWorkbook(grids, analysisOptionsOf(settings, options.layouts));
    figure = target.figure;
  }
  if (analysis.followUp === null || analysis.issues.some((i) => i.severity === 'error')) return { ok: false, problem: 'input', issues: analysis.issues };
  const drill = rowsBehind({ ...analysis, followUp: analysis.followUp }, figure);
  if ('problem' in drill) return { ok: false, problem: 'unitNotFound' };
  const report = underlagReport(analysis.ledger, drill, { lang: settings.lang, unit: unitLabel(figure, settings.lang), ...(figure.group !== undefined ? { group: figure.group } : {}) });
  return { ok: true, report, rows: drill.parts.reduce((n, p) => n + p.rowCount, 0), total: drill.total, figure: figure.figure };
}

/** The unit as the Underlag title names it: its path, or a parent's own rows as the unit table says. */
function unitLabel(target: DrillTarget, lang: Lang): string {
  const path = target.path.join(' / ');
  return target.own === true ? reportWords(lang).ownRows(path) : path;
}
