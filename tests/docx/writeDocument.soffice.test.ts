/**
 * The committee document (issue 10, item 5): the report model as a .docx, read back (A4 portrait,
 * the sections in order, each table in the model's widths with a repeating header row and rows
 * that do not split, figures with no-break spaces) and rendered by LibreOffice Writer: every word
 * within the page's margins, no header, label or figure broken inside a word, and the header row
 * again at the top of the next page when the unit table runs over.
 */
import { writeFileSync } from 'node:fs';
import * as path from 'node:path';
import JSZip from 'jszip';
import { composeFollowUp } from '../../src/core/compose';
import { ALL_SECTIONS } from '../../src/core/report/buildReport';
import type { DocumentTable, ReportCell, ReportSection, ReportSheet } from '../../src/core/report/model';
import { reportDocumentBytes } from '../../src/docx/writeDocument';
import { aLedger } from '../support/builders';
import { pdfPages, pdfWords, renderPdf, type PdfWord } from '../support/pdf';
import { tempDir } from '../support/tmp';
import { KLS_SAMPLE, KLS_SETTINGS, sampleReport } from '../support/samples';
import { allOf, firstOf, zipPart, type XmlNode } from '../support/xmlTree';

jest.setTimeout(180_000);

const CM = 72 / 2.54;
const MARGIN = 2.5 * CM;
const A4 = { width: 595.3, height: 841.9 };

async function documentXml(report: ReportSheet): Promise<XmlNode> {
  return zipPart(await JSZip.loadAsync(await reportDocumentBytes(report)), 'word/document.xml');
}

/** A paragraph's or cell's text. */
function textOf(n: XmlNode): string {
  return allOf(n, 't').map((t) => t.text).join('');
}

/** Render the report's document with Writer. */
async function rendered(report: ReportSheet, dir: string, name: string): Promise<{ pages: number; width: number; height: number; words: PdfWord[] }> {
  const file = path.join(dir, `${name}.docx`);
  writeFileSync(file, await reportDocumentBytes(report));
  const pdf = renderPdf(file, dir);
  return { ...pdfPages(pdf), words: pdfWords(pdf) };
}

function tables(report: ReportSheet): DocumentTable[] {
  return report.sections.flatMap((s) => (s.document ? [s.document] : []));
}

/** Headers, labels (split in words) and figures of a document table. */
function cellTexts(report: ReportSheet, t: DocumentTable): { words: string[]; figures: string[] } {
  const rows = [...(t.headerRow === null ? [] : [t.headerRow]), ...t.bodyRows].map((r) => report.rows[r] ?? []);
  const cells = rows.flatMap((row) => t.columns.map((c) => row[c.column]).filter((c): c is ReportCell => c !== undefined && c.text !== ''));
  return {
    words: cells.filter((c) => typeof c.value !== 'number').flatMap((c) => c.text.split(/\s+/)),
    figures: cells.filter((c) => typeof c.value === 'number').map((c) => c.text),
  };
}

/** A figure ("23 734") printed on one line: its parts as consecutive words at one height. */
function printedOnOneLine(words: readonly PdfWord[], figure: string): boolean {
  const parts = figure.split(/[\s\u00a0\u202f]+/);
  return words.some((w, i) => parts.every((p, k) => words[i + k]?.text === p && Math.abs(words[i + k]!.yMin - w.yMin) < 1));
}

function expectWithinMarginsAndWhole(doc: { width: number; height: number; words: PdfWord[] }, report: ReportSheet, margin = MARGIN): void {
  expect(doc.width).toBeCloseTo(A4.width, 0);
  expect(doc.height).toBeCloseTo(A4.height, 0);
  for (const w of doc.words) {
    expect(w.xMin).toBeGreaterThanOrEqual(margin - 1);
    expect(w.xMax).toBeLessThanOrEqual(A4.width - margin + 1);
  }
  const printed = new Set(doc.words.map((w) => w.text));
  for (const t of tables(report)) {
    const { words, figures } = cellTexts(report, t);
    expect(words.filter((w) => !printed.has(w))).toEqual([]);
    expect([...new Set(figures)].filter((f) => !printedOnOneLine(doc.words, f))).toEqual([]);
  }
}

