/**
 * --explain-over and --require-comments end to end: the rows whose YTD deviation needs a comment
 * on stderr and in the JSON, exit 1 while any remain, and bad thresholds as usage errors.
 */
import * as path from 'node:path';
import ExcelJS from 'exceljs';
import type { JsonReport } from '../../src/core/report/json';
import { runCli } from '../support/runCli';
import { tempDir } from '../support/tmp';

const KLS = 'examples/kls-2025.xlsx';
const dir = tempDir();
const BASE = ['build', KLS, '--period', '2025-07', '--months', '2', '--org', 'KLS'];
const listed = (stderr: readonly string[], prefix = 'kommentar behövs: ') => stderr.filter((l) => l.startsWith(prefix)).map((l) => l.slice(prefix.length));
const kronor = (s: string) => Math.abs(Number(s));

describe('rows needing a comment on the command line', () => {
  it('marks in the JSON exactly the unit and parent rows reaching 100 tkr or 5 % (the default), never the total', async () => {
    const run = await runCli(...BASE, '--json', '-');
    expect(run.code).toBe(0);
    const report = JSON.parse(run.stdout) as JsonReport;
    expect(report.explainOver).toEqual({ amount: '100000.00', percent: '5' });
    for (const r of report.rows) {
      if (r.kind === 'total') {
        expect(r.needsComment).toBeUndefined();
        continue;
      }
      const pct = Number(r.ytdBudget) === 0 ? 0 : (100 * kronor(r.ytdDeviation)) / kronor(r.ytdBudget);
      expect(r.needsComment).toBe(kronor(r.ytdDeviation) >= 100_000 || pct >= 5);
    }
    expect(report.rows.filter((r) => r.needsComment).length).toBeGreaterThan(0);
    expect(report.rows.filter((r) => r.needsComment === false).length).toBeGreaterThan(0);
    // With --json - the list is in the JSON, not on stderr.
    expect(listed(run.stderr)).toEqual([]);
  });

  it('lists them on stderr beside the summary, one line each with path, deviation in the scale and the threshold reached', async () => {
    const json = (JSON.parse((await runCli(...BASE, '--json', '-')).stdout) as JsonReport).rows.filter((r) => r.needsComment);
    const run = await runCli(...BASE);
    expect(run.code).toBe(0);
    const lines = listed(run.stderr);
    expect(lines.map((l) => l.slice(0, l.indexOf(': avvikelse')))).toEqual(json.map((r) => r.path.join(' / ')));
    expect(lines).toContain('Kommundirektör: avvikelse 819\u00a0tkr ackumulerat (gräns: 100\u00a0tkr och 5\u00a0%)');
    expect(lines).toContain('IT: avvikelse -147\u00a0tkr ackumulerat (gräns: 100\u00a0tkr)');
    const en = await runCli(...BASE, '--lang', 'en', '--scale', 'mnkr');
    expect(listed(en.stderr, 'comment needed: ')).toContain('IT: deviation -0.1\u00a0MSEK year to date (threshold: 100\u00a0kSEK)');
    expect((await runCli(...BASE, '--quiet')).stderr).toEqual([]);
  });

  it('takes the threshold from --explain-over: a higher amount alone lists fewer rows', async () => {
    const rows = async (...flags: string[]) => (JSON.parse((await runCli(...BASE, '--json', '-', ...flags)).stdout) as JsonReport).rows.filter((r) => r.needsComment).map((r) => r.path.join('/'));
    const byDefault = await rows();
    const only400 = await rows('--explain-over', '400 tkr');
    expect(only400).toEqual(['Kommundirektör', 'Ekonomi o planering', 'HR-avdelning']);
    expect(byDefault).toEqual(expect.arrayContaining(only400));
    expect(await rows('--explain-over', '1,5mnkr')).toEqual([]);
    // Exactly at the amount counts (≥): Kommundirektör's YTD deviation in kronor, as the threshold.
    const kd = (JSON.parse((await runCli(...BASE, '--json', '-')).stdout) as JsonReport).rows.find((r) => r.path.join('/') === 'Kommundirektör')!;
    const exact = `${kd.ytdDeviation.replace('-', '').replace('.', ',')} kr`;
    expect(await rows('--explain-over', exact)).toContain('Kommundirektör');
    const oreMore = `${(Math.round(kronor(kd.ytdDeviation) * 100) + 1) / 100} kr`;
    expect(await rows('--explain-over', oreMore)).not.toContain('Kommundirektör');
  });

  it('--require-comments exits 1 while any remain, and 0 when none do', async () => {
    const run = await runCli(...BASE, '--quiet', '--require-comments');
    expect(run.code).toBe(1);
    expect(listed(run.stderr).length).toBeGreaterThan(0);
    expect(run.stderr.at(-1)).toBe(`${listed(run.stderr).length} avvikelser över 100\u00a0tkr eller 5\u00a0% saknar kommentar (--require-comments)`);
    const none = await runCli(...BASE, '--quiet', '--require-comments', '--explain-over', '10 mnkr');
    expect(none.code).toBe(0);
    expect(none.stderr).toEqual([]);
  });

  it.each<[string, string, string]>([
    ['100 tkr,5', 'sv', 'followup: --explain-over "100 tkr,5": "5" saknar enhet (kr, tkr, mnkr eller %) (t.ex. --explain-over 100tkr,5%)'],
    ['100 tkr,5', 'en', 'followup: --explain-over "100 tkr,5": "5" has no unit (SEK, kSEK, MSEK or %) (e.g. --explain-over 100kSEK,5%)'],
    ['-3 %', 'sv', 'followup: --explain-over "-3 %": "-3 %" är negativt: en gräns gäller avvikelser åt båda hållen, skriv den utan minus (t.ex. --explain-over 100tkr,5%)'],
    ['-3 %', 'en', 'followup: --explain-over "-3 %": "-3 %" is negative: a threshold applies to deviations either way, write it without a minus (e.g. --explain-over 100kSEK,5%)'],
  ])('a bad threshold "%s" is a usage error naming it (%s)', async (value, lang, message) => {
    const run = await runCli(...BASE, '--explain-over', value, '--lang', lang);
    expect(run.code).toBe(2);
    expect(run.stderr[0]).toBe(message);
  });

  it('marks the comment cells of those rows in the written workbook, and counts them in the title row', async () => {
    const out = path.join(dir, 'marked.xlsx');
    expect((await runCli(...BASE, '--quiet', '--explain-over', '400 tkr', '--out', out)).code).toBe(0);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    const ws = wb.getWorksheet('Uppföljning 2025-07')!;
    const fills = new Map<string, string | undefined>();
    ws.eachRow((row) => {
      const label = row.getCell(1).value;
      // The first row of a label: the chart's data table below repeats the top-level units.
      if (typeof label === 'string' && !fills.has(label)) fills.set(label, (row.getCell(13).fill as ExcelJS.FillPattern | undefined)?.fgColor?.argb);
    });
    expect(fills.get('Kommundirektör')).toBe('FFF8CBAD');
    expect(fills.get('IT')).toBe('FFFFF2CC');
    expect(ws.getCell('M1').value).toBe('Utan kommentar: 3 av 3 avvikelser över 400\u00a0tkr');
  });

  it('belongs to build, not rows', async () => {
    const run = await runCli('rows', KLS, '--period', '2025-07', '--explain-over', '5%');
    expect(run.code).toBe(2);
    expect(run.stderr[0]).toBe('followup: --explain-over hör till followup build, inte rows');
  });

  it('--help tells of both flags in both languages', async () => {
    expect((await runCli('--help')).stdout).toMatch(/--explain-over GRÄNS[\s\S]*--require-comments/);
    expect((await runCli('--help', '--lang', 'en')).stdout).toMatch(/--explain-over LIMIT[\s\S]*--require-comments/);
  });
});
