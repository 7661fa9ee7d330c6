/**
 * Money: an exact amount in integer öre, branded so it cannot be mixed up with other numbers.
 *
 * Sums are plain integer additions (exact while below 2^53 öre, about 90 000 billion kronor); every
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
export function moneyFromKronor(kronor: number, thousandsShift: 0 | 3 | 6 = 0): Money | null {
  if (!Number.isFinite(kronor)) return null;
  const near = thousandsShift === 0 ? oreNearKronor(kronor) : NaN;
  if (!Number.isNaN(near)) return near as Money;
  const exact = new Dec(kronor.toString()).times(10 ** (2 + thousandsShift)).toDecimalPlaces(0, Dec.ROUND_HALF_UP);
  const n = exact.toNumber();
  return Math.abs(n) <= MAX_SAFE_ORE ? (n as Money) : null;
}

/**
 * The öre of a number of kronor when the double is within a millionth of an öre of a whole öre (any
 * amount with at most two decimals, as ledgers hold them); NaN otherwise. Allocation-free: it runs
 * once per amount cell of a million-row ledger.
 */
export function oreNearKronor(kronor: number): number {
  const ore = kronor * 100;
  const rounded = Math.round(ore);
  return Math.abs(ore - rounded) < 1e-6 && Number.isSafeInteger(rounded) ? rounded + 0 : NaN;
}

/** a − b. */
export function subtractMoney(a: Money, b: Money): Money {
  return (a - b) as Money;
}

/** |a|. */
export function absMoney(a: Money): Money {
  return a < 0 ? negateMoney(a) : a;
}

/** −a (never −0). */
export function negateMoney(a: Money): Money {
  return (a === 0 ? 0 : -a) as Money;
}

/**
 * Money from an exact decimal string of kronor as the JSON report writes it ("1442000.00",
 * "-3.8", "12"): at most two decimals, a point as the mark, no grouping. Null for anything else
 * or beyond exact arithmetic. Plain digits, no rounding: the string already is whole öre.
 */
export function moneyFromKronorString(text: string): Money | null {
  const m = /^(-?)(\d+)(?:\.(\d{1,2}))?$/.exec(text);
  if (m === null) return null;
  const ore = Number(m[2]! + (m[3] ?? '').padEnd(2, '0'));
  if (!Number.isSafeInteger(ore)) return null;
  return (m[1] === '-' && ore !== 0 ? -ore : ore) as Money;
}

/** The exact amount in kronor as a decimal string with two decimals ("1442000.00", "-3.80"). */
export function moneyToKronorString(a: Money): string {
  const abs = Math.abs(a);
  const ore = abs % 100;
  return `${a < 0 ? '-' : ''}${(abs - ore) / 100}.${ore.toString().padStart(2, '0')}`;
}