describe('the KLS committee document', () => {
  const dir = tempDir();
  let report: ReportSheet;
  let xml: XmlNode;
  beforeAll(async () => {
    report = await sampleReport(KLS_SAMPLE, KLS_SETTINGS);
    xml = await documentXml(report);
  });

  it('is A4 portrait with 16 cm of text width', () => {
    const sect = firstOf(xml, 'sectPr');
    const size = firstOf(sect, 'pgSz').attributes;
    expect([size.w, size.h, size.orient ?? 'portrait']).toEqual(['11906', '16838', 'portrait']);
    const margin = firstOf(sect, 'pgMar').attributes;
    expect(11906 - Number(margin.left) - Number(margin.right)).toBeGreaterThanOrEqual(Math.ceil(16 * CM * 20));
  });

  it('holds the title, seed 004\'s key-figure block, every table section and the summary, in order', () => {
    const body = firstOf(xml, 'body');
    const blocks = body.children.filter((c) => c.name === 'p' || c.name === 'tbl');
    const texts = blocks.map((b) => (b.name === 'tbl' ? '<table>' : textOf(b)));
    const at = (text: string): number => texts.findIndex((t) => t.startsWith(text));
    const order = [
      'KLS – ekonomisk uppföljning till och med juli 2025', 'Ekonomisk uppföljning över KLS (tkr)', 'KLS – ekonomisk uppföljning till och med juli 2025 (tkr)',
      'Analys av utfall', 'Resultatanalys', 'Sammanfattning', 'Budgetavvikelsen ackumulerat juli 2025',
    ].map(at);
    expect(order.every((i) => i >= 0)).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
    // The protocol excerpt's lines, figures with no-break spaces (seed 004).
    const rows = allOf(blocks[at('Ekonomisk uppföljning över KLS (tkr)') + 1]!, 'tr').map((tr) => allOf(tr, 'tc').map(textOf));
    expect(rows).toEqual([
      ['Budget till och med juli', '23\u00a0734'], ['Redovisning till och med juli', '22\u00a0370'],
      ['Avvikelse till och med juli', '1\u00a0364'], ['Procent av budget', '94,3\u00a0%'],
    ]);
    expect(texts.filter((t) => t === '<table>')).toHaveLength(tables(report).length);
  });

  it('lays every table out in the model\'s widths, header row repeating, rows unsplit', () => {
    const docTables = allOf(xml, 'tbl');
    docTables.forEach((tbl, i) => {
      const model = tables(report)[i]!;
      const grid = allOf(firstOf(tbl, 'tblGrid'), 'gridCol').map((g) => Number(g.attributes.w));
      expect(grid).toEqual(model.columns.map((c) => c.width * 20));
      expect(grid.reduce((a, w) => a + w, 0)).toBeLessThanOrEqual(16 * CM * 20);
      const rows = allOf(tbl, 'tr');
      // <w:tblHeader/> is on; docx writes w:val="off" on the other rows.
      const on = (n: XmlNode): boolean => !['0', 'false', 'off'].includes(n.attributes.val ?? 'on');
      expect(rows.every((tr) => allOf(tr, 'cantSplit').length === 1 && on(firstOf(tr, 'cantSplit')))).toBe(true);
      const headers = rows.map((tr) => allOf(tr, 'tblHeader').some(on));
      expect(headers).toEqual(rows.map((_, r) => model.headerRow !== null && r === 0));
      expect(firstOf(tbl, 'tblLayout').attributes.type).toBe('fixed');
    });
  });

  it('renders in Writer within the margins, no word or figure broken', async () => {
    const doc = await rendered(report, dir, 'kls');
    expect(doc.pages).toBeLessThanOrEqual(2);
    expectWithinMarginsAndWhole(doc, report);
    const text = doc.words.map((w) => w.text).join(' ');
    expect(text).toContain('Ekonomisk uppföljning över KLS (tkr)');
    expect(text).toContain('Sida 1 av');
    // The key figure sits on its label's line, right of it.
    const label = doc.words.find((w, i) => w.text === 'Budget' && doc.words[i + 1]?.text === 'till')!;
    expect(doc.words.some((w, i) => w.text === '23' && doc.words[i + 1]?.text === '734' && Math.abs(w.yMin - label.yMin) < 1 && w.xMin > label.xMax)).toBe(true);
  });
});

describe('sections the writer does not know by name', () => {
  it('come along: a table section through its document layout, other rows as paragraphs and plain tables', async () => {
    const report = await sampleReport(KLS_SAMPLE, KLS_SETTINGS);
    const account = report.sections.find((s) => s.kind === 'accountTable')!;
    const rows = report.rows.map((r) => [...r]);
    const first = rows.length;
    const cell = (text: string, value: string | number = text): ReportCell => ({ value, text, numberFormat: 'General', style: {} });
    rows.push([cell('Personalindikatorer')], [cell('HME'), cell('78', 78), cell('80', 80)]);
    const extra: ReportSection[] = [
      // A later section kind (indicators, forecast accuracy) with its own document layout …
      { ...account, kind: 'futureTable' as ReportSection['kind'], document: { ...account.document!, caption: 'En ny tabell' } },
      // … and one without: a title line and a row of several cells.
      { kind: 'futureProse' as ReportSection['kind'], row: first, rows: 2, columns: 3 },
    ];
    const xml = await documentXml({ ...report, rows, sections: [...report.sections, ...extra] });
    const body = firstOf(xml, 'body').children.filter((c) => c.name === 'p' || c.name === 'tbl');
    const texts = body.map((b) => (b.name === 'tbl' ? `<table>${allOf(b, 'tr').map((tr) => allOf(tr, 'tc').map(textOf).join('|')).join('/')}` : textOf(b)));
    expect(texts).toContain('En ny tabell');
    expect(texts[texts.indexOf('En ny tabell') + 1]).toMatch(/^<table>/);
    expect(texts.slice(-2)).toEqual(['Personalindikatorer', '<table>HME|78|80']);
  });
});

