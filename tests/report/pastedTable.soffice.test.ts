/**
 * "Kopiera tabell" pasted into a committee document: the clipboard's HTML opened by LibreOffice
 * Writer (its own HTML filter, as a paste lands) on an A4 portrait page with Word's default 2.5 cm
 * margins (16 cm of text width), printed to PDF and measured. The table fits the text width at 8 pt
 * or more, no header, label or figure breaks inside a word, the caption names organisation,
 * period and unit, and the header row repeats on the next page. Word itself is not tested here.
 */
import { writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { composeFollowUp } from '../../src/core/compose';
import { ALL_SECTIONS } from '../../src/core/report/buildReport';
import { copyAccountTable, copyKeyFigures, copyUnitTable } from '../../src/core/report/clipboard';
import type { DocumentTable, ReportCell, ReportSheet } from '../../src/core/report/model';
import { textWidth } from '../../src/core/report/textWidth';
import { readXlsxGrids } from '../../src/xlsx/readXlsx';
import { aLedger } from '../support/builders';
import { pdfPages, pdfWords, renderPdf, type PdfPages, type PdfWord } from '../support/pdf';
import { tempDir } from '../support/tmp';

jest.setTimeout(120_000);

const CM = 72 / 2.54;
const MARGIN = 2.5 * CM;
const TEXT_WIDTH = 16 * CM;

interface Pasted {
  readonly pages: PdfPages;
  readonly words: PdfWord[];
}

/** A committee document with the pasted fragments in it, rendered by Writer. */
function paste(fragments: readonly string[], dir: string, name: string): Pasted {
  const file = path.join(dir, `${name}.html`);
  const page = `@page { size: 21cm 29.7cm; margin: 2.5cm }`;
  writeFileSync(file, `<!DOCTYPE html><html><head><meta charset="utf-8"><style>${page}</style></head><body><p>§ 59 Ekonomi- och verksamhetsuppföljning</p>${fragments.join('<p>Text.</p>')}</body></html>`);
  const pdf = renderPdf(file, dir);
  return { pages: pdfPages(pdf), words: pdfWords(pdf) };
}

async function reportOf(file: string, settings: Parameters<typeof composeFollowUp>[1]): Promise<ReportSheet> {
  const composed = composeFollowUp(await readXlsxGrids(file), settings);
  if (!composed.ok) throw new Error('the sample does not compose');
  return composed.report;
}

function documentOf(report: ReportSheet, kind: 'unitTable' | 'accountTable' | 'keyFigures'): DocumentTable {
  return report.sections.find((s) => s.kind === kind)!.document!;
}

/** Texts of a document table's cells: headers, labels and figures. */
function cellTexts(report: ReportSheet, t: DocumentTable): { words: string[]; figures: string[] } {
  const rows = [...(t.headerRow === null ? [] : [t.headerRow]), ...t.bodyRows].map((r) => report.rows[r] ?? []);
  const cells = rows.flatMap((row) => t.columns.map((c) => row[c.column]).filter((c): c is ReportCell => c !== undefined && c.text !== ''));
  return {
    words: cells.filter((c) => typeof c.value !== 'number').flatMap((c) => c.text.split(' ')),
    figures: cells.filter((c) => typeof c.value === 'number').map((c) => c.text),
  };
}

/** Whether a figure ("23 734") is printed on one line: its parts as consecutive words at one height. */
function printedOnOneLine(words: readonly PdfWord[], figure: string): boolean {
  const parts = figure.split(/[\s\u00a0]+/);
  return words.some((w, i) => parts.every((p, k) => words[i + k]?.text === p && Math.abs(words[i + k]!.yMin - w.yMin) < 1));
}

/** Checks every pasted table must pass. */
function expectFitsAndWhole(p: Pasted, report: ReportSheet, t: DocumentTable): void {
  expect(p.pages.width).toBeCloseTo(595.3, 0);
  expect(t.fontSize).toBeGreaterThanOrEqual(8);
  expect(t.columns.reduce((a, c) => a + c.width, 0)).toBeLessThanOrEqual(TEXT_WIDTH);
  const { words, figures } = cellTexts(report, t);
  const printed = new Set(p.words.map((w) => w.text));
  const broken = words.filter((w) => !printed.has(w));
  expect(broken).toEqual([]);
  const split = [...new Set(figures)].filter((f) => !printedOnOneLine(p.words, f));
  expect(split).toEqual([]);
  // Nothing runs past the right margin, and the table's words span no more than the text width.
  for (const w of p.words) expect(w.xMax).toBeLessThanOrEqual(p.pages.width - MARGIN + 1);
  const inTable = p.words.filter((w) => words.includes(w.text) || figures.some((f) => f.split(/[\s\u00a0]+/).includes(w.text)));
  expect(Math.max(...inTable.map((w) => w.xMax)) - MARGIN).toBeLessThanOrEqual(TEXT_WIDTH);
  // Printed at the size the model chose (width on paper ÷ width at that size ≈ 1).
  const label = p.words.find((w) => w.text.length >= 8 && words.includes(w.text) && !/[A-ZÅÄÖ]{2}/.test(w.text))!;
  expect((label.xMax - label.xMin) / textWidth(label.text, t.fontSize, false)).toBeGreaterThan(0.9);
}

describe('the KLS unit table pasted into an A4 document', () => {
  const dir = tempDir();
  let report: ReportSheet;
  let pasted: Pasted;
  beforeAll(async () => {
    report = await reportOf('examples/kls-2025.xlsx', {
      period: { year: 2025, month: 7, months: 2 }, scale: 'tkr', lang: 'sv', parentStyle: 'above', sections: ALL_SECTIONS, organisation: 'KLS',
    });
    pasted = paste([copyKeyFigures(report).html, copyUnitTable(report).html, copyAccountTable(report).html], dir, 'kls');
  });

  it('holds seed 004\'s eleven columns, no empty Kommentar', () => {
    const t = documentOf(report, 'unitTable');
    expect(t.columns.map((c) => report.rows[t.headerRow!]![c.column]!.text)).toEqual([
      'Enhet', 'Budget jun/jul', 'Redovisning jun/jul', 'Avvikelse jun/jul', '% av budget', 'Årsbudget',
      'Budget t.o.m. juli', 'Redovisning t.o.m. juli', 'Avvikelse t.o.m. juli', '% av budget', 'Avvikelse prognos',
    ]);
  });

  it('fits 16 cm at 8 pt or more, every word and figure whole', () => {
    expect(pasted.pages.pages).toBe(1);
    expectFitsAndWhole(pasted, report, documentOf(report, 'unitTable'));
    expectFitsAndWhole(pasted, report, documentOf(report, 'accountTable'));
  });

  it('has captions naming organisation, period and unit, and the protocol\'s key figures', () => {
    const text = pasted.words.map((w) => w.text).join(' ');
    expect(text).toContain('KLS – ekonomisk uppföljning till och med juli 2025 (tkr)');
    expect(text).toContain('Ekonomisk uppföljning över KLS (tkr)');
    expect(text).toContain('Redovisning till och med juli');
    // The key figure sits on its label's line.
    const label = pasted.words.find((w) => w.text === 'Redovisning')!;
    expect(pasted.words.some((w) => w.text === '22' && Math.abs(w.yMin - label.yMin) < 1 && w.xMin > label.xMax)).toBe(true);
  });
});

describe('the förvaltning unit table pasted (mnkr, long names, four levels)', () => {
  const dir = tempDir();
  it('fits 16 cm at 8 pt or more, every word and figure whole', async () => {
    const report = await reportOf('examples/forvaltning-2024.xlsx', {
      period: { year: 2024, month: 9, months: 1 }, scale: 'mnkr', lang: 'sv', parentStyle: 'below', sections: ALL_SECTIONS, organisation: 'förvaltningen',
    });
    const pasted = paste([copyUnitTable(report).html], dir, 'forv');
    expectFitsAndWhole(pasted, report, documentOf(report, 'unitTable'));
  });
});

describe('a long unit table pasted', () => {
  const dir = tempDir();
  it('repeats its header row on the next page, and shows Kommentar when a comment has text', () => {
    const rows = Array.from({ length: 70 }, (_, i) => ({ unit: `Verksamhetsområde ${i + 1}`, sub: `Enhet för särskilda insatser ${i + 1}`, budget: '123456', actual: '120000' }));
    const composed = composeFollowUp(
      [aLedger(rows)],
      { period: { year: 2025, month: 7, months: 1 }, scale: 'tkr', lang: 'sv', parentStyle: 'above', sections: ALL_SECTIONS, organisation: 'Nämnden' },
      { comments: new Map([['Verksamhetsområde 3', 'Vakanser under våren.']]) },
    );
    if (!composed.ok) throw new Error('does not compose');
    const t = documentOf(composed.report, 'unitTable');
    expect(composed.report.rows[t.headerRow!]![t.columns[t.columns.length - 1]!.column]!.text).toBe('Kommentar');
    const pasted = paste([copyUnitTable(composed.report).html], dir, 'long');
    expect(pasted.pages.pages).toBeGreaterThan(1);
    for (let page = 2; page <= pasted.pages.pages; page++) {
      const top = pasted.words.filter((w) => w.page === page).sort((a, b) => a.yMin - b.yMin).slice(0, 16).map((w) => w.text);
      expect(top).toEqual(expect.arrayContaining(['Enhet', 'Årsbudget', 'Kommentar']));
    }
    expectFitsAndWhole(pasted, composed.report, t);
  });
});
