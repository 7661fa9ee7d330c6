/**
 * The summary's sentence on the indicators, as seed 000 says it ("indikatorer för både bemanning
 * och sjukfrånvaro ligger som förväntat"): the indicators in line with their targets (met or near),
 * or the ones that miss, with their figure against the target.
 */
import type { IndicatorLine } from '../indicators/indicatorTable';
import { formatMeasure, type Lang, type Measure } from '../money';
import { indicatorWords } from './indicatorWords';

/** The sentence; '' when no indicator has a status. */
export function indicatorSentence(lines: readonly IndicatorLine[], lang: Lang): string {
  const w = indicatorWords(lang);
  const judged = lines.filter((l) => l.status !== null);
  if (judged.length === 0) return '';
  const missed = judged.filter((l) => l.status!.kind === 'missed');
  const inLine = judged.filter((l) => l.status!.kind !== 'missed');
  const list = (names: readonly string[]): string => (names.length <= 1 ? (names[0] ?? '') : `${names.slice(0, -1).join(', ')}${w.and}${names.at(-1)!}`);
  if (missed.length === 0) return w.allInLine(list(inLine.map(proseName)), inLine.length);
  const withFigures = missed.map((l) => `${proseName(l)} (${figuresOf(l, lang)})`);
  return capitalised(w.someMiss(list(withFigures), missed.length, list(inLine.map(proseName)), inLine.length));
}

/** The figure the status was judged on, against its target. */
function figuresOf(l: IndicatorLine, lang: Lang): string {
  const basis = l.status!.basis;
  const [value, target] = basis === 'actual' ? [l.actual, l.target] : [l.forecast, l.yearTarget];
  const shown = (m: Measure | null): string => (m === null ? '–' : formatMeasure(m, lang, l.percent));
  return indicatorWords(lang).against(shown(value), shown(target), basis);
}

/** A name inside a sentence: "Sjukfrånvaro" → "sjukfrånvaro", but "HME" and "IT-stöd" keep their capitals. */
function proseName(l: IndicatorLine): string {
  const n = l.name;
  const second = n.charAt(1);
  return second !== '' && second === second.toLocaleLowerCase('sv-SE') && second !== second.toLocaleUpperCase('sv-SE') ? n.charAt(0).toLocaleLowerCase('sv-SE') + n.slice(1) : n;
}

function capitalised(s: string): string {
  return s.charAt(0).toLocaleUpperCase('sv-SE') + s.slice(1);
}
