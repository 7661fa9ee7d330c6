/**
 * The follow-up sheet as it prints: both sample follow-ups written with ExcelJS and printed through
 * LibreOffice Calc to PDF. A4 landscape; KLS on one page; text at 8 pt or more on paper; no chart
 * data and no input note on paper; header words whole; a header and footer; summary paragraphs
 * evenly spaced. Needs soffice and poppler-utils (CI installs libreoffice-calc, -writer, poppler).
 *
 * The size on paper is measured from word widths: pdftotext reports a word's box at its nominal
 * size, but the width shrinks with the print scale, so width on paper ÷ width at 11 pt × 11 is the
 * printed size.
 */
import ExcelJS from 'exceljs';
import * as path from 'node:path';
import { composeFollowUp } from '../../src/core/compose';
import { ALL_SECTIONS } from '../../src/core/report/buildReport';
import type { ReportSheet } from '../../src/core/report/model';
import { textWidth } from '../../src/core/report/textWidth';
import { readXlsxGrids } from '../../src/xlsx/readXlsx';
import { addReportSheet } from '../../src/xlsx/writeReport';
import { buildFollowUp } from '../../src/app/buildFollowUp';
import { KLS_REQUEST } from '../app/appHost';
import { createExcelHost } from '../support/excelHost/host';
import { loadSnapshotFromXlsx, saveSnapshotToXlsx } from '../support/excelHost/xlsx';
import { pdfPages, pdfWords, renderPdf, type PdfPages, type PdfWord } from '../support/pdf';
import { tempDir } from '../support/tmp';

jest.setTimeout(120_000);

const A4 = { long: 841.89, short: 595.28 };

interface Printed {
  readonly report: ReportSheet;
  readonly pages: PdfPages;
  readonly words: PdfWord[];
}

async function print(file: string, settings: Parameters<typeof composeFollowUp>[1], dir: string, name: string): Promise<Printed> {
  const composed = composeFollowUp(await readXlsxGrids(file), settings);
  if (!composed.ok) throw new Error('the sample does not compose');
  const workbook = new ExcelJS.Workbook();
  addReportSheet(workbook, composed.report);
  const xlsx = path.join(dir, `${name}.xlsx`);
  await workbook.xlsx.writeFile(xlsx);
  const pdf = renderPdf(xlsx, dir);
  return { report: composed.report, pages: pdfPages(pdf), words: pdfWords(pdf) };
}

/** The printed size of the sheet's 11 pt text: the smallest ratio of a unit name's width on paper to its width at 11 pt. */
function printedBodySize(p: Printed): number {
  const names = new Set(p.report.rows.flatMap((row) => row.filter((c) => c.style.border && !c.style.bold && typeof c.value === 'string').map((c) => c.text)));
  const ratios = p.words.filter((w) => names.has(w.text) && w.text.length >= 6).map((w) => (w.xMax - w.xMin) / textWidth(w.text, 11));
  expect(ratios.length).toBeGreaterThan(3);
  return 11 * Math.min(...ratios);
}

/** Every word of every table header, as the header cells hold them. */
function headerWords(report: ReportSheet): string[] {
  return report.rows.flatMap((row) => row.filter((c) => c.style.wrap && c.style.fill === 'DDEBF7').flatMap((c) => c.text.split(' ').filter((w) => w !== '')));
}

