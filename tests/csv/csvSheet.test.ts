/**
 * The CSV scanner against readCsv: the same cells, the same amounts, the same ledger, issues and
 * follow-up, on generated files of every dialect, encoding and oddity; and the files it leaves to
 * readCsv.
 */
import fc from 'fast-check';
import type { Cell, Grid } from '../../src/core/grid/grid';
import { isLargeSheet, type LargeSheet, type Sheet } from '../../src/core/grid/sheetRows';
import { analyseWorkbook } from '../../src/core/engine';
import { gridRows } from '../../src/core/ledger/gridRows';
import { jsonReport } from '../../src/core/report/json';
import type { FollowUpPeriod } from '../../src/core/period/month';
import { readCsvSheet, scanInHalves, scanLedgerCsv, type HalfHelper } from '../../src/csv/csvSheet';
import { scanPart } from '../../src/csv/csvScanner';
import { readCsv } from '../../src/csv/readCsv';
import { cp1252 } from '../support/encodings';

const enc = new TextEncoder();

const PERIOD: FollowUpPeriod = { year: 2025, month: 7, months: 2 };

/** Cells, amounts and key consistency of the scanned sheet against readCsv's grid. */
function expectSameCells(large: LargeSheet, grid: Grid): void {
  const { all } = large;
  expect(all.length).toBe(grid.rows.length);
  const fromGrid = gridRows(grid);
  const width = Math.max(0, ...grid.rows.map((r) => r.length)) + 1;
  const keys = new Map<string, Cell>();
  for (let r = 0; r < grid.rows.length; r++) {
    expect(all.row(r)).toEqual(grid.rows[r]);
    for (let c = 0; c < width; c++) {
      expect(all.cell(r, c)).toBe(fromGrid.cell(r, c));
      const mine = all.amount(r, c);
      const theirs = fromGrid.amount(r, c);
      if (theirs === null) expect(mine).toBeNull();
      else if (Number.isNaN(theirs)) expect(mine).toBeNaN();
      else expect(mine).toBe(theirs);
      // Equal keys in a column mean equal cells.
      const k = `${c}|${String(all.key(r, c))}`;
      if (keys.has(k)) expect(all.cell(r, c)).toBe(keys.get(k));
      else keys.set(k, all.cell(r, c));
    }
  }
  expect(large.head.rows).toEqual(grid.rows.slice(0, large.head.rows.length));
  // Lines with more fields than the header are marked alike.
  expect(all.marks).toEqual(grid.marks);
}

/** The engine's findings from the scanned sheet and from the grid. */
/** A sheet read from `bytes` as readCsv reads them: its very grid when not scanned, else the same cells and analysis. */
function expectReadAsReadCsv(sheet: Sheet, bytes: Uint8Array): void {
  const grid = readCsv(bytes, 'Huvudbok');
  if (!isLargeSheet(sheet)) {
    expect(sheet).toEqual(grid);
    return;
  }
  expectSameCells(sheet, grid);
  expectSameAnalysis(sheet, grid);
}

function expectSameAnalysis(large: LargeSheet, grid: Grid): void {
  const a = analyseWorkbook([large], { period: PERIOD, lang: 'sv' });
  const b = analyseWorkbook([grid], { period: PERIOD, lang: 'sv' });
  expect(a.layouts).toEqual(b.layouts);
  expect(a.issues).toEqual(b.issues);
  expect(a.ledger.units).toEqual(b.ledger.units);
  expect(a.ledger.unitFirstSeen).toEqual(b.ledger.unitFirstSeen);
  expect(a.ledger.accounts).toEqual(b.ledger.accounts);
  expect(a.ledger.actualWord).toBe(b.ledger.actualWord);
  for (const column of ['unit', 'account', 'month', 'kind', 'amount'] as const) {
    expect(Array.from(a.ledger.facts[column])).toEqual(Array.from(b.ledger.facts[column]));
  }
  expect(a.followUp === null).toBe(b.followUp === null);
  if (a.followUp !== null && b.followUp !== null) {
    expect(jsonReport(a.followUp, { lang: 'sv', warnings: [], summary: '' })).toEqual(jsonReport(b.followUp, { lang: 'sv', warnings: [], summary: '' }));
  }
}

