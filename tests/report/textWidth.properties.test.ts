/**
 * Text measuring is cached per distinct text and walks code units: it must give exactly what
 * adding up each character's advance width gives (a surrogate pair one unknown character; words
 * split at spaces and line breaks), for any text, at any size, in either weight, asked once or again.
 */
import fc from 'fast-check';
import { longestWordWidth, textWidth } from '../../src/core/report/textWidth';

/** The straightforward measure, by code point, from the widths textWidth gives single characters. */
function reference(text: string, size: number, bold: boolean): { full: number; word: number } {
  const units = (s: string): number => [...s].reduce((a, ch) => a + (textWidth(ch, 1000, bold) * 1000) / 1000, 0);
  const full = (units(text) * size) / 1000;
  const word = Math.max(0, ...text.split(/[ \n]+/).map((w) => (units(w) * size) / 1000));
  return { full, word };
}

const CHARS = [...' \n  abcÅÄÖé–−…’\u00a0\u202f§0123456789,-%Q😀\u4e2d\t'].concat(['\ud800', '\udc00']);

describe('textWidth', () => {
  it('measures any text as its characters added up, cached or not', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...CHARS), { maxLength: 30 }), fc.constantFrom(8, 8.5, 9, 11, 14), fc.boolean(), (chars, size, bold) => {
        const text = chars.join('');
        const want = reference(text, size, bold);
        for (let twice = 0; twice < 2; twice++) {
          expect(textWidth(text, size, bold)).toBe(want.full);
          expect(longestWordWidth(text, size, bold)).toBe(want.word);
        }
      }),
      { numRuns: 2000 },
    );
  });

  it('counts an emoji (a surrogate pair) as one unknown character and a lone surrogate as one too', () => {
    expect(textWidth('😀', 10)).toBe(textWidth('\ud800', 10));
    expect(textWidth('a😀', 10)).toBe(textWidth('a\udc00', 10));
  });
});
