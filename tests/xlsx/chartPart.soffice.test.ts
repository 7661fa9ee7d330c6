/**
 * The chart in the CLI's workbook (issue 10, item 4): a DrawingML chart part reached from the
 * report sheet through its drawing, whose series refer to the chart data cells and cache the
 * values the report shows, bars coloured by sign; rendered by LibreOffice Calc with its title and
 * green and red bars where the chart is anchored.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import type { CellRange, ChartSpec, ReportSheet } from '../../src/core/report/model';
import { writeFollowUpWorkbook } from '../../src/xlsx/writeFollowUpWorkbook';
import { pdfWords, renderPdf } from '../support/pdf';
import { countColour, pagePixels } from '../support/pixels';
import { tempDir } from '../support/tmp';
import { KLS_SAMPLE, KLS_SETTINGS, sampleReport } from '../support/samples';
import { allOf, firstOf, zipPart as part, type XmlNode } from '../support/xmlTree';

jest.setTimeout(120_000);

const KLS = KLS_SAMPLE;

function klsReport(): Promise<ReportSheet> {
  return sampleReport(KLS, KLS_SETTINGS);
}

/** A relationship target resolved from the folder of the part that has it. */
function resolve(from: string, target: string): string {
  return path.posix.normalize(path.posix.join(path.posix.dirname(from), target));
}

function relsOf(partName: string): string {
  return `${path.posix.dirname(partName)}/_rels/${path.posix.basename(partName)}.rels`;
}

async function target(zip: JSZip, partName: string, id: string): Promise<string> {
  const rel = allOf(await part(zip, relsOf(partName)), 'Relationship').find((r) => r.attributes.Id === id);
  if (rel === undefined) throw new Error(`${partName} has no relationship ${id}`);
  return resolve(partName, rel.attributes.Target!);
}

/** The chart reached from the sheet called `sheet`: sheet → drawing → chart, with the part names. */
async function chartOf(zip: JSZip, sheet: string): Promise<{ sheetPart: string; drawingPart: string; chartPart: string; drawing: XmlNode; chart: XmlNode }> {
  const workbook = await part(zip, 'xl/workbook.xml');
  const relId = allOf(workbook, 'sheet').find((s) => s.attributes.name === sheet)!.attributes.id!;
  const sheetPart = await target(zip, 'xl/workbook.xml', relId);
  const drawingPart = await target(zip, sheetPart, firstOf(await part(zip, sheetPart), 'drawing').attributes.id!);
  const drawing = await part(zip, drawingPart);
  const chartPart = await target(zip, drawingPart, firstOf(drawing, 'chart').attributes.id!);
  return { sheetPart, drawingPart, chartPart, drawing, chart: await part(zip, chartPart) };
}

function cellsOf(report: ReportSheet, r: CellRange): (string | number | null)[] {
  return Array.from({ length: r.rows }, (_, i) => report.rows[r.row + i]![r.column]!.value);
}

/** The fill of the first surplus bar and of the first deficit bar. */
function signFills(spec: ChartSpec, values: readonly number[]): { positive: string; negative: string } {
  return { positive: spec.barFills[values.findIndex((v) => v >= 0)]!, negative: spec.barFills[values.findIndex((v) => v < 0)]! };
}

