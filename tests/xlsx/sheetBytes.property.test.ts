/**
 * The byte reader of worksheet parts (sheetBytes.ts) against the text reader it replaced for UTF-8
 * parts (xmlReader.ts + sheetXml.ts), on generated worksheets with every kind of cell and every
 * liberty ECMA-376 and XML allow — prefixes, missing r, entities, CDATA, comments, rich and phonetic
 * text, formulas with and without results, odd numbers, odd references, whitespace, cut into pieces
 * anywhere, or cut short: the same cells (-0 and 0 told apart), the same tables, the same errors.
 */
import fc from 'fast-check';
import { columnLetters, type Cell, type SheetName } from '../../src/core/grid/grid';
import { readSheetBytes } from '../../src/xlsx/sheetBytes';
import { SheetColumns } from '../../src/xlsx/sheetColumns';
import { SheetXml, type SheetContext } from '../../src/xlsx/sheetXml';
import { readXml } from '../../src/xlsx/xmlReader';

const SHARED = ['Period', 'Kök & Städ', 'Förvaltning', '', 'x'];

/** The texts a v element may hold: plain and odd numbers, indices, dates, booleans, errors, escaped text. */
const VALUE = fc.oneof(
  fc.constantFrom('12.5', '-3', '0', '-0', '-0.0', '1E3', '1e-7', ' 7 ', '', '0x1F', '12345678901234567', '123456789012345', '3.14159265358979', '1.', '.5', '+4', '007', '1.50', '-19120.66'),
  fc.constantFrom('2024-01-31', '2024-01-31T12:30:00Z', 'TRUE', '1', 'true', '#N/A', 'Kök &amp; Städ', '&#246;', 'a_x000D_b', '<![CDATA[9]]>', '1<!-- c -->2', '&#51;', '4&amp;'),
  fc.integer({ min: -2, max: 8 }).map(String),
  fc.double({ noNaN: true, noDefaultInfinity: true }).map(String),
  fc.integer({ min: -1e9, max: 1e9 }).map((n) => (n / 100).toFixed(2)),
);

const TYPE = fc.constantFrom(undefined, 'n', 's', 's', 'inlineStr', 'str', 'b', 'e', 'd', 'x');
const STYLE = fc.constantFrom(undefined, '0', '1', '2', '3', ' 1', 'a', '');
const TEXT = fc.constantFrom('Kök', ' två ord ', 'a &lt; b', '&#x00E4;', '<![CDATA[<x & y>]]>', '', 'r_x005F_x000D_');

const REF = fc.oneof(
  { weight: 6, arbitrary: fc.tuple(fc.integer({ min: 0, max: 30 }), fc.integer({ min: 1, max: 40 })).map(([c, r]) => `${columnLetters(c)}${r}`) },
  { weight: 2, arbitrary: fc.constant(undefined) },
  {
    weight: 1,
    arbitrary: fc.constantFrom('$B$3', 'c4', 'AB12', 'A', '7', 'ABCD1', 'A0', 'A1048577', 'A&#49;', 'XFD2', 'XFE2', 'A00002', 'A 1'),
  },
);

const ROW_REF = fc.oneof({ weight: 5, arbitrary: fc.integer({ min: 1, max: 40 }).map(String) }, { weight: 2, arbitrary: fc.constant(undefined) }, { weight: 1, arbitrary: fc.constantFrom(' 3', '03', 'x', '0', '1048577', '2.0', '&#50;') });

interface Spec {
  readonly p: string;
  readonly q: string;
  readonly space: string;
}

function attr(name: string, value: string | undefined, s: Spec): string {
  return value === undefined ? '' : `${s.space === '' ? ' ' : s.space}${name}=${s.q}${value}${s.q}`;
}

const CELL = fc.record({
  ref: REF,
  type: TYPE,
  style: STYLE,
  selfClosing: fc.boolean(),
  formula: fc.constantFrom(undefined, 'SUM(A1:A2)', ''),
  value: fc.option(VALUE, { nil: undefined }),
  emptyValue: fc.boolean(),
  inline: fc.option(fc.tuple(TEXT, TEXT, fc.boolean()), { nil: undefined }),
  extension: fc.boolean(),
});

type CellSpec = typeof CELL extends fc.Arbitrary<infer T> ? T : never;

