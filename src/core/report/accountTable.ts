/**
 * The account-group table (seed 000 "Analys av utfall"): revenue, costs, then "varav" one row per
 * cost group × actual YTD, budget YTD, deviation, full-year forecast, annual budget, actual YTD last year.
 * Amounts read as seed 000 prints them whatever the ledger's convention: revenue positive, costs
 * negative; deviations stay positive = favourable. A column with no value on any row is left out,
 * with a note beside the title saying so.
 */
import type { AccountLine, FollowUp } from '../followup/computeFollowUp';
import type { Figures } from '../followup/figures';
import { negateMoney, scaleWord, type Lang, type Money, type Scale } from '../money';
import { amountCell, emptyCell, figureStyle, labelStyle, STYLES, textCell } from './cells';
import type { DrillFigure } from '../drilldown/figures';
import type { ReportCell } from './model';
import type { SheetBuilder } from './sheetBuilder';
import { reportWords } from './words';

/** The label of an account line (or of one a lock kept: its kind and group name). */
export function accountLineLabel(l: Pick<AccountLine, 'kind' | 'name'>, lang: Lang): string {
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

/** The figures of a line in table order; amounts flipped to "revenue positive" when the ledger books debit. */
function lineFigures(fig: Figures, debit: boolean): (Money | null)[] {
  const shown = (m: Money | null): Money | null => (m === null || !debit ? m : negateMoney(m));
  return [shown(fig.ytdActual), shown(fig.ytdBudget), fig.ytdDeviation, shown(fig.forecast), shown(fig.annualBudget), shown(fig.ytdActualPreviousYear)];
}

/** The figure of each of lineFigures' places, for "Visa underlag". */
const LINE_FIGURES: readonly DrillFigure[] = ['ytdActual', 'ytdBudget', 'ytdDeviation', 'forecast', 'annualBudget', 'ytdActualPreviousYear'];

/** The name rowsBehind knows an account line by. */
function lineGroup(l: AccountLine): string {
  return l.kind === 'group' ? (l.name ?? '') : l.kind;
}

/** The deviation's place among the figures (red when negative). */
const DEVIATION = 2;

/**
 * The lines the table shows, in order: all revenue, all costs, then "varav" the cost groups
 * (SPEC §4.4), then financial items. Revenue groups are not shown: under "varav" after the costs
 * they would read as parts of the costs.
 */
function accountTableLines(lines: readonly AccountLine[]): AccountLine[] {
  const of = (kind: AccountLine['kind']) => lines.filter((l) => l.kind === kind);
  return [...of('revenue'), ...of('cost'), ...of('group').filter((l) => l.type === 'cost'), ...of('financial')];
}

/** Write the account table, if the ledger has accounts. */
export function writeAccountTable(b: SheetBuilder, f: FollowUp, o: { lang: Lang; scale: Scale }): void {
  if (f.accountLines.length === 0) return;
  const w = reportWords(o.lang);
  const debit = f.sign.sign === 'debit';
  const lines = accountTableLines(f.accountLines);
  const figures = lines.map((l) => lineFigures(l.figures, debit));
  // Figure columns with a value on some row; the others are left out of the table.
  const kept = [0, 1, 2, 3, 4, 5].filter((i) => figures.some((row) => row[i] !== null));
  const dropped = [0, 1, 2, 3, 4, 5].filter((i) => !kept.includes(i)).map((i) => w.accountHeaders[i + 1]!);
  const title = [textCell(w.accountTitle(scaleWord(o.scale, o.lang)), STYLES.section)];
  if (dropped.length > 0) title.push(textCell(w.emptyColumns(dropped), STYLES.note));
  b.add(title);
  b.header([textCell(w.accountHeaders[0], STYLES.headerLeft), ...kept.map((i) => textCell(w.accountHeaders[i + 1]!, STYLES.header))]);
  let previous: AccountLine['kind'] | null = null;
  lines.forEach((l, index) => {
    if (l.kind === 'group' && previous !== 'group') {
      b.add([textCell(w.ofWhich, STYLES.ofWhich), ...kept.map(() => emptyCell(figureStyle('normal')))]);
    }
    previous = l.kind;
    const emphasis = l.kind === 'group' ? 'normal' : 'bold';
    const s = figureStyle(emphasis);
    const row: ReportCell[] = kept.map((i) => amountCell(figures[index]![i]!, o.scale, o.lang, s, i === DEVIATION));
    const r = b.add([textCell(accountLineLabel(l, o.lang), labelStyle(emphasis, l.kind === 'group' ? 1 : 0)), ...row]);
    kept.forEach((i, c) => b.drill({ row: r, column: c + 1, path: [], group: lineGroup(l), figure: LINE_FIGURES[i]! }));
  });
}
