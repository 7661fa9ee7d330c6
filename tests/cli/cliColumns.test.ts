/**
 * `followup build --column "Rubrik=roll"`: a ledger whose amount headers are the user's own words
 * builds once the command line says which column holds what, by header (matched as detection
 * matches: case, spaces and diacritics aside) or by column letter, with roles in Swedish or
 * English. A column or role that does not exist is a usage error naming it and the choices.
 */
import { writeFileSync } from 'node:fs';
import * as path from 'node:path';
import ExcelJS from 'exceljs';
import type { JsonReport } from '../../src/core/report/json';
import { runCli } from '../support/runCli';
import { tempDir } from '../support/tmp';

const dir = tempDir();
const OWN_WORDS = path.join(dir, 'egna-ord.csv');
writeFileSync(OWN_WORDS, 'Period;Ansvar;Konto;Bokfört belopp;Budgetram\r\n2025-07;A;5010;100;120\r\n2025-07;B;5010;50;40\r\n', 'latin1');

function totals(stdout: string): [string, string, string][] {
  return (JSON.parse(stdout) as JsonReport).rows.map((r) => [r.path[0] ?? 'total', r.ytdActual, r.ytdBudget]);
}

const EXPECTED = [
  ['A', '100.00', '120.00'],
  ['B', '50.00', '40.00'],
  ['total', '150.00', '160.00'],
];

