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
 * One öre in each scale. Scaling is multiplication by a power of ten, which decimal.js does exactly
 * (and several times faster than dividing by 100 000, which takes its long-division path).
 */
const UNITS_PER_ORE: Readonly<Record<Scale, Dec>> = { kr: new Dec('1e-2'), tkr: new Dec('1e-5'), mnkr: new Dec('1e-8') };

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

/** Whether an amount shows as 0 once scaled and rounded for display ("i nivå med"). */
export function showsAsZero(amount: Money, scale: Scale): boolean {
  return showAmount(amount, scale).value === 0;
}

/** Scale and round an amount for display, half away from zero. */
export function showAmount(amount: Money, scale: Scale): ShownAmount {
  const decimals = SCALE_DECIMALS[scale];
  const rounded = roundHalfAwayFromZero(new Dec(amount).times(UNITS_PER_ORE[scale]), decimals);
  const plain = rounded.isZero() ? (0).toFixed(decimals) : rounded.toFixed(decimals);
  const value = Number(plain);
  return { value: value === 0 ? 0 : value, plain, decimals };
}
