/**
 * Scaling and rounding of amounts for display: kr, tkr (thousands) and mnkr (millions).
 * Rounding happens here and only when a figure is shown.
 */
import { Dec } from './decimal';
import type { Money } from './money';

/** The unit amounts are shown in. */
export type Scale = 'kr' | 'tkr' | 'mnkr';

/** All scales, smallest first. */
export const SCALES: readonly Scale[] = ['kr', 'tkr', 'mnkr'];

/** Whether a string names a scale. */
export function isScale(s: string): s is Scale {
  return (SCALES as readonly string[]).includes(s);
}

/** Decimals shown per scale: kr and tkr as whole numbers, mnkr with one decimal. */
export const SCALE_DECIMALS: Readonly<Record<Scale, number>> = { kr: 0, tkr: 0, mnkr: 1 };

/**
 * One öre in each scale as a power of ten (1 öre = 1e-5 tkr). Scaling is a shift of the decimal
 * exponent, which decimal.js reads exactly: no division, not even a multiplication.
 */
const ORE_EXPONENT: Readonly<Record<Scale, number>> = { kr: -2, tkr: -5, mnkr: -8 };

/** An amount as it is shown: rounded in its scale. `value` is what a spreadsheet cell gets. */
export interface ShownAmount {
  /** The rounded figure as a number for a spreadsheet cell (never −0). */
  readonly value: number;
  /** The rounded figure as a plain decimal string ("1364", "-3.8"). */
  readonly plain: string;
  /** Decimals shown. */
  readonly decimals: number;
}

/** Whether an amount shows as 0 once scaled and rounded for display ("i nivå med"). */
export function showsAsZero(amount: Money, scale: Scale): boolean {
  return showAmount(amount, scale).value === 0;
}

/**
 * Amounts already shown, by scale: a figure is shown in the unit table, again in the result table,
 * the chart data and the summary. Past MAX_SHOWN amounts a scale's cache starts over rather than grow.
 */
const shownByScale: Readonly<Record<Scale, Map<number, ShownAmount>>> = { kr: new Map(), tkr: new Map(), mnkr: new Map() };
const MAX_SHOWN = 50_000;

/** Scale and round an amount for display, half away from zero. */
export function showAmount(amount: Money, scale: Scale): ShownAmount {
  const cache = shownByScale[scale];
  let shown = cache.get(amount);
  if (shown === undefined) {
    shown = scaledAndRounded(amount, scale);
    if (cache.size >= MAX_SHOWN) cache.clear();
    cache.set(amount, shown);
  }
  return shown;
}

function scaledAndRounded(amount: Money, scale: Scale): ShownAmount {
  const decimals = SCALE_DECIMALS[scale];
  // Scaled as read: the öre with the scale's exponent ("123456e-5"), exact, with no multiplication;
  // toFixed rounds half away from zero (1,5 → 2; −1,5 → −2) as it writes: one step, not two.
  const written = new Dec(`${amount}e${ORE_EXPONENT[scale]}`).toFixed(decimals, Dec.ROUND_HALF_UP);
  const value = Number(written);
  // A negative amount that rounds to nothing is written "-0": shown as 0, never −0.
  return value === 0 ? { value: 0, plain: (0).toFixed(decimals), decimals } : { value, plain: written, decimals };
}