describe('a unit table longer than a page', () => {
  const dir = tempDir();
  it('repeats its header row at the top of the next page, Kommentar shown for a comment', async () => {
    const ledger = Array.from({ length: 70 }, (_, i) => ({ unit: `Verksamhetsområde ${i + 1}`, sub: `Enhet för särskilda insatser ${i + 1}`, budget: '123456', actual: '120000' }));
    const composed = composeFollowUp(
      [aLedger(ledger)],
      { period: { year: 2025, month: 7, months: 1 }, scale: 'tkr', lang: 'sv', parentStyle: 'above', sections: ALL_SECTIONS, organisation: 'Nämnden' },
      { comments: new Map([['Verksamhetsområde 3', 'Vakanser under våren.']]) },
    );
    if (!composed.ok) throw new Error('does not compose');
    const doc = await rendered(composed.report, dir, 'long');
    const unit = composed.report.sections.find((s) => s.kind === 'unitTable')!;
    // The unit table ends with its total row ("Totalt Nämnden"); the tables after it have headers of their own.
    const total = composed.report.rows[unit.row + unit.rows - 1]![0]!.text.split(' ');
    const lastPage = doc.words.find((w, i) => total.every((t, k) => doc.words[i + k]?.text === t))!.page;
    expect(lastPage).toBeGreaterThan(1);
    for (let page = 2; page <= lastPage; page++) {
      // Under the page's running header (title and period), the table's header row comes first.
      const body = doc.words.filter((w) => w.page === page && w.yMin > MARGIN - 5);
      const firstFigure = Math.min(...body.filter((w) => /^-?\d/.test(w.text)).map((w) => w.yMin));
      expect(body.filter((w) => w.yMin < firstFigure).map((w) => w.text)).toEqual(expect.arrayContaining(['Enhet', 'Årsbudget', 'Kommentar']));
    }
    expect(unit.document!.columns.at(-1)!.kind).toBe('comment');
    // The comment column prints plain: the sheet's "type here" fill is not on paper, the comment is.
    const table = allOf(await documentXml(composed.report), 'tbl')[tables(composed.report).indexOf(unit.document!)]!;
    const comments = allOf(table, 'tr').slice(1).map((tr) => allOf(tr, 'tc').at(-1)!);
    expect(comments.filter((tc) => allOf(tc, 'shd').length > 0)).toEqual([]);
    expect(comments.map(textOf)).toContain('Vakanser under våren.');
    expectWithinMarginsAndWhole(doc, composed.report);
  });
});

describe('the förvaltning committee document (mnkr, long names, four levels)', () => {
  const dir = tempDir();
  it('renders within the margins, no word or figure broken', async () => {
    const report = await sampleReport('examples/forvaltning-2024.xlsx', {
      period: { year: 2024, month: 9, months: 1 }, scale: 'mnkr', lang: 'sv', parentStyle: 'below', sections: ALL_SECTIONS, organisation: 'förvaltningen',
    });
    const doc = await rendered(report, dir, 'forv');
    expectWithinMarginsAndWhole(doc, report);
  });
});

describe('a table wider than 16 cm even at 8 pt (förvaltningen in kr)', () => {
  const dir = tempDir();
  it('gets narrower side margins, no less than 1.27 cm, and stays within them', async () => {
    const report = await sampleReport('examples/forvaltning-2024.xlsx', {
      period: { year: 2024, month: 9, months: 1 }, scale: 'kr', lang: 'sv', parentStyle: 'below', sections: ALL_SECTIONS, organisation: 'förvaltningen',
    });
    const widest = Math.max(...tables(report).map((t) => t.columns.reduce((a, c) => a + c.width, 0)));
    expect(widest).toBeGreaterThan(16 * CM);
    const margin = firstOf(firstOf(await documentXml(report), 'sectPr'), 'pgMar').attributes;
    const side = Number(margin.left) / 20;
    expect(Number(margin.right)).toBe(Number(margin.left));
    expect(side).toBeGreaterThanOrEqual(1.27 * CM - 0.1);
    // In twips, as Word measures: the page's 11 906 less both margins holds the widest table.
    expect(11906 - 2 * Number(margin.left)).toBeGreaterThanOrEqual(Math.round(widest * 20));
    const doc = await rendered(report, dir, 'forv-kr');
    expectWithinMarginsAndWhole(doc, report, side);
  });
});
