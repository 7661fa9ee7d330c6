/**
 * The rows of a follow-up that need a comment, in table order, each with its path (as the JSON
 * writes it), its YTD deviation and what of the threshold it reached; and one line of text per row
 * for the command line.
 */
import type { FollowUp } from '../followup/computeFollowUp';
import { formatAmountWithUnit, type Lang, type Money, type Scale } from '../money';
import { unitRows, type UnitRow } from '../report/rows';
import { reportWords } from '../report/words';
import { rowNeedsComment, type Reached } from './needsComment';
import type { ExplainThreshold } from './threshold';
import { thresholdAmountText, thresholdPercentText } from './thresholdWords';

/** A row that needs a comment. */
export interface NeedingRow {
  readonly path: readonly string[];
  readonly ytdDeviation: Money;
  readonly reached: Reached;
}

/** A row's path as the JSON writes it: a parent's own rows are a unit under it ("TIA, övrigt"). */
export function rowPath(r: UnitRow, lang: Lang): readonly string[] {
  return r.kind === 'own' ? [...r.node!.path, reportWords(lang).ownRows(r.node!.name)] : (r.node?.path ?? []);
}

/** The unit and parent rows whose YTD deviation reaches the threshold. */
export function rowsNeedingComment(f: FollowUp, t: ExplainThreshold, lang: Lang): NeedingRow[] {
  const out: NeedingRow[] = [];
  for (const r of unitRows(f, 'above')) {
    const reached = rowNeedsComment(r, t);
    if (reached !== null) out.push({ path: rowPath(r, lang), ytdDeviation: r.figures!.ytdDeviation, reached });
  }
  return out;
}

/** "TIA-avdelningen / IT: 1 234 tkr ackumulerat (gräns: 100 tkr)" — what was reached, in the report's scale. */
export function needingRowText(r: NeedingRow, t: ExplainThreshold, scale: Scale, lang: Lang): string {
  const sv = lang === 'sv';
  const parts = [r.reached.amount && t.amount !== null ? thresholdAmountText(t.amount, lang) : null, r.reached.percent && t.percent !== null ? thresholdPercentText(t.percent, lang) : null];
  const reached = parts.filter((p): p is string => p !== null).join(sv ? ' och ' : ' and ');
  const deviation = formatAmountWithUnit(r.ytdDeviation, scale, lang);
  return sv ? `${r.path.join(' / ')}: avvikelse ${deviation} ackumulerat (gräns: ${reached})` : `${r.path.join(' / ')}: deviation ${deviation} year to date (threshold: ${reached})`;
}

