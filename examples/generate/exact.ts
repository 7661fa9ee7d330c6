/**
 * Exact arithmetic for the example generator: amounts are integer öre held in plain numbers
 * (checked to be safe integers), and every division, rounding or scaling decision is made on
 * BigInt. Nothing here uses a floating-point fraction of money.
 */

/** Öre per unit in which a figure is shown (one step of the last shown digit). */
export const ORE_PER_TKR = 100_000;
/** One shown step of mnkr with one decimal: 0,1 mnkr = 100 000 kr. */
export const ORE_PER_TENTH_MNKR = 10_000_000;
/** Öre per krona. */
export const ORE_PER_KR = 100;

/** Throws unless `n` is a safe integer (a broken invariant of the generator). */
export function assertOre(n: number, what: string): number {
  if (!Number.isSafeInteger(n)) throw new Error(`${what}: ${n} is not a safe integer number of öre`);
  return n;
}

/** The exact sum of integer öre amounts. */
export function sum(values: Iterable<number>): number {
  let s = 0;
  for (const v of values) s += v;
  return assertOre(s, 'sum');
}

/** n ÷ d rounded half away from zero, exactly. d must not be 0. */
export function roundDiv(n: bigint, d: bigint): bigint {
  if (d === 0n) throw new Error('roundDiv: division by zero');
  const negative = n < 0n !== d < 0n;
  const an = n < 0n ? -n : n;
  const ad = d < 0n ? -d : d;
  const q = (2n * an + ad) / (2n * ad);
  return negative ? -q : q;
}

/** An amount in öre shown in steps of `orePerStep` (tkr: 100 000; tenths of mnkr: 10 000 000). */
export function shownSteps(ore: number, orePerStep: number): bigint {
  return roundDiv(BigInt(ore), BigInt(orePerStep));
}

/**
 * Percent of budget in tenths of a percent (98,4 % → 984n): actual ÷ budget × 100 rounded to one
 * decimal half away from zero; budget 0 and actual 0 → 0n; budget 0 otherwise → null.
 */
export function percentTenths(actual: number, budget: number): bigint | null {
  if (budget === 0) return actual === 0 ? 0n : null;
  return roundDiv(BigInt(actual) * 1000n, BigInt(budget));
}

/**
 * A shown figure as printed in the seeds ("1 064,1", "-3,8", "98,4%", "94,3 %", "0") as an
 * integer number of its last digit's steps, given the number of decimals the figure has when
 * shown (so "0" with decimals 1 is 0n and "2,9" is 29n).
 */
export function parseShown(text: string, decimals: number): bigint {
  const cleaned = text.replace(/[\s%]/g, '');
  const m = /^(-?)(\d+)(?:,(\d+))?$/.exec(cleaned);
  if (!m) throw new Error(`Not a shown figure: "${text}"`);
  const sign = m[1] === '-' ? -1n : 1n;
  const whole = m[2] ?? '0';
  const frac = m[3] ?? '';
  if (frac.length > decimals) throw new Error(`"${text}" has more than ${decimals} decimals`);
  return sign * BigInt(whole + frac.padEnd(decimals, '0'));
}

/** Steps of the last digit as Swedish text ("-1 064,1" for -10641n with 1 decimal). */
export function formatSteps(steps: bigint, decimals: number): string {
  const negative = steps < 0n;
  const digits = (negative ? -steps : steps).toString().padStart(decimals + 1, '0');
  const whole = digits.slice(0, digits.length - decimals);
  const frac = digits.slice(digits.length - decimals);
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ' ');
  return (negative ? '-' : '') + grouped + (decimals > 0 ? `,${frac}` : '');
}

/** An inclusive interval of integers. */
export interface Interval {
  readonly lo: number;
  readonly hi: number;
}

/**
 * All exact öre amounts that show as `steps` when rounded half away from zero in steps of
 * `orePerStep` (which must be even): [s·q − q/2, s·q + q/2) for s > 0, mirrored for s < 0,
 * and the open interval (−q/2, q/2) for s = 0.
 */
export function roundingInterval(steps: bigint, orePerStep: number): Interval {
  if (orePerStep % 2 !== 0) throw new Error('roundingInterval: step must be even');
  const s = Number(steps);
  const half = orePerStep / 2;
  const lo = s * orePerStep - half + (s <= 0 ? 1 : 0);
  const hi = s * orePerStep + half - (s >= 0 ? 1 : 0);
  return { lo: assertOre(lo, 'interval'), hi: assertOre(hi, 'interval') };
}

/**
 * Split `total` into parts proportional to non-negative integer `weights`, each part a multiple
 * of `quantum` (total must be one); the parts sum to `total` exactly. Parts get the floor of
 * their share and the leftover quanta go to the largest remainders (ties: first), so the result
 * is deterministic. A negative total gives the mirrored (all non-positive) split.
 */
export function split(total: number, weights: readonly number[], quantum = 1): number[] {
  assertOre(total, 'split total');
  if (total % quantum !== 0) throw new Error(`split: ${total} is not a multiple of ${quantum}`);
  const wsum = weights.reduce((a, b) => a + b, 0);
  if (weights.length === 0 || wsum <= 0 || weights.some((w) => w < 0 || !Number.isSafeInteger(w))) {
    throw new Error(`split: bad weights ${weights.join(',')}`);
  }
  const sign = total < 0 ? -1n : 1n;
  const units = (BigInt(total) * sign) / BigInt(quantum);
  const W = BigInt(wsum);
  const parts = weights.map((w) => (units * BigInt(w)) / W);
  const remainders = weights.map((w, i) => ({ i, r: (units * BigInt(w)) % W }));
  let left = units - parts.reduce((a, b) => a + b, 0n);
  remainders.sort((a, b) => (a.r === b.r ? a.i - b.i : a.r > b.r ? -1 : 1));
  for (const { i } of remainders) {
    if (left === 0n) break;
    if (weights[i] === 0) continue;
    parts[i] = (parts[i] ?? 0n) + 1n;
    left -= 1n;
  }
  return parts.map((p) => assertOre(Number(p * sign * BigInt(quantum)), 'split part'));
}

/** `amount` × num ÷ den rounded half away from zero to a multiple of `quantum`, exactly. */
export function scale(amount: number, num: number, den: number, quantum = 1): number {
  const q = roundDiv(BigInt(amount) * BigInt(num), BigInt(den) * BigInt(quantum));
  return assertOre(Number(q * BigInt(quantum)), 'scale');
}

/** Kronor for a spreadsheet cell: öre ÷ 100 with at most two decimals (only at the final write). */
export function oreToKronorCell(ore: number): number {
  const kr = Number((ore / 100).toFixed(2));
  if (Math.round(kr * 100) !== ore) throw new Error(`öre ${ore} does not survive as kronor ${kr}`);
  return kr === 0 ? 0 : kr;
}

/** Kronor as Swedish text with two decimals, a space as thousands separator ("-1 064,10"). */
export function oreToSwedishText(ore: number): string {
  return formatSteps(BigInt(ore), 2);
}
