/** Why a threshold text was not read, in Swedish and English (no money code: the pane uses it). */
import type { Lang } from '../money';
import type { ThresholdError } from './threshold';

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