function scanned(bytes: Uint8Array): LargeSheet {
  const s = scanLedgerCsv(bytes, 'Huvudbok');
  if (s === null) throw new Error('the scanner left the file to readCsv');
  return s;
}

describe('scanLedgerCsv', () => {
  it('leaves tkr columns to the ledger reader, which reads them as kronor as for a grid', () => {
    const lines = ['Period;Enhet;Budget (tkr);Utfall', ...Array.from({ length: 30 }, (_, i) => `2025${String((i % 7) + 1).padStart(2, '0')};Enhet ${i % 3};${i},5;${i * 10}`)];
    const bytes = enc.encode(lines.join('\n') + '\n');
    const sheet = scanned(bytes);
    expectSameAnalysis(sheet, readCsv(bytes, 'Huvudbok'));
    const a = analyseWorkbook([sheet], { period: PERIOD, lang: 'sv' });
    expect(a.issues.filter((i) => i.severity === 'error')).toEqual([]);
    expect(jsonReport(a.followUp!, { lang: 'sv', warnings: [], summary: '' }).rows.at(-1)!.annualBudget).toBe('450000.00'); // (0+…+29) × 1000 + 30 × 500
  });

  it('reads a plain ledger as readCsv does, with codes for labels and öre for amounts', () => {
    const text = 'Period;Förvaltning;Enhet;Konto;Budget;Utfall\r\n202507;KLF;Stab;3010;-1064,10;-1000\r\n202507;KLF;Stab;4010;25,5;30\r\n202506;KLF;IT;4010;1 064,10;(3,8)\r\n';
    const bytes = enc.encode(text);
    const large = scanned(bytes);
    const grid = readCsv(bytes, 'Huvudbok');
    expectSameCells(large, grid);
    expect(large.all.amount(1, 4)).toBe(-106410);
    expect(large.all.amount(3, 4)).toBe(106410);
    expect(large.all.amount(3, 5)).toBe(-380);
    expect(large.all.key(1, 2)).toBe(large.all.key(2, 2));
    expectSameAnalysis(large, grid);
  });

  it('reads quoted labels (delimiters, doubled quotes and line breaks inside) and quoted amounts', () => {
    const text = 'Period;Enhet;Konto;Utfall\n202507;"Kultur; fritid";3010;"-12,50"\n202507;"Säg ""hej""\nigen";3010;""\n202507;Kultur; fritid;3010;1\n';
    const bytes = enc.encode(text);
    const large = scanned(bytes);
    const grid = readCsv(bytes, 'Huvudbok');
    expect(grid.rows[2]).toEqual(['202507', 'Säg "hej"\nigen', '3010', null]);
    expectSameCells(large, grid);
    expectSameAnalysis(large, grid);
  });

  it('decodes Windows-1252 and skips a UTF-8 byte order mark, as decodeText does', () => {
    const text = 'Period;Enhet;Utfall\n202507;Förskola – Väster €;12\n';
    for (const bytes of [cp1252(text), Uint8Array.from([0xef, 0xbb, 0xbf, ...enc.encode(text)])]) {
      const large = scanned(bytes);
      expect(large.all.cell(1, 1)).toBe('Förskola – Väster €');
      expect(large.head.rows[0]).toEqual(['Period', 'Enhet', 'Utfall']);
      expectSameCells(large, readCsv(bytes, 'Huvudbok'));
    }
  });

  it('starts after an Excel sep= line and below title rows', () => {
    const bytes = enc.encode('sep=,\nUppföljning KLF\n\nPeriod,Enhet,Utfall\n2025-07,Stab,"1064,10"\n2025-07,Stab,12\n');
    const large = scanned(bytes);
    const grid = readCsv(bytes, 'Huvudbok');
    expectSameCells(large, grid);
    expectSameAnalysis(large, grid);
  });

  it('reports bad cells at the same addresses as readCsv', () => {
    const bytes = enc.encode('Period;Enhet;Utfall\n202507;Stab;1,064\n2025-13;Stab;5\n202507;;7\nSumma;;12\n202507;Stab;abc\n');
    const large = scanned(bytes);
    const a = analyseWorkbook([large], { period: PERIOD, lang: 'sv' });
    expect(a.issues.map((i) => `${i.code} ${i.address ?? ''}`)).toEqual(
      analyseWorkbook([readCsv(bytes, 'Huvudbok')], { period: PERIOD, lang: 'sv' }).issues.map((i) => `${i.code} ${i.address ?? ''}`),
    );
    expect(a.issues.some((i) => i.code === 'ambiguousAmount' && i.address === 'Huvudbok!C2')).toBe(true);
  });

  it.each([
    ['a quote inside an unquoted field', 'Period;Enhet;Utfall\n202507;12" skärm;5\n'],
    ['text after a closing quote', 'Period;Enhet;Utfall\n202507;"Stab"x;5\n'],
    ['an unterminated quote', 'Period;Enhet;Utfall\n202507;"Stab;5\n'],
    ['a line break other than the file’s', 'Period;Enhet;Utfall\r\n202507;Stab;5\n202507;Stab;6\r\n'],
    ['a wide ledger', 'Enhet;Konto;jan;feb;mar\nStab;3010;1;2;3\n'],
    ['a sheet that is not a ledger', 'Enhet;Namn;Överordnad\nS;Stab;\n'],
  ])('leaves %s to readCsv', (_what, text) => {
    const bytes = enc.encode(text);
    expect(scanLedgerCsv(bytes, 'Huvudbok')).toBeNull();
    const sheet = readCsvSheet(bytes, 'Huvudbok');
    expect(isLargeSheet(sheet)).toBe(false);
    expect(sheet).toEqual(readCsv(bytes, 'Huvudbok'));
  });
});

