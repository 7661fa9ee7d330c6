/**
 * Build follow-up (Skapa uppföljning) and Refresh follow-ups (Uppdatera uppföljningar): one
 * Excel.run each, shared by the task pane and the ribbon command.
 */
import { newFollowUpId, type FollowUpSettings } from '../core/followUpSettings';
import { issueMessage } from '../core/i18n/issues';
import type { Issue } from '../core/issues/issue';
import type { SheetLayout } from '../core/ledger/detect';
import type { ReportSheet } from '../core/report/model';
import { uniqueSheetName } from '../core/report/sheetName';
import { rememberComments, type FollowUpSheet } from '../excel/followUpSheets';
import { writeFollowUpSheet } from '../excel/writeFollowUp';
import { withCompute, type ComputeSession } from './compute/computeClient';
import type { Composed } from './compute/jobs';
import { failed, ok, toAppError, type Result } from './errors';
import type { Deadline } from './deadline';
import { pause, runExcel, type Capabilities } from './excelRun';
import { overall, type OnProgress } from './progress';
import { hiddenRowsWarnings, readWorkbook, type WorkbookRead } from './readWorkbook';
import { queueLockParts, readStoredLocks, type StoredLock } from '../excel/cycleStore';
import { lockOptionsFor } from './locks';

/** What the user asked to build. */
export interface BuildRequest {
  readonly settings: Omit<FollowUpSettings, 'id'>;
  /** Column roles the user corrected, by sheet name. */
  readonly layouts?: ReadonlyMap<string, SheetLayout>;
}

/** A follow-up written. */
export interface BuildOutcome {
  readonly sheetId: string;
  readonly sheetName: string;
  readonly summary: string;
  readonly report: ReportSheet;
  readonly warnings: readonly string[];
}

/** Build a new follow-up sheet from the workbook's ledger sheets. */
export function buildFollowUp(request: BuildRequest, onProgress?: OnProgress): Promise<Result<BuildOutcome>> {
  // The engine runs off the main thread (a worker) and the rows go there as read, so a million
  // rows never freeze the pane.
  return runExcel((context, caps) => withCompute(pause, async (compute) => {
    const read = await readWorkbook(context, caps, () => [], onProgress, undefined, compute.rows);
    onProgress?.({ phase: 'computing', fraction: overall('computing', 0) });
    await pause();
    const settings: FollowUpSettings = { ...request.settings, id: newFollowUpId() };
    // The user's corrections of this build win; otherwise those remembered in the workbook.
    const layouts = new Map([...read.layouts, ...(request.layouts ?? [])]);
    const composed = await compute.compose(settings, { layouts });
    if (!composed.ok) return failed({ kind: 'input', issues: composed.issues });
    return writeNewFollowUp(context, caps, read, composed, settings, onProgress, [...(request.layouts?.values() ?? [])]);
  }));
}

/**
 * A composed follow-up written as a new sheet (a build's, or a next month's), and what the pane
 * shows of it; `corrected`: the column roles the user corrected, kept with the sheet.
 */
export async function writeNewFollowUp(
  context: Excel.RequestContext,
  caps: Capabilities,
  read: WorkbookRead,
  composed: Extract<Composed, { ok: true }>,
  settings: FollowUpSettings,
  onProgress: OnProgress | undefined,
  corrected: readonly SheetLayout[] = [],
): Promise<Result<BuildOutcome>> {
  onProgress?.({ phase: 'writing', fraction: overall('writing', 0) });
  const name = uniqueSheetName(composed.report.name, read.index.sheets.map((s) => s.name));
  const written = await writeFollowUpSheet(context, composed.report, settings, { name, replace: null, layouts: corrected }, caps.customProperties, read.index);
  onProgress?.({ phase: 'done', fraction: 1 });
  return ok({
    sheetId: written.id,
    sheetName: written.name,
    summary: composed.summary,
    report: composed.report,
    warnings: warningsOf(composed.issues, read, settings.lang),
  });
}

/** One follow-up refreshed, or why it could not be. */
export interface RefreshOutcome {
  readonly sheetName: string;
  readonly result: Result<BuildOutcome>;
}