describe('the chart in the workbook followup build writes', () => {
  const dir = tempDir();
  let report: ReportSheet;
  let spec: ChartSpec;
  let zip: JSZip;
  beforeAll(async () => {
    report = await klsReport();
    spec = report.chart!;
    const out = path.join(dir, 'kls.xlsx');
    await writeFollowUpWorkbook(report, { source: KLS, out });
    zip = await JSZip.loadAsync(readFileSync(out));
  });

  it('is a chart part reached from the report sheet through its drawing, with content types', async () => {
    const { sheetPart, drawingPart, chartPart } = await chartOf(zip, report.name);
    expect([drawingPart, chartPart]).toEqual(['xl/drawings/drawing1.xml', 'xl/charts/chart1.xml']);
    const types = allOf(await part(zip, '[Content_Types].xml'), 'Override').map((o) => [o.attributes.PartName, o.attributes.ContentType]);
    expect(types).toEqual(expect.arrayContaining([
      ['/xl/charts/chart1.xml', 'application/vnd.openxmlformats-officedocument.drawingml.chart+xml'],
      ['/xl/drawings/drawing1.xml', 'application/vnd.openxmlformats-officedocument.drawing+xml'],
    ]));
    // <drawing> in CT_Worksheet's order: after the page setup and header/footer, last here.
    const sheet = (await part(zip, sheetPart)).children.map((c) => c.name);
    expect(sheet.slice(-3)).toEqual(['pageSetup', 'headerFooter', 'drawing']);
    // Well-formed by a second, independent parser.
    for (const name of [sheetPart, drawingPart, chartPart, relsOf(drawingPart), relsOf(sheetPart), '[Content_Types].xml']) {
      const file = path.join(dir, 'part.xml');
      writeFileSync(file, await zip.file(name)!.async('string'));
      expect(() => execFileSync('xmllint', ['--noout', file], { stdio: 'pipe' })).not.toThrow();
    }
  });

  it('is anchored where the model says, on the chart data', async () => {
    const { drawing } = await chartOf(zip, report.name);
    const from = firstOf(drawing, 'from');
    expect([firstOf(from, 'col').text, firstOf(from, 'row').text]).toEqual([String(spec.anchor.column), String(spec.anchor.row)]);
    const to = firstOf(drawing, 'to');
    expect(Number(firstOf(to, 'col').text)).toBeGreaterThan(spec.anchor.column);
    expect(Number(firstOf(to, 'row').text)).toBeGreaterThan(spec.anchor.row + spec.values.rows);
  });

  it('refers to the chart data cells and caches the values the report shows (seed 004)', async () => {
    const { chart } = await chartOf(zip, report.name);
    const ser = allOf(chart, 'ser');
    expect(ser).toHaveLength(1);
    const [cat, val] = [firstOf(ser[0]!, 'cat'), firstOf(ser[0]!, 'val')];
    expect(firstOf(cat, 'f').text).toBe(`'Uppföljning 2025-07'!$A$${spec.categories.row + 1}:$A$${spec.categories.row + spec.categories.rows}`);
    expect(firstOf(val, 'f').text).toBe(`'Uppföljning 2025-07'!$B$${spec.values.row + 1}:$B$${spec.values.row + spec.values.rows}`);
    const cached = (n: XmlNode): string[] => allOf(n, 'pt').map((p) => firstOf(p, 'v').text);
    expect(cached(cat)).toEqual(cellsOf(report, spec.categories));
    expect(cached(val).map(Number)).toEqual(cellsOf(report, spec.values));
    expect(Object.fromEntries(cached(cat).map((c, i) => [c, Number(cached(val)[i])]))).toEqual({
      Kommundirektör: 819, 'Ekonomi o planering': 444, IT: -147, 'TIA-avdelningen': -246, 'HR-avdelning': 436, Näringslivsenheten: 58,
    });
    expect(firstOf(chart, 'title').children.length).toBeGreaterThan(0);
    expect(allOf(firstOf(chart, 'title'), 't').map((t) => t.text).join('')).toBe(spec.title);
  });

  it('colours each bar by the sign of its value', async () => {
    const { chart } = await chartOf(zip, report.name);
    const values = allOf(firstOf(chart, 'val'), 'v').map((v) => Number(v.text));
    const fills = allOf(chart, 'dPt').map((d) => [Number(firstOf(d, 'idx').attributes.val), firstOf(d, 'srgbClr').attributes.val]);
    expect(fills).toEqual(spec.barFills.map((f, i) => [i, f]));
    // One colour for the surpluses, another for the deficits.
    const { positive, negative } = signFills(spec, values);
    expect(values.map((v, i) => spec.barFills[i] === (v < 0 ? negative : positive))).toEqual(values.map(() => true));
    expect(negative).not.toBe(positive);
  });

  it('keeps the copied workbook readable: the ledger sheet is there and ExcelJS opens the file', async () => {
    const book = new ExcelJS.Workbook();
    // ExcelJS's Buffer type predates Node 20's generic Buffer.
    await book.xlsx.load(Buffer.from(await zip.generateAsync({ type: 'uint8array' })) as unknown as ExcelJS.Buffer);
    expect(book.worksheets.map((w) => w.name)).toEqual(['Huvudbok', report.name]);
  });
});

