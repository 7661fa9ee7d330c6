/**
 * Sheets + settings + the user's comments → the analysis, the report model and the summary: what
 * the add-in's Build and Refresh and the command line all do between reading and writing.
 */
import { analyseWorkbook, type Analysis, type AnalysisOptions } from './engine';
import type { FollowUpSettings } from './followUpSettings';
import type { Sheet } from './grid/sheetRows';
import type { SheetLayout } from './ledger/detect';
import { buildReport, type ReportOptions } from './report/buildReport';
import type { ReportSheet } from './report/model';
import { summaryParagraphs } from './report/summary';
import { DEFAULT_THRESHOLD } from './cycle/threshold';
import { explainedOf } from './cycle/explained';
import { carryComments, previousLabel, splitComments, unmatchedIssues, type CarriedComments } from './cycle/previousComments';
import type { ForecastAccuracy } from './forecast/accuracy';
import { computeForecastAccuracy } from './forecast/forecastAccuracy';
import type { IndicatorLine } from './indicators/indicatorTable';

import { lockFollowUp, type LockedMonth } from './cycle/lockedMonth';
import { sinceLockOf, lockedAtText, type SinceLock } from './cycle/sinceLock';
import { aWarning, type Issue } from './issues/issue';
import type { FollowUp } from './followup/computeFollowUp';

/** A composed follow-up, or the analysis with the errors that stop it. */
export type Composition =
  | {
      readonly ok: true;
      readonly analysis: Analysis;
      readonly report: ReportSheet;
      readonly summary: string;
      /** The organisation's name the report uses (settings, else the ledger's title). */
      readonly organisation: string;
      readonly carried?: CarriedComments;
      /** Asked for (settings.forecastAccuracy): the figures, or null when the data give none; else undefined. */
      readonly forecastAccuracy?: ForecastAccuracy | null;
      /** The indicator lines the follow-up shows (none when its sections leave them out). */
      readonly indicators: readonly IndicatorLine[];
      /** What changed since the follow-up's locked month, when it has one that compares. */
      readonly sinceLock?: SinceLock;
      /** The follow-up locked, when asked (ComposeOptions.lockAs). */
      readonly locked?: LockedMonth;
    }
  | { readonly ok: false; readonly analysis: Analysis };

/** What a composition may be given besides the settings. */
export interface ComposeOptions {
  /** What users typed, by comment key. */
  readonly comments?: ReadonlyMap<string, string>;
  /** Column roles the user corrected, by sheet name. */
  readonly layouts?: ReadonlyMap<string, SheetLayout>;
  /** The organisation's name when neither the settings nor the ledger's title give one. */
  readonly fallbackOrganisation?: string;
  /** Where carried comments came from (the previous follow-up's sheet or file), for the warnings naming unmatched ones. */
  readonly previousSource?: string;
  /** The follow-up's locked month: the report then shows what changed since (core/cycle/sinceLock). */
  readonly lock?: LockedMonth;
  /** Problems met reading the follow-up's lock (damaged, another version), shown as warnings. */
  readonly lockIssues?: readonly Issue[];
  /** Lås månaden: also lock the follow-up composed, as this follow-up at this time (Composition.locked). */
  readonly lockAs?: { readonly followUpId: string; readonly lockedAt: string; readonly settings: string };
}

/** What the engine is asked for a follow-up's settings: the same for Build, Refresh and the rows behind a figure. */
export function analysisOptionsOf(s: Omit<FollowUpSettings, 'id'>, layouts?: ReadonlyMap<string, SheetLayout>): AnalysisOptions {
  return {
    period: s.period,
    lang: s.lang,
    ...(s.sign ? { sign: s.sign } : {}),
    ...(s.ledgerSheet !== undefined ? { ledgerSheet: s.ledgerSheet } : {}),
    ...(layouts ? { layouts } : {}),
    ...(s.sections.includes('indicators') ? {} : { indicators: false }),
  };
}

