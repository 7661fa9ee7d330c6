/**
 * The `followup` command end to end on .xlsx and CSV: exit codes, the JSON of SPEC §5, and the
 * written workbook read back (report present and formatted, ledger cells identical, ledger text
 * never a formula).
 */
import { execFile } from 'node:child_process';
import { existsSync, lstatSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { promisify } from 'node:util';
import ExcelJS from 'exceljs';
import type { JsonReport } from '../../src/core/report/json';
import { TWO_THREADS_BYTES } from '../../src/csv/readCsvFile';
import { runCli } from '../support/runCli';
import { tempDir } from '../support/tmp';

const dir = tempDir();
const KLS_XLSX = 'examples/kls-2025.xlsx';
const KLS_CSV = 'examples/kls-2025.csv';
const AMOUNT = /^-?\d+\.\d{2}$/;

async function readBook(file: string): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  return wb;
}

function sheetValues(ws: ExcelJS.Worksheet): unknown[][] {
  const out: unknown[][] = [];
  ws.eachRow({ includeEmpty: true }, (row, r) => {
    out[r] = (row.values as unknown[]).slice(1);
  });
  return out;
}

describe('followup build on the KLS sample workbook', () => {
  const out = path.join(dir, 'kls.xlsx');
  const json = path.join(dir, 'kls.json');
  let run: Awaited<ReturnType<typeof runCli>>;
  let report: JsonReport;
  beforeAll(async () => {
    run = await runCli('build', KLS_XLSX, '--period', '2025-07', '--months', '2', '--org', 'KLS', '--out', out, '--json', json);
    report = JSON.parse(readFileSync(json, 'utf8')) as JsonReport;
  });

  it('exits 0 and prints the summary', () => {
    // Beside the summary, the rows whose deviation needs a comment (tests/cli/explainOver.test.ts).
    expect(run.stderr.filter((l) => !l.startsWith('kommentar behövs: '))).toEqual([]);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('Budgetavvikelsen ackumulerat juli 2025 för KLS uppgår till ett överskott på 1\u00a0364\u00a0tkr');
  });

  it('writes the JSON of SPEC §5: exact kronor, rounded percentages, paths, kinds', () => {
    expect(report.period).toEqual({ year: 2025, month: 7, months: 2 });
    expect(report.rows.map((r) => [r.path.join(' / '), r.kind])).toEqual([
      ['Kommundirektör', 'unit'],
      ['Ekonomi o planering', 'unit'],
      ['IT', 'unit'],
      ['TIA-avdelningen', 'parent'],
      ['TIA-avdelningen / Administrativa avdelningen', 'unit'],
      ['TIA-avdelningen / Överförmyndarvht', 'unit'],
      ['TIA-avdelningen / Politisk verksamhet', 'unit'],
      ['TIA-avdelningen / Oförutsett', 'unit'],
      ['HR-avdelning', 'unit'],
      ['Näringslivsenheten', 'unit'],
      ['', 'total'],
    ]);
    for (const r of report.rows) {
      for (const k of ['periodBudget', 'periodActual', 'periodDeviation', 'ytdBudget', 'ytdActual', 'ytdDeviation', 'annualBudget'] as const) {
        expect(r[k]).toMatch(AMOUNT);
      }
      expect(r.ytdPercentOfBudget).toMatch(/^-?\d+\.\d$/);
    }
    const adm = report.rows[4]!;
    expect(adm.periodPercentOfBudget).toBe('98.6');
    expect(report.rows[10]!.ytdPercentOfBudget).toBe('94.3');
    expect(report.rows[3]!.forecastDeviation).toBe('0.00');
    expect(adm.forecast).toBeNull();
    expect(report.summary).toContain('överskott');
    expect(report.accountGroups.map((g) => g.kind)).toEqual(['revenue', 'cost']);
  });

  it('writes the workbook with the ledger unchanged and the follow-up sheet formatted', async () => {
    const original = await readBook(KLS_XLSX);
    const written = await readBook(out);
    expect(written.worksheets.map((w) => w.name)).toEqual([...original.worksheets.map((w) => w.name), 'Uppföljning 2025-07']);
    for (const ws of original.worksheets) expect(sheetValues(written.getWorksheet(ws.name)!)).toEqual(sheetValues(ws));
    const ws = written.getWorksheet('Uppföljning 2025-07')!;
    const header = findRow(ws, 'Enhet');
    expect(ws.getCell(header, 1).font?.bold).toBe(true);
    expect(ws.getCell(header, 2).fill).toMatchObject({ type: 'pattern', pattern: 'solid' });
    const total = findRow(ws, 'Totalt KLS');
    expect(ws.getCell(total, 1).font?.bold).toBe(true);
    expect(ws.getCell(total, 9).value).toBe(1364);
    expect(ws.getCell(total, 9).numFmt).toBe('#,##0;[Red]-#,##0');
    expect(ws.getCell(total, 10).value).toBeCloseTo(0.943, 10);
    expect(ws.getCell(total, 10).numFmt).toBe('0.0%');
    expect(ws.getCell(findRow(ws, 'Oförutsett'), 1).alignment?.indent).toBe(1);
    expect(ws.getCell(total, 2).border?.top?.style).toBe('thin');
    expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: header, xSplit: 1 });
    expect(ws.pageSetup).toMatchObject({ orientation: 'landscape', fitToPage: true, fitToWidth: 1 });
    expect(ws.getColumn(1).width).toBeGreaterThan(20);
  });
});

