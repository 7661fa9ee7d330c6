/**
 * The chart in the committee document: the sheet's chart (YTD deviation per top-level unit) as a
 * native Word chart after the result table — its part reached from the document, its data the
 * points the sheet's chart draws (seed 004's 819, 444, −147, −246, 436, 58 tkr for KLS) with the
 * bars coloured by sign, the units top-down as in the tables, their names at the plot's left edge —
 * and as LibreOffice Writer draws it: green and red bars under the title, no name under a bar.
 */
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import * as path from 'node:path';
import JSZip from 'jszip';
import { ALL_SECTIONS } from '../../src/core/report/buildReport';
import type { ReportSheet } from '../../src/core/report/model';
import { reportDocumentBytes } from '../../src/docx/writeDocument';
import { chartPoints } from '../../src/core/report/chartPoints';
import { pdfWords, renderPdf } from '../support/pdf';
import { countColour, pagePixels } from '../support/pixels';
import { tempDir } from '../support/tmp';
import { KLS_SAMPLE, KLS_SETTINGS, sampleReport } from '../support/samples';
import { allOf, firstOf, zipPart as part, type XmlNode } from '../support/xmlTree';

jest.setTimeout(180_000);

async function klsReport(sections = ALL_SECTIONS): Promise<ReportSheet> {
  return sampleReport(KLS_SAMPLE, { ...KLS_SETTINGS, sections });
}

const textOf = (n: XmlNode): string => allOf(n, 't').map((t) => t.text).join('');

describe('the chart in the committee document', () => {
  const dir = tempDir();
  let report: ReportSheet;
  let bytes: Uint8Array;
  let zip: JSZip;
  beforeAll(async () => {
    report = await klsReport();
    bytes = await reportDocumentBytes(report);
    zip = await JSZip.loadAsync(bytes);
  });

  it('is a chart part the document refers to, with its data in an embedded workbook, well-formed', async () => {
    const drawing = firstOf(await part(zip, 'word/document.xml'), 'chart');
    const rels = allOf(await part(zip, 'word/_rels/document.xml.rels'), 'Relationship');
    const rel = rels.find((r) => r.attributes.Id === drawing.attributes.id);
    expect(rel?.attributes.Target).toBe('charts/chart1.xml');
    const chartRels = allOf(await part(zip, 'word/charts/_rels/chart1.xml.rels'), 'Relationship').map((r) => r.attributes.Target ?? '');
    expect(chartRels.some((t) => t.endsWith('.xlsx') && zip.file(path.posix.normalize(path.posix.join('word/charts', t))) !== null)).toBe(true);
    const file = path.join(dir, 'chart1.xml');
    writeFileSync(file, await zip.file('word/charts/chart1.xml')!.async('string'));
    expect(() => execFileSync('xmllint', ['--noout', file], { stdio: 'pipe' })).not.toThrow();
  });

  it('comes after the result table and before the summary', async () => {
    const body = firstOf(await part(zip, 'word/document.xml'), 'body').children;
    const chartAt = body.findIndex((n) => allOf(n, 'chart').length > 0);
    const resultCaption = body.findIndex((n) => n.name.endsWith('p') && textOf(n).startsWith('Resultatanalys per verksamhetsområde'));
    const summary = body.findIndex((n) => n.name.endsWith('p') && textOf(n) === 'Sammanfattning');
    expect(resultCaption).toBeGreaterThan(0);
    // The caption, the table, then the chart.
    expect(chartAt).toBe(resultCaption + 2);
    expect(summary).toBeGreaterThan(chartAt);
  });

  it('draws the points the sheet\'s chart draws, coloured by sign, top-down, names at the left edge', async () => {
    const chart = await part(zip, 'word/charts/chart1.xml');
    const points = chartPoints(report, report.chart!);
    expect(points.values).toEqual([819, 444, -147, -246, 436, 58]);
    expect(firstOf(chart, 'barDir').attributes.val).toBe('bar');
    const cached = (tag: string) => allOf(firstOf(chart, tag), 'v').map((v) => v.text);
    expect(cached('cat')).toEqual(points.categories);
    expect(cached('val').map(Number)).toEqual(points.values);
    const fills = allOf(chart, 'dPt').map((d) => firstOf(d, 'srgbClr').attributes.val);
    expect(fills).toEqual(report.chart!.barFills);
    expect(new Set(fills).size).toBe(2);
    const catAx = firstOf(chart, 'catAx');
    expect(firstOf(catAx, 'orientation').attributes.val).toBe('maxMin');
    expect(firstOf(catAx, 'tickLblPos').attributes.val).toBe('low');
    expect(firstOf(firstOf(chart, 'valAx'), 'crosses').attributes.val).toBe('max');
    expect(textOf(firstOf(chart, 'title'))).toBe(report.chart!.title);
  });

  it('is drawn by LibreOffice Writer: green and red bars under the title, and no unit\'s name under a bar', () => {
    const file = path.join(dir, 'kls.docx');
    writeFileSync(file, bytes);
    const pdf = renderPdf(file, dir);
    const words = pdfWords(pdf);
    const title = words.find((w, i) => w.text === 'enhet' && words[i + 1]?.text === '(tkr)' && words[i - 1]?.text === 'per');
    expect(title).toBeDefined();
    const page = pagePixels(pdf, title!.page, 100);
    const chartBox = { xMin: title!.xMin - 200, yMin: title!.yMax, xMax: title!.xMax + 200, yMax: title!.yMax + 220 };
    const [positive, negative] = [report.chart!.barFills[0]!, report.chart!.barFills[2]!];
    expect(countColour(page, chartBox, positive)).toBeGreaterThan(4 * 200);
    expect(countColour(page, chartBox, negative)).toBeGreaterThan(2 * 100);
    // The deficit units' names, drawn beside their bars, not on them.
    for (const name of ['IT', 'TIA-avdelningen']) {
      const label = words.find((w) => w.page === title!.page && w.text === name && w.yMin > title!.yMax && w.yMax < chartBox.yMax);
      expect(label).toBeDefined();
      expect(countColour(page, label!, negative)).toBe(0);
    }
  });

  it('is left out with the chart', async () => {
    const without = await reportDocumentBytes(await klsReport(ALL_SECTIONS.filter((s) => s !== 'chart')));
    const files = Object.keys((await JSZip.loadAsync(without)).files);
    expect(files.filter((f) => f.startsWith('word/charts/'))).toEqual([]);
  });
});
