/**
 * Writing a follow-up so that a failure leaves the workbook as it was: the report is built in a
 * new sheet under a temporary name (sync 1). Only then is it tagged and given its final name and
 * place; on Refresh the old follow-up is first renamed aside (sync 2) and deleted last (sync 3).
 * If sync 1 or 2 fails, what was done is undone before the error is passed on. The temporary and
 * aside names are ones no sheet has, so neither a leftover nor a user's sheet is ever touched.
 */
import type { FollowUpSettings } from '../core/followUpSettings';
import type { SheetLayout } from '../core/ledger/detect';
import type { ReportSheet } from '../core/report/model';
import { uniqueSheetName } from '../core/report/sheetName';
import { ASIDE_PREFIX, forgetLayoutIfAny, keptTags, queueForgetLayout, queueRememberLayouts, queueRestoreTags, queueTag, rememberComments, restoreRememberedLayouts, TEMP_PREFIX, type FollowUpSheet, type WorkbookIndex } from './followUpSheets';
import { queueReport } from './writeReport';

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
  const ws = context.workbook.worksheets.add(tempName);
  ws.load('id');
  queueReport(ws, report);
  try {
    await context.sync();
  } catch (e) {
    await undo(context, async () => {
      const temp = context.workbook.worksheets.getItemOrNullObject(tempName);
      await context.sync();
      if (!temp.isNullObject) temp.delete();
    });
    throw e;
  }

  const replaced = target.replace;
  if (replaced) context.workbook.worksheets.getItem(replaced.id).name = asideName;
  ws.name = replaced ? replaced.name : target.name;
  if (replaced) ws.position = replaced.position;
  queueTag(context, ws, ws.id, settings, rememberComments(report), customProperties, keptTags(index, replaced ? [replaced.id] : []));
  const layouts = target.layouts ?? [];
  if (layouts.length > 0) queueRememberLayouts(context, index, layouts);
  ws.activate();
  try {
    await context.sync();
  } catch (e) {
    await undo(context, async () => {
      // The new sheet goes first: it may already carry the name the old one gets back.
      context.workbook.worksheets.getItem(ws.id).delete();
      if (replaced) {
        const old = context.workbook.worksheets.getItem(replaced.id);
        old.name = replaced.name;
        old.activate();
      }
      if (!customProperties) queueRestoreTags(context, keptTags(index));
      await forgetLayoutIfAny(context, ws.id);
      if (layouts.length > 0) await restoreRememberedLayouts(context, index);
    });
    throw e;
  }
  if (replaced) {
    // With it go the sheets an earlier refresh of it could not delete.
    for (const old of [replaced, ...index.leftovers.filter((l) => l.settings.id === settings.id)]) {
      context.workbook.worksheets.getItem(old.id).delete();
      if (old.hasLayout) queueForgetLayout(context, old.id);
    }
    try {
      await context.sync();
    } catch {
      // The new follow-up is in place and tagged; the old one stays aside, untagged where tags
      // are kept in the workbook's settings, under a name no later write will want.
    }
  }
  return { id: ws.id, name: ws.name };
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
