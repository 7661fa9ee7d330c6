/** A month past the last actuals: the CLI prints the warning and puts it in the JSON's warnings. */
import { writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { runCli } from '../support/runCli';
import { tempDir } from '../support/tmp';

describe('followup build --period past the last actuals', () => {
  const dir = tempDir();
  const file = path.join(dir, 'huvudbok.csv');
  writeFileSync(file, 'Period;Ansvar;Budget;Utfall\n202507;Stab;100;95\n202508;Stab;100;0\n202509;Stab;100;\n');

  it('exits 0 with the warning on stderr and in the JSON', async () => {
    const run = await runCli('build', file, '--period', '2025-09', '--json', '-', '--quiet');
    expect(run.code).toBe(0);
    const warning = 'Utfall finns bara t.o.m. juli 2025; augusti–september 2025 saknar utfall, så uppföljningen för september 2025 jämför budgeten med ofullständigt utfall. Ange en tidigare månad med --period eller läs in senare utfall.';
    expect(run.stderr).toContain(`varning: ${warning}`);
    expect((JSON.parse(run.stdout) as { warnings: string[] }).warnings).toContain(warning);
  });

  it('in English too', async () => {
    const run = await runCli('build', file, '--period', '2025-08', '--json', '-', '--quiet', '--lang', 'en');
    expect((JSON.parse(run.stdout) as { warnings: string[] }).warnings).toContain(
      'Actuals run only through July 2025; August 2025 has no actuals, so the follow-up for August 2025 compares the budget with incomplete actuals. Give an earlier month with --period or load later actuals.',
    );
  });
});
