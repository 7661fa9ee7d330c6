/**
 * Visa underlag: the ledger rows behind a figure of a follow-up, written to the "Underlag" sheet
 * (tagged, replaced on each use; the ledger is never written). One Excel.run: the read phase's
 * syncs, one to write the new sheet, one per 4 000 links to the ledger, one to tag it and delete
 * the old one, one to freeze its header and show it.
 */
import type { DrillFigure } from '../core/drilldown/figures';
import { UNDERLAG_SHEET } from '../core/drilldown/underlagReport';
import type { UnitPath } from '../core/ledger/ledger';
import type { Money } from '../core/money';
import { uniqueSheetName } from '../core/report/sheetName';
import { queueTagUnderlag } from '../excel/followUpSheets';
import { LINKS_PER_SYNC, queueFreeze, queueLinks, queueReport } from '../excel/writeReport';
import { withCompute } from './compute/computeClient';
import type { RowsBehindFound } from './compute/jobs';
import { failed, ok, type Result } from './errors';
import { pause, runExcel } from './excelRun';
import { overall, type OnProgress } from './progress';
import { readWorkbook, type WorkbookRead } from './readWorkbook';

/** Which figure: a follow-up sheet, a node's path (empty for the total), an account line, a figure. */
export interface RowsBehindRequest {
  readonly followUpId: string;
  readonly path: UnitPath;
  readonly group?: string;
  /** Only the unit's own rows (a parent's "own rows" line in the unit table). */
  readonly own?: boolean;
  readonly figure: DrillFigure;
}

/** The sheet written. */
export interface RowsBehindOutcome {
  readonly sheetName: string;
  readonly rows: number;
  readonly total: Money | null;
  /** The figure shown. */
  readonly figure: DrillFigure;
}

/** Write the rows behind a figure to the "Underlag" sheet and show it. */
export function showRowsBehind(request: RowsBehindRequest, onProgress?: OnProgress): Promise<Result<RowsBehindOutcome>> {
  // As Build: the ledger's rows go to the computing worker as they are read, and the rows behind
  // the figure are picked there, so a million-row ledger never freezes the pane.
  return runExcel((context, caps) => withCompute(pause, async (compute) => {
    const read = await readWorkbook(context, caps, () => [], onProgress, undefined, compute.rows);
    const f = read.index.followUps.find((x) => x.id === request.followUpId);
    if (f === undefined) return failed({ kind: 'notFound', what: 'followUp' });
    onProgress?.({ phase: 'computing', fraction: overall('computing', 0) });
    // The request names its figure as a target does (path, account line, own rows, figure).
    return writeRowsBehind(context, read, await compute.rowsBehind(f.settings, { layouts: read.layouts }, { figure: request }));
  }));
}

/** After the read phase: the rows behind a figure, picked and laid out by the computation, written and shown. */
export async function writeRowsBehind(context: Excel.RequestContext, read: WorkbookRead, found: RowsBehindFound): Promise<Result<RowsBehindOutcome>> {
  if (!found.ok) {
    if (found.problem === 'input') return failed({ kind: 'input', issues: found.issues });
    return failed(found.problem === 'notAFigure' ? { kind: 'notAFigure' } : { kind: 'notFound', what: 'unit' });
  }
  const { report } = found;

  // The old sheet keeps its name until the new one is written: a failed write changes nothing.
  const old = read.index.underlag;
  const names = read.index.sheets.map((x) => x.name);
  const ws = context.workbook.worksheets.add(uniqueSheetName(`~${UNDERLAG_SHEET}`, names));
  ws.load('id');
  queueReport(ws, report);
  try {
    await context.sync();
    const links = report.links?.length ?? 0;
    for (let from = 0; from < links; from += LINKS_PER_SYNC) {
      queueLinks(ws, report, from, from + LINKS_PER_SYNC);
      await context.sync();
    }
  } catch (e) {
    ws.delete();
    await context.sync().catch(() => undefined);
    throw e;
  }
  if (old !== undefined) context.workbook.worksheets.getItem(old).delete();
  const others = read.index.sheets.filter((x) => x.id !== old).map((x) => x.name);
  ws.name = uniqueSheetName(UNDERLAG_SHEET, others);
  queueTagUnderlag(context, ws.id);
  ws.load('name');
  await context.sync();
  // Best effort, as for a follow-up: Excel refuses both while another workbook has the focus.
  try {
    queueFreeze(ws, report);
    ws.activate();
    await context.sync();
  } catch {
    // The sheet is written and tagged; its header is only not frozen or it is not shown.
  }
  return ok({ sheetName: ws.name, rows: found.rows, total: found.total, figure: found.figure });
}
