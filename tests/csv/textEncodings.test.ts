/** Text files in every encoding Excel and Swedish systems write: Windows-1252, Mac Roman, UTF-16. */
import fc from 'fast-check';
import { asUtf8, decodeText } from '../../src/csv/decodeText';
import { readCsvSheet } from '../../src/csv/csvSheet';
import { wholeGrid } from '../../src/core/grid/sheetRows';
import { cp1252, utf8 } from '../support/encodings';

/** Mac Roman bytes of a text (Node's decoder of Mac Roman, inverted). */
function macRoman(text: string): Uint8Array {
  const decoded = new TextDecoder('macintosh').decode(Uint8Array.from({ length: 128 }, (_, i) => 128 + i));
  const byChar = new Map([...decoded].map((c, i) => [c, 128 + i]));
  return Uint8Array.from([...text].map((c) => (c.charCodeAt(0) < 128 ? c.charCodeAt(0) : byChar.get(c)!)));
}

/**
 * Swedish names, in lower or upper case, with a letter outside ASCII inside a word (a name whose
 * only such letter stands alone, "Ö", cannot tell the encodings apart).
 */
const letters = (alphabet: string, minLength: number): fc.Arbitrary<string> => fc.array(fc.constantFrom(...alphabet.split('')), { minLength, maxLength: 10 }).map((cs) => cs.join(''));
const swedishName = fc
  .tuple(letters('bcdfklmnrst', 1), letters('åäöéü', 1), letters('abcdefghijklmnoprstuvy åäöéü-', 0), fc.boolean())
  .map(([start, nordic, rest, upper]) => {
    const name = `${start}${nordic}${rest}`;
    return upper ? name.toUpperCase() : name;
  });

describe('decodeText', () => {
  it('tells Mac Roman from Windows-1252 by where the letters of Swedish names are', () => {
    fc.assert(
      fc.property(fc.array(swedishName, { minLength: 1, maxLength: 10 }), fc.constantFrom('', ' – 5 €', ' ’'), (names, extra) => {
        const text = `Ansvar;Belopp\r\n${names.map((n) => `${n}${extra};1`).join('\r\n')}`;
        expect(decodeText(cp1252(text))).toEqual({ text, encoding: 'windows-1252' });
        expect(decodeText(macRoman(text))).toEqual({ text, encoding: 'macintosh' });
      }),
    );
  });

  it('reads UTF-16 by its byte order mark, little- or big-endian', () => {
    const text = 'Period\tAnsvar\r\n2025-07\tÖverförmyndare\r\n';
    const le = Buffer.from(`\ufeff${text}`, 'utf16le');
    expect(decodeText(le)).toEqual({ text, encoding: 'utf-16le' });
    expect(decodeText(Buffer.from(le).swap16())).toEqual({ text, encoding: 'utf-16be' });
    expect(new TextDecoder().decode(asUtf8(le))).toBe(text);
  });
});

describe('readCsvSheet', () => {
  it('reads a ledger in Mac Roman or UTF-16 with the cells of its UTF-8 copy', () => {
    const text = 'Period;Ansvar;Budget\r\n2025-07;Förskola Åkern;1 064,50\r\n2025-07;Kök – Väst;-3\r\n';
    const expected = wholeGrid(readCsvSheet(utf8(text), 'Huvudbok')).rows;
    expect(wholeGrid(readCsvSheet(macRoman(text), 'Huvudbok')).rows).toEqual(expected);
    expect(wholeGrid(readCsvSheet(Buffer.from(`\ufeff${text}`, 'utf16le'), 'Huvudbok')).rows).toEqual(expected);
  });
});