function findRow(ws: ExcelJS.Worksheet, label: string): number {
  let found = -1;
  ws.eachRow((row, r) => {
    if (found < 0 && row.getCell(1).value === label) found = r;
  });
  if (found < 0) throw new Error(`no row "${label}"`);
  return found;
}

describe('followup build on CSV', () => {
  it('gives the same figures from the Windows-1252 CSV as from the workbook', async () => {
    const fromCsv = await runCli('build', KLS_CSV, '--period', '2025-07', '--months', '2', '--json', '-');
    const fromXlsx = await runCli('build', KLS_XLSX, '--period', '2025-07', '--months', '2', '--json', '-');
    expect(fromCsv.code).toBe(0);
    const a = JSON.parse(fromCsv.stdout) as JsonReport;
    const b = JSON.parse(fromXlsx.stdout) as JsonReport;
    expect(a.rows).toEqual(b.rows);
    expect(a.rows[1]!.path).toEqual(['Ekonomi o planering']);
    expect(a.rows[5]!.path).toEqual(['TIA-avdelningen', 'Överförmyndarvht']);
  });

  it('reads UTF-8 with BOM, comma separated, LF, and writes a workbook with the follow-up', async () => {
    const csv = '\ufeffMånad,Ansvar,Konto,Budget,Utfall\n2025-07,Överförmyndare,5010,"1,000.50",900\n2025-07,Kök,3010,-200,-250\n';
    const file = path.join(dir, 'bom.csv');
    writeFileSync(file, csv, 'utf8');
    const out = path.join(dir, 'bom.xlsx');
    const run = await runCli('build', file, '--period', '2025-07', '--scale', 'kr', '--json', '-', '--out', out);
    expect(run.code).toBe(0);
    const r = JSON.parse(run.stdout) as JsonReport;
    expect(r.rows.map((x) => [x.path[0] ?? 'total', x.ytdBudget])).toEqual([
      ['Överförmyndare', '1000.50'],
      ['Kök', '-200.00'],
      ['total', '800.50'],
    ]);
    expect((await readBook(out)).worksheets.map((w) => w.name)).toEqual(['Uppföljning 2025-07']);
  });

  it('exits 1 naming sheet and cell, and writes nothing', async () => {
    const file = path.join(dir, 'bad.csv');
    writeFileSync(file, 'Period;Ansvar;Budget;Utfall\r\n2025-07;A;100;abc\r\n2025-13;B;1;1\r\n', 'latin1');
    const out = path.join(dir, 'bad.xlsx');
    const json = path.join(dir, 'bad.json');
    const run = await runCli('build', file, '--period', '2025-07', '--out', out, '--json', json);
    expect(run.code).toBe(1);
    expect(run.stderr).toEqual(['bad!D2: "abc" är inte ett belopp', 'bad!A3: "2025-13" är inte en period (t.ex. 2025-07 eller 202507)']);
    expect(existsSync(out)).toBe(false);
    expect(existsSync(json)).toBe(false);
  });

  it('speaks English with --lang en', async () => {
    const file = path.join(dir, 'bad-en.csv');
    writeFileSync(file, 'Period;Unit;Budget\n2025-07;A;x\n');
    const run = await runCli('build', file, '--period', '2025-07', '--lang', 'en');
    expect(run.stderr).toEqual(["'bad-en'!C2: \"x\" is not an amount"]);
  });
});

