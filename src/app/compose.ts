/**
 * The pure heart of Build and Refresh: grids + settings + the user's comments → the analysis, the
 * report model and the summary. No Excel here, so it is shared and tested directly.
 */
import { analyseWorkbook, type Analysis } from '../core/engine';
import type { FollowUpSettings } from '../core/followUpSettings';
import type { Grid } from '../core/grid/grid';
import type { SheetLayout } from '../core/ledger/detect';
import { buildReport } from '../core/report/buildReport';
import type { ReportSheet } from '../core/report/model';
import { summaryText } from '../core/report/summary';

/** A composed follow-up, or the analysis with the errors that stop it. */
export type Composition =
  | { readonly ok: true; readonly analysis: Analysis; readonly report: ReportSheet; readonly summary: string }
  | { readonly ok: false; readonly analysis: Analysis };

/** Compose a follow-up from the workbook's grids. */
export function composeFollowUp(grids: readonly Grid[], s: FollowUpSettings, comments: ReadonlyMap<string, string>, layouts?: ReadonlyMap<string, SheetLayout>): Composition {
  const analysis = analyseWorkbook(grids, {
    period: s.period,
    lang: s.lang,
    ...(s.sign ? { sign: s.sign } : {}),
    ...(s.ledgerSheet !== undefined ? { ledgerSheet: s.ledgerSheet } : {}),
    ...(layouts ? { layouts } : {}),
  });
  const f = analysis.followUp;
  if (f === null) return { ok: false, analysis };
  const organisation = s.organisation ?? analysis.ledger.title ?? analysis.ledger.sheets[0] ?? '';
  const report = buildReport(f, {
    lang: s.lang,
    scale: s.scale,
    parentStyle: s.parentStyle,
    sections: s.sections,
    organisation,
    ledgerActualWord: analysis.ledger.actualWord,
    sourceSheets: analysis.ledger.sheets,
    comments,
  });
  return { ok: true, analysis, report, summary: summaryText(f, { lang: s.lang, scale: s.scale, organisation }) };
}
