/**
 * The summary text, written as Swedish (or English) follow-up reports write it: the total deviation
 * as överskott/underskott with the previous month, how much of the year's budget is used against
 * the share of the year elapsed, the largest positive and negative contributors (units and account
 * groups), and the forecast.
 */
import type { AccountLine, FollowUp } from '../followup/computeFollowUp';
import { absMoney, formatAmountWithUnit, formatPercent, percentOf, shareOfYear, showsAsZero, type Lang, type Money, type Scale } from '../money';
import type { OrgNode } from '../organisation/organisation';
import { fiscalSpan, isFiscal, monthName, reportWords } from './words';
import { fiscalWindow, periodFiscalYearLabel } from '../fiscal/fiscalYear';
import { explainedSentence, type Explained } from '../cycle/explained';
import type { ForecastAccuracy } from '../forecast/accuracy';
import { forecastAccuracySentence } from './forecastSummary';
import type { IndicatorLine } from '../indicators/indicatorTable';
import { indicatorSentence } from './indicatorSummary';
import { changesSentence, type SinceLock } from '../cycle/sinceLock';

/** What the summary needs besides the figures. */
export interface SummaryOptions {
  readonly lang: Lang;
  readonly scale: Scale;
  readonly organisation: string;
  /** How many deviations over the threshold have a comment; the sentence is left out when absent. */
  readonly explained?: Explained;
  /** Forecast accuracy (core/forecast); its sentence follows the forecast's when given. */
  readonly forecastAccuracy?: ForecastAccuracy | null;
  /** The indicator lines; their sentence is left out when absent or when none has a status. */
  readonly indicators?: readonly IndicatorLine[];
  /** What changed since the month was locked; its sentence closes the summary when given. */
  readonly sinceLock?: SinceLock;
}

/** The summary as paragraphs. */
export function summaryParagraphs(f: FollowUp, o: SummaryOptions): string[] {
  const explained = o.explained ? explainedSentence(o.explained.count, o.explained.threshold, o.lang) : '';
  const indicators = indicatorSentence(o.indicators ?? [], o.lang);
  const accuracy = forecastAccuracySentence(f, o.forecastAccuracy, o);
  const changes = o.sinceLock ? changesSentence(o.sinceLock, o.scale, o.lang) : '';
  return [totalParagraph(f, o), contributorsParagraph(f, o), accountParagraph(f, o), forecastParagraph(f, o), indicators, accuracy, explained, changes].filter((p) => p !== '');
}

/** The summary as one text (paragraphs separated by blank lines). */
export function summaryText(f: FollowUp, o: SummaryOptions): string {
  return summaryParagraphs(f, o).join('\n\n');
}

/** Whether an amount shows as zero in the scale. */
/** "ett överskott på 1 364 tkr" / "a surplus of 1,364 kSEK". */
function result(m: Money, o: SummaryOptions, preposition: 'på' | 'om' = 'på'): string {
  const abs = absMoney(m);
  const amount = formatAmountWithUnit(abs, o.scale, o.lang);
  if (o.lang === 'sv') {
    if (showsAsZero(m, o.scale)) return `ett resultat i nivå med budget (${amount})`;
    return `ett ${m > 0 ? 'överskott' : 'underskott'} ${preposition} ${amount}`;
  }
  if (showsAsZero(m, o.scale)) return `a result in line with budget (${amount})`;
  return `a ${m > 0 ? 'surplus' : 'deficit'} of ${amount}`;
}

