/**
 * Writing a follow-up so that a failure leaves the workbook as it was: the report is built in a
 * new sheet under a temporary name (one sync); only then is it tagged and given its final name and
 * place, replacing the old follow-up on Refresh (a second sync). If the first sync fails, the new
 * sheet is deleted again.
 */
import type { FollowUpSettings } from '../core/followUpSettings';
import type { ReportSheet } from '../core/report/model';
import { keptTags, queueForgetLayout, queueTag, type FollowUpSheet, type WorkbookIndex } from './followUpSheets';
import { queueReport } from './writeReport';

/** Where the follow-up goes: a new sheet name, or the follow-up it replaces. */
export interface WriteTarget {
  readonly name: string;
  readonly replace: FollowUpSheet | null;
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
  const tempName = `~uppf ${settings.id}`.slice(0, 31);
  const ws = context.workbook.worksheets.add(tempName);
  ws.load('id');
  queueReport(ws, report);
  try {
    await context.sync();
  } catch (e) {
    await removeSheet(context, tempName);
    throw e;
  }
  const replaced = target.replace;
  queueTag(context, ws, ws.id, settings, report.comments, customProperties, keptTags(index, replaced ? [replaced.id] : []));
  if (replaced) {
    const old = context.workbook.worksheets.getItem(replaced.id);
    old.delete();
    ws.name = replaced.name;
    ws.position = replaced.position;
    if (replaced.comments.length > 0) queueForgetLayout(context, replaced.id);
  } else ws.name = target.name;
  ws.activate();
  await context.sync();
  return { id: ws.id, name: replaced ? replaced.name : target.name };
}

/** Delete a sheet by name if it exists (cleanup after a failed write). */
async function removeSheet(context: Excel.RequestContext, name: string): Promise<void> {
  try {
    const ws = context.workbook.worksheets.getItemOrNullObject(name);
    ws.load('name');
    await context.sync();
    if (!ws.isNullObject) {
      ws.delete();
      await context.sync();
    }
  } catch {
    // The original error is what the user needs to see; a failed cleanup leaves only an empty sheet.
  }
}
