/** Result per area compared with the previous month (seed 000 "Resultatanalys per verksamhetsområde"). */
import { fiscalWindow } from '../fiscal/fiscalYear';
import type { FollowUp } from '../followup/computeFollowUp';
import { scaleWord, type Lang, type Scale } from '../money';
import { emptyCell, figureStyle, labelStyle, STYLES, textCell, type RowEmphasis } from './cells';
import { reconcileFollowUp, shownOfRow } from './reconcile';
import { unitRows, type ParentStyle } from './rows';
import { rowAmountCell } from './unitTable';
import type { SheetBuilder } from './sheetBuilder';
import { monthName, reportWords } from './words';

/** Write the result table; it needs a previous month, so it is left out in the fiscal year's first month. */
export function writeResultTable(b: SheetBuilder, f: FollowUp, o: { lang: Lang; scale: Scale; parentStyle: ParentStyle; organisation: string; reconcileRounding?: boolean }): void {
  if (fiscalWindow(f.period).month === 1) return;
  const w = reportWords(o.lang);
  b.add([textCell(w.resultTitle(scaleWord(o.scale, o.lang)), STYLES.section)]);
  const [h0, h1, h2] = w.resultHeaders(monthName(f.period.month, o.lang), monthName(f.period.month - 1, o.lang));
  b.header([textCell(h0, STYLES.headerLeft), textCell(h1, STYLES.header), textCell(h2, STYLES.header)]);
  const reconciled = o.reconcileRounding ? reconcileFollowUp(f, o.scale) : null;
  for (const row of unitRows(f, o.parentStyle)) {
    const emphasis: RowEmphasis = row.kind === 'total' ? 'total' : row.kind === 'unit' || row.kind === 'own' ? 'normal' : 'bold';
    const s = figureStyle(emphasis);
    const label =
      row.kind === 'total' ? w.resultHeaders('', '')[0] : row.kind === 'sum' ? w.sumRow(row.node!.name) : row.kind === 'own' ? w.ownRows(row.node!.name) : row.node!.name;
    b.add([
      textCell(label, labelStyle(emphasis, row.depth)),
      row.figures ? rowAmountCell(row.figures, reconciled && shownOfRow(reconciled, row), 'ytdDeviation', o, s, true) : emptyCell(s),
      row.figures ? rowAmountCell(row.figures, reconciled && shownOfRow(reconciled, row), 'ytdDeviationPreviousMonth', o, s, true) : emptyCell(s),
    ]);
  }
}
