/**
 * The account-group table (seed 000 "Analys av utfall"): revenue, costs, then "varav" one row per
 * group × actual YTD, budget YTD, deviation, full-year forecast, annual budget, actual YTD last year.
 */
import type { AccountLine, FollowUp } from '../followup/computeFollowUp';
import type { Lang, Scale } from '../money';
import { amountCell, emptyCell, figureStyle, labelStyle, STYLES, textCell } from './cells';
import type { SheetBuilder } from './sheetBuilder';
import { reportWords } from './words';

/** The label of an account line. */
export function accountLineLabel(l: AccountLine, lang: Lang): string {
  const w = reportWords(lang);
  switch (l.kind) {
    case 'revenue':
      return w.revenue;
    case 'cost':
      return w.costs;
    case 'financial':
      return w.financial;
    case 'group':
      return l.name ?? '';
  }
}

/** Write the account table, if the ledger has accounts. */
export function writeAccountTable(b: SheetBuilder, f: FollowUp, o: { lang: Lang; scale: Scale }): void {
  if (f.accountLines.length === 0) return;
  const w = reportWords(o.lang);
  b.add([textCell(w.accountTitle(o.scale === 'kr' ? 'kr' : o.scale), STYLES.section)]);
  b.header(w.accountHeaders.map((h, i) => textCell(h, i === 0 ? STYLES.headerLeft : STYLES.header)));
  let previous: AccountLine['kind'] | null = null;
  for (const l of f.accountLines) {
    if (l.kind === 'group' && previous !== 'group') {
      b.add([textCell(w.ofWhich, STYLES.ofWhich), ...Array.from({ length: 6 }, () => emptyCell(figureStyle('normal')))]);
    }
    previous = l.kind;
    const emphasis = l.kind === 'group' ? 'normal' : 'bold';
    const s = figureStyle(emphasis);
    const fig = l.figures;
    b.add([
      textCell(accountLineLabel(l, o.lang), labelStyle(emphasis, l.kind === 'group' ? 1 : 0)),
      amountCell(fig.ytdActual, o.scale, o.lang, s),
      amountCell(fig.ytdBudget, o.scale, o.lang, s),
      amountCell(fig.ytdDeviation, o.scale, o.lang, s, true),
      amountCell(fig.forecast, o.scale, o.lang, s),
      amountCell(fig.annualBudget, o.scale, o.lang, s),
      amountCell(fig.ytdActualPreviousYear, o.scale, o.lang, s),
    ]);
  }
}