describe('--column', () => {
  it('without it, says the CLI way to name the amount column, not the task pane', async () => {
    const sv = await runCli('build', OWN_WORDS, '--period', '2025-07');
    expect(sv.code).toBe(1);
    // "Bokfört belopp" is read as actuals; "Budgetram" names money the reader does not understand.
    expect(sv.stderr).toEqual([`'egna-ord'!E1: kolumn E ("Budgetram") innehåller belopp men rubriken säger inte om det är budget, utfall eller prognos; byt rubrik (t.ex. Budget, Utfall, Prognos, Årsbudget); ange --column "Budgetram=roll" med rollen budget, utfall, prognos, årsbudget eller ignorera`]);
    const en = await runCli('build', OWN_WORDS, '--period', '2025-07', '--lang', 'en');
    expect(en.stderr).toEqual([`'egna-ord'!E1: column E ("Budgetram") holds amounts but its header does not say whether they are budget, actual or forecast; rename it (e.g. Budget, Actual, Forecast, Annual budget); give --column "Budgetram=role" with the role budget, actual, forecast, annualBudget or ignore`]);
  });

  it('builds with the headers named in any case, spacing or diacritics, roles in Swedish or English', async () => {
    const run = await runCli('build', OWN_WORDS, '--period', '2025-07', '--scale', 'kr', '--json', '-', '--column', 'bokfort  BELOPP=Utfall', '--column', 'Budgetram=budget');
    expect(run.stderr).toEqual([]);
    expect(run.code).toBe(0);
    expect(totals(run.stdout)).toEqual(EXPECTED);
    const english = await runCli('build', OWN_WORDS, '--period', '2025-07', '--scale', 'kr', '--json', '-', '--column', 'Bokfört belopp=actual', '--column', 'budgetram=BUDGET');
    expect(totals(english.stdout)).toEqual(EXPECTED);
  });

  it('takes a column letter', async () => {
    const run = await runCli('build', OWN_WORDS, '--period', '2025-07', '--scale', 'kr', '--json', '-', '--column', 'D=utfall', '--column', 'e=budget');
    expect(run.code).toBe(0);
    expect(totals(run.stdout)).toEqual(EXPECTED);
  });

  it('finds the header row by the headers named when too few headers are known words', async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('Export').addRows([['Rapport från ekonomisystemet'], [], ['Datum', 'Kst', 'Bokfört belopp', 'Ram'], ['2025-07', 'A', 100, 120], ['2025-07', 'B', 50, 40]]);
    const file = path.join(dir, 'export.xlsx');
    await wb.xlsx.writeFile(file);
    const run = await runCli('build', file, '--period', '2025-07', '--scale', 'kr', '--json', '-', '--column', 'Kst=enhet', '--column', 'Bokfört belopp=actual', '--column', 'Ram=budget');
    expect(run.code).toBe(0);
    // No account column: the sign convention is guessed, and the warning says the CLI way to choose it.
    expect(run.stderr).toEqual([expect.stringContaining('Ange --sign debit eller --sign result om det är fel.')]);
    expect(totals(run.stdout)).toEqual(EXPECTED);
  });

  it('overrides a detected role, leaving the other columns as detected', async () => {
    const file = path.join(dir, 'byte.csv');
    writeFileSync(file, 'Period;Ansvar;Utfall;Prognos\n2025-07;A;100;120\n');
    const run = await runCli('build', file, '--period', '2025-07', '--scale', 'kr', '--json', '-', '--column', 'Prognos=budget');
    expect(totals(run.stdout)).toEqual([
      ['A', '100.00', '120.00'],
      ['total', '100.00', '120.00'],
    ]);
  });

  it('moves a role to a column the CSV scanner stepped over (a long ledger it reads without cells)', async () => {
    const file = path.join(dir, 'skannad.csv');
    writeFileSync(file, 'Period;Ansvar;Kst;Utfall;Bokfört belopp\n2025-07;A;X1;100;120\n2025-07;B;X2;50;40\n');
    const run = await runCli('build', file, '--period', '2025-07', '--scale', 'kr', '--json', '-', '--column', 'Bokfört belopp=budget', '--column', 'Kst=enhet', '--column', 'Ansvar=ignorera');
    expect(run.code).toBe(0);
    expect(totals(run.stdout)).toEqual([
      ['X1', '100.00', '120.00'],
      ['X2', '50.00', '40.00'],
      ['total', '150.00', '160.00'],
    ]);
  });

  it('leaves a missing --sheet to the input error it is, and says when no header row is found', async () => {
    const missing = await runCli('build', OWN_WORDS, '--period', '2025-07', '--sheet', 'Saknas', '--column', 'Bokfört belopp=utfall');
    expect(missing.code).toBe(1);
    expect(missing.stderr).toEqual(['Bladet "Saknas" finns inte']);
    const file = path.join(dir, 'tal.csv');
    writeFileSync(file, '1;2;3\n4;5;6\n');
    const none = await runCli('build', file, '--period', '2025-07', '--column', 'Belopp=utfall', '--lang', 'en');
    expect(none.code).toBe(2);
    expect(none.stderr[0]).toBe('followup: no column "Belopp" in the ledger (no header row found)');
  });

  it.each([
    [['--column', 'Okänd rubrik=utfall'], 'sv', 'followup: ingen kolumn "Okänd rubrik" i huvudboken (rubriker: Period, Ansvar, Konto, Bokfört belopp, Budgetram)'],
    [['--column', 'Okänd rubrik=utfall', '--lang', 'en'], 'en', 'followup: no column "Okänd rubrik" in the ledger (headers: Period, Ansvar, Konto, Bokfört belopp, Budgetram)'],
    [['--column', 'Budgetram=kostnad'], 'sv', 'followup: okänd roll "kostnad" i --column (roller: utfall, budget, prognos, årsbudget, period, år, enhet, konto, typ, belopp, ignorera)'],
    [['--lang', 'en', '--column', 'Budgetram=cost'], 'en', 'followup: unknown role "cost" in --column (roles: actual, budget, forecast, annualBudget, period, year, unit, account, kind, amount, ignore)'],
    [['--column', 'Budgetram'], 'sv', 'followup: --column "Budgetram" ska skrivas "Rubrik=roll", t.ex. --column "Bokfört belopp=utfall"'],
  ])('%j is a usage error naming it and the choices', async (flags, lang, message) => {
    const run = await runCli('build', OWN_WORDS, '--period', '2025-07', ...flags);
    expect(run.code).toBe(2);
    expect(run.stderr).toEqual([message, lang === 'sv' ? 'Se: followup --help' : 'See: followup --help']);
  });
});
