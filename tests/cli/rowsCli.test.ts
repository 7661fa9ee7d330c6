/**
 * `followup rows`: the ledger rows behind a figure, as a table and as CSV, equal to the figure
 * `build --json` reports; unknown units, groups and figures are usage errors naming the choices.
 */
import { execFile } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { promisify } from 'node:util';
import type { JsonReport } from '../../src/core/report/json';
import { runCli } from '../support/runCli';
import { tempDir } from '../support/tmp';

const dir = tempDir();
const csv = path.join(dir, 'huvudbok.csv');
writeFileSync(
  csv,
  [
    'Period;Förvaltning;Enhet;Konto;Budget;Utfall',
    '202506;KLS;IT;5010;1000;900,50',
    '202507;KLS;IT;5010;1000;1200,25',
    '202507;KLS;IT;6110;300;',
    '202507;KLS;Ekonomi;5010;500;450',
    '202607;KLS;IT;5010;1;1',
  ].join('\n') + '\n',
  'utf8',
);

describe('followup rows', () => {
  it('prints the rows behind a unit’s figure as an aligned table in Swedish number style', async () => {
    const run = await runCli('rows', csv, '--period', '2025-07', '--unit', 'IT', '--figure', 'ytdActual');
    expect(run.stderr).toEqual([]);
    expect(run.code).toBe(0);
    const lines = run.stdout.split('\n');
    expect(lines[0]).toBe('Underlag: Utfall hittills i år, IT');
    expect(lines.slice(2).join('\n')).toBe(
      [
        'Blad      Cell  Period   Enhet           Konto  Typ     Belopp (kr)',
        '--------  ----  -------  --------------  -----  ------  -----------',
        'huvudbok  F2    2025-06  KLS / IT        5010   Utfall       900,50',
        'huvudbok  F3    2025-07  KLS / IT        5010   Utfall     1\u00a0200,25',
        '                         Summa KLS / IT  5010              2\u00a0100,75',
        '',
        'Totalt                                                     2\u00a0100,75',
        '',
      ].join('\n'),
    );
  });

  it('gives the same total as build reports, for the total and a parent, as CSV', async () => {
    const json = JSON.parse((await runCli('build', csv, '--period', '2025-07', '--json', '-')).stdout) as JsonReport;
    for (const [unit, row] of [[[], json.rows.at(-1)!], [['KLS'], json.rows.find((r) => r.path.join('/') === 'KLS')!]] as const) {
      const run = await runCli('rows', csv, '--period', '2025-07', ...(unit.length > 0 ? ['--unit', unit[0]!] : []), '--figure', 'ytdBudget', '--csv');
      expect(run.code).toBe(0);
      const [header, ...rows] = run.stdout.trimEnd().split('\n');
      expect(header).toBe('figure,sheet,cell,row,period,unit,account,kind,amount');
      const sum = rows.reduce((s, r) => s + Math.round(Number(r.split(',').at(-1)) * 100), 0);
      expect((sum / 100).toFixed(2)).toBe(row.ytdBudget);
    }
  });

  it('lists a deviation’s budget and actual rows, each with its sum', async () => {
    const run = await runCli('rows', csv, '--period', '2025-07', '--unit', 'KLS / IT', '--figure', 'periodDeviation', '--lang', 'en');
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('Budget for the period');
    expect(run.stdout).toMatch(/Total budget for the period +1,300\.00\n/);
    expect(run.stdout).toMatch(/Total actual for the period +1,200\.25\n/);
    expect(run.stdout).toMatch(/\nTotal +99\.75\n$/);
  });

  it('names the choices for an unknown unit, group or figure (exit 2)', async () => {
    const unit = await runCli('rows', csv, '--period', '2025-07', '--unit', 'Skola');
    expect(unit.code).toBe(2);
    expect(unit.stderr[0]).toBe('followup: ingen enhet "Skola" i uppföljningen (enheter: KLS, KLS / IT, KLS / Ekonomi)');
    const group = await runCli('rows', csv, '--period', '2025-07', '--group', 'Lokaler', '--lang', 'en');
    expect(group.code).toBe(2);
    expect(group.stderr[0]).toBe('followup: no account group "Lokaler" (groups: revenue, cost, financial)');
    const figure = await runCli('rows', csv, '--period', '2025-07', '--figure', 'budget');
    expect(figure.code).toBe(2);
    expect(figure.stderr[0]).toMatch(/^followup: --figure ska vara periodBudget, .* eller ytdActualPreviousYear, inte "budget"$/);
    expect((await runCli('build', csv, '--period', '2025-07', '--unit', 'IT')).stderr[0]).toBe('followup: --unit hör till followup rows, inte build');
    expect((await runCli('rows', csv, '--period', '2025-07', '--out', 'x.xlsx')).stderr[0]).toBe('followup: --out hör till followup build, inte rows');
  });

  it('runs as the installed command', async () => {
    const bin = path.resolve(__dirname, '../../bin/followup.js');
    const { stdout } = await promisify(execFile)(process.execPath, [bin, 'rows', csv, '--period', '2025-07', '--group', 'cost', '--figure', 'periodBudget', '--csv']);
    expect(stdout.trimEnd().split('\n')).toEqual([
      'figure,sheet,cell,row,period,unit,account,kind,amount',
      'periodBudget,huvudbok,E3,3,2025-07,KLS / IT,5010,budget,1000.00',
      'periodBudget,huvudbok,E4,4,2025-07,KLS / IT,6110,budget,300.00',
      'periodBudget,huvudbok,E5,5,2025-07,KLS / Ekonomi,5010,budget,500.00',
    ]);
  });
});
