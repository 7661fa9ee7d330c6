/**
 * What the task pane shows before a build: the workbook's sheets with their detected layouts
 * (column roles the user may correct), tables, follow-ups, and a suggested period. Reads only each
 * sheet's first rows, so it is quick on any ledger size.
 */
import { detectLayout, type SheetLayout } from '../core/ledger/detect';
import { queueSheets, queueTags, rememberedLayoutsFor, resolveIndex, type WorkbookIndex } from '../excel/followUpSheets';
import { queueSamples, readRemaining } from '../excel/readGrids';
import { ok, type Result } from './errors';
import { runExcel } from './excelRun';

/** The workbook as the task pane sees it. */
export interface Inspection {
  readonly index: WorkbookIndex;
  /** Layouts of the sheets that are not follow-ups, detected from their first rows, with the
   * column roles the user corrected earlier (remembered in the workbook) applied. */
  readonly layouts: readonly SheetLayout[];
  /** The month to follow up by default: last month (month-end close), as year and month. */
  readonly suggestedPeriod: { readonly year: number; readonly month: number };
}

/** Inspect the open workbook. */
export function inspectWorkbook(today = new Date()): Promise<Result<Inspection>> {
  return runExcel(async (context, caps) => {
    const sheets = queueSheets(context);
    await context.sync();
    const tags = queueTags(context, sheets, caps.customProperties);
    const samples = queueSamples(context, sheets.sheets.items.map((ws) => ws.name));
    await context.sync();
    const index = resolveIndex(sheets, tags);
    const followUpIds = new Set(index.followUps.map((f) => f.id));
    const names = index.sheets.filter((s) => !followUpIds.has(s.id)).map((s) => s.name);
    const grids = await readRemaining(context, samples, names, { maxRows: 60 });
    const last = new Date(today.getFullYear(), today.getMonth() - 1, 1);
    const remembered = rememberedLayoutsFor(index, grids);
    return ok({ index, layouts: grids.map((g) => remembered.get(g.sheet) ?? detectLayout(g)), suggestedPeriod: { year: last.getFullYear(), month: last.getMonth() + 1 } });
  });
}