/** Compose a follow-up from the workbook's sheets. */
export function composeFollowUp(sheets: readonly Sheet[], s: Omit<FollowUpSettings, 'id'>, o: ComposeOptions = {}): Composition {
  const { layouts, fallbackOrganisation } = o;
  // Carried comments ride with this month's under their own keys (core/cycle/previousComments).
  const { current: comments, previous: previousComments } = splitComments(o.comments ?? new Map<string, string>());
  const analysed = analyseWorkbook(sheets, analysisOptionsOf(s, layouts));
  const f = analysed.followUp;
  const since = f === null ? null : changesSince(f, o.lock, s.lang);
  // A lock that cannot be compared, or read, is a warning beside the follow-up: never a stop.
  const lockIssues = [...(o.lockIssues ?? []), ...(since?.issue ? [since.issue] : [])];
  let analysis = lockIssues.length === 0 ? analysed : { ...analysed, issues: [...analysed.issues, ...lockIssues] };
  if (f === null) return { ok: false, analysis };
  const sinceLock = since?.sinceLock;
  // Asked for only: its issues (no forecasts to compare, a forecast without a budget) join the analysis's.
  const accuracy = s.forecastAccuracy ? computeForecastAccuracy(analysis.ledger, f) : null;
  if (accuracy) analysis = { ...analysis, issues: [...analysis.issues, ...accuracy.issues] };
  const explainOver = s.explainOver ?? DEFAULT_THRESHOLD;
  // Empty when the sections leave indicators out: analysisOptionsOf leaves their sheets unread.
  const indicators = analysis.indicators;
  const organisation = s.organisation ?? analysis.ledger.title ?? fallbackOrganisation ?? analysis.ledger.sheets[0] ?? '';
  const carried = s.previous ? carryComments(f, s.parentStyle, previousComments) : null;
  const label = s.previous ? previousLabel(s.previous, s.period.fiscalStart, s.lang) : '';
  const forecastAccuracy = accuracy ? { forecastAccuracy: accuracy.accuracy } : {};
  const explained = explainedOf(f, s.parentStyle, explainOver, comments);
  // Worked out once: the report lays the paragraphs out, and they are the summary text below.
  const summary = summaryParagraphs(f, { lang: s.lang, scale: s.scale, organisation, explained, indicators, ...forecastAccuracy, ...(sinceLock ? { sinceLock } : {}) });
  const reportOptions: ReportOptions = {
    explained,
    summary,
    lang: s.lang,
    scale: s.scale,
    parentStyle: s.parentStyle,
    sections: s.sections,
    organisation,
    ledgerActualWord: analysis.ledger.actualWord,
    sourceSheets: analysis.ledger.sheets,
    comments,
    explainOver,
    ...(s.reconcileRounding ? { reconcileRounding: true } : {}),
    ...(carried ? { previous: { label, comments: carried.matched } } : {}),
    ...forecastAccuracy,
    indicators,
    ...(sinceLock ? { sinceLock } : {}),
  };
  // The sheet model is built when first asked for: a command-line run that writes only the JSON
  // report never needs it (on a 1 M-row ledger that is ~20 % of the run: buildReport's code runs
  // cold, once). Built at most once.
  let report: ReportSheet | undefined;
  const unmatched = carried ? unmatchedIssues(carried.unmatched, { sheet: o.previousSource ?? '', label }, s.lang) : [];
  const withUnmatched = unmatched.length > 0 ? { ...analysis, issues: [...analysis.issues, ...unmatched] } : analysis;
  return {
    ok: true,
    analysis: withUnmatched,
    get report(): ReportSheet {
      report ??= buildReport(f, reportOptions);
      return report;
    },
    indicators,
    organisation,
    summary: summary.join('\n\n'),
    ...(carried ? { carried } : {}),
    ...forecastAccuracy,
    ...(sinceLock ? { sinceLock } : {}),
    // The comments as typed (carried ones too): a lock keeps what the sheet held.
    ...(o.lockAs ? { locked: lockFollowUp(f, { ...o.lockAs, organisation, lang: s.lang, comments: o.comments ?? new Map<string, string>() }) } : {}),
  };
}

/** The changes since the lock, or the warning why there are none to show. */
function changesSince(f: FollowUp, lock: LockedMonth | undefined, lang: 'sv' | 'en'): { sinceLock?: SinceLock; issue?: Issue } | null {
  if (!lock) return null;
  const since = sinceLockOf(f, lock, lang);
  if ('mismatch' in since) return { issue: aWarning('lockMismatch', {}, { reason: since.mismatch, lockedAt: lockedAtText(lock.lockedAt) }) };
  return { sinceLock: since };
}
