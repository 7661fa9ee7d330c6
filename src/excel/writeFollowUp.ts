/**
 * Writing a follow-up so that a failure leaves the workbook as it was. Build: the report is built
 * in a new sheet under a temporary name (sync 1); only then is it tagged and given its final name
 * and place (sync 2). If sync 2 fails, the new sheet is deleted before the error is passed on. The
 * temporary name is one no sheet has, so neither a leftover nor a user's sheet is ever touched.
 * Refresh rewrites the follow-up inside its own sheet (rewriteInPlace.ts).
 *
 * Sync 2 holds only what Excel does whatever workbook has the focus (names, tags, settings). What
 * Excel refuses while another workbook has the focus (focus.ts) either comes before anything is
 * changed (adding the sheet: retried, then "another workbook is active", nothing changed) or after
 * the follow-up is committed (freezing the header, activating the sheet): retried, and a final
 * failure there never undoes a finished write.
 */
import type { FollowUpSettings } from '../core/followUpSettings';
import type { SheetLayout } from '../core/ledger/detect';
import type { ReportSheet } from '../core/report/model';
import { uniqueSheetName } from '../core/report/sheetName';
import { forgetLayoutIfAny, keptTags, queueRememberLayouts, queueRestoreTags, queueTag, rememberComments, restoreRememberedLayouts, TEMP_PREFIX, type FollowUpSheet, type WorkbookIndex } from './followUpSheets';
import { focusRetry, isFocusError, otherWorkbookActive, waitBeforeRetry } from './focus';
import { rewriteInPlace } from './rewriteInPlace';
import { bestEffort, deleteIfThere, undo } from './sheetSteps';
import { ensureTextKept, queueTextGuard } from './textGuard';
import { queueFreeze, queueReport } from './writeReport';

/** Where the follow-up goes: a new sheet name, or the follow-up it replaces. */
export interface WriteTarget {
  readonly name: string;
  readonly replace: FollowUpSheet | null;
  /** Column roles the user corrected, remembered with the tag (so a failed write forgets them too). */
  readonly layouts?: readonly SheetLayout[];
}

/** Write a follow-up sheet (a new one, or the one it refreshes, in place); returns its id and name. Throws (after cleaning up) on failure. */
export async function writeFollowUpSheet(
  context: Excel.RequestContext,
  report: ReportSheet,
  settings: FollowUpSettings,
  target: WriteTarget,
  customProperties: boolean,
  index: WorkbookIndex,
): Promise<{ id: string; name: string }> {
  if (target.replace) return rewriteInPlace(context, report, settings, target.replace, customProperties, index);
  const names = index.sheets.map((s) => s.name);
  const tempName = uniqueSheetName(`${TEMP_PREFIX}${settings.id}`, names);
  const ws = await writeTemporarySheet(context, report, tempName);
  ws.name = target.name;
  queueTag(context, ws, ws.id, settings, rememberComments(report), customProperties, keptTags(index));
  const layouts = target.layouts ?? [];
  if (layouts.length > 0) queueRememberLayouts(context, index, layouts);
  try {
    await context.sync();
  } catch (e) {
    await undo(context, async () => {
      context.workbook.worksheets.getItem(ws.id).delete();
      if (!customProperties) queueRestoreTags(context, keptTags(index));
      await forgetLayoutIfAny(context, ws.id);
      if (layouts.length > 0) await restoreRememberedLayouts(context, index);
    });
    throw e;
  }
  // Committed: from here on a failure is the workbook's tidiness, never the follow-up's.
  await bestEffort(context, () => {
    queueFreeze(ws, report);
    ws.activate();
  });
  return { id: ws.id, name: ws.name };
}

/**
 * Sync 1: the report in a new sheet under a temporary name, its formula-like texts read back
 * (textGuard.ts; one more sync only when Excel did not keep one). When Excel refuses to add the sheet
 * because another workbook has the focus, nothing has changed: wait and try again, then give up
 * with `otherWorkbookActive`. Any other failure deletes what was written and is passed on.
 */
async function writeTemporarySheet(context: Excel.RequestContext, report: ReportSheet, tempName: string): Promise<Excel.Worksheet> {
  for (let attempt = 1; ; attempt++) {
    const ws = context.workbook.worksheets.add(tempName);
    ws.load('id');
    queueReport(ws, report);
    const guard = queueTextGuard(ws, report);
    try {
      await context.sync();
      await ensureTextKept(context, ws, guard);
      return ws;
    } catch (e) {
      const existed = await deleteIfThere(context, tempName);
      if (existed || !isFocusError(e)) throw e;
      if (attempt >= focusRetry.attempts) throw otherWorkbookActive(e);
      await waitBeforeRetry(attempt);
    }
  }
}
