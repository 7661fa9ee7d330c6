/** The label scanner's hash table answers as a Map that keeps each hash's first code. */
import fc from 'fast-check';
import { HashCodes } from '../../src/csv/hashCodes';

describe('HashCodes', () => {
  it('gives each hash the first code set for it, and -1 for hashes never set (also across growth)', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 0x3fffffff }), { maxLength: 2000 }), fc.array(fc.integer({ min: 0, max: 0x3fffffff }), { maxLength: 50 }), (sets, probes) => {
        const table = new HashCodes();
        const map = new Map<number, number>();
        sets.forEach((hash, code) => {
          if (table.get(hash) >= 0) return;
          table.set(hash, code);
          map.set(hash, code);
        });
        for (const hash of [...sets, ...probes]) expect(table.get(hash)).toBe(map.get(hash) ?? -1);
      }),
    );
  });

  it('tells apart hashes that fall in one slot (same low bits)', () => {
    const table = new HashCodes();
    const hashes = Array.from({ length: 200 }, (_, i) => i << 16);
    hashes.forEach((h, code) => table.set(h, code));
    hashes.forEach((h, code) => expect(table.get(h)).toBe(code));
    expect(table.get(12_345)).toBe(-1);
  });
});