function totalParagraph(f: FollowUp, o: SummaryOptions): string {
  const { month, year } = f.period;
  const t = f.total;
  const monthText = monthName(month, o.lang);
  // Percent sentences only where budget and actual point the same way: a percent of a net result
  // that changes sign (a surplus budgeted, a deficit booked) says nothing in prose.
  const sameSign = (a: Money, b: Money): boolean => a !== 0 && b !== 0 && a > 0 === b > 0;
  const ytdPercent = sameSign(t.ytdActual, t.ytdBudget) ? t.ytdPercentOfBudget : null;
  const used = sameSign(t.ytdActual, t.annualBudget) ? percentOf(t.ytdActual, t.annualBudget) : null;
  const share = formatPercent(shareOfYear(fiscalWindow(f.period).month), o.lang);
  const fiscal = isFiscal(f.period) ? reportWords(o.lang).fiscalYearNote(periodFiscalYearLabel(f.period)) : '';
  if (o.lang === 'sv') {
    let s = `Budgetavvikelsen ackumulerat ${monthText} ${year}${fiscal} för ${o.organisation} uppgår till ${result(t.ytdDeviation, o)}`;
    if (t.ytdDeviationPreviousMonth !== null) s += `, jämfört med ${result(t.ytdDeviationPreviousMonth, o)} per ${monthName(month - 1, o.lang)}`;
    s += '.';
    if (ytdPercent !== null) s += ` Utfallet motsvarar ${formatPercent(ytdPercent, o.lang)} av budget för perioden.`;
    if (used !== null) s += ` Av årsbudgeten är ${formatPercent(used, o.lang)} förbrukat, mot riktvärdet ${share}.`;
    return s;
  }
  const upTo = fiscal === '' ? `to ${monthText} ${year}` : `for ${fiscalSpan(f.period, o.lang)}${fiscal}`;
  let s = `The accumulated budget deviation for ${o.organisation} ${upTo} is ${result(t.ytdDeviation, o)}`;
  if (t.ytdDeviationPreviousMonth !== null) s += `, compared with ${result(t.ytdDeviationPreviousMonth, o)} at the end of ${monthName(month - 1, o.lang)}`;
  s += '.';
  if (ytdPercent !== null) s += ` Actuals are ${formatPercent(ytdPercent, o.lang)} of the budget for the period.`;
  if (used !== null) s += ` ${formatPercent(used, o.lang)} of the annual budget is used, against a guide value of ${share}.`;
  return s;
}

/** The units compared: the top level, or the first level below a single top-level unit. */
function comparedUnits(f: FollowUp): OrgNode[] {
  const nodes = f.organisation.nodes;
  let level = f.organisation.roots.map((r) => nodes[r]!);
  while (level.length === 1 && level[0]!.children.length > 0) level = level[0]!.children.map((c) => nodes[c]!);
  return level;
}

/** "A (444 tkr) och B (436 tkr)". */
function listOf(items: readonly { name: string; amount: Money }[], o: SummaryOptions): string {
  const parts = items.map((i) => `${i.name} (${formatAmountWithUnit(absMoney(i.amount), o.scale, o.lang)})`);
  const and = o.lang === 'sv' ? ' och ' : ' and ';
  return parts.length <= 1 ? (parts[0] ?? '') : `${parts.slice(0, -1).join(', ')}${and}${parts[parts.length - 1]!}`;
}

/** The largest favourable and unfavourable items that show as non-zero, at most two of each. */
function extremes<T extends { amount: Money }>(items: readonly T[], scale: Scale): { positive: T[]; negative: T[] } {
  const shown = items.filter((i) => !showsAsZero(i.amount, scale));
  return {
    positive: shown.filter((i) => i.amount > 0).sort((a, b) => b.amount - a.amount).slice(0, 2),
    negative: shown.filter((i) => i.amount < 0).sort((a, b) => a.amount - b.amount).slice(0, 2),
  };
}

