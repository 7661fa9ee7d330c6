/**
 * Money: an exact amount in integer öre, branded so it cannot be mixed up with other numbers.
 *
 * Sums are plain integer additions (exact while below 2^53 öre, about 90 billion kronor); every
 * division, scaling and rounding goes through decimal.js in this folder and nowhere else.
 */
import { Dec } from './decimal';

/** An exact amount of money, in integer öre. Build it only through the constructors below. */
export type Money = number & { readonly __brand: 'Money' };

/** Zero kronor. */
export const ZERO = 0 as Money;

/** The largest magnitude in öre that plain number arithmetic keeps exact. */
const MAX_SAFE_ORE = Number.MAX_SAFE_INTEGER;

/** Money from an integer number of öre; throws on a fraction or an unsafe magnitude (a broken invariant). */
export function moneyFromOre(ore: number): Money {
  if (!Number.isSafeInteger(ore)) throw new RangeError(`Not a safe integer number of öre: ${ore}`);
  return ore as Money;
}

/**
 * Money from a number of kronor as a spreadsheet stores it (a binary double such as 1064.1).
 * A value within a millionth of an öre of a whole öre is taken as that öre (the double's closest
 * reading); anything finer is rounded to öre half away from zero on its shortest decimal form.
 * Returns null for NaN, infinities and magnitudes beyond exact arithmetic.
 */
export function moneyFromKronor(kronor: number): Money | null {
  if (!Number.isFinite(kronor)) return null;
  const ore = kronor * 100;
  const rounded = Math.round(ore);
  if (Math.abs(ore - rounded) < 1e-6 && Number.isSafeInteger(rounded)) return (rounded === 0 ? 0 : rounded) as Money;
  const exact = new Dec(kronor.toString()).times(100).toDecimalPlaces(0, Dec.ROUND_HALF_UP);
  const n = exact.toNumber();
  return Math.abs(n) <= MAX_SAFE_ORE ? (n as Money) : null;
}

/** The sum of two amounts. */
export function addMoney(a: Money, b: Money): Money {
  return (a + b) as Money;
}

/** a − b. */
export function subtractMoney(a: Money, b: Money): Money {
  return (a - b) as Money;
}

/** −a (never −0). */
export function negateMoney(a: Money): Money {
  return (a === 0 ? 0 : -a) as Money;
}

/** The sum of many amounts. */
export function sumMoney(amounts: Iterable<Money>): Money {
  let s = 0;
  for (const a of amounts) s += a;
  return s as Money;
}

/** Whether the amount is exact (a safe integer of öre): sums of huge ledgers are checked with it. */
export function isExactMoney(a: number): a is Money {
  return Number.isSafeInteger(a);
}

/** The exact amount in kronor as a decimal string with two decimals ("1442000.00", "-3.80"). */
export function moneyToKronorString(a: Money): string {
  const negative = a < 0;
  const abs = Math.abs(a);
  const kr = Math.floor(abs / 100);
  const ore = abs - kr * 100;
  return `${negative ? '-' : ''}${kr}.${ore.toString().padStart(2, '0')}`;
}
