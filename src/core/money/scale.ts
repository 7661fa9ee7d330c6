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

const ORE_PER_UNIT: Readonly<Record<Scale, number>> = { kr: 100, tkr: 100_000, mnkr: 100_000_000 };

/** Round half away from zero to the given number of decimals (1,5 → 2; −1,5 → −2). */
export function roundHalfAwayFromZero(value: Dec, decimals: number): Dec {
  return value.toDecimalPlaces(decimals, Dec.ROUND_HALF_UP);
}

/** An amount as it is shown: rounded in its scale. `value` is what a spreadsheet cell gets. */
export interface ShownAmount {
  /** The rounded figure as a number for a spreadsheet cell (never −0). */
  readonly value: number;
  /** The rounded figure as a plain decimal string ("1364", "-3.8"). */
  readonly plain: string;
  /** Decimals shown. */
  readonly decimals: number;
}

/** Scale and round an amount for display, half away from zero. */
export function showAmount(amount: Money, scale: Scale): ShownAmount {
  const decimals = SCALE_DECIMALS[scale];
  const rounded = roundHalfAwayFromZero(new Dec(amount).div(ORE_PER_UNIT[scale]), decimals);
  const plain = rounded.isZero() ? (0).toFixed(decimals) : rounded.toFixed(decimals);
  const value = Number(plain);
  return { value: value === 0 ? 0 : value, plain, decimals };
}