// ---------------------------------------------------------------------------------------------
// Generated files: whatever the scanner takes, it reads exactly as readCsv does.

const labelText = fc.constantFrom('Stab', 'IT', 'Kultur och fritid', 'Förskola Björkgården', 'Summa', 'Totalt KLF', ' Stab ', 'Kultur; fritid', 'Säg "hej"', 'rad\nbrytning', '', ' ', '€ – ’', '=SUM(A1)',
  // The same labels written otherwise (decomposed å/ä/ö, runs of spaces, no-break spaces): one unit either way.
  'Förskola Björkgården'.normalize('NFD'), 'Kultur  och fritid', 'Kultur\u00a0och fritid', ' Kultur och fritid\u00a0');
const periodText = fc.constantFrom('202507', '202506', '2025-07', 'jul-25', 'P07', '7', '2025-13', '', 'juli 2025', '20250731', 'abc');
const accountText = fc.constantFrom('3010', '4010', '5010', '7010', '', '30', 'K-1', ' 5010 ', '5010\u00a0');
const amountText = fc.oneof(
  fc.integer({ min: -99_999_999, max: 99_999_999 }).map((o) => `${o < 0 ? '-' : ''}${Math.floor(Math.abs(o) / 100)},${String(Math.abs(o) % 100).padStart(2, '0')}`),
  fc.integer({ min: -9_999_999, max: 9_999_999 }).map(String),
  fc.constantFrom('', ' ', '0', '-0', '12,5', '12.5', '12,', ',5', '1,064', '1.064', '1 064,10', '(3,8)', '3,8-', '−3,8', '+5', 'abc', '1064.10 kr', '0000000000012', '12345678901234', '-', '1,2,3', '5,123'),
  // Grouped with spaces and no-break spaces, well and badly.
  fc.integer({ min: -999_999_999_99, max: 999_999_999_99 }).map((o) => {
    const kr = Math.floor(Math.abs(o) / 100).toString().replace(/\B(?=(\d{3})+(?!\d))/g, o % 3 === 0 ? '\u00a0' : ' ');
    return `${o < 0 ? '-' : ''}${kr},${String(Math.abs(o) % 100).padStart(2, '0')}`;
  }),
  fc.constantFrom('1 2 3', '12 345', '1234 567', '1 234 ', ' 1 234', '1  234', '-1 234.5', '1\u00a0234\u00a0567', '1 234,567', '9 999 999 999 999,99', '99 999 999 999 999'),
);