describe('ledger text stays text', () => {
  it('writes units that look like formulas as text, never as formulas', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Huvudbok');
    ws.addRows([
      ['Period', 'Ansvar', 'Budget', 'Utfall'],
      [202507, '=HYPERLINK("http://example.invalid","klick")', 100, 90],
      [202507, '+46 8 123', 10, 9],
      [202507, '@SUMMA', 10, 9],
      [202507, '-Reserv', 10, 9],
    ]);
    const file = path.join(dir, 'formula.xlsx');
    await wb.xlsx.writeFile(file);
    const out = path.join(dir, 'formula-out.xlsx');
    const run = await runCli('build', file, '--period', '2025-07', '--out', out, '--quiet');
    expect(run.code).toBe(0);
    expect(run.stderr.filter((l) => !l.startsWith('varning:'))).toEqual([]);
    const report = (await readBook(out)).getWorksheet('Uppföljning 2025-07')!;
    for (const name of ['=HYPERLINK("http://example.invalid","klick")', '+46 8 123', '@SUMMA', '-Reserv']) {
      const r = findRow(report, name);
      const cell = report.getCell(r, 1);
      expect(cell.type).toBe(ExcelJS.ValueType.String);
      expect(cell.formula).toBeUndefined();
    }
  });
});

describe('usage', () => {
  it.each([
    [['build', KLS_XLSX], '--period krävs'],
    [['build', KLS_XLSX, '--period', '2025-13'], 'är inte en månad'],
    [['build', KLS_XLSX, '--period', '2025-07', '--scale', 'mkr'], '--scale ska vara kr, tkr eller mnkr, inte "mkr"'],
    [['build', KLS_XLSX, '--period', '2025-07', '--months', '0'], '--months'],
    [['build', KLS_XLSX, '--period', '2025-07', '--bogus'], 'okänd flagga --bogus'],
    [['frobnicate'], 'okänt kommando'],
    [['build', 'ledger.pdf', '--period', '2025-07'], 'är inte en huvudboksfil (.xlsx, .xlsm, .csv, .txt eller .tsv)'],
    [['build', KLS_XLSX, '--period', '2025-01', '--months', '2'], 'inom året'],
    [['build', KLS_XLSX, '--period', '2025-07', '--out', KLS_XLSX], 'skrivs aldrig'],
    [['build', KLS_XLSX, '--period', '2025-07', '--lang', 'en', '--out', KLS_XLSX], 'never written'],
  ])('%j exits 2', async (argv, message) => {
    const run = await runCli(...argv);
    expect(run.code).toBe(2);
    expect(run.stderr.join('\n')).toContain(message);
  });

  it('prints help and exits 0', async () => {
    const run = await runCli('--help');
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('followup build');
  });

  it('exits 1 naming the file when the output cannot be written', async () => {
    const blocked = path.join(dir, 'not-a-folder');
    writeFileSync(blocked, 'x');
    const run = await runCli('build', KLS_CSV, '--period', '2025-07', '--json', path.join(blocked, 'r.json'));
    expect(run.code).toBe(1);
    expect(run.stderr.join('\n')).toContain('kan inte skrivas');
  });

  it('exits 1 for a missing file', async () => {
    expect((await runCli('build', path.join(dir, 'nope.xlsx'), '--period', '2025-07')).code).toBe(1);
  });
});

