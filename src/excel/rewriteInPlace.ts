/**
 * Refresh in place: the follow-up is rewritten inside its own worksheet, so the sheet keeps its id,
 * and formulas in other sheets and defined names that point into it keep working (a sheet that is
 * deleted turns every reference to it into #REF!). A failure at any sync leaves it as it was:
 *
 * A. read the sheet: how far it is used, its charts, its print setup;
 * B. write the new report into a hidden temporary sheet (as Build does), copy the old cells
 *    (values, formats, merged areas: Range.copyFrom, ExcelApi 1.9, "replicates the Copy and Paste
 *    actions of the Excel UI") into a hidden backup sheet, and read the old widths and heights;
 * C. one batch rewrites the sheet: clear what was used, copy the report over it, widths, heights,
 *    print setup, the new chart, the tags; it ends with the backup's tag, then the old charts
 *    deleted, so a batch that ran to its end is recognised as done;
 * D. after C, delete the temporary and backup sheets (best effort: left, hidden and tagged, the
 *    next refresh deletes them), then freeze the header and activate the sheet (best effort).
 * If A or B fails, nothing of the follow-up has changed (the sheets B added are deleted). If C
 * fails before its end, everything C did is put back from what A and B kept. Excel batches are not
 * transactions (the actions before a failing one stay applied), hence the backup.
 */
import { serializeSettings, type FollowUpSettings } from '../core/followUpSettings';
import type { ReportSheet } from '../core/report/model';
import { uniqueSheetName } from '../core/report/sheetName';
import { ASIDE_PREFIX, keptTags, queueForgetLayout, queueRestoreTags, queueTag, rememberComments, SHEET_TAGS_SETTING, TAG_KEY, TEMP_PREFIX, type FollowUpSheet, type SheetInfo, type WorkbookIndex } from './followUpSheets';
import { focusRetry, isFocusError, otherWorkbookActive, waitBeforeRetry } from './focus';
import { oldLookOf, oldSizesOf, queueLook, queueRestoreLook, queueSizes, type OldLook, type OldSizes, type UsedExtent } from './sheetLook';
import { bestEffort, deleteIfThere, deleteSheets, undo } from './sheetSteps';
import { ensureTextKept, queueTextGuard } from './textGuard';
import { queueChart, queueFreeze, queuePageLayout, queueReport, queueShape, reportWidth } from './writeReport';

/** The sheets of one rewrite. */
interface Parts {
  /** The follow-up's sheet and its id. */
  readonly id: string;
  readonly ws: Excel.Worksheet;
  readonly temp: Excel.Worksheet;
  readonly backup: Excel.Worksheet;
  /** What sheet `ws` looked like (A; `look.used`: used from A1 before the write), its widths and heights (B), and its charts (to delete in C). */
  readonly look: OldLook;
  readonly sizes: OldSizes;
  readonly charts: readonly Excel.Chart[];
  /** The area the write touches (old and new together). */
  readonly touched: UsedExtent;
}