interface GeneratedFile {
  readonly bytes: Uint8Array;
  readonly text: string;
}

const generatedFile: fc.Arbitrary<GeneratedFile> = fc
  .record({
    delimiter: fc.constantFrom(';', ',', '\t'),
    newline: fc.constantFrom('\n', '\r\n', '\r'),
    encoding: fc.constantFrom('utf-8', 'utf-8-bom', 'windows-1252'),
    sepLine: fc.boolean(),
    title: fc.boolean(),
    forecast: fc.boolean(),
    trailing: fc.constantFrom('', 'nl', 'nlnl', 'delims'),
    rows: fc.array(
      fc.record({
        period: periodText,
        group: labelText,
        unit: labelText,
        account: accountText,
        budget: amountText,
        actual: amountText,
        forecast: amountText,
        shape: fc.constantFrom('full', 'full', 'full', 'full', 'short', 'long', 'padded', 'empty'),
        quote: fc.array(fc.boolean(), { minLength: 7, maxLength: 7 }),
      }),
      { maxLength: 40 },
    ),
  })
  .map((f) => {
    const field = (s: string, quoted: boolean | undefined): string => {
      const mustQuote = s.includes(f.delimiter) || s.includes('"') || s.includes('\n') || s.includes('\r');
      return quoted || mustQuote ? `"${s.replaceAll('"', '""')}"` : s;
    };
    const header = ['Period', 'Förvaltning', 'Enhet', 'Konto', 'Budget', 'Utfall', ...(f.forecast ? ['Prognos'] : [])];
    const lines: string[] = [];
    if (f.sepLine) lines.push(`sep=${f.delimiter}`);
    if (f.title) lines.push('Uppföljning KLF 2025');
    lines.push(header.join(f.delimiter));
    for (const r of f.rows) {
      if (r.shape === 'empty') {
        lines.push('');
        continue;
      }
      let cells = [r.period, r.group, r.unit, r.account, r.budget, r.actual, ...(f.forecast ? [r.forecast] : [])];
      if (r.shape === 'short') cells = cells.slice(0, 3);
      if (r.shape === 'long') cells = [...cells, 'extra', ''];
      // Trailing empty fields, as systems that end every line with a separator write them.
      if (r.shape === 'padded') cells = [...cells, '', ''];
      lines.push(cells.map((c, i) => field(c, r.quote[i % 7])).join(f.delimiter));
    }
    let text = lines.join(f.newline);
    if (f.trailing === 'nl') text += f.newline;
    if (f.trailing === 'nlnl') text += f.newline + f.newline;
    if (f.trailing === 'delims') text += f.newline + f.delimiter.repeat(3) + f.newline;
    // Windows-1252 has no combining marks: such a file holds the composed letters.
    const bytes = f.encoding === 'windows-1252' ? cp1252(text.normalize('NFC')) : f.encoding === 'utf-8-bom' ? Uint8Array.from([0xef, 0xbb, 0xbf, ...enc.encode(text)]) : enc.encode(text);
    return { bytes, text };
  });

describe('scanLedgerCsv on generated files', () => {
  it('gives readCsv’s cells and amounts, or leaves the file to readCsv', () => {
    let taken = 0;
    fc.assert(
      fc.property(generatedFile, ({ bytes }) => {
        const grid = readCsv(bytes, 'Huvudbok');
        const large = scanLedgerCsv(bytes, 'Huvudbok');
        if (large === null) return;
        taken++;
        expectSameCells(large, grid);
      }),
      { numRuns: 300 },
    );
    // Generated files are well-formed CSV: the scanner must take nearly all of them.
    expect(taken).toBeGreaterThan(250);
  });

  it('gives the ledger, issues and follow-up that readCsv’s grid gives', () => {
    fc.assert(
      fc.property(generatedFile, ({ bytes }) => {
        const large = scanLedgerCsv(bytes, 'Huvudbok');
        if (large !== null) expectSameAnalysis(large, readCsv(bytes, 'Huvudbok'));
      }),
      { numRuns: 200 },
    );
  });
});

