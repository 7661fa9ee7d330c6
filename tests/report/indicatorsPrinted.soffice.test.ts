/**
 * The indicator tables as a reader gets them, rendered by LibreOffice: in the printed follow-up
 * sheet (Calc, A4 landscape, as the other sections print) and pasted into a committee document
 * (Writer, A4 portrait, 16 cm text width). Every word of their headers, names and status is
 * printed whole, within the page; the figures each on one line. Needs soffice and poppler-utils.
 */
import { writeFileSync } from 'node:fs';
import * as path from 'node:path';
import ExcelJS from 'exceljs';
import { composeFollowUp } from '../../src/core/compose';
import type { Lang } from '../../src/core/money';
import { ALL_SECTIONS } from '../../src/core/report/buildReport';
import { copySections } from '../../src/core/report/clipboard';
import type { ReportSheet } from '../../src/core/report/model';
import { readXlsxGrids } from '../../src/xlsx/readXlsx';
import { addReportSheet } from '../../src/xlsx/writeReport';
import { pdfPages, pdfWords, renderPdf, type PdfPages, type PdfWord } from '../support/pdf';
import { tempDir } from '../support/tmp';

jest.setTimeout(180_000);

const A4 = { long: 841.89, short: 595.28 };
const CM = 72 / 2.54;

async function reportOf(lang: Lang): Promise<ReportSheet> {
  const c = composeFollowUp(await readXlsxGrids('examples/forvaltning-2024.xlsx'), {
    period: { year: 2024, month: 9, months: 1 }, scale: 'mnkr', lang, parentStyle: 'below', sections: ALL_SECTIONS, organisation: 'förvaltningen',
  });
  if (!c.ok) throw new Error('the sample does not compose');
  return c.report;
}

/** The texts (not figures) of the indicator sections' cells, split into words. */
function indicatorWords(r: ReportSheet): string[] {
  return r.sections
    .filter((s) => s.kind === 'indicators')
    .flatMap((s) => r.rows.slice(s.row, s.row + s.rows))
    .flatMap((row) => row.filter((c) => typeof c.value === 'string').flatMap((c) => c.text.split(/[\s\u00a0]+/)))
    .filter((w) => w !== '');
}

/** Words printed whole: each word of the cells is a word of the PDF. */
function unprinted(words: readonly string[], printed: readonly PdfWord[]): string[] {
  const set = new Set(printed.map((w) => w.text));
  return words.filter((w) => !set.has(w));
}

describe.each(['sv', 'en'] as const)('the indicator tables, printed (%s)', (lang) => {
  const dir = tempDir();
  let report: ReportSheet;
  let sheet: { pages: PdfPages; words: PdfWord[] };
  let pasted: { pages: PdfPages; words: PdfWord[] };

  beforeAll(async () => {
    report = await reportOf(lang);
    const wb = new ExcelJS.Workbook();
    addReportSheet(wb, report);
    const xlsx = path.join(dir, `fv-${lang}.xlsx`);
    await wb.xlsx.writeFile(xlsx);
    const pdf = renderPdf(xlsx, dir);
    sheet = { pages: pdfPages(pdf), words: pdfWords(pdf) };
    const html = path.join(dir, `pasted-${lang}.html`);
    writeFileSync(html, `<!DOCTYPE html><html><head><meta charset="utf-8"><style>@page { size: 21cm 29.7cm; margin: 2.5cm }</style></head><body>${copySections(report, ['indicators']).html}</body></html>`);
    const pastedPdf = renderPdf(html, dir);
    pasted = { pages: pdfPages(pastedPdf), words: pdfWords(pastedPdf) };
  });

  it('print in the follow-up sheet on A4 landscape, within the planned pages, every word whole and inside the page', () => {
    expect(sheet.pages.width).toBeCloseTo(A4.long, 0);
    expect(sheet.pages.height).toBeCloseTo(A4.short, 0);
    expect(sheet.pages.pages).toBeLessThanOrEqual(report.print.fitToPages.tall);
    expect(unprinted(indicatorWords(report), sheet.words)).toEqual([]);
    const title = lang === 'sv' ? 'månad' : 'month';
    const heading = sheet.words.find((w) => w.text === title)!;
    expect(heading).toBeDefined();
    const onItsPage = sheet.words.filter((w) => w.page === heading.page);
    expect(Math.max(...onItsPage.map((w) => w.xMax))).toBeLessThan(A4.long);
  });

  it('paste into an A4 portrait document within its 16 cm of text, nothing broken inside a word', () => {
    expect(pasted.pages.width).toBeCloseTo(A4.short, 0);
    expect(unprinted(indicatorWords(report), pasted.words)).toEqual([]);
    const right = Math.max(...pasted.words.map((w) => w.xMax));
    expect(right).toBeLessThanOrEqual(2.5 * CM + 16 * CM + 1);
    // The status of each row on one line ("Nära målet", "Near target"): its words at one height.
    const near = lang === 'sv' ? ['Nära', 'målet'] : ['Near', 'target'];
    const firsts = pasted.words.filter((w) => w.text === near[0]);
    expect(firsts.length).toBeGreaterThanOrEqual(3);
    for (const f of firsts) expect(pasted.words.some((w) => w.text === near[1] && Math.abs(w.yMin - f.yMin) < 1 && w.xMin > f.xMin)).toBe(true);
  });
});
