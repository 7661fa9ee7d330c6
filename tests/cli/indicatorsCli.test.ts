/**
 * `followup build` on the Förvaltning sample, end to end through the compiled command (npm run
 * build:cli): the written .xlsx holds seed 000 §2.1's indicator tables (HME 78 / 80 / 78, bemanning
 * 605,4 against 635 and 650 / 635 / 621,6, sjukfrånvaro 5,6 % against 5,5 % and 5 % / 5,5 % / 5,4 %)
 * with the status colours, the JSON's `indicators` has the exact figures, the summary says the
 * indicators are in line; a bad indicator cell exits 1 naming the cell.
 */
import { execFile } from 'node:child_process';
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { promisify } from 'node:util';
import ExcelJS from 'exceljs';
import { runCli } from '../support/runCli';
import { tempDir } from '../support/tmp';

const dir = tempDir();
const ROOT = path.resolve(__dirname, '../..');
const BIN = path.join(ROOT, 'bin/followup.js');
const FV = ['examples/forvaltning-2024.xlsx', '--period', '2024-09', '--scale', 'mnkr', '--parents', 'below', '--org', 'förvaltningen'];

/** Rows of the follow-up sheet from the row whose column A is `from`, `count` rows, cells as ExcelJS reads them. */
function rowsFrom(ws: ExcelJS.Worksheet, from: string, count: number): ExcelJS.Row[] {
  let start = 0;
  ws.eachRow((row, n) => {
    if (start === 0 && row.getCell(1).value === from) start = n;
  });
  if (start === 0) throw new Error(`no row "${from}"`);
  return Array.from({ length: count }, (_, i) => ws.getRow(start + i));
}

describe('followup build on the Förvaltning sample: the indicators', () => {
  let ws: ExcelJS.Worksheet;
  let json: { indicators: Record<string, unknown>[]; summary: string };
  let stdout: string;

  beforeAll(async () => {
    const out = path.join(dir, 'fv.xlsx');
    const jsonFile = path.join(dir, 'fv.json');
    const run = await promisify(execFile)(process.execPath, [BIN, 'build', ...FV, '--out', out, '--json', jsonFile], { cwd: ROOT });
    stdout = run.stdout;
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    ws = wb.getWorksheet('Uppföljning 2024-09')!;
    json = JSON.parse(await fs.readFile(jsonFile, 'utf8')) as typeof json;
  });

  it('writes the yearly table: HME 2024, no outcome yet, forecast 78, target 80, last year 78', () => {
    const [header, hme] = rowsFrom(ws, 'Indikator (år)', 2);
    expect((header!.values as unknown[]).slice(1)).toEqual(['Indikator (år)', 'År', 'Utfall (helår)', 'Prognos (helår)', 'Mål (helår)', 'Utfall (föreg år)', 'Status']);
    expect((hme!.values as unknown[]).slice(1)).toEqual(['Hållbart medarbetarengagemang HME', '2024', undefined, 78, 80, 78, 'Nära målet (prognos)']);
  });

  it('writes the monthly table with the seed\'s figures, formats and status colours', () => {
    const [, staffing, sickLeave] = rowsFrom(ws, 'Indikator (månad)', 3);
    expect((staffing!.values as unknown[]).slice(1)).toEqual(['Bemanning (månadsarbetare)', 'Sep 2024', 605.4, 635, 650, 635, 621.6, 'Nära målet']);
    expect((sickLeave!.values as unknown[]).slice(1)).toEqual(['Sjukfrånvaro', 'Aug 2024', 0.056, 0.055, 0.05, 0.055, 0.054, 'Nära målet']);
    expect(staffing!.getCell(3).numFmt).toBe('#,##0.0');
    expect(sickLeave!.getCell(3).numFmt).toBe('0.0 %');
    expect(sickLeave!.getCell(5).numFmt).toBe('0 %');
    const fill = sickLeave!.getCell(8).fill as ExcelJS.FillPattern;
    expect(fill.fgColor?.argb).toBe('FFFFEB9C');
  });

  it('prints and writes the summary\'s sentence, and the JSON\'s indicators with exact figures', () => {
    expect(stdout.replace(/\u00a0/g, ' ')).toContain('Indikatorerna för hållbart medarbetarengagemang HME, bemanning och sjukfrånvaro ligger i linje med sina mål.');
    expect(json.summary).toContain('ligger i linje med sina mål');
    expect(json.indicators.map((i) => [i.name, i.frequency, i.period, i.actual, i.target, i.forecast, i.yearTarget, i.previousYear, i.status, i.statusBasis])).toEqual([
      ['Hållbart medarbetarengagemang HME', 'year', '2024', null, '80', '78', '80', '78', 'near', 'forecast'],
      ['Bemanning', 'month', '2024-09', '605.4', '635', '650', '635', '621.6', 'near', 'actual'],
      ['Sjukfrånvaro', 'month', '2024-08', '5.6', '5.5', '5', '5.5', '5.4', 'near', 'actual'],
    ]);
    expect(json.indicators[2]).toMatchObject({ unit: null, type: 'percent', percent: true, direction: 'lower' });
    expect(json.indicators[1]).toMatchObject({ unit: 'månadsarbetare', type: 'count', percent: false, direction: 'higher' });
  });

  it('has an empty indicators list in the JSON of a workbook without an indicator sheet', async () => {
    const run = await runCli('build', 'examples/kls-2025.xlsx', '--period', '2025-07', '--json', '-');
    expect(JSON.parse(run.stdout)).toMatchObject({ indicators: [] });
  });

  it('exits 1 on a bad indicator cell, naming the cell in the language asked for', async () => {
    const src = new ExcelJS.Workbook();
    await src.xlsx.readFile('examples/forvaltning-2024.xlsx');
    src.getWorksheet('Indikatorer')!.getCell('C14').value = 'ca 605';
    src.getWorksheet('Indikatorer')!.getCell('G20').value = 'uppåt';
    const bad = path.join(dir, 'bad.xlsx');
    await src.xlsx.writeFile(bad);
    const sv = await runCli('build', bad, '--period', '2024-09', '--quiet');
    expect(sv.code).toBe(1);
    expect(sv.stderr).toContain('Indikatorer!C14: "ca 605" i kolumnen Utfall är inte ett tal');
    expect(sv.stderr).toContain('Indikatorer!G20: "uppåt" är ingen känd riktning (Högre eller Lägre är bättre)');
    const en = await runCli('build', bad, '--period', '2024-09', '--quiet', '--lang', 'en');
    expect(en.stderr).toContain('Indikatorer!C14: "ca 605" in the column Utfall is not a number');
  });
});