describe('the KLS follow-up, printed', () => {
  const dir = tempDir();
  let kls: Printed;
  beforeAll(async () => {
    kls = await print(
      'examples/kls-2025.xlsx',
      { period: { year: 2025, month: 7, months: 2 }, scale: 'tkr', lang: 'sv', parentStyle: 'above', sections: ALL_SECTIONS, organisation: 'KLS' },
      dir,
      'kls',
    );
  });

  it('is one A4 page, landscape', () => {
    expect(kls.pages.pages).toBe(1);
    expect(kls.pages.width).toBeCloseTo(A4.long, 0);
    expect(kls.pages.height).toBeCloseTo(A4.short, 0);
  });

  it('prints its text at 8 pt or more (the sheet has nothing smaller than 11 pt)', () => {
    for (const row of kls.report.rows) for (const c of row) expect(c.style.fontSize ?? 11).toBeGreaterThanOrEqual(11);
    expect(printedBodySize(kls)).toBeGreaterThanOrEqual(8);
  });

  it('leaves the chart data and the input note off the paper', () => {
    const text = kls.words.map((w) => w.text);
    expect(text).not.toContain('Diagramunderlag');
    expect(text).not.toContain('↑');
    expect(text).toContain('Sammanfattning');
  });

  it('breaks headers between words only: every header word is printed whole', () => {
    const printed = new Set(kls.words.map((w) => w.text));
    for (const word of headerWords(kls.report)) expect({ word, printed: printed.has(word) }).toEqual({ word, printed: true });
  });

  it('has a header with organisation and period, a footer with the date built and the page', () => {
    const top = kls.words.filter((w) => w.yMax < 30).map((w) => w.text).join(' ');
    const bottom = kls.words.filter((w) => w.yMin > A4.short - 30).map((w) => w.text).join(' ');
    expect(top).toContain('KLS – ekonomisk uppföljning till och med juli 2025');
    expect(top).toContain('Period: jun/jul 2025');
    expect(bottom).toMatch(/Skapad \d{4}-\d{2}-\d{2}/);
    expect(bottom).toContain('Sida 1 av 1');
  });

  it('spaces the summary paragraphs evenly, none running into the next', () => {
    const s = kls.report.sections.find((x) => x.kind === 'summary')!;
    const paragraphs = kls.report.rows.slice(s.row + 1, s.row + s.rows).map((r) => r[0]?.text ?? '').filter((t) => t !== '');
    expect(paragraphs.length).toBeGreaterThanOrEqual(3);
    // Each paragraph's first and last word on paper: the gap between one's end and the next one's start.
    const firstWords = paragraphs.map((p) => kls.words.find((w) => w.text === p.split(/[\s\u00a0]+/)[0])!);
    const gaps: number[] = [];
    for (let i = 0; i + 1 < paragraphs.length; i++) {
      const lastWord = paragraphs[i]!.split(/[\s\u00a0]+/).pop()!;
      const end = kls.words.filter((w) => w.text === lastWord && w.yMin >= firstWords[i]!.yMin && w.yMin < firstWords[i + 1]!.yMin);
      expect(end.length).toBeGreaterThan(0);
      gaps.push(firstWords[i + 1]!.yMin - Math.max(...end.map((w) => w.yMax)));
    }
    expect(Math.max(...gaps) - Math.min(...gaps)).toBeLessThan(2);
  });
});

describe('the förvaltning follow-up, printed', () => {
  const dir = tempDir();
  let forv: Printed;
  beforeAll(async () => {
    forv = await print(
      'examples/forvaltning-2024.xlsx',
      { period: { year: 2024, month: 9, months: 1 }, scale: 'mnkr', lang: 'sv', parentStyle: 'below', sections: ALL_SECTIONS, organisation: 'förvaltningen' },
      dir,
      'forv',
    );
  });

  it('is A4 landscape on as few pages as the model planned, text at 8 pt or more', () => {
    expect(forv.pages.width).toBeCloseTo(A4.long, 0);
    expect(forv.pages.pages).toBeLessThanOrEqual(forv.report.print.fitToPages.tall);
    expect(printedBodySize(forv)).toBeGreaterThanOrEqual(8);
  });

  it('repeats the header of the table the first page ends in at the top of the next', () => {
    // Below the page header (title and period), the first row on page 2 is the result table's header.
    const body = forv.words.filter((w) => w.page === 2 && !['Förvaltningen', 'Period:'].includes(w.text) && w.yMin > 25);
    const firstRow = Math.min(...body.map((w) => w.yMin));
    const top = body.filter((w) => w.yMin < firstRow + 15).map((w) => w.text);
    expect(top).toEqual(expect.arrayContaining(['Resultat', 'Budgetavvikelse', 'ack', 'september', 'augusti']));
  });

  it('numbers its pages in the footer', () => {
    const bottom = forv.words.filter((w) => w.yMin > A4.short - 30 && w.page === 2).map((w) => w.text).join(' ');
    expect(bottom).toContain(`Sida 2 av ${forv.pages.pages}`);
  });
});

describe('the KLS follow-up written through Office.js, printed', () => {
  const dir = tempDir();
  it('prints as the ExcelJS one does: one A4 landscape page, text at 8 pt or more, chart data off paper', async () => {
    const snapshot = await loadSnapshotFromXlsx('examples/kls-2025.xlsx');
    const host = createExcelHost(snapshot);
    const restore = host.install(globalThis);
    try {
      const built = await buildFollowUp(KLS_REQUEST);
      expect(built.ok).toBe(true);
    } finally {
      restore();
    }
    // Only the follow-up sheet, as a reader prints it (LibreOffice prints every sheet of a file).
    const after = host.snapshot();
    const file = path.join(dir, 'kls-officejs.xlsx');
    await saveSnapshotToXlsx({ ...after, sheets: after.sheets.filter((s) => s.name === 'Uppföljning 2025-07') }, file);
    const pdf = renderPdf(file, dir);
    const pages = pdfPages(pdf);
    const words = pdfWords(pdf);
    expect(pages.pages).toBe(1);
    expect(pages.width).toBeCloseTo(A4.long, 0);
    expect(words.map((w) => w.text)).not.toContain('Diagramunderlag');
    const name = words.find((w) => w.text === 'Kommundirektör')!;
    expect((11 * (name.xMax - name.xMin)) / textWidth('Kommundirektör', 11)).toBeGreaterThanOrEqual(8);
    expect(words.filter((w) => w.yMin > A4.short - 30).map((w) => w.text).join(' ')).toContain('Sida 1 av 1');
  });
});