describe('a copied workbook with a drawing of its own', () => {
  const dir = tempDir();
  it('gets the chart in new parts with free names and ids, its picture kept', async () => {
    const report = await klsReport();
    const source = path.join(dir, 'with-picture.xlsx');
    const book = new ExcelJS.Workbook();
    const sheet = book.addWorksheet('Huvudbok');
    sheet.getCell('A1').value = 'Period';
    // A 1×1 PNG.
    const png = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==', 'base64');
    sheet.addImage(book.addImage({ buffer: png as unknown as ExcelJS.Buffer, extension: 'png' }), 'C3:D5');
    await book.xlsx.writeFile(source);
    const out = path.join(dir, 'out.xlsx');
    await writeFollowUpWorkbook(report, { source, out });
    const zip = await JSZip.loadAsync(readFileSync(out));
    const { drawingPart, chartPart } = await chartOf(zip, report.name);
    expect(drawingPart).toBe('xl/drawings/drawing2.xml');
    expect(chartPart).toBe('xl/charts/chart1.xml');
    expect(allOf(await part(zip, 'xl/drawings/drawing1.xml'), 'pic')).toHaveLength(1);
  });
});

describe('the chart as LibreOffice draws it', () => {
  const dir = tempDir();
  it('shows the title, green bars for surpluses and red ones for deficits, where the chart is', async () => {
    const report = await klsReport();
    const written = path.join(dir, 'written.xlsx');
    await writeFollowUpWorkbook(report, { source: null, out: written });
    // The print area stops before the chart (it is for the screen): print the whole sheet instead.
    const zip = await JSZip.loadAsync(readFileSync(written));
    const workbook = await zip.file('xl/workbook.xml')!.async('string');
    zip.file('xl/workbook.xml', workbook.replace(/<definedNames>.*<\/definedNames>/s, ''));
    const whole = path.join(dir, 'whole.xlsx');
    writeFileSync(whole, await zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' }));

    const pdf = renderPdf(whole, dir);
    const words = pdfWords(pdf);
    const title = words.find((w, i) => w.text === 'enhet' && words[i + 1]?.text === '(tkr)' && words[i - 1]?.text === 'per');
    expect(title).toBeDefined();
    const page = pagePixels(pdf, title!.page, 100);
    const chartBox = { xMin: title!.xMin - 200, yMin: title!.yMax, xMax: title!.xMax + 200, yMax: title!.yMax + 250 };
    const { positive, negative } = signFills(report.chart!, cellsOf(report, report.chart!.values) as number[]);
    const green = countColour(page, chartBox, positive);
    const red = countColour(page, chartBox, negative);
    // Four surplus units and two deficits: bars of some length each (a bar is ~10 × 40 pt and more).
    expect(green).toBeGreaterThan(4 * 200);
    expect(red).toBeGreaterThan(2 * 100);
    // No bar colour anywhere else on the page: the colours are the chart's.
    const elsewhere = { xMin: 0, yMin: 0, xMax: page.width / page.scale, yMax: title!.yMin - 20 };
    expect(countColour(page, elsewhere, positive)).toBe(0);
  });
});
