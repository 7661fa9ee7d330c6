/**
 * Writing a follow-up so that a failure leaves the workbook as it was: the report is built in a
 * new sheet under a temporary name (sync 1). Only then is it tagged and given its final name and
 * place; on Refresh the old follow-up is first renamed aside (sync 2) and deleted after (sync 3).
 * If sync 1 or 2 fails, what was done is undone before the error is passed on. The temporary and
 * aside names are ones no sheet has, so neither a leftover nor a user's sheet is ever touched.
 *
 * Sync 2 holds only what Excel does whatever workbook has the focus (names, tags, settings). What
 * Excel refuses while another workbook has the focus (focus.ts) either comes before anything is
 * changed (adding the sheet: retried, then "another workbook is active", nothing changed) or after
 * the follow-up is committed (deleting the old sheet, freezing the header, activating the sheet):
 * retried, and a final failure there never undoes a finished write.
 */
import type { FollowUpSettings } from '../core/followUpSettings';
import type { SheetLayout } from '../core/ledger/detect';
import type { ReportSheet } from '../core/report/model';
import { uniqueSheetName } from '../core/report/sheetName';
import { ASIDE_PREFIX, forgetLayoutIfAny, keptTags, queueForgetLayout, queueRememberLayouts, queueRestoreTags, queueTag, rememberComments, restoreRememberedLayouts, TEMP_PREFIX, type FollowUpSheet, type SheetInfo, type WorkbookIndex } from './followUpSheets';
import { focusRetry, isFocusError, otherWorkbookActive, syncWithFocusRetry, waitBeforeRetry } from './focus';
import { ensureTextKept, queueTextGuard } from './textGuard';
import { queueFreeze, queueReport } from './writeReport';

/** Where the follow-up goes: a new sheet name, or the follow-up it replaces. */
export interface WriteTarget {
  readonly name: string;
  readonly replace: FollowUpSheet | null;
  /** Column roles the user corrected, remembered with the tag (so a failed write forgets them too). */
  readonly layouts?: readonly SheetLayout[];
}

/** Write a follow-up sheet; returns its id and name. Throws (after cleaning up) on failure. */
export async function writeFollowUpSheet(
  context: Excel.RequestContext,
  report: ReportSheet,
  settings: FollowUpSettings,
  target: WriteTarget,
  customProperties: boolean,
  index: WorkbookIndex,
): Promise<{ id: string; name: string }> {
  const names = index.sheets.map((s) => s.name);
  const tempName = uniqueSheetName(`${TEMP_PREFIX}${settings.id}`, names);
  const asideName = uniqueSheetName(`${ASIDE_PREFIX}${settings.id}`, [...names, tempName]);
  const ws = await writeTemporarySheet(context, report, tempName);

  const replaced = target.replace;
  if (replaced) context.workbook.worksheets.getItem(replaced.id).name = asideName;
  ws.name = replaced ? replaced.name : target.name;
  if (replaced) ws.position = replaced.position;
  queueTag(context, ws, ws.id, settings, rememberComments(report), customProperties, keptTags(index, replaced ? [replaced.id] : []));
  const layouts = target.layouts ?? [];
  if (layouts.length > 0) queueRememberLayouts(context, index, layouts);
  try {
    await context.sync();
  } catch (e) {
    await undo(context, async () => {
      // The new sheet goes first: it may already carry the name the old one gets back.
      context.workbook.worksheets.getItem(ws.id).delete();
      if (replaced) context.workbook.worksheets.getItem(replaced.id).name = replaced.name;
      if (!customProperties) queueRestoreTags(context, keptTags(index));
      await forgetLayoutIfAny(context, ws.id);
      if (layouts.length > 0) await restoreRememberedLayouts(context, index);
    });
    throw e;
  }
  // Committed: from here on a failure is the workbook's tidiness, never the follow-up's.
  if (replaced) {
    // With it go the sheets an earlier refresh of it could not delete.
    for (const old of [replaced, ...index.leftovers.filter((l) => l.settings.id === settings.id)]) await deleteSheet(context, old);
  }
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

/** Delete the sheet of that name if a failed sync left it; whether it was there. */
async function deleteIfThere(context: Excel.RequestContext, name: string): Promise<boolean> {
  let existed = false;
  await undo(context, async () => {
    const temp = context.workbook.worksheets.getItemOrNullObject(name);
    await context.sync();
    existed = !temp.isNullObject;
    if (existed) temp.delete();
  });
  return existed;
}

/**
 * Delete a follow-up sheet the new one replaced (or a leftover). A VeryHidden sheet cannot be
 * deleted (Worksheet.delete's doc: "You should first change its visibility to hidden or visible"),
 * so a sheet that is not visible is made Hidden first. Retried while another workbook has the
 * focus; if it still fails, the sheet stays aside, Hidden, and the next refresh deletes it.
 */
async function deleteSheet(context: Excel.RequestContext, old: SheetInfo & { readonly hasLayout: boolean }): Promise<void> {
  try {
    await syncWithFocusRetry(context, () => {
      const sheet = context.workbook.worksheets.getItem(old.id);
      if (!old.visible) sheet.visibility = 'Hidden';
      sheet.delete();
      if (old.hasLayout) queueForgetLayout(context, old.id);
    });
  } catch {
    // Out of sight until the next refresh: hiding works whichever workbook has the focus.
    await bestEffort(context, () => void (context.workbook.worksheets.getItem(old.id).visibility = 'Hidden'));
  }
}

/** Run a finishing step (freeze, activate, hide) with focus retries; its failure is not the write's. */
async function bestEffort(context: Excel.RequestContext, queue: () => void): Promise<void> {
  try {
    await syncWithFocusRetry(context, queue);
  } catch {
    // The follow-up is written and tagged; an unfrozen header or another active sheet is cosmetic.
  }
}

/** Undo after a failed sync, best effort: the original error is what the user needs to see. */
async function undo(context: Excel.RequestContext, steps: () => Promise<void>): Promise<void> {
  try {
    await steps();
    await context.sync();
  } catch {
    // Left over at worst: an empty or temporary sheet, never a changed ledger or a lost follow-up.
  }
}
