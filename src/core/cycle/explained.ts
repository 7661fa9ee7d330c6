/**
 * How many of the rows that need a comment have one. A row is explained when its comment cell
 * holds text other than spaces; comments come by row key from wherever they are kept (the sheet
 * on Refresh, nothing on the command line).
 */
import type { FollowUp } from '../followup/computeFollowUp';
import type { Lang } from '../money';
import { rowKey, unitRows, type ParentStyle, type UnitRow } from '../report/rows';
import { rowNeedsComment } from './needsComment';
import type { ExplainThreshold } from './threshold';
import { thresholdText } from './thresholdWords';

/** Rows needing a comment, and how many of them have one. */
export interface ExplainCount {
  readonly needing: number;
  readonly explained: number;
}

/** The count and the threshold it was taken at: what the title block and the summary say. */
export interface Explained {
  readonly count: ExplainCount;
  readonly threshold: ExplainThreshold;
}

/** Count a follow-up's table rows, as the parent style lays them out, against the threshold. */
export function explainedOf(f: FollowUp, style: ParentStyle, threshold: ExplainThreshold, comments: ReadonlyMap<string, string>): Explained {
  return { count: explainCount(unitRows(f, style), threshold, comments), threshold };
}

/** Whether a comment is there: text other than spaces. */
export function isExplained(comments: ReadonlyMap<string, string>, key: string): boolean {
  return (comments.get(key) ?? '').trim() !== '';
}

/** Count the rows (as the table shows them) that need a comment, and the explained ones among them. */
export function explainCount(rows: readonly UnitRow[], t: ExplainThreshold, comments: ReadonlyMap<string, string>): ExplainCount {
  let needing = 0;
  let explained = 0;
  for (const r of rows) {
    if (rowNeedsComment(r, t) === null) continue;
    needing++;
    if (isExplained(comments, rowKey(r))) explained++;
  }
  return { needing, explained };
}

/** The summary's sentence: "Kommentarer finns till 3 av 5 avvikelser över 100 tkr eller 5 %." ('' when none need one). */
export function explainedSentence(c: ExplainCount, t: ExplainThreshold, lang: Lang): string {
  if (c.needing === 0) return '';
  const over = thresholdText(t, lang);
  // Led by a word of its own: a paragraph is found on the printed page by its first word.
  const deviations = lang === 'sv' ? (c.needing === 1 ? 'avvikelse' : 'avvikelser') : c.needing === 1 ? 'deviation' : 'deviations';
  return lang === 'sv'
    ? `Kommentarer finns till ${c.explained} av ${c.needing} ${deviations} över ${over}.`
    : `Comments explain ${c.explained} of ${c.needing} ${deviations} over ${over}.`;
}

/** The title block's count: "Utan kommentar: 2 av 5 avvikelser över 100 tkr eller 5 %". */
export function unexplainedTitle(c: ExplainCount, t: ExplainThreshold, lang: Lang): string {
  const over = thresholdText(t, lang);
  if (c.needing === 0) return lang === 'sv' ? `Inga avvikelser över ${over}` : `No deviations over ${over}`;
  const left = c.needing - c.explained;
  return lang === 'sv' ? `Utan kommentar: ${left} av ${c.needing} avvikelser över ${over}` : `Without a comment: ${left} of ${c.needing} deviations over ${over}`;
}
