/**
 * Visa underlag: the ledger rows behind a figure of a follow-up, written to the "Underlag" sheet
 * (tagged, replaced on each use; the ledger is never written). One Excel.run: the read phase's
 * syncs, one to write the new sheet, one per 4 000 links to the ledger, one to tag it and delete
 * the old one, one to freeze its header and show it.
 */
import { analysisOptionsOf } from '../core/compose';
import { analyseWorkbook, type Analysis } from '../core/engine';
import type { DrillFigure } from '../core/drilldown/figures';
import { rowsBehind } from '../core/drilldown/rowsBehind';
import { underlagReport, UNDERLAG_SHEET } from '../core/drilldown/underlagReport';
import type { UnitPath } from '../core/ledger/ledger';
import type { Lang, Money } from '../core/money';
import { reportWords } from '../core/report/words';
import { uniqueSheetName } from '../core/report/sheetName';
import { queueTagUnderlag, type FollowUpSheet } from '../excel/followUpSheets';
import { LINKS_PER_SYNC, queueFreeze, queueLinks, queueReport } from '../excel/writeReport';
import { failed, ok, type Result } from './errors';
import { runExcel } from './excelRun';
import type { OnProgress } from './progress';
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
  return runExcel(async (context, caps) => {
    const read = await readWorkbook(context, caps, () => [], onProgress);
    const f = read.index.followUps.find((x) => x.id === request.followUpId);
    if (f === undefined) return failed({ kind: 'notFound', what: 'followUp' });
    return writeRowsBehind(context, read, f, request);
  });
}

/** The analysis of a follow-up's settings, as Build and Refresh make it. */
function analyseFollowUp(read: WorkbookRead, f: FollowUpSheet): Analysis {
  return analyseWorkbook(read.grids, analysisOptionsOf(f.settings, read.layouts));
}

/** After the read phase: the rows behind a figure of follow-up `f`, written and shown. */
export async function writeRowsBehind(
  context: Excel.RequestContext,
  read: WorkbookRead,
  f: FollowUpSheet,
  request: Omit<RowsBehindRequest, 'followUpId'>,
  analysed?: Analysis,
): Promise<Result<RowsBehindOutcome>> {
  const s = f.settings;
  const analysis = analysed ?? analyseFollowUp(read, f);
  if (analysis.followUp === null || analysis.issues.some((i) => i.severity === 'error')) return failed({ kind: 'input', issues: analysis.issues });
  const drill = rowsBehind({ ...analysis, followUp: analysis.followUp }, {
    path: request.path,
    figure: request.figure,
    ...(request.group !== undefined ? { group: request.group } : {}),
    ...(request.own === true ? { own: true } : {}),
  });
  if ('problem' in drill) return failed({ kind: 'notFound', what: 'unit' });
  const report = underlagReport(analysis.ledger, drill, { lang: s.lang, unit: unitLabel(request, s.lang), ...(request.group !== undefined ? { group: request.group } : {}) });

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
  return ok({ sheetName: ws.name, rows: drill.parts.reduce((n, p) => n + p.rowCount, 0), total: drill.total, figure: request.figure });
}

/** The unit as the Underlag title names it: its path, or a parent's own rows as the unit table says. */
function unitLabel(request: Omit<RowsBehindRequest, 'followUpId'>, lang: Lang): string {
  const path = request.path.join(' / ');
  return request.own === true ? reportWords(lang).ownRows(path) : path;
}
