/**
 * `followup build … --reconcile-rounding`: the written sheet shows parts that add up (Kommundirektör's
 * actual jun/jul 335 → 334, so KLS's children add up to its 1 364), the subtitle says so, the JSON
 * keeps the exact amounts, and `rows` refuses the flag as a usage error.
 */
import { execFile } from 'node:child_process';
import * as path from 'node:path';
import { promisify } from 'node:util';
import { parseCli } from '../../src/cli/args';
import type { Grid } from '../../src/core/grid/grid';
import { readXlsxGrids } from '../../src/xlsx/readXlsx';
import { runCli } from '../support/runCli';
import { tempDir } from '../support/tmp';

const dir = tempDir();
const BIN = path.resolve(__dirname, '../../bin/followup.js');
const KLS = ['examples/kls-2025.xlsx', '--period', '2025-07', '--months', '2'];

async function followUpSheet(out: string): Promise<Grid> {
  const grids = await readXlsxGrids(out);
  return grids.find((g) => g.sheet.startsWith('Uppföljning'))!;
}

const rowOf = (g: Grid, label: string) => g.rows.find((r) => r[0] === label)!;

describe('--reconcile-rounding', () => {
  it('is off unless given', () => {
    expect(parseCli(['build', ...KLS])).toMatchObject({ reconcileRounding: false });
    expect(parseCli(['build', ...KLS, '--reconcile-rounding'])).toMatchObject({ reconcileRounding: true });
  });

  it('writes reconciled figures and says so in the subtitle', async () => {
    const on = path.join(dir, 'on.xlsx');
    const off = path.join(dir, 'off.xlsx');
    expect((await runCli('build', ...KLS, '--quiet', '--out', on, '--reconcile-rounding')).code).toBe(0);
    expect((await runCli('build', ...KLS, '--quiet', '--out', off)).code).toBe(0);
    const [a, b] = [await followUpSheet(on), await followUpSheet(off)];
    expect(rowOf(b, 'Kommundirektör')[2]).toBe(335);
    expect(rowOf(a, 'Kommundirektör')[2]).toBe(334);
    expect(String(a.rows[1]![0])).toMatch(/Avrundade belopp är justerade så att delarna summerar till summorna/);
    expect(String(b.rows[1]![0])).not.toMatch(/Avrundade/);
  });

  it('works in the compiled command (npm run build:cli)', async () => {
    const out = path.join(dir, 'bin.xlsx');
    await promisify(execFile)(process.execPath, [BIN, 'build', ...KLS, '--quiet', '--out', out, '--reconcile-rounding'], { cwd: path.resolve(__dirname, '../..') });
    expect(rowOf(await followUpSheet(out), 'Kommundirektör')[2]).toBe(334);
  });

  it('keeps the exact amounts in the JSON', async () => {
    const on = await runCli('build', ...KLS, '--json', '-', '--reconcile-rounding');
    const off = await runCli('build', ...KLS, '--json', '-');
    expect(on.code).toBe(0);
    expect(on.stdout).toBe(off.stdout);
  });

  it('belongs to build, not rows (a usage error, exit 2)', async () => {
    const run = await runCli('rows', ...KLS, '--reconcile-rounding', '--lang', 'en');
    expect(run.code).toBe(2);
    expect(run.stderr.join('\n')).toMatch(/--reconcile-rounding belongs to followup build, not rows/);
  });

  it('is not a diff flag either', async () => {
    const run = await runCli('diff', 'a.json', 'b.json', '--reconcile-rounding', '--lang', 'en');
    expect(run.code).toBe(2);
    expect(run.stderr.join('\n')).toMatch(/--reconcile-rounding/);
  });

  it('takes no value', async () => {
    const run = await runCli('build', ...KLS, '--reconcile-rounding=yes', '--lang', 'en');
    expect(run.code).toBe(2);
  });
});
