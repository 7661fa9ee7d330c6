/** The threshold in words, and why a threshold text was not read, in Swedish and English. */
import { formatPlainNumber, moneyToKronorString, NBSP, type Lang, type Money } from '../money';
import type { ExplainThreshold, ThresholdError } from './threshold';

/** An amount in the largest unit that writes it exactly ("100 tkr", "1,5 mnkr", "50 500 kr"). */
export function thresholdAmountText(amount: Money, lang: Lang): string {
  const kronor = moneyToKronorString(amount).replace(/\.00$/, '');
  const units: readonly [number, string, string][] = [
    [6, 'mnkr', 'MSEK'],
    [3, 'tkr', 'kSEK'],
  ];
  for (const [shift, sv, en] of units) {
    const shown = shiftLeft(kronor, shift);
    if (shown !== null) return `${formatPlainNumber(shown, lang)}${NBSP}${lang === 'sv' ? sv : en}`;
  }
  return `${formatPlainNumber(kronor, lang)}${NBSP}${lang === 'sv' ? 'kr' : 'SEK'}`;
}

/** "1500000" shifted 6 → "1.5"; null when the result is under 1 or needs more than one decimal. */
function shiftLeft(kronor: string, shift: number): string | null {
  if (kronor.includes('.') || kronor.length <= shift) return null;
  const whole = kronor.slice(0, -shift);
  const frac = kronor.slice(-shift).replace(/0+$/, '');
  return frac.length > 1 ? null : frac === '' ? whole : `${whole}.${frac}`;
}

/** A percent as prose writes it ("5 %", "2,5 %"; English "5%"). */
export function thresholdPercentText(percent: string, lang: Lang): string {
  const n = formatPlainNumber(percent, lang);
  return lang === 'sv' ? `${n}${NBSP}%` : `${n}%`;
}

/** The threshold as prose: "100 tkr eller 5 %", "100 kSEK or 5%", or one of the two. */
export function thresholdText(t: ExplainThreshold, lang: Lang): string {
  const parts = [t.amount !== null ? thresholdAmountText(t.amount, lang) : null, t.percent !== null ? thresholdPercentText(t.percent, lang) : null];
  return parts.filter((p): p is string => p !== null).join(lang === 'sv' ? ' eller ' : ' or ');
}

/** The threshold as the command line and the pane take it back ("100tkr,5%"), in plain ASCII. */
export function thresholdInput(t: ExplainThreshold): string {
  return thresholdText(t, 'sv').replace(/\u00a0/g, '').replace(' eller ', ',');
}

/** Why a threshold text was not read. */
export function thresholdErrorText(e: ThresholdError, lang: Lang): string {
  const sv = lang === 'sv';
  switch (e.code) {
    case 'empty':
      return sv ? 'ange ett belopp, en procentsats eller båda, t.ex. "100 tkr, 5 %"' : 'give an amount, a percent or both, e.g. "100 kSEK, 5%"';
    case 'noUnit':
      return sv ? `"${e.term}" saknar enhet (kr, tkr, mnkr eller %)` : `"${e.term}" has no unit (SEK, kSEK, MSEK or %)`;
    case 'negative':
      return sv ? `"${e.term}" är negativt: en gräns gäller avvikelser åt båda hållen, skriv den utan minus` : `"${e.term}" is negative: a threshold applies to deviations either way, write it without a minus`;
    case 'zero':
      return sv ? `"${e.term}" är noll: gränsen ska vara större än noll` : `"${e.term}" is zero: the threshold must be greater than zero`;
    case 'unreadable':
      return sv ? `"${e.term}" är inte ett belopp eller en procentsats` : `"${e.term}" is not an amount or a percent`;
    case 'twice':
      return sv ? `"${e.term}" är en andra gräns av samma slag: ange högst ett belopp och en procentsats` : `"${e.term}" is a second threshold of the same kind: give at most one amount and one percent`;
  }
}
