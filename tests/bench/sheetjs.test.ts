/**
 * The SheetJS comparison's pure parts: what its probe sums from the rows SheetJS reads (exactly,
 * in öre, from .xlsx numbers and CSV texts alike), the arguments and options it runs with, when a
 * size is skipped, and its lines in the results table beside the CLI and DuckDB.
 */
import { writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { parseBenchArgs } from '../../bench/args';
import { installArgs } from '../../bench/benchPackage';
import { estimateMs, overLimit } from '../../bench/estimate';
import { PERIOD, sheetjsArgs } from '../../bench/measure';
import { markdownReport, sheetjsTable } from '../../bench/report';
import type { BenchResults, EndToEnd, Measured, SizeResult } from '../../bench/results';
import { readOptions, SHEETJS_PACKAGE } from '../../bench/sheetjsModule';
import { oreOf, SHEETJS_COLUMNS, unitSums } from '../../bench/sheetjsSums';
import { compareReports } from '../../bench/verify';
import { tempDir } from '../support/tmp';

const JULY = { year: 2025, month: 7, months: 2 };

describe('unitSums', () => {
  const header = ['Period', 'Förvaltning', 'Enhet', 'Konto', 'Budget', 'Utfall'];
  const xlsxRows = [
    header,
    [202507, 'KLF', 'Skola', 4010, 0.1, 0.2],
    [202507, 'KLF', 'Skola', 4020, 0.2],
    [202506, 'KLF', 'Kök', 4010, -100.5, 10],
    [202505, 'KLF', 'Kök', 4010, 1000, 900],
    [202508, 'KLF', 'Kök', 4010, 7777, null],
    [202407, 'SOC', 'Stöd', 4010, 50, 40],
    [202501, 'SOC', 'Stöd', 4010, 1.25, 1.5],
  ];

  it('sums the period and the year to date per unit, Förvaltning and total, in öre', () => {
    expect(unitSums(xlsxRows, JULY)).toEqual([
      { forvaltning: 'KLF', enhet: 'Kök', level: 0, period_budget: '-100.50', period_actual: '10.00', ytd_budget: '899.50', ytd_actual: '910.00' },
      { forvaltning: 'KLF', enhet: 'Skola', level: 0, period_budget: '0.30', period_actual: '0.20', ytd_budget: '0.30', ytd_actual: '0.20' },
      { forvaltning: 'SOC', enhet: 'Stöd', level: 0, period_budget: '0.00', period_actual: '0.00', ytd_budget: '1.25', ytd_actual: '1.50' },
      { forvaltning: 'KLF', enhet: null, level: 1, period_budget: '-100.20', period_actual: '10.20', ytd_budget: '899.80', ytd_actual: '910.20' },
      { forvaltning: 'SOC', enhet: null, level: 1, period_budget: '0.00', period_actual: '0.00', ytd_budget: '1.25', ytd_actual: '1.50' },
      { forvaltning: null, enhet: null, level: 3, period_budget: '-100.20', period_actual: '10.20', ytd_budget: '901.05', ytd_actual: '911.70' },
    ]);
  });

  it('gives the same sums from a CSV read raw (texts, decimal comma) as from the .xlsx numbers', () => {
    const text = (v: unknown): unknown => (typeof v === 'number' ? String(v).replace('.', ',') : v === null ? '' : v);
    expect(unitSums(xlsxRows.map((r) => r.map(text)), JULY)).toEqual(unitSums(xlsxRows, JULY));
  });

  it('finds the columns by their header, in any order', () => {
    const order = [5, 3, 0, 2, 4, 1];
    const moved = xlsxRows.map((r) => order.map((i) => r[i]));
    expect(unitSums(moved, JULY)).toEqual(unitSums(xlsxRows, JULY));
    expect(() => unitSums([['Period', 'Enhet']], JULY)).toThrow('no column Förvaltning');
  });

  it('reads an amount exactly, blank as 0, and refuses what is not one', () => {
    expect([oreOf(1234.56), oreOf(-0.07), oreOf('-1234,5'), oreOf('12.30'), oreOf(''), oreOf(undefined), oreOf(null)]).toEqual([123456, -7, -123450, 1230, 0, 0, 0]);
    expect(() => oreOf('1 234,00')).toThrow('not an amount');
  });
});

describe('how SheetJS is run', () => {
  it('reads values only, densely; a CSV raw and as UTF-8', () => {
    const xlsx = readOptions('/x/ledger.xlsx');
    expect(xlsx).toMatchObject({ dense: true, cellStyles: false, cellFormula: false, cellHTML: false, cellText: false, cellNF: false, cellDates: false, sheetStubs: false });
    expect(xlsx).not.toHaveProperty('raw');
    expect(readOptions('/x/ledger.CSV')).toMatchObject({ ...xlsx, raw: true, codepage: 65001 });
  });

  it('gives the probe the follow-up period and the file for its sums', () => {
    expect(sheetjsArgs('a.xlsx', '/dev/null')).toEqual(['a.xlsx', '--period', PERIOD.iso, '--months', String(PERIOD.months), '--out', '/dev/null']);
  });

  it('installs the pinned npm release into .bench/sheetjs, not into the project', () => {
    const args = installArgs({ folder: 'sheetjs', spec: SHEETJS_PACKAGE, module: 'xlsx' });
    expect(args.slice(-3)).toEqual(['--prefix', path.resolve('.bench', 'sheetjs'), 'xlsx@0.18.5']);
  });

  it('takes --only sheetjs, and nothing it does not know', () => {
    expect(parseBenchArgs(['--only', 'sheetjs']).only).toBe('sheetjs');
    expect(parseBenchArgs([]).only).toBeNull();
    expect(() => parseBenchArgs(['--only', 'duckdb'])).toThrow('--only takes xlsx or sheetjs');
  });
});

const run = (wallMs: number, extra: Partial<EndToEnd> = {}): EndToEnd => ({ wallMs, bestWallMs: wallMs, probeMs: wallMs, maxRssMb: 100, cpuMs: wallMs / 2, phases: {}, info: {}, runs: [], ...extra });

describe('skipping a size over --xlsx-limit', () => {
  const sheetjs = (xlsx: Measured) => ({ xlsx, xlsxShuffled: xlsx, csv: xlsx, agreement: { skipped: '' } });

  it("estimates SheetJS from its own last run, linearly, not from the CLI's", () => {
    const done = [{ rows: 10_000, cliXlsx: run(400), sheetjs: sheetjs(run(1_000)) }, { rows: 100_000, cliXlsx: run(600), sheetjs: sheetjs(run(3_000)) }];
    const e = estimateMs(done, 1_000_000, (s) => s.sheetjs?.xlsx);
    expect(e).toEqual({ ms: 30_000, from: 100_000 });
    expect(overLimit({ xlsxLimitSeconds: 180 }, e)).toBeNull();
    expect(overLimit({ xlsxLimitSeconds: 20 }, e)).toBe('estimated 30 s per run from the 100000-row run (linear), over the 20 s limit');
  });

  it('runs the first size measured, and estimates from the last size not skipped', () => {
    expect(estimateMs([], 10_000, (s) => s.sheetjs?.xlsx)).toBeNull();
    const done = [{ rows: 10_000, cliXlsx: run(400), sheetjs: sheetjs(run(2_000)) }, { rows: 100_000, cliXlsx: run(600), sheetjs: sheetjs({ skipped: 'over' }) }];
    expect(estimateMs(done, 1_000_000, (s) => s.sheetjs?.xlsx)).toEqual({ ms: 200_000, from: 10_000 });
  });
});

describe('the results table', () => {
  const size = (sheetjs: SizeResult['sheetjs']): SizeResult => ({
    rows: 1_000_000,
    otherLoad: null,
    csv: { path: 'a.csv', bytes: 72_625_084, reused: true, generatedMs: 0 },
    xlsx: { path: 'a.xlsx', bytes: 36_858_513, reused: true, generatedMs: 0 },
    inProcess: { skipped: 'not here' },
    cliCsv: run(711),
    duckdb: run(414, { info: { duckdb: 'v1.5.6', threads: '2' } }),
    duckdb1: run(530),
    cliXlsx: run(1_598),
    cliXlsxShuffled: run(1_616),
    agreement: { skipped: 'not here' },
    ...(sheetjs === undefined ? {} : { sheetjs }),
  });
  const results = (sizes: SizeResult[]): BenchResults => ({
    date: '2026-12-04', node: 'v20', platform: 'Linux', cpus: 2, cpuModel: 'CPU', totalMemGb: 24, seed: 1, runs: 5, period: '2025-07, 2 months', targets: { inProcessMs: 1000, inProcessRssMb: 1024, cliOverDuckdb: 1.3 }, sizes,
  });
  const measured = {
    xlsx: run(15_980, { maxRssMb: 1_400, phases: { read: 15_000, rows: 600, sum: 200 }, info: { sheetjs: '0.18.5' } }),
    xlsxShuffled: run(16_160),
    csv: { skipped: 'estimated 200 s per run' },
    agreement: { rows: 434, figures: 1_736, mismatches: [], mismatchCount: 0 },
  };

  it('puts SheetJS beside the CLI on each .xlsx, and beside the CLI and DuckDB on the CSV', () => {
    const t = sheetjsTable(results([size(measured)]));
    expect(t.title).toContain('SheetJS 0.18.5');
    expect(t.header).toEqual(['rows', 'file', 'CLI ms (best)', 'CLI CPU', 'CLI RSS', 'DuckDB ms (best)', 'DuckDB CPU', 'DuckDB RSS', 'SheetJS ms', 'SheetJS CPU', 'SheetJS RSS', 'SheetJS read / rows / sum', 'SheetJS ÷ CLI']);
    expect(t.rows).toEqual([
      ['1 M', '.xlsx', '1 598 (1 598)', '799', '100', '–', '–', '–', '15 980', '7 990', '1 400', '15 000 / 600 / 200', '10.0×'],
      ['1 M', '.xlsx, rows shuffled', '1 616 (1 616)', '808', '100', '–', '–', '–', '16 160', '8 080', '100', '– / – / –', '10.0×'],
      ['1 M', 'CSV', '711 (711)', '356', '100', '414 (414)', '207', '100', 'skipped', '–', '–', '–', '–'],
    ]);
    expect(t.notes).toEqual(expect.arrayContaining(['1 M SheetJS csv: estimated 200 s per run', expect.stringContaining('1 M: 0 disagreements in 1 736 figures'), expect.stringContaining('only on SheetJS\'s own CDN')]));
  });

  it('is in results.md; results from before SheetJS give it no rows', () => {
    expect(markdownReport(results([size(measured)]))).toContain('| 1 M | .xlsx | 1 598 (1 598) |');
    expect(sheetjsTable(results([size(undefined)])).rows).toEqual([]);
  });
});

describe('the cross-check of its sums', () => {
  const dir = tempDir();
  const engineRow = (path: string[], kind: string, periodBudget: string) => ({ path, kind, periodBudget, periodActual: '1.00', ytdBudget: '2.00', ytdActual: '3.00', annualBudget: '9.99' });
  const sumRow = (forvaltning: string | null, enhet: string | null, period_budget: string) => ({ forvaltning, enhet, period_budget, period_actual: '1.00', ytd_budget: '2.00', ytd_actual: '3.00' });

  it('holds only the figures SheetJS sums against the engine', () => {
    const engine = path.join(dir, 'engine.json');
    const sums = path.join(dir, 'sums.json');
    writeFileSync(engine, JSON.stringify({ rows: [engineRow(['KLF', 'Skola'], 'unit', '5.00'), engineRow(['KLF'], 'parent', '5.00'), engineRow([], 'total', '5.00')] }));
    writeFileSync(sums, JSON.stringify({ rows: [sumRow('KLF', 'Skola', '5.00'), sumRow('KLF', null, '5.01'), sumRow(null, null, '5.00')] }));
    const a = compareReports(engine, sums, { columns: SHEETJS_COLUMNS, name: 'SheetJS' });
    expect(a).toEqual({ rows: 3, figures: 12, mismatchCount: 1, mismatches: ['KLF periodBudget: engine 5.00, SheetJS 5.01'] });
  });
});