/** How a refresh is bounded. */
export interface RefreshOptions {
  /** Start no read chunk and no follow-up's write after this (the ribbon's 5-minute runtime). */
  readonly deadline?: Deadline;
}

/**
 * Refresh follow-ups from the current ledger: same settings and layout, the comments users typed
 * kept (matched by unit). `sheetIds` 'all' refreshes every follow-up of the workbook. Past the
 * deadline, the follow-ups not yet written are left as they are, each with a 'timeLimit' outcome.
 */
export function refreshFollowUps(sheetIds: readonly string[] | 'all', onProgress?: OnProgress, options: RefreshOptions = {}): Promise<Result<readonly RefreshOutcome[]>> {
  // One worker holds the rows for every follow-up refreshed.
  return runExcel((context, caps) => withCompute(pause, async (compute) => {
    const pick = (followUps: readonly FollowUpSheet[]) => (sheetIds === 'all' ? followUps : followUps.filter((f) => sheetIds.includes(f.id)));
    // Locked months (./lockMonth): their parts' ids ride along with the read's first sync.
    const lockParts = queueLockParts(context);
    const read = await readWorkbook(context, caps, (index) => pick(index.followUps), onProgress, options.deadline, compute.rows);
    const targets = pick(read.index.followUps);
    if (targets.length === 0) return failed({ kind: 'notFound', what: 'followUp' });
    const locks = await readStoredLocks(context, lockParts);
    const outcomes = await refreshEach(context, caps, read, targets, compute, onProgress, { ...options, locks });
    onProgress?.({ phase: 'done', fraction: 1 });
    return ok(outcomes);
  }));
}

/** Compose and write each follow-up in turn (the rows are in `compute`), within the deadline. */
async function refreshEach(
  context: Excel.RequestContext,
  caps: Capabilities,
  read: WorkbookRead,
  targets: readonly FollowUpSheet[],
  compute: ComputeSession,
  onProgress: OnProgress | undefined,
  options: RefreshOptions & { readonly locks: readonly StoredLock[] },
): Promise<RefreshOutcome[]> {
  let index = read.index;
  const outcomes: RefreshOutcome[] = [];
  for (const [i, f] of targets.entries()) {
    if (options.deadline?.passed()) {
      outcomes.push({ sheetName: f.name, result: failed({ kind: 'timeLimit' }) });
      continue;
    }
    onProgress?.({ phase: 'computing', fraction: overall('computing', i / targets.length) });
    await pause();
    const composed = await compute.compose(f.settings, { comments: read.comments.get(f.id) ?? new Map(), layouts: read.layouts, ...lockOptionsFor(options.locks, f.settings.id) });
    if (!composed.ok) {
      outcomes.push({ sheetName: f.name, result: failed({ kind: 'input', issues: composed.issues }) });
      continue;
    }
    onProgress?.({ phase: 'writing', fraction: overall('writing', i / targets.length) });
    let written: { id: string; name: string };
    try {
      written = await writeFollowUpSheet(context, composed.report, f.settings, { name: f.name, replace: f }, caps.customProperties, index);
    } catch (e) {
      // This one is as it was; those refreshed before it stay refreshed, and say so.
      outcomes.push({ sheetName: f.name, result: failed(toAppError(e)) });
      continue;
    }
    // The sheet holds the new report now: later writes keep its tag and comment layout as written.
    index = { ...index, followUps: [...index.followUps.filter((x) => x.id !== f.id), { ...f, id: written.id, comments: rememberComments(composed.report), hasLayout: true }] };
    outcomes.push({
      sheetName: written.name,
      result: ok({ sheetId: written.id, sheetName: written.name, summary: composed.summary, report: composed.report, warnings: warningsOf(composed.issues, read, f.settings.lang) }),
    });
  }
  return outcomes;
}

/** The analysis's warnings, then the read's (hidden rows counted), in the user's language. */
function warningsOf(issues: readonly Issue[], read: WorkbookRead, lang: 'sv' | 'en'): string[] {
  return [...issues.filter((i) => i.severity === 'warning').map((i) => issueMessage(i, lang, 'pane')), ...hiddenRowsWarnings(read, lang)];
}
