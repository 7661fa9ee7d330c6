import { decodeText, detectDialect, readCsv } from '../../src/csv/readCsv';
import { cp1252, utf8 } from '../support/encodings';


describe('decodeText', () => {
  it('decodes UTF-8 without a byte order mark', () => {
    expect(decodeText(utf8('Åäö;1'))).toEqual({ text: 'Åäö;1', encoding: 'utf-8' });
  });

  it('drops a UTF-8 byte order mark and says so', () => {
    const bytes = Uint8Array.from([0xef, 0xbb, 0xbf, ...utf8('Enhet;Belopp')]);
    expect(decodeText(bytes)).toEqual({ text: 'Enhet;Belopp', encoding: 'utf-8-bom' });
  });

  it('falls back to Windows-1252, including the 0x80–0x9F characters', () => {
    expect(decodeText(cp1252('Förskola – Västra € ’'))).toEqual({
      text: 'Förskola – Västra € ’',
      encoding: 'windows-1252',
    });
  });

  it('maps every Windows-1252 byte as the WHATWG index does', () => {
    const all = Uint8Array.from({ length: 256 }, (_, b) => b);
    const { text, encoding } = decodeText(all);
    expect(encoding).toBe('windows-1252');
    expect(text.length).toBe(256);
    expect(text.charCodeAt(0x41)).toBe(0x41);
    expect(text.charCodeAt(0x80)).toBe(0x20ac);
    expect(text.charCodeAt(0x81)).toBe(0x81);
    expect(text.charCodeAt(0x9f)).toBe(0x178);
    expect(text.charCodeAt(0xe5)).toBe(0xe5);
  });

  it('decodes a Windows-1252 text longer than one decoding step', () => {
    const text = 'Öppen förskola – 1 234,50 €;'.repeat(10_000);
    expect(decodeText(cp1252(text)).text).toBe(text);
  });

  it('reads plain ASCII as UTF-8', () => {
    expect(decodeText(utf8('a;b')).encoding).toBe('utf-8');
  });
});

describe('detectDialect', () => {
  it.each([
    ['a;b;c\n', ';'],
    ['a,b,c\n', ','],
    ['a\tb\tc\n', '\t'],
    ['a;b,c\n', ';'],
    ['a\tb,c\n', '\t'],
    ['Belopp\n1,5\n', ';'],
  ])('picks the separator of %j', (text, delimiter) => {
    expect(detectDialect(text).delimiter).toBe(delimiter);
  });

  it('counts only separators outside quotes', () => {
    expect(detectDialect('"a;b;c;d",x,y\n').delimiter).toBe(',');
  });

  it('looks at the first non-empty line', () => {
    expect(detectDialect('\r\n\r\na,b;c,d\r\n').delimiter).toBe(',');
  });

  it('finds the line ending outside quotes', () => {
    expect(detectDialect('"a\nb";c\r\nd;e').newline).toBe('\r\n');
    expect(detectDialect('a;b\nc;d').newline).toBe('\n');
    expect(detectDialect('a;b\rc;d').newline).toBe('\r');
    expect(detectDialect('a;b').newline).toBe('\n');
  });

  it('obeys an Excel sep= line', () => {
    expect(detectDialect('sep=,\r\na;b,c\r\n')).toEqual({ delimiter: ',', newline: '\r\n', dataStart: 7 });
  });
});

describe('readCsv', () => {
  it('reads a semicolon ledger as Excel on a Swedish Windows writes it', () => {
    const bytes = cp1252('Ansvar;Enhet;Budget;Utfall\r\n1100;Förskola Väst;1 234,50;-3\r\n1200;;0,00;\r\n');
    const grid = readCsv(bytes, 'Huvudbok');
    expect(grid.sheet).toBe('Huvudbok');
    expect(grid.origin).toEqual({ row: 0, column: 0 });
    expect(grid.rows).toEqual([
      ['Ansvar', 'Enhet', 'Budget', 'Utfall'],
      ['1100', 'Förskola Väst', '1 234,50', '-3'],
      ['1200', null, '0,00', null],
    ]);
  });

  it('reads a comma file with quoted decimal commas, "" escapes and line breaks in fields', () => {
    const text = 'Enhet,Belopp,Not\n"Skola ""Norr""","1 234,50","rad 1\r\nrad 2"\nIT,12,"a\nb"\n';
    expect(readCsv(utf8(text), 'x').rows).toEqual([
      ['Enhet', 'Belopp', 'Not'],
      ['Skola "Norr"', '1 234,50', 'rad 1\r\nrad 2'],
      ['IT', '12', 'a\nb'],
    ]);
  });

  it('reads a tab-separated UTF-8 file with a byte order mark', () => {
    const bytes = Uint8Array.from([0xef, 0xbb, 0xbf, ...utf8('Enhet\tBelopp\nÖst\t5\n')]);
    expect(readCsv(bytes, 'x').rows).toEqual([
      ['Enhet', 'Belopp'],
      ['Öst', '5'],
    ]);
  });

  it('keeps every field as written, formula-looking and spaced ones too', () => {
    const rows = readCsv(utf8('=SUM(A1);+46; 7 ;@x;0012;1e3\n'), 'x').rows;
    expect(rows).toEqual([['=SUM(A1)', '+46', ' 7 ', '@x', '0012', '1e3']]);
  });

  it('drops trailing empty lines but keeps empty lines inside', () => {
    const rows = readCsv(utf8('a;b\r\n\r\nc;d\r\n;\r\n\r\n'), 'x').rows;
    expect(rows).toEqual([['a', 'b'], [null], ['c', 'd']]);
  });

  it('reads an empty file as no rows', () => {
    expect(readCsv(new Uint8Array(0), 'x').rows).toEqual([]);
    expect(readCsv(utf8('\r\n\r\n'), 'x').rows).toEqual([]);
  });

  it('reads old Mac line endings', () => {
    expect(readCsv(utf8('a;b\rc;d\r'), 'x').rows).toEqual([
      ['a', 'b'],
      ['c', 'd'],
    ]);
  });

  it('skips an Excel sep= line', () => {
    expect(readCsv(utf8('sep=;\r\na,b;c\r\n'), 'x').rows).toEqual([['a,b', 'c']]);
  });

  it('keeps a quote inside an unquoted field', () => {
    expect(readCsv(utf8('Skärm 24";5\n'), 'x').rows).toEqual([['Skärm 24"', '5']]);
  });
});

describe('a title line above the header', () => {
  it('does not decide the separator', () => {
    expect(detectDialect('Huvudbok 2025\nPeriod,Ansvar,Budget\n2025-07,A,1\n2025-07,B,2\n').delimiter).toBe(',');
    expect(detectDialect('Huvudbok 2025, kr\nPeriod;Ansvar;Budget;Utfall\n2025-07;A;1,5;\n2025-07;B;;2,25\n').delimiter).toBe(';');
  });
});
