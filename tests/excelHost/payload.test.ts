/** The payload estimate equals JSON.stringify's length for the values Office.js sends. */
import fc from 'fast-check';
import { jsonSize } from '../support/excelHost/payload';

const utf16 = fc.integer({ min: 0, max: 0xffff }).map((code) => String.fromCharCode(code));
const cell = fc.oneof(
  fc.double(),
  fc.integer(),
  fc.maxSafeInteger(),
  fc.string(),
  fc.string({ unit: 'binary' }),
  fc.string({ unit: utf16 }),
  fc.boolean(),
  fc.constant(null),
);

it('matches JSON.stringify for 2-D arrays of cell values', () => {
  fc.assert(
    fc.property(fc.array(fc.array(cell, { maxLength: 6 }), { maxLength: 20 }), (grid) => {
      expect(jsonSize(grid)).toBe(JSON.stringify(grid).length);
    }),
    { numRuns: 500 },
  );
});

it('counts strings that need escapes and lone surrogates exactly', () => {
  for (const s of ['a"b', 'back\\slash', 'tab\there', '\u0001', '\ud800', '😀', 'Uppföljning']) {
    expect(jsonSize(s)).toBe(JSON.stringify(s).length);
  }
});
