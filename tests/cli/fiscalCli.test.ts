/**
 * `followup build … --fiscal-start N`: a UK council's ledger (April–March, a "Financial Year"
 * column beside monthly dates) followed up for August 2004, in process and as the installed command.
 */
import { execFile } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { promisify } from 'node:util';
import { parseCli } from '../../src/cli/args';
import type { JsonReport } from '../../src/core/report/json';
import { budgetOf, sumMonths, ukLedger } from '../fiscal/ukLedger';
import { runCli } from '../support/runCli';
import { tempDir } from '../support/tmp';

const dir = tempDir();
const csv = path.join(dir, 'council.csv');
writeFileSync(csv, ukLedger().rows.map((r) => r.join(',')).join('\r\n') + '\r\n', 'utf8');
const kr = (n: number): string => n.toFixed(2);

describe('--fiscal-start', () => {
  it('follows up August 2004 as month 5 of 2004/05', async () => {
    const run = await runCli('build', csv, '--period', '2004-08', '--fiscal-start', '4', '--sign', 'debit', '--lang', 'en', '--json', '-');
    expect(run.code).toBe(0);
    expect(run.stderr).toEqual([]);
    const json = JSON.parse(run.stdout) as JsonReport;
    expect(json.period).toEqual({ year: 2004, month: 8, months: 1, fiscalStart: 4, fiscalYear: '2004/05' });
    const total = json.rows.at(-1)!;
    expect(total.ytdBudget).toBe(kr(sumMonths(budgetOf, 2004, 4, 5)));
    expect(total.annualBudget).toBe(kr(sumMonths(budgetOf, 2004, 4, 12)));
  });

  it('says the fiscal year the ledger gives when none is given, and prints the fiscal title', async () => {
    const run = await runCli('build', csv, '--period', '2004-08', '--sign', 'debit', '--scale', 'kr');
    expect(run.code).toBe(0);
    expect(run.stderr).toEqual(['varning: council: räkenskapsåret börjar i april enligt kolumnen "Financial Year"; uppföljningen följer det (ange en annan startmånad om det är fel (--fiscal-start 4 för april))']);
    expect(run.stdout).toMatch(/^Council – ekonomisk uppföljning till och med augusti 2004 \(räkenskapsåret 2004\/05\)\n/);
  });

  it('warns when the ledger says another start than the one given', async () => {
    const run = await runCli('build', csv, '--period', '2004-08', '--fiscal-start', '7', '--sign', 'debit', '--lang', 'en', '--quiet');
    expect(run.code).toBe(0);
    expect(run.stderr).toEqual(['warning: council: the fiscal year starts in July by the settings but in April by the column "Financial Year"; the follow-up follows the settings']);
  });

  it.each(['0', '13', 'april', '4.5', ''])('is a usage error for "%s"', (value) => {
    const r = parseCli(['build', csv, '--period', '2004-08', '--fiscal-start', value]);
    expect(r).toEqual({ command: 'usageError', lang: 'sv', error: { code: 'badFiscalStart', value } });
  });

  it('lets --months reach back to the fiscal year\'s first month, not past it', () => {
    expect(parseCli(['build', csv, '--period', '2005-01', '--months', '3', '--fiscal-start', '4'])).toMatchObject({ period: { year: 2005, month: 1, months: 3, fiscalStart: 4 } });
    expect(parseCli(['build', csv, '--period', '2004-05', '--months', '3', '--fiscal-start', '4'])).toEqual({
      command: 'usageError',
      lang: 'sv',
      error: { code: 'monthsBeforeFiscalStart', months: 3 },
    });
  });

  it('runs as the installed command (npm run build:cli first)', async () => {
    const exec = promisify(execFile);
    const ok = await exec('node', ['bin/followup.js', 'build', csv, '--period', '2004-08', '--fiscal-start', '4', '--sign', 'debit', '--json', '-']);
    expect((JSON.parse(ok.stdout) as JsonReport).period.fiscalYear).toBe('2004/05');
    await expect(exec('node', ['bin/followup.js', 'build', csv, '--period', '2004-08', '--fiscal-start', '13'])).rejects.toMatchObject({ code: 2 });
  });
});