describe('where the output goes', () => {
  it('writes to a device as it is: /dev/null stays a device', async () => {
    const run = await runCli('build', KLS_CSV, '--period', '2025-07', '--json', '/dev/null', '--quiet');
    expect(run.code).toBe(0);
    expect(lstatSync('/dev/null').isCharacterDevice()).toBe(true);
  });

  it('replaces the file a symbolic link points to and keeps the link', async () => {
    const real = path.join(dir, 'real.json');
    const link = path.join(dir, 'link.json');
    writeFileSync(real, 'old');
    symlinkSync(real, link);
    const run = await runCli('build', KLS_CSV, '--period', '2025-07', '--json', link, '--quiet');
    expect(run.code).toBe(0);
    expect(lstatSync(link).isSymbolicLink()).toBe(true);
    expect((JSON.parse(readFileSync(real, 'utf8')) as JsonReport).period.month).toBe(7);
    expect(readdirSync(dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });
});

describe('the installed command', () => {
  it('runs as bin/followup.js with exit codes', async () => {
    const exec = promisify(execFile);
    const ok = await exec('node', ['bin/followup.js', 'build', KLS_CSV, '--period', '2025-07', '--json', '-']);
    expect(JSON.parse(ok.stdout).period.month).toBe(7);
    await expect(exec('node', ['bin/followup.js', 'build', KLS_CSV])).rejects.toMatchObject({ code: 2 });
  });
});

describe('a large CSV, read in two halves at once by the installed command', () => {
  it('gives the JSON that reading it in one piece gives', async () => {
    // The KLS ledger's rows repeated past the size where a helper thread reads and scans the second
    // half (the in-process run below has no compiled helper and reads in one piece).
    const lines = readFileSync(KLS_CSV, 'latin1').split('\r\n').filter((l) => l !== '');
    const [header, ...rows] = lines;
    const times = Math.ceil((TWO_THREADS_BYTES + 1_000_000) / rows.join('\r\n').length);
    const big = path.join(dir, 'big.csv');
    writeFileSync(big, [header, ...Array.from({ length: times }, () => rows).flat()].join('\r\n') + '\r\n', 'latin1');
    const exec = promisify(execFile);
    const halves = await exec('node', ['bin/followup.js', 'build', big, '--period', '2025-07', '--json', '-']);
    const whole = await runCli('build', big, '--period', '2025-07', '--json', '-');
    expect(whole.code).toBe(0);
    expect(JSON.parse(halves.stdout)).toEqual(JSON.parse(whole.stdout));
    expect((JSON.parse(halves.stdout) as JsonReport).rows.length).toBeGreaterThan(5);
  }, 60_000);
});

describe('choosing the ledger sheet and the language', () => {
  it('reads only the sheet named with --sheet', async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('Budget').addRows([['Period', 'Ansvar', 'Budget'], [202507, 'A', 100]]);
    wb.addWorksheet('Gammal').addRows([['Period', 'Ansvar', 'Budget'], [202507, 'A', 'trasig']]);
    const file = path.join(dir, 'two-ledgers.xlsx');
    await wb.xlsx.writeFile(file);
    expect((await runCli('build', file, '--period', '2025-07', '--quiet')).code).toBe(1);
    const run = await runCli('build', file, '--period', '2025-07', '--sheet', 'Budget', '--scale', 'kr', '--json', '-');
    expect(run.code).toBe(0);
    expect((JSON.parse(run.stdout) as JsonReport).rows.at(-1)!.ytdBudget).toBe('100.00');
    expect((await runCli('build', file, '--period', '2025-07', '--sheet', 'Saknas')).stderr).toEqual(['Bladet "Saknas" finns inte']);
  });

  it('writes the report and summary in English with --lang en', async () => {
    const out = path.join(dir, 'kls-en.xlsx');
    const run = await runCli('build', KLS_XLSX, '--period', '2025-07', '--months', '2', '--org', 'KLS', '--lang', 'en', '--out', out);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('The accumulated budget deviation for KLS to July 2025 is a surplus of 1,364\u00a0kSEK');
    const ws = (await readBook(out)).getWorksheet('Follow-up 2025-07')!;
    expect(ws.getCell(findRow(ws, 'Unit'), 3).value).toBe('Actual Jun/Jul');
    expect(findRow(ws, 'Total KLS')).toBeGreaterThan(findRow(ws, 'Unit'));
  });
});

describe('printing to a terminal', () => {
  it('shows control characters from ledger text as U+FFFD, keeping tabs and newlines', async () => {
    const { printable } = await import('../../src/cli/main');
    expect(printable('Enhet \u001b[2J\tA\nB\u0007')).toBe('Enhet \ufffd[2J\tA\nB\ufffd');
  });
});
