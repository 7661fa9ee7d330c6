/**
 * The sheet model is built only when something is written from it: a run that writes the JSON
 * report alone never builds it (on a 1 M-row ledger that was a fifth of the run), a workbook or a
 * document gets it built once, and the printed title is the report's own either way.
 */
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import ExcelJS from 'exceljs';
import * as buildReportModule from '../../src/core/report/buildReport';
import { runCli } from '../support/runCli';
import { tempDir } from '../support/tmp';

const dir = tempDir();
const KLS_CSV = 'examples/kls-2025.csv';
const ARGS = ['--period', '2025-07', '--months', '2', '--org', 'KLS'];

afterEach(() => jest.restoreAllMocks());

it('writes the JSON report without building the sheet model', async () => {
  const built = jest.spyOn(buildReportModule, 'buildReport');
  const json = path.join(dir, 'only.json');
  const run = await runCli('build', KLS_CSV, ...ARGS, '--json', json, '--quiet');
  expect(run.code).toBe(0);
  expect(built).not.toHaveBeenCalled();
  expect(JSON.parse(readFileSync(json, 'utf8'))).toHaveProperty('rows');
});

it('builds the sheet model once for a workbook and a document, and prints the title the sheet has', async () => {
  const built = jest.spyOn(buildReportModule, 'buildReport');
  const out = path.join(dir, 'both.xlsx');
  const run = await runCli('build', KLS_CSV, ...ARGS, '--out', out, '--docx', path.join(dir, 'both.docx'), '--json', path.join(dir, 'both.json'));
  expect(run.code).toBe(0);
  expect(built).toHaveBeenCalledTimes(1);
  const book = new ExcelJS.Workbook();
  await book.xlsx.readFile(out);
  const sheetTitle = String(book.worksheets.find((w) => w.getCell('A1').value !== null && /KLS/.test(String(w.getCell('A1').value)))?.getCell('A1').value);
  expect(sheetTitle).toMatch(/juli 2025/);
  // The printed title (not built from the sheet model) is the sheet's, underlined.
  expect(run.stdout.startsWith(`${sheetTitle}\n${'='.repeat(sheetTitle.length)}\n`)).toBe(true);
});

it('prints the same title when only the JSON is written', async () => {
  const built = jest.spyOn(buildReportModule, 'buildReport');
  const run = await runCli('build', KLS_CSV, ...ARGS, '--json', path.join(dir, 'titled.json'));
  expect(built).not.toHaveBeenCalled();
  const sheet = await runCli('build', KLS_CSV, ...ARGS, '--out', path.join(dir, 'titled.xlsx'));
  expect(run.stdout.split('\n').slice(0, 2)).toEqual(sheet.stdout.split('\n').slice(0, 2));
  expect(run.stdout).toMatch(/^\S.*juli 2025/);
});
