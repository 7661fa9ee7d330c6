/**
 * The first code seen for each 30-bit hash, in an open-addressed table of typed arrays. A label
 * column of a ledger in random order looks every field up here (a sorted one mostly repeats the
 * row above); a Map<number, number> cost several times as much per lookup on a million rows.
 */

const EMPTY_SLOT = -1;

/** Hash (30 bits, ≥ 0) → code (≥ 0); a hash keeps the first code it was given. */
export class HashCodes {
  private keys = new Int32Array(64).fill(EMPTY_SLOT);
  private codes = new Int32Array(64);
  private size = 0;

  /** The code given for `hash`, or -1. */
  get(hash: number): number {
    const mask = this.keys.length - 1;
    for (let i = spread(hash) & mask; ; i = (i + 1) & mask) {
      const k = this.keys[i]!;
      if (k === hash) return this.codes[i]!;
      if (k === EMPTY_SLOT) return -1;
    }
  }

  /** Give `hash` its code (the caller has seen get() return -1). */
  set(hash: number, code: number): void {
    if ((this.size + 1) * 2 > this.keys.length) this.grow();
    this.place(hash, code);
    this.size++;
  }

  private place(hash: number, code: number): void {
    const mask = this.keys.length - 1;
    let i = spread(hash) & mask;
    while (this.keys[i] !== EMPTY_SLOT) i = (i + 1) & mask;
    this.keys[i] = hash;
    this.codes[i] = code;
  }

  private grow(): void {
    const { keys, codes } = this;
    this.keys = new Int32Array(keys.length * 2).fill(EMPTY_SLOT);
    this.codes = new Int32Array(keys.length * 2);
    for (let i = 0; i < keys.length; i++) if (keys[i] !== EMPTY_SLOT) this.place(keys[i]!, codes[i]!);
  }
}

/** Mix the hash's high bits into the low ones the mask keeps. */
function spread(hash: number): number {
  return hash ^ (hash >>> 15);
}