describe('scanInHalves: the second half read and scanned by a helper (here, in this thread)', () => {
  /** A helper for a file whose second half starts at `middle`, as the helper thread works. */
  const helperFor = (bytes: Uint8Array, middle: number): HalfHelper => {
    const split = bytes.indexOf(0x0a, middle) + 1;
    return { read: Promise.resolve(split), scan: (plan) => Promise.resolve(split > 0 ? scanPart({ ...plan, from: split }) : null) };
  };

  it('gives readCsv’s cells, ledger and follow-up wherever the middle falls', async () => {
    await fc.assert(
      fc.asyncProperty(generatedFile, fc.nat(), async ({ bytes }, at) => {
        const middle = bytes.length === 0 ? 0 : at % bytes.length;
        const sheet = await scanInHalves(bytes, 'Huvudbok', middle, helperFor(bytes, middle));
        expect(isLargeSheet(sheet)).toBe(scanLedgerCsv(bytes, 'Huvudbok') !== null);
        expectReadAsReadCsv(sheet, bytes);
      }),
      { numRuns: 300 },
    );
  });

  it('plans from its first bytes alone and reads the rest of its part once, after the plan has gone, wherever the middle and the first bytes fall', async () => {
    await fc.assert(
      fc.asyncProperty(generatedFile, fc.nat(), fc.nat(), async ({ bytes }, at, firstAt) => {
        const middle = bytes.length === 0 ? 0 : at % bytes.length;
        const read = middle === 0 ? 0 : firstAt % (middle + 1);
        // Only this thread's first bytes and the helper's part are there to begin with.
        const shared = new Uint8Array(bytes.length);
        shared.set(bytes.subarray(0, read));
        shared.set(bytes.subarray(middle), middle);
        const events: string[] = [];
        const helper = helperFor(shared, middle);
        const sheet = await scanInHalves(
          shared,
          'Huvudbok',
          middle,
          {
            read: helper.read,
            scan: (plan) => {
              events.push('plan');
              return helper.scan(plan);
            },
          },
          {
            read,
            readRest: () => {
              events.push('rest');
              shared.set(bytes.subarray(read, middle), read);
            },
          },
        );
        expect(events.filter((e) => e === 'rest')).toHaveLength(1);
        if (events.includes('plan')) expect(events.indexOf('plan')).toBeLessThan(events.indexOf('rest'));
        expectReadAsReadCsv(sheet, bytes);
      }),
      { numRuns: 200 },
    );
  });

  it('scans a large file from a plan made on its first bytes, the helper planned before the rest is read', async () => {
    const lines = ['Period;Förvaltning;Enhet;Konto;Budget;Utfall'];
    for (let i = 0; i < 3000; i++) lines.push(`2025${String((i % 7) + 1).padStart(2, '0')};Förv ${i % 4};Enhet ${i % 37};${3000 + (i % 23)};${i},50;-${i * 3},25`);
    const bytes = enc.encode(lines.join('\r\n') + '\r\n');
    const middle = Math.floor(bytes.length * 0.6);
    for (const read of [2_000, 10_000, 40_000]) {
      const shared = new Uint8Array(bytes.length);
      shared.set(bytes.subarray(0, read));
      shared.set(bytes.subarray(middle), middle);
      const events: string[] = [];
      const helper = helperFor(shared, middle);
      const sheet = await scanInHalves(shared, 'Huvudbok', middle, { read: helper.read, scan: (plan) => (events.push('plan'), helper.scan(plan)) }, { read, readRest: () => (events.push('rest'), shared.set(bytes.subarray(read, middle), read)) });
      expect(events).toEqual(['plan', 'rest']);
      expect(isLargeSheet(sheet)).toBe(true);
      expectReadAsReadCsv(sheet, bytes);
    }
  });

  it('drops the empty lines at the end of a file whose head runs to the middle, as readCsv does (found by the property above)', async () => {
    // Windows-1252 ("ö" is 246): only empty lines after the header, the middle inside the head.
    const bytes = Uint8Array.from([
      115, 101, 112, 61, 59, 13, 10, 85, 112, 112, 102, 246, 108, 106, 110, 105, 110, 103, 32, 75, 76, 70, 32, 50, 48, 50, 53, 13, 10, 80, 101, 114, 105, 111, 100, 59, 70, 246, 114,
      118, 97, 108, 116, 110, 105, 110, 103, 59, 69, 110, 104, 101, 116, 59, 75, 111, 110, 116, 111, 59, 66, 117, 100, 103, 101, 116, 59, 85, 116, 102, 97, 108, 108, 59, 80, 114, 111,
      103, 110, 111, 115, 13, 10, 13, 10, 59, 59, 59, 13, 10,
    ]);
    for (let middle = 0; middle < bytes.length; middle++) {
      const sheet = await scanInHalves(bytes, 'Huvudbok', middle, helperFor(bytes, middle));
      const grid = readCsv(bytes, 'Huvudbok');
      if (!isLargeSheet(sheet)) expect(sheet).toEqual(grid);
      else expectSameCells(sheet, grid);
    }
  });

  it('merges the codes of both halves: a label first seen in the second is one code', async () => {
    const text = 'Period;Enhet;Utfall\n202507;Stab;1\n202507;IT;2\n202507;Stab;3\n202507;Kultur;4\n';
    const bytes = enc.encode(text);
    const middle = text.indexOf('202507;IT;2') + 3;
    const sheet = await scanInHalves(bytes, 'Huvudbok', middle, helperFor(bytes, middle));
    if (!isLargeSheet(sheet)) throw new Error('read in one piece');
    expect(sheet.all.key(1, 1)).toBe(sheet.all.key(3, 1));
    expect(sheet.all.cell(4, 1)).toBe('Kultur');
    expect(sheet.all.amount(4, 2)).toBe(400);
  });

  it('reads the bytes in one piece when the helper’s scan fails, a field is quoted or the file is not UTF-8', async () => {
    const plain = enc.encode('Period;Enhet;Utfall\n202507;Stab;1\n202507;IT;2\n202507;IT;3\n');
    const quoted = enc.encode('Period;Enhet;Utfall\n202507;"Stab";1\n202507;IT;2\n202507;IT;3\n');
    const latin = cp1252('Period;Enhet;Utfall\n202507;Stab;1\n202507;IT;2\n202507;Förskola;3\n');
    const scanFails = (b: Uint8Array): HalfHelper => ({ read: helperFor(b, 25).read, scan: () => Promise.reject(new Error('scan failed')) });
    for (const [bytes, helper] of [
      [quoted, (b: Uint8Array) => helperFor(b, 25)],
      [latin, (b: Uint8Array) => helperFor(b, 25)],
      [plain, scanFails],
    ] as const) {
      const sheet = await scanInHalves(bytes, 'Huvudbok', 25, helper(bytes));
      if (!isLargeSheet(sheet)) throw new Error('not a ledger');
      expectSameCells(sheet, readCsv(bytes, 'Huvudbok'));
    }
  });

  it('fails when the helper could not read its half: its bytes are missing', async () => {
    for (const text of ['Period;Enhet;Utfall\n202507;Stab;1\n202507;IT;2\n202507;IT;3\n', 'Period;Enhet;Utfall\n202507;"Stab";1\n202507;IT;2\n']) {
      const failing: HalfHelper = { read: Promise.reject(new Error('no thread')), scan: () => Promise.reject(new Error('no thread')) };
      await expect(scanInHalves(enc.encode(text), 'Huvudbok', 25, failing)).rejects.toThrow('no thread');
    }
  });
});
