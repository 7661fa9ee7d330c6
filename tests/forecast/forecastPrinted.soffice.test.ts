/**
 * The forecast-accuracy section as it prints (ExcelJS → LibreOffice Calc → PDF), on the
 * Förvaltning sample's closed 2023 in tkr, where the section's fourteen columns are the sheet's
 * widest: A4 landscape, one page wide, as few pages tall as the model planned, text at 8 pt or
 * more, every header word whole, a month without a forecast printing nothing. Needs soffice and
 * poppler-utils.
 */
import ExcelJS from 'exceljs';
import * as path from 'node:path';
import { composeFollowUp } from '../../src/core/compose';
import { ALL_SECTIONS } from '../../src/core/report/buildReport';
import type { ReportSheet } from '../../src/core/report/model';
import { textWidth } from '../../src/core/report/textWidth';
import { readXlsxGrids } from '../../src/xlsx/readXlsx';
import { addReportSheet } from '../../src/xlsx/writeReport';
import { pdfPages, pdfWords, renderPdf, type PdfPages, type PdfWord } from '../support/pdf';
import { tempDir } from '../support/tmp';

jest.setTimeout(120_000);

const A4 = { long: 841.89, short: 595.28 };

let report: ReportSheet;
let pages: PdfPages;
let words: PdfWord[];
const dir = tempDir();

beforeAll(async () => {
  const composed = composeFollowUp(await readXlsxGrids('examples/forvaltning-2024.xlsx'), {
    period: { year: 2023, month: 12, months: 1 },
    scale: 'tkr',
    lang: 'sv',
    parentStyle: 'above',
    sections: ALL_SECTIONS,
    organisation: 'förvaltningen',
    forecastAccuracy: true,
  });
  if (!composed.ok) throw new Error('the sample does not compose');
  report = composed.report;
  const workbook = new ExcelJS.Workbook();
  addReportSheet(workbook, report);
  const xlsx = path.join(dir, 'forecast.xlsx');
  await workbook.xlsx.writeFile(xlsx);
  const pdf = renderPdf(xlsx, dir);
  pages = pdfPages(pdf);
  words = pdfWords(pdf);
});

it('prints on A4 landscape, one page wide, on no more pages than planned', () => {
  expect(pages.width).toBeCloseTo(A4.long, 0);
  expect(pages.height).toBeCloseTo(A4.short, 0);
  expect(pages.pages).toBeLessThanOrEqual(report.print.fitToPages.tall);
  const section = report.sections.find((s) => s.kind === 'forecastAccuracy')!;
  expect(report.print.area.columns).toBeGreaterThanOrEqual(section.columns);
  // Nothing of the tables prints right of the page's printable width. (The title row's count of
  // deviations without a comment, left-aligned over the last column, runs past it with or without
  // this section: it is left out here and reported, not this section's to fix.)
  const tables = words.filter((w) => !(w.page === 1 && w.yMin > 20 && w.yMin < 45));
  expect(Math.max(...tables.map((w) => w.xMax))).toBeLessThanOrEqual(A4.long - 28.8 + 1);
});

it('prints its unit names at 8 pt or more', () => {
  const names = new Set(report.rows.flatMap((row) => row.filter((c) => c.style.border && !c.style.bold && typeof c.value === 'string').map((c) => c.text)));
  const ratios = words.filter((w) => names.has(w.text) && w.text.length >= 6).map((w) => (w.xMax - w.xMin) / textWidth(w.text, 11));
  expect(ratios.length).toBeGreaterThan(3);
  expect(11 * Math.min(...ratios)).toBeGreaterThanOrEqual(8);
});

it('prints both titles, every header word whole, and the note', () => {
  const text = words.map((w) => w.text).join(' ');
  expect(text).toContain('Prognossäkerhet 2023: prognosavvikelse mot utfall (tkr)');
  expect(text).toContain('Prognossäkerhet 2023: prognosavvikelse i % av årsbudget');
  expect(text).toContain('Tom ruta: ingen prognos gjord den månaden.');
  const printed = new Set(words.map((w) => w.text));
  const sections = report.sections.filter((s) => s.kind === 'forecastAccuracy' && s.document);
  for (const s of sections) {
    for (const c of report.rows[s.row + 1]!) for (const word of c.text.split(' ')) expect({ word, printed: printed.has(word) }).toEqual({ word, printed: true });
  }
});

it('prints nothing for July, when no forecast was made', () => {
  const s = report.sections.find((x) => x.kind === 'forecastAccuracy')!;
  const header = report.rows[s.row + 1]!;
  const july = header.findIndex((c) => c.text === 'Prognos jul');
  const body = report.rows.slice(s.row + 2, s.row + s.rows);
  expect(body.every((row) => row[july]!.value === null && row[july]!.text === '')).toBe(true);
});

it('fits each of its tables into a committee document\'s 16 cm (A4 portrait) at 8 pt or more', () => {
  const tables = report.sections.filter((x) => x.kind === 'forecastAccuracy' && x.document);
  expect(tables).toHaveLength(2);
  for (const s of tables) {
    const width = s.document!.columns.reduce((a, c) => a + c.width, 0);
    expect(width).toBeLessThanOrEqual((16 / 2.54) * 72 + 0.01);
    expect(s.document!.fontSize).toBeGreaterThanOrEqual(8);
  }
});