function contributorsParagraph(f: FollowUp, o: SummaryOptions): string {
  const units = comparedUnits(f).map((n) => ({ name: n.name, amount: f.nodes[n.id]!.ytdDeviation }));
  if (units.length < 2) return '';
  const { positive, negative } = extremes(units, o.scale);
  const parts: string[] = [];
  if (o.lang === 'sv') {
    if (positive.length > 0) parts.push(`Störst överskott redovisar ${listOf(positive, o)}.`);
    if (negative.length > 0) parts.push(`Störst underskott redovisar ${listOf(negative, o)}.`);
    if (parts.length === 0) parts.push('Samtliga verksamheter redovisar utfall i paritet med budget.');
  } else {
    if (positive.length > 0) parts.push(`${positive.length > 1 ? 'The largest surpluses are' : 'The largest surplus is'} in ${listOf(positive, o)}.`);
    if (negative.length > 0) parts.push(`${negative.length > 1 ? 'The largest deficits are' : 'The largest deficit is'} in ${listOf(negative, o)}.`);
    if (parts.length === 0) parts.push('All units report actuals in line with budget.');
  }
  return parts.join(' ');
}

function accountParagraph(f: FollowUp, o: SummaryOptions): string {
  const lines = f.accountLines;
  if (lines.length === 0) return '';
  const parts: string[] = [];
  const revenue = lines.find((l) => l.kind === 'revenue');
  const cost = lines.find((l) => l.kind === 'cost');
  const side = (l: AccountLine | undefined, sv: string, en: string): string | null => {
    if (!l || showsAsZero(l.figures.ytdDeviation, o.scale)) return null;
    // A favourable revenue deviation means more revenue; a favourable cost deviation, less cost.
    const higher = (l.figures.ytdDeviation > 0) === (l.type === 'revenue');
    const amount = formatAmountWithUnit(absMoney(l.figures.ytdDeviation), o.scale, o.lang);
    return o.lang === 'sv' ? `${sv} är ${amount} ${higher ? 'högre' : 'lägre'} än budget` : `${en} ${amount} ${higher ? 'higher' : 'lower'} than budget`;
  };
  // "Revenue" is uncountable (singular verb), "costs" plural.
  const sides = [side(revenue, 'intäkterna', 'revenue is'), side(cost, 'kostnaderna', 'costs are')].filter((s): s is string => s !== null);
  if (sides.length > 0) {
    const joined = sides.join(o.lang === 'sv' ? ' och ' : ' and ');
    parts.push(`${joined.charAt(0).toUpperCase()}${joined.slice(1)}.`);
  }
  const groups = lines.filter((l) => l.kind === 'group').map((l) => ({ name: l.name ?? '', amount: l.figures.ytdDeviation }));
  const { positive, negative } = extremes(groups, o.scale);
  if (o.lang === 'sv') {
    if (positive.length > 0) {
      parts.push(`Bland kontogrupperna står ${listOf(positive, o)} för ${positive.length > 1 ? 'de största överskotten' : 'det största överskottet'}.`);
    }
    if (negative.length > 0) parts.push(`Underskott finns inom ${listOf(negative, o)}.`);
  } else {
    if (positive.length > 0) {
      parts.push(`Among the account groups, ${listOf(positive, o)} ${positive.length > 1 ? 'show the largest surpluses' : 'shows the largest surplus'}.`);
    }
    if (negative.length > 0) parts.push(`${negative.length > 1 ? 'There are deficits' : 'There is a deficit'} in ${listOf(negative, o)}.`);
  }
  return parts.join(' ');
}

function forecastParagraph(f: FollowUp, o: SummaryOptions): string {
  const d = f.total.forecastDeviation;
  if (d === null || f.forecastMonth === null) return '';
  const made = monthName(f.forecastMonth, o.lang);
  if (o.lang === 'sv') {
    return showsAsZero(d, o.scale)
      ? `Helårsprognosen upprättad i ${made} visar ett utfall i nivå med årsbudget.`
      : `Helårsprognosen upprättad i ${made} beräknas med ${result(d, o, 'om')} för helåret.`;
  }
  return showsAsZero(d, o.scale)
    ? `The full-year forecast made in ${made} is in line with the annual budget.`
    : `The full-year forecast made in ${made} shows ${result(d, o)} for the year.`;
}
