/**
 * Numbers written as reports write them: Swedish "1 364 tkr", "94,3 %", "31,2 mnkr" (no-break
 * spaces so a number never splits over two lines), English "1,364 kSEK", "94.3%".
 */
import type { Money } from './money';
import { percentRounded, type Percent } from './percent';
import { showAmount, type Scale } from './scale';

/** The languages the product speaks. */
export type Lang = 'sv' | 'en';

/** No-break space: Swedish thousands separator and the space before a unit. */
export const NBSP = '\u00a0';

const UNIT_WORDS: Readonly<Record<Lang, Readonly<Record<Scale, string>>>> = {
  sv: { kr: 'kr', tkr: 'tkr', mnkr: 'mnkr' },
  en: { kr: 'SEK', tkr: 'kSEK', mnkr: 'MSEK' },
};

/** The word for a scale ("tkr", "kSEK"). */
export function scaleWord(scale: Scale, lang: Lang): string {
  return UNIT_WORDS[lang][scale];
}

/** Group the digits of a plain decimal string ("-1364.5") in the language's style. */
export function formatPlainNumber(plain: string, lang: Lang): string {
  const negative = plain.startsWith('-');
  const [int = '0', frac] = (negative ? plain.slice(1) : plain).split('.');
  const group = lang === 'sv' ? NBSP : ',';
  const decimalMark = lang === 'sv' ? ',' : '.';
  return `${negative ? '-' : ''}${groupThousands(int, group)}${frac === undefined ? '' : decimalMark + frac}`;
}

/**
 * Digits grouped in threes from the right ("1364000" → "1 364 000"). A loop, not a regular
 * expression with lookahead: every figure cell of a report passes here. Anything but plain digits
 * (never from this module) takes the regular expression, which groups each run of digits.
 */
function groupThousands(int: string, group: string): string {
  const n = int.length;
  if (n <= 3) return int;
  for (let i = 0; i < n; i++) {
    const code = int.charCodeAt(i);
    if (code < 48 || code > 57) return int.replace(/\B(?=(\d{3})+(?!\d))/g, group);
  }
  const head = n % 3 || 3;
  let out = int.slice(0, head);
  for (let i = head; i < n; i += 3) out += group + int.slice(i, i + 3);
  return out;
}

/** An amount rounded in its scale and written in the language's style ("1 364", "-3,8"). */
export function formatAmount(amount: Money, scale: Scale, lang: Lang): string {
  return formatPlainNumber(showAmount(amount, scale).plain, lang);
}

/** An amount with its unit ("1 364 tkr", "31,2 mnkr"), as prose writes it. */
export function formatAmountWithUnit(amount: Money, scale: Scale, lang: Lang): string {
  return `${formatAmount(amount, scale, lang)}${NBSP}${scaleWord(scale, lang)}`;
}

/**
 * A percent with one decimal. `style: 'prose'` writes Swedish "94,3 %" (a space before the sign,
 * as Swedish text does); `'cell'` writes what Excel shows for 0.0% ("94,3%").
 */
export function formatPercent(p: Percent | null, lang: Lang, style: 'prose' | 'cell' = 'prose'): string {
  return p === null ? '–' : formatRoundedPercent(percentRounded(p, 1), lang, style);
}

/** A percent already rounded ("94.3", from percentRounded) written as formatPercent writes it. */
export function formatRoundedPercent(rounded: string, lang: Lang, style: 'prose' | 'cell'): string {
  const n = formatPlainNumber(rounded, lang);
  return lang === 'sv' && style === 'prose' ? `${n}${NBSP}%` : `${n}%`;
}
