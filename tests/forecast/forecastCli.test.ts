/**
 * `followup build … --forecast-accuracy` end to end on the Förvaltning sample: its closed 2023
 * (December: each month's forecast against the outcome) and its running 2024 (September: the
 * change since April's forecast), in the written sheet and in the JSON; off unless given; a
 * warning when there is nothing to show (the KLS sample has one forecast); refused by `rows`.
 */
import { execFile } from 'node:child_process';
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { promisify } from 'node:util';
import { parseCli } from '../../src/cli/args';
import type { Grid } from '../../src/core/grid/grid';
import { moneyFromKronorString } from '../../src/core/money';
import type { JsonReport } from '../../src/core/report/json';
import { readXlsxGrids } from '../../src/xlsx/readXlsx';
import { runCli } from '../support/runCli';
import { tempDir } from '../support/tmp';

jest.setTimeout(60_000);

const dir = tempDir();
const BIN = path.resolve(__dirname, '../../bin/followup.js');
const FV = 'examples/forvaltning-2024.xlsx';

async function json(...args: string[]): Promise<JsonReport> {
  const run = await runCli('build', FV, ...args, '--json', '-');
  expect(run.code).toBe(0);
  return JSON.parse(run.stdout) as JsonReport;
}

async function followUpSheet(out: string): Promise<Grid> {
  return (await readXlsxGrids(out)).find((g) => g.sheet.startsWith('Uppföljning'))!;
}

const ore = (s: string | null | undefined): number => moneyFromKronorString(s ?? 'x')!;

describe('--forecast-accuracy', () => {
  it('is off unless given', async () => {
    expect(parseCli(['build', FV, '--period', '2023-12'])).toMatchObject({ forecastAccuracy: false });
    expect(parseCli(['build', FV, '--period', '2023-12', '--forecast-accuracy'])).toMatchObject({ forecastAccuracy: true });
    expect(await json('--period', '2023-12')).not.toHaveProperty('forecastAccuracy');
  });

  it('gives the closed 2023 each forecast month against the outcome, July (no forecast) null', async () => {
    const report = await json('--period', '2023-12', '--forecast-accuracy');
    const fa = report.forecastAccuracy!;
    expect(fa.kind).toBe('closed');
    if (fa.kind !== 'closed') return;
    expect(fa.months).toEqual([2, 3, 4, 5, 6, 7, 8, 9, 10, 11]);
    const total = fa.rows.find((r) => r.kind === 'total')!;
    expect(total.forecasts.map((c) => c === null)).toEqual([false, false, false, false, false, true, false, false, false, false]);
    // Each deviation is exact: the outcome's deviation from budget minus the forecast's (result sign).
    for (const c of total.forecasts) {
      if (c === null) continue;
      expect(ore(c.deviation)).toBe(ore(total.outcome) - ore(c.forecast));
    }
    expect(report.rows.find((r) => r.kind === 'total')!.ytdActual).toBe(total.outcome);
    expect(report.summary).toMatch(/Prognossäkerhet 2023: utfallet blev .* än prognosen från november/);
  });

  it('gives the running 2024 the change from April\'s forecast to August\'s (October\'s comes after September)', async () => {
    const report = await json('--period', '2024-09', '--forecast-accuracy');
    const fa = report.forecastAccuracy!;
    expect(fa).toMatchObject({ kind: 'running', year: '2024', previous: { year: 2024, month: 4 }, latest: { year: 2024, month: 8 } });
    if (fa.kind !== 'running') return;
    const total = fa.rows.find((r) => r.kind === 'total')!;
    expect(total.latestForecastDeviation).toBe(report.rows.find((r) => r.kind === 'total')!.forecastDeviation);
    expect(ore(total.change)).toBe(ore(total.latestForecastDeviation) - ore(total.previousForecastDeviation));
  });

  it('writes the section into the sheet, a month without a forecast left empty', async () => {
    const out = path.join(dir, 'fv2023.xlsx');
    expect((await runCli('build', FV, '--period', '2023-12', '--org', 'förvaltningen', '--forecast-accuracy', '--quiet', '--out', out)).code).toBe(0);
    const g = await followUpSheet(out);
    const title = g.rows.findIndex((r) => r[0] === 'Prognossäkerhet 2023: prognosavvikelse mot utfall (tkr)');
    expect(title).toBeGreaterThan(0);
    expect(g.rows[title + 1]!.slice(4, 10)).toEqual(['Prognos feb', 'Prognos mar', 'Prognos apr', 'Prognos maj', 'Prognos jun', 'Prognos jul']);
    const total = g.rows.slice(title).find((r) => r[0] === 'Totalt förvaltningen')!;
    expect(typeof total[8]).toBe('number');
    expect(total[9] ?? null).toBeNull();
    expect(g.rows.some((r) => r[0] === 'Prognossäkerhet 2023: prognosavvikelse i % av årsbudget')).toBe(true);
  });

  it('warns, and writes no section, where there is only one forecast (KLS: March 2025)', async () => {
    const run = await runCli('build', 'examples/kls-2025.xlsx', '--period', '2025-07', '--months', '2', '--forecast-accuracy', '--json', '-');
    expect(run.code).toBe(0);
    expect(run.stderr.join('\n')).toContain('varning: Bara en helårsprognos hittills under 2025 (mars 2025); prognosförändringen visas när nästa prognos finns');
    expect((JSON.parse(run.stdout) as JsonReport).forecastAccuracy).toBeNull();
  });

  it('works in the compiled command (npm run build:cli)', async () => {
    const { stdout } = await promisify(execFile)(process.execPath, [BIN, 'build', FV, '--period', '2023-12', '--forecast-accuracy', '--json', '-', '--lang', 'en'], {
      cwd: path.resolve(__dirname, '../..'),
      maxBuffer: 20_000_000,
    });
    const report = JSON.parse(stdout) as JsonReport;
    expect(report.forecastAccuracy?.kind).toBe('closed');
    expect(report.summary).toMatch(/Forecast accuracy 2023: the outcome was .* than the forecast made in November/);
  });

  it('belongs to build, not rows (a usage error, exit 2)', async () => {
    const run = await runCli('rows', FV, '--period', '2023-12', '--forecast-accuracy', '--lang', 'en');
    expect(run.code).toBe(2);
    expect(run.stderr.join('\n')).toMatch(/--forecast-accuracy belongs to followup build, not rows/);
  });
});

