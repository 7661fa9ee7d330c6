/**
 * The summary's sentence on the forecasts: for a closed year, how far the latest and the first
 * forecast were from the outcome (in the report's scale and in percent of the annual budget); for
 * a running year, how the latest forecast moved since the previous one and where it moved most.
 */
import { percentOfBudget, type ClosedAccuracy, type ForecastAccuracy, type RunningChange } from '../forecast/accuracy';
import type { FollowUp } from '../followup/computeFollowUp';
import { absMoney, formatAmountWithUnit, formatPercent, showsAsZero, type Lang, type Money, type Scale } from '../money';
import { monthName } from './words';

/** What the sentence needs besides the figures. */
export interface ForecastSentenceOptions {
  readonly lang: Lang;
  readonly scale: Scale;
}

/** The sentence; empty when there are no figures. */
export function forecastAccuracySentence(f: FollowUp, a: ForecastAccuracy | null | undefined, o: ForecastSentenceOptions): string {
  if (!a) return '';
  return a.kind === 'closed' ? closedSentence(a, o) : runningSentence(f, a, o);
}

function magnitude(m: Money, o: ForecastSentenceOptions): string {
  return formatAmountWithUnit(absMoney(m), o.scale, o.lang);
}

/** "1 100 tkr bättre än prognosen från mars (2,6 % av årsbudgeten)". */
function againstForecast(a: ClosedAccuracy, column: number, o: ForecastSentenceOptions, which: 'latest' | 'first'): string {
  const cell = a.total.cells[column]!;
  const month = monthName(a.months[column]!, o.lang);
  // "bättre"/"sämre" carries the sign, so the percent is of the deviation's magnitude.
  const pct = formatPercent(percentOfBudget(absMoney(cell.deviation), a.total.annualBudget), o.lang);
  if (o.lang === 'sv') {
    const what = which === 'first' ? `den första prognosen, från ${month}` : `prognosen från ${month}`;
    if (showsAsZero(cell.deviation, o.scale)) return `i nivå med ${what} (${pct} av årsbudgeten)`;
    return `${magnitude(cell.deviation, o)} ${cell.deviation > 0 ? 'bättre' : 'sämre'} än ${what} (${pct} av årsbudgeten)`;
  }
  const what = which === 'first' ? `the first forecast, made in ${month}` : `the forecast made in ${month}`;
  if (showsAsZero(cell.deviation, o.scale)) return `in line with ${what} (${pct} of the annual budget)`;
  return `${magnitude(cell.deviation, o)} ${cell.deviation > 0 ? 'better' : 'worse'} than ${what} (${pct} of the annual budget)`;
}

function closedSentence(a: ClosedAccuracy, o: ForecastSentenceOptions): string {
  const made = a.total.cells.map((c, i) => (c === null ? -1 : i)).filter((i) => i >= 0);
  if (made.length === 0) return '';
  const last = made[made.length - 1]!;
  const first = made[0]!;
  const latest = againstForecast(a, last, o, 'latest');
  const earliest = first === last ? '' : againstForecast(a, first, o, 'first');
  if (o.lang === 'sv') return `Prognossäkerhet ${a.yearLabel}: utfallet blev ${latest}${earliest ? ` och ${earliest}` : ''}.`;
  return `Forecast accuracy ${a.yearLabel}: the outcome was ${latest}${earliest ? ` and ${earliest}` : ''}.`;
}

function runningSentence(f: FollowUp, a: RunningChange, o: ForecastSentenceOptions): string {
  const change = a.total.change;
  if (change === null) return '';
  const from = monthName(a.previous.month, o.lang);
  const to = monthName(a.latest.month, o.lang);
  const largest = largestChange(f, a, o.scale);
  if (o.lang === 'sv') {
    const moved = showsAsZero(change, o.scale) ? `oförändrad jämfört med prognosen från ${from}` : `${magnitude(change, o)} ${change > 0 ? 'bättre' : 'sämre'} än prognosen från ${from}`;
    const most = largest ? `; störst förändring har ${largest.name} (${largest.amount > 0 ? '+' : '−'}${magnitude(largest.amount, o)})` : '';
    return `Prognosen från ${to} är ${moved}${most}.`;
  }
  const moved = showsAsZero(change, o.scale) ? `unchanged from the forecast made in ${from}` : `${magnitude(change, o)} ${change > 0 ? 'better' : 'worse'} than the forecast made in ${from}`;
  const most = largest ? `; the largest change is in ${largest.name} (${largest.amount > 0 ? '+' : '−'}${magnitude(largest.amount, o)})` : '';
  return `The forecast made in ${to} is ${moved}${most}.`;
}

/** The unit (without children) whose forecast changed most, when the change shows in the scale. */
function largestChange(f: FollowUp, a: RunningChange, scale: Scale): { name: string; amount: Money } | null {
  let best: { name: string; amount: Money } | null = null;
  for (const n of f.organisation.nodes) {
    if (n.children.length > 0) continue;
    const c = a.node[n.id]!.change;
    if (c === null || showsAsZero(c, scale)) continue;
    if (best === null || Math.abs(c) > Math.abs(best.amount)) best = { name: n.name, amount: c };
  }
  return best;
}
