/** The threshold in words, and why a threshold text was not read, in Swedish and English. */
import { formatPlainNumber, moneyToKronorString, NBSP, type Lang, type Money } from '../money';
import type { ExplainThreshold } from './threshold';

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

export { thresholdErrorText } from './thresholdErrors';
