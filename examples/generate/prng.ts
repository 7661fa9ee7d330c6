/**
 * A small seeded pseudo-random number generator (mulberry32) so the examples are the same bytes
 * on every run. Random numbers only pick points and weights; they never carry money fractions.
 */

/** A deterministic random source. */
export interface Rng {
  /** A number in [0, 1). */
  next(): number;
  /** An integer in [lo, hi] (inclusive). */
  int(lo: number, hi: number): number;
  /** A multiple of `quantum` in [lo, hi] (inclusive); throws when there is none. */
  multipleIn(lo: number, hi: number, quantum: number): number;
  /** An integer weight around `base`: base ± spread percent. */
  weight(base: number, spreadPercent: number): number;
  /** One element of a non-empty array. */
  pick<T>(items: readonly T[]): T;
}

/** mulberry32 seeded with a 32-bit integer. */
export function mulberry32(seed: number): Rng {
  let a = seed >>> 0;
  const next = (): number => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (lo: number, hi: number): number => {
    if (hi < lo) throw new Error(`rng.int: empty range [${lo}, ${hi}]`);
    return lo + Math.floor(next() * (hi - lo + 1));
  };
  return {
    next,
    int,
    multipleIn(lo, hi, quantum) {
      const kLo = Math.ceil(lo / quantum);
      const kHi = Math.floor(hi / quantum);
      return int(kLo, kHi) * quantum;
    },
    weight(base, spreadPercent) {
      const spread = Math.floor((base * spreadPercent) / 100);
      return Math.max(1, int(base - spread, base + spread));
    },
    pick<T>(items: readonly T[]): T {
      const item = items[int(0, items.length - 1)];
      if (item === undefined) throw new Error('rng.pick: empty array');
      return item;
    },
  };
}