/** Rewrite follow-up `old` with `report` in its own sheet; returns its (unchanged) id and name. Throws (after putting it back) on failure. */
export async function rewriteInPlace(
  context: Excel.RequestContext,
  report: ReportSheet,
  settings: FollowUpSettings,
  old: FollowUpSheet,
  customProperties: boolean,
  index: WorkbookIndex,
): Promise<{ id: string; name: string }> {
  const ws = context.workbook.worksheets.getItem(old.id);
  const queued = queueLook(ws);
  await context.sync();
  const look = oldLookOf(queued);
  const before = look.used;
  const touched = { rows: Math.max(before.rows, reportHeight(report)), columns: Math.max(before.columns, reportWidth(report)) };
  const names = index.sheets.map((s) => s.name);
  const tempName = uniqueSheetName(`${TEMP_PREFIX}${settings.id}`, names);
  const backupName = uniqueSheetName(`${ASIDE_PREFIX}${settings.id}`, [...names, tempName]);
  const aside = await writeAside(context, report, ws, [tempName, backupName], before, touched);
  const parts: Parts = { id: old.id, ws, look, touched, charts: queued.charts.items, ...aside };
  try {
    queueOverwrite(context, report, parts, settings, customProperties, index);
    await context.sync();
  } catch (e) {
    if (!(await ranToItsEnd(context, parts, customProperties))) {
      await putBack(context, parts, old, customProperties, index);
      throw e;
    }
  }
  // Committed: from here on a failure is the workbook's tidiness, never the follow-up's.
  const leftovers = index.leftovers.filter((l) => l.settings.id === settings.id);
  await deleteSheets(context, [...asideSheets(parts), ...leftovers], () => {
    if (!customProperties) queueRestoreTags(context, keptTags(index));
  });
  await bestEffort(context, () => {
    queueFreeze(ws, report);
    ws.activate();
  });
  return { id: old.id, name: old.name };
}

/** The temporary and backup sheets, as deleteSheets takes them. */
function asideSheets(p: Parts): (SheetInfo & { readonly hasLayout: boolean })[] {
  return [p.temp, p.backup].map((s) => ({ id: s.id, name: '', position: 0, visible: false, hasLayout: false }));
}

/** Rows the report fills. */
function reportHeight(report: ReportSheet): number {
  return Math.max(report.rows.length, 1);
}

/**
 * Step B, in one sync (one more when Excel did not keep a formula-like text: textGuard.ts). When
 * Excel refuses to add the sheets because another workbook has the focus, nothing has changed:
 * wait and try again, then give up with `otherWorkbookActive`. Any other failure deletes what was
 * added and is passed on.
 */
async function writeAside(
  context: Excel.RequestContext,
  report: ReportSheet,
  ws: Excel.Worksheet,
  [tempName, backupName]: readonly [string, string],
  before: UsedExtent,
  touched: UsedExtent,
): Promise<{ temp: Excel.Worksheet; backup: Excel.Worksheet; sizes: OldSizes }> {
  for (let attempt = 1; ; attempt++) {
    const temp = context.workbook.worksheets.add(tempName);
    temp.load('id');
    temp.visibility = 'Hidden';
    queueReport(temp, report);
    const guard = queueTextGuard(temp, report);
    const backup = context.workbook.worksheets.add(backupName);
    backup.load('id');
    backup.visibility = 'Hidden';
    if (before.rows > 0) backup.getRangeByIndexes(0, 0, before.rows, before.columns).copyFrom(ws.getRangeByIndexes(0, 0, before.rows, before.columns), 'All');
    const sizes = queueSizes(ws, touched);
    try {
      await context.sync();
      await ensureTextKept(context, temp, guard);
      return { temp, backup, sizes: oldSizesOf(sizes) };
    } catch (e) {
      const existed = [await deleteIfThere(context, tempName), await deleteIfThere(context, backupName)].some(Boolean);
      if (existed || !isFocusError(e)) throw e;
      if (attempt >= focusRetry.attempts) throw otherWorkbookActive(e);
      await waitBeforeRetry(attempt);
    }
  }
}