function cellXml(c: CellSpec, s: Spec): string {
  const { p } = s;
  const open = `<${p}c${attr('r', c.ref, s)}${attr('t', c.type, s)}${attr('s', c.style, s)}`;
  if (c.selfClosing) return `${open}/>`;
  let inner = '';
  if (c.formula !== undefined) inner += c.formula === '' ? `<${p}f/>` : `<${p}f>${c.formula}</${p}f>`;
  if (c.value !== undefined) inner += c.emptyValue ? `<${p}v/>` : `<${p}v>${c.value}</${p}v>`;
  if (c.inline !== undefined) {
    const [a, b, rich] = c.inline;
    inner += rich
      ? `<${p}is><${p}r><${p}rPr><${p}b/></${p}rPr><${p}t>${a}</${p}t></${p}r><${p}rPh sb="0" eb="1"><${p}t>ふ</${p}t></${p}rPh><${p}r><${p}t xml:space="preserve">${b}</${p}t></${p}r></${p}is>`
      : `<${p}is><${p}t>${a}</${p}t></${p}is>`;
  }
  if (c.extension) inner += `<${p}extLst><${p}ext uri="{x}"><x14:ö a="1"><${p}v>99</${p}v></x14:ö></${p}ext></${p}extLst>`;
  return `${open}>${inner}</${p}c>`;
}

const ROW = fc.record({ ref: ROW_REF, cells: fc.array(CELL, { maxLength: 6 }), selfClosing: fc.boolean(), extra: fc.boolean(), secondR: fc.boolean() });

const SHEET = fc.record({
  p: fc.constantFrom('', 'x:'),
  q: fc.constantFrom('"', "'"),
  space: fc.constantFrom('', ' ', '\n  ', '\t'),
  pretty: fc.constantFrom('', '\n', '\r\n  '),
  bom: fc.boolean(),
  rows: fc.array(ROW, { maxLength: 12 }),
  loose: fc.array(CELL, { maxLength: 2 }),
  tables: fc.constantFrom(0, 1, 2),
  comment: fc.boolean(),
  /** Cells as Excel writes a ledger: shared strings and plain numbers only (label columns the engine codes). */
  excelLike: fc.boolean(),
});

/** A cell as Excel writes a ledger's: a shared string by index, or a plain number. */
function excelLike(c: CellSpec): CellSpec {
  const shared = c.type === 's' || c.type === 'str';
  const value = shared ? String(Math.abs(c.ref?.length ?? 0) % 6) : (c.value ?? '12.5').replace(/[^0-9.-]/g, '') || '7';
  return { ...c, type: shared ? 's' : undefined, style: undefined, selfClosing: false, formula: undefined, value, emptyValue: false, inline: undefined, extension: false };
}

function sheetXml(sheet: typeof SHEET extends fc.Arbitrary<infer T> ? T : never): string {
  const s: Spec = sheet;
  const { p, pretty } = sheet;
  const plain = (c: CellSpec): CellSpec => (sheet.excelLike ? excelLike(c) : c);
  const rows = sheet.rows.map((r) =>
    r.selfClosing && r.cells.length === 0
      ? `<${p}row${attr('r', r.ref, s)}/>`
      : `<${p}row${attr('r', r.ref, s)}${r.extra ? attr('spans', '1:6', s) + attr('x14ac:dyDescent', '0.25', s) : ''}${r.secondR ? attr('x14ac:r', '7', s) : ''}>${r.cells.map((c) => cellXml(plain(c), s)).join(pretty)}</${p}row>`,
  );
  const ns = p === '' ? 'xmlns' : 'xmlns:x';
  const tables = Array.from({ length: sheet.tables }, (_, i) => `<${p}tablePart r:id=${s.q}rId${i + 1}${s.q}/>`).join('');
  return (
    `${sheet.bom ? '\ufeff' : ''}<?xml version="1.0" encoding="UTF-8" standalone="yes"?>${pretty}` +
    `<${p}worksheet ${ns}="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="r">${pretty}` +
    `<${p}dimension ref="A1:F9"/>${sheet.comment ? '<!-- <c r="Z9"><v>1</v></c> -->' : ''}` +
    `<${p}sheetData>${pretty}${sheet.loose.map((c) => cellXml(c, s)).join('')}${rows.join(pretty)}${pretty}</${p}sheetData>${pretty}` +
    (tables === '' ? '' : `<${p}tableParts count="${sheet.tables}">${tables}</${p}tableParts>`) +
    `</${p}worksheet>${pretty}`
  );
}

type Outcome = { rows: Cell[][]; tables: readonly string[] } | { error: string };

/** What the engine sees of each column besides its cells: its keys and distinct values. */
function keysOf(cells: SheetColumns): unknown[] {
  const width = Math.max(0, ...Array.from({ length: cells.length }, (_, r) => cells.row(r).length));
  return Array.from({ length: width }, (_, c) => ({ keys: Array.from({ length: cells.length }, (_, r) => cells.key(r, c)), distinct: cells.distinctCells(c) }));
}

