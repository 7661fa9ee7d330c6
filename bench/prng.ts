/** A small seeded pseudo-random number generator, so every generated ledger is reproducible. */

/** A source of uniform numbers in [0, 1). */
export interface Random {
  /** The next uniform number in [0, 1). */
  next(): number;
  /** A uniform integer in [lo, hi] (both inclusive). */
  int(lo: number, hi: number): number;
}

/** Mulberry32: 32-bit state, fast, good enough for test data (not for cryptography). */
export function mulberry32(seed: number): Random {
  let a = seed >>> 0;
  const next = (): number => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return { next, int: (lo, hi) => lo + Math.floor(next() * (hi - lo + 1)) };
}
