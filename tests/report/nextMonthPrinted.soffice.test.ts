/**
 * A next month's follow-up as it prints (LibreOffice Calc to PDF): with last month's comments in
 * "Kommentar jun/jul" the KLS sheet still prints one page wide, A4 landscape, its body text at
 * 8 pt or more, the carried comments and both comment headers on paper, every header word whole.
 */
import ExcelJS from 'exceljs';
import * as path from 'node:path';
import { composeFollowUp } from '../../src/core/compose';
import { joinComments } from '../../src/core/cycle/previousComments';
import { ALL_SECTIONS } from '../../src/core/report/buildReport';
import { textWidth } from '../../src/core/report/textWidth';
import { readXlsxGrids } from '../../src/xlsx/readXlsx';
import { addReportSheet } from '../../src/xlsx/writeReport';
import { pdfPages, pdfWords, renderPdf } from '../support/pdf';
import { tempDir } from '../support/tmp';

jest.setTimeout(120_000);
const dir = tempDir();

it('prints the KLS next month one page wide with the carried comments readable', async () => {
  const carried = new Map([
    ['IT', 'Licenser betalda i förskott för hela året; periodiseras i augusti.'],
    ['HR-avdelning', 'Vakans från mars, rekrytering klar i september.'],
    ['summary', 'Prognosen för helåret håller.'],
  ]);
  const composed = composeFollowUp(
    await readXlsxGrids('examples/kls-2025.xlsx'),
    { period: { year: 2025, month: 9, months: 2 }, scale: 'tkr', lang: 'sv', parentStyle: 'above', sections: ALL_SECTIONS, organisation: 'KLS', previous: { year: 2025, month: 7, months: 2 } },
    { comments: joinComments(new Map(), carried) },
  );
  if (!composed.ok) throw new Error('the sample does not compose');
  const workbook = new ExcelJS.Workbook();
  addReportSheet(workbook, composed.report);
  const xlsx = path.join(dir, 'september.xlsx');
  await workbook.xlsx.writeFile(xlsx);
  const pdf = renderPdf(xlsx, dir);
  const pages = pdfPages(pdf);
  expect(pages.width).toBeGreaterThan(pages.height);
  expect(pages.pages).toBe(composed.report.print.fitToPages.tall);
  const words = pdfWords(pdf);
  const text = words.map((w) => w.text);
  for (const w of ['Licenser', 'periodiseras', 'rekrytering', 'Prognosen', 'jun/jul']) expect(text).toContain(w);
  // One page wide: the comment columns are on the page the figures are on.
  const header = words.filter((w) => w.page === 1 && (w.text === 'Enhet' || w.text === 'Kommentar'));
  expect(header.map((w) => w.text)).toEqual(expect.arrayContaining(['Enhet', 'Kommentar']));
  // Printed size of body text: a unit name's width on paper against its width at 11 pt.
  const name = words.find((w) => w.text === 'Kommundirektör')!;
  expect((11 * (name.xMax - name.xMin)) / textWidth('Kommundirektör', 11)).toBeGreaterThanOrEqual(8);
});