describe('--forecast-accuracy with a fiscal year starting in April (a CSV ledger)', () => {
  /** 2024/25: budget 100 and actual 110 a month for one unit; forecasts made in June 2024 and January 2025. */
  async function csv(): Promise<string> {
    const lines = ['Period;Enhet;Konto;Budget;Utfall;Prognos'];
    for (let i = 0; i < 12; i++) {
      const month = ((3 + i) % 12) + 1;
      const year = month >= 4 ? 2024 : 2025;
      lines.push(`${year}-${String(month).padStart(2, '0')};Skola;5010;100;110;`);
    }
    lines.push('2024-06;Skola;5010;;;1250', '2025-01;Skola;5010;;;1310');
    const file = path.join(dir, 'fiscal.csv');
    await fs.writeFile(file, lines.join('\r\n') + '\r\n', 'utf8');
    return file;
  }

  it('is closed at March 2025 and names the fiscal year, June to January in fiscal order', async () => {
    const run = await runCli('build', await csv(), '--period', '2025-03', '--fiscal-start', '4', '--scale', 'kr', '--forecast-accuracy', '--json', '-', '--lang', 'en');
    expect(run.code).toBe(0);
    const report = JSON.parse(run.stdout) as JsonReport;
    expect(report.forecastAccuracy).toMatchObject({ kind: 'closed', year: '2024/25', months: [6, 7, 8, 9, 10, 11, 12, 1] });
    const total = report.forecastAccuracy!.rows.find((r) => r.kind === 'total')!;
    // Debit: forecast − outcome 1 320, of the annual budget 1 200.
    expect('forecasts' in total && total.forecasts.map((c) => c && [c.deviation, c.percentOfBudget])).toEqual([
      ['-70.00', '-5.8'], null, null, null, null, null, null, ['-10.00', '-0.8'],
    ]);
    expect(report.summary).toContain('Forecast accuracy 2024/25: the outcome was 10\u00a0SEK worse than the forecast made in January (0.8% of the annual budget) and 70\u00a0SEK worse than the first forecast, made in June (5.8% of the annual budget).');
  });

  it('shows the change at February 2025, the year still running', async () => {
    const run = await runCli('build', await csv(), '--period', '2025-02', '--fiscal-start', '4', '--scale', 'kr', '--forecast-accuracy', '--json', '-');
    const fa = (JSON.parse(run.stdout) as JsonReport).forecastAccuracy!;
    expect(fa).toMatchObject({ kind: 'running', year: '2024/25', previous: { year: 2024, month: 6 }, latest: { year: 2025, month: 1 } });
    expect(fa.rows.find((r) => r.kind === 'total')).toMatchObject({ previousForecastDeviation: '-50.00', latestForecastDeviation: '-110.00', change: '-60.00' });
  });
});