/** Step C: the report over the old follow-up, in one batch (see the file's doc for its order). */
function queueOverwrite(context: Excel.RequestContext, report: ReportSheet, p: Parts, settings: FollowUpSettings, customProperties: boolean, index: WorkbookIndex): void {
  const { ws, temp, backup, touched } = p;
  const all = ws.getRangeByIndexes(0, 0, touched.rows, touched.columns);
  all.unmerge();
  all.clear('All');
  const height = reportHeight(report);
  const width = reportWidth(report);
  ws.getRangeByIndexes(0, 0, height, width).copyFrom(temp.getRangeByIndexes(0, 0, height, width), 'All');
  // Merged again from the model: the copy carries them as the UI's paste does, but the API reference does not say so.
  queueShape(ws, report);
  // Rows and columns of an older, larger follow-up go back to the standard size (RangeFormat.useStandardHeight/Width, ExcelApi 1.7).
  if (touched.rows > height) ws.getRangeByIndexes(height, 0, touched.rows - height, 1).getEntireRow().format.useStandardHeight = true;
  if (touched.columns > width) ws.getRangeByIndexes(0, width, 1, touched.columns - width).getEntireColumn().format.useStandardWidth = true;
  queuePageLayout(ws, report.print);
  queueChart(ws, report);
  const tag = serializeSettings(settings);
  // The temporary sheet is tagged too: should deleting it fail, the next refresh knows it as a leftover.
  const tags = { ...keptTags(index, [p.id]), [temp.id]: tag };
  queueTag(context, ws, p.id, settings, rememberComments(report), customProperties, tags);
  if (customProperties) temp.customProperties.add(TAG_KEY, tag);
  // The mark that this batch ran to its end (ranToItsEnd): the backup's tag, then the old charts deleted.
  if (customProperties) backup.customProperties.add(TAG_KEY, tag);
  else queueRestoreTags(context, { ...tags, [p.id]: tag, [backup.id]: tag });
  for (const chart of p.charts) chart.delete();
}

/**
 * Whether a batch C that failed had in fact run to its end (its error came after its last
 * action): the backup is tagged and none of the old charts is left. Read in one sync; false when
 * that sync fails too.
 */
async function ranToItsEnd(context: Excel.RequestContext, p: Parts, customProperties: boolean): Promise<boolean> {
  try {
    const charts = p.ws.charts;
    charts.load('items/id');
    const mark = queueReadMark(context, p.backup, customProperties);
    await context.sync();
    const tagged = !mark.isNullObject && (customProperties || Object.prototype.hasOwnProperty.call(mark.value ?? {}, p.backup.id));
    return tagged && charts.items.every((c) => !p.look.chartIds.includes(c.id));
  } catch {
    return false;
  }
}

/** Queue reading where C leaves its mark: the backup's custom property, or the settings-kept tags. */
function queueReadMark(context: Excel.RequestContext, backup: Excel.Worksheet, customProperties: boolean): Excel.WorksheetCustomProperty | Excel.Setting {
  if (customProperties) return backup.customProperties.getItemOrNullObject(TAG_KEY).load('value');
  return context.workbook.settings.getItemOrNullObject(SHEET_TAGS_SETTING).load('value');
}

/**
 * Put the follow-up back as it was after a batch C that stopped part way: its cells from the
 * backup, widths, heights and print setup as read, the charts C added deleted, its tag and comment
 * layout as the index read them; then the temporary and backup sheets deleted. Best effort: the
 * error of C is what the user is told.
 */
async function putBack(context: Excel.RequestContext, p: Parts, old: FollowUpSheet, customProperties: boolean, index: WorkbookIndex): Promise<void> {
  const { ws, touched } = p;
  const before = p.look.used;
  await undo(context, async () => {
    const charts = ws.charts;
    charts.load('items/id');
    await context.sync();
    const all = ws.getRangeByIndexes(0, 0, touched.rows, touched.columns);
    all.unmerge();
    all.clear('All');
    if (before.rows > 0) ws.getRangeByIndexes(0, 0, before.rows, before.columns).copyFrom(p.backup.getRangeByIndexes(0, 0, before.rows, before.columns), 'All');
    queueRestoreLook(ws, p.look, p.sizes);
    for (const chart of charts.items) if (!p.look.chartIds.includes(chart.id)) chart.delete();
    queueTag(context, ws, old.id, old.settings, old.comments, customProperties, keptTags(index, [old.id]));
    if (!old.hasLayout) queueForgetLayout(context, old.id);
  });
  await deleteSheets(context, asideSheets(p));
}