async function byText(xml: string, context: SheetContext): Promise<Outcome> {
  const reader = new SheetXml(context);
  try {
    // As the text reader was fed: the part's bytes decoded, the byte order mark dropped.
    await readXml(
      (async function* () {
        yield new TextDecoder('utf-8').decode(new TextEncoder().encode(xml));
      })(),
      reader,
    );
    return { rows: reader.rows, tables: reader.tableIds };
  } catch (e) {
    return { error: (e as Error).message };
  }
}

async function byBytes(bytes: Uint8Array, cuts: readonly number[], context: SheetContext, joinBytes?: number, keys?: unknown[][]): Promise<Outcome> {
  const at = [...new Set(cuts.map((c) => c % (bytes.length + 1)))].sort((a, b) => a - b);
  const pieces: Uint8Array[] = [];
  let from = 0;
  for (const to of [...at, bytes.length]) {
    pieces.push(bytes.slice(from, to));
    from = to;
  }
  const cells = new SheetColumns('Blad1' as SheetName, context.sharedStrings);
  try {
    const reader = await readSheetBytes(
      (async function* () {
        yield* pieces;
      })(),
      context,
      cells,
      joinBytes,
    );
    keys?.push(keysOf(cells));
    return { rows: cells.rows(), tables: reader.tableIds };
  } catch (e) {
    return { error: (e as Error).message };
  }
}

const CONTEXT = fc.record({
  sharedStrings: fc.constant(SHARED),
  dates1904: fc.constantFrom([], [false, true, false, true]),
});

describe('the byte reader of worksheets reads what the text reader reads', () => {
  it('cell for cell, however the bytes are cut into pieces', async () => {
    await fc.assert(
      fc.asyncProperty(SHEET, fc.array(fc.nat(), { maxLength: 8 }), CONTEXT, fc.constantFrom(undefined, 1, 5, 40), async (sheet, cuts, context, joinBytes) => {
        const xml = sheetXml(sheet);
        const expected = await byText(xml, context);
        const keys: unknown[][] = [];
        const actual = await byBytes(new TextEncoder().encode(xml), cuts, context, joinBytes, keys);
        expect(actual).toEqual(expected);
        // Cut or not, each column is the same kind of column to the engine (keys, distinct values).
        await byBytes(new TextEncoder().encode(xml), [], context, undefined, keys);
        expect(keys[0]).toEqual(keys[1]);
      }),
      { numRuns: 300 },
    );
  });

  it('and a part cut short fails the same way', async () => {
    await fc.assert(
      // Small joins too: a token cut at a piece's start is then read from a join longer than the join size.
      fc.asyncProperty(SHEET, fc.nat(), fc.array(fc.nat(), { maxLength: 4 }), fc.constantFrom(undefined, 1, 5, 40), async (sheet, cut, cuts, joinBytes) => {
        const bytes = new TextEncoder().encode(sheetXml(sheet));
        const short = bytes.slice(0, cut % (bytes.length + 1));
        const context = { sharedStrings: SHARED, dates1904: [] };
        const expected = await byText(new TextDecoder('utf-8').decode(short), context);
        const actual = await byBytes(short, cuts, context, joinBytes);
        expect(actual).toEqual(expected);
      }),
      { numRuns: 300 },
    );
  });

  it('a part that ends just after a complete start tag reads that tag first, as the text reader does', async () => {
    // The general path once waited for a byte after ">" and so reported the part's end, not the tag.
    const head = '<worksheet><sheetData><row r="1">';
    for (const tag of ['<c\tr="XFE2"\tt="s">', '<c r="XFE2">', '<c  r="XFE2" >', '<row\tr="1048577">', '<row r="1048577">', '<c r="A1"/>', '<c>', '<sheetData>']) {
      const bytes = new TextEncoder().encode(head + tag);
      const context = { sharedStrings: SHARED, dates1904: [] };
      const expected = await byText(head + tag, context);
      for (const cuts of [[], [head.length], [bytes.length - 1]]) expect(await byBytes(bytes, cuts, context)).toEqual(expected);
    }
  });

  it('numbers exactly as Number() reads them, the shared strings by index', async () => {
    const xml = '<worksheet><sheetData><row r="1"><c r="A1"><v>0.1</v></c><c r="B1"><v>-0</v></c><c r="C1"><v>123456789.123456</v></c><c r="D1" t="s"><v>1</v></c><c r="E1" t="s"><v>9</v></c></row></sheetData></worksheet>';
    const actual = await byBytes(new TextEncoder().encode(xml), [], { sharedStrings: SHARED, dates1904: [] });
    expect(actual).toEqual({ rows: [[0.1, -0, 123456789.123456, 'Kök & Städ']], tables: [] });
  });
});
