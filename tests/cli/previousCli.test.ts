/**
 * `followup build --previous last-month.xlsx` end to end: last month's comments (typed into a
 * workbook the command line wrote, or one the add-in wrote) carried by the unit's path into
 * "Kommentar jun/jul" and the JSON's previousComment; a renamed unit's comment a warning with its
 * text; a workbook that is no follow-up, another organisation's follow-up or one of another period
 * refused with a message naming the file (and sheet), exit 1, nothing written.
 */
/// <reference types="office-js" />
import { execFile } from 'node:child_process';
import { existsSync, promises as fs } from 'node:fs';
import { promisify } from 'node:util';
import * as path from 'node:path';
import ExcelJS from 'exceljs';
import { buildFollowUp } from '../../src/app/buildFollowUp';
import type { JsonReport } from '../../src/core/report/json';
import { createExcelHost } from '../support/excelHost/host';
import { loadSnapshotFromXlsx, saveSnapshotToXlsx } from '../support/excelHost/xlsx';
import { runCli } from '../support/runCli';
import { tempDir } from '../support/tmp';
import { KLS_REQUEST } from '../app/appHost';

const KLS = 'examples/kls-2025.xlsx';
const dir = tempDir();
const JULY = ['build', KLS, '--period', '2025-07', '--months', '2', '--org', 'KLS'];
const SEPTEMBER = ['build', KLS, '--period', '2025-09', '--months', '2', '--org', 'KLS'];
const file = (name: string) => path.join(dir, name);

/** Type comments into a follow-up sheet of a workbook file, by the row label in column A (or the summary's cell). */
async function typeComments(workbookFile: string, comments: Readonly<Record<string, string>>, summary?: string): Promise<void> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(workbookFile);
  const ws = wb.worksheets.find((w) => w.name.startsWith('Uppföljning'))!;
  let commentColumn = 0;
  let noteRow = 0;
  ws.eachRow((row, r) => {
    row.eachCell((cell, c) => {
      if (cell.value === 'Kommentar') commentColumn = c;
    });
    const label = row.getCell(1).value;
    if (typeof label === 'string' && comments[label] !== undefined) row.getCell(commentColumn).value = comments[label]!;
    if (typeof label === 'string' && label.startsWith('↑ Kommentar')) noteRow = r;
  });
  if (summary !== undefined) ws.getCell(noteRow - 1, 1).value = summary;
  await wb.xlsx.writeFile(workbookFile);
}

/** A sheet's rows as arrays of values (1-based columns), from a workbook file. */
async function sheetValues(workbookFile: string, name: string): Promise<unknown[][]> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(workbookFile);
  const out: unknown[][] = [];
  wb.getWorksheet(name)!.eachRow((row, r) => {
    out[r] = (row.values as unknown[]).slice(1);
  });
  return out;
}

let july: string;
beforeAll(async () => {
  july = file('juli.xlsx');
  expect((await runCli(...JULY, '--out', july, '--quiet')).code).toBe(0);
  await typeComments(july, { IT: 'Licenser i förskott', 'HR-avdelning': 'Vakans från mars' }, 'Prognosen håller.');
}, 60_000);

describe('followup build --previous', () => {
  it('carries each unit’s comment into "Kommentar jun/jul" beside an empty Kommentar, and into the JSON', async () => {
    const out = file('september.xlsx');
    const run = await runCli(...SEPTEMBER, '--previous', july, '--out', out, '--json', file('september.json'), '--quiet');
    expect(run.stderr.filter((l) => l.includes('följer inte med'))).toEqual([]);
    expect(run.code).toBe(0);
    const rows = await sheetValues(out, 'Uppföljning 2025-09');
    const header = rows.find((r) => r?.[0] === 'Enhet')!;
    expect(header.slice(-2)).toEqual(['Kommentar jun/jul', 'Kommentar']);
    const it = rows.find((r) => r?.[0] === 'IT')!;
    expect(it[header.length - 2]).toBe('Licenser i förskott');
    expect(it[header.length - 1] ?? null).toBeNull();
    const note = rows.findIndex((r) => r?.[0] === 'Kommentar jun/jul');
    expect(rows[note + 1]?.[0]).toBe('Prognosen håller.');
    const json = JSON.parse(await fs.readFile(file('september.json'), 'utf8')) as JsonReport;
    expect(json.rows.find((r) => r.path.join('/') === 'IT')?.previousComment).toBe('Licenser i förskott');
    expect(json.previous).toEqual({ period: { year: 2025, month: 7, months: 2 }, summaryComment: 'Prognosen håller.', unmatched: [] });
  });

  it('runs as the installed command (bin/followup.js, compiled by npm run build:cli)', async () => {
    const exec = promisify(execFile);
    const run = await exec('node', ['bin/followup.js', ...SEPTEMBER, '--previous', july, '--json', '-']);
    expect((JSON.parse(run.stdout) as JsonReport).rows.find((r) => r.path.join('/') === 'HR-avdelning')?.previousComment).toBe('Vakans från mars');
    await expect(exec('node', ['bin/followup.js', ...SEPTEMBER, '--previous', KLS])).rejects.toMatchObject({ code: 1 });
  });

  it('reads last month’s follow-up the add-in wrote as well', async () => {
    const host = createExcelHost(await loadSnapshotFromXlsx(KLS));
    const restore = host.install(globalThis);
    try {
      const built = await buildFollowUp(KLS_REQUEST);
      expect(built.ok).toBe(true);
      await Excel.run(async (context) => {
        const s = context.workbook.worksheets.getItem('Uppföljning 2025-07');
        const it = built.ok ? built.value.report.comments.find((c) => c.key === 'IT')! : null;
        s.getRange(`M${it!.row + 1}`).values = [['Från tillägget']];
        await context.sync();
      });
    } finally {
      restore();
    }
    const fromAddIn = file('tillagget-juli.xlsx');
    await saveSnapshotToXlsx(host.snapshot(), fromAddIn);
    const run = await runCli(...SEPTEMBER, '--previous', fromAddIn, '--json', '-');
    expect(run.code).toBe(0);
    expect((JSON.parse(run.stdout) as JsonReport).rows.find((r) => r.path.join('/') === 'IT')?.previousComment).toBe('Från tillägget');
  });

  it('names a renamed unit’s comment in a warning with its text, and guesses no match', async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(KLS);
    for (const ws of wb.worksheets) ws.eachRow((row) => row.eachCell((cell) => void (cell.value === 'IT' ? (cell.value = 'Digitalisering') : null)));
    const renamed = file('kls-omdopt.xlsx');
    await wb.xlsx.writeFile(renamed);
    const run = await runCli('build', renamed, '--period', '2025-09', '--months', '2', '--org', 'KLS', '--previous', july, '--json', '-');
    expect(run.code).toBe(0);
    expect(run.stderr).toContain(`varning: ${july}, Uppföljning 2025-07: kommentaren från jun/jul till IT följer inte med: enheten finns inte i den nya uppföljningen (bytt namn eller flyttad?). Kommentaren var: "Licenser i förskott"`);
    const json = JSON.parse(run.stdout) as JsonReport;
    expect(json.previous?.unmatched).toEqual([{ path: ['IT'], comment: 'Licenser i förskott' }]);
    expect(json.rows.some((r) => r.previousComment === 'Licenser i förskott')).toBe(false);
  });

  it('refuses a workbook that is no follow-up, naming the file', async () => {
    const out = file('inget.xlsx');
    const run = await runCli(...SEPTEMBER, '--previous', KLS, '--out', out);
    expect(run.code).toBe(1);
    expect(run.stderr).toEqual([`${KLS}: filen har ingen uppföljning (ingen enhetstabell med kolumnen Kommentar); ange förra månadens uppföljning`]);
    expect(existsSync(out)).toBe(false);
    const en = await runCli(...SEPTEMBER, '--previous', KLS, '--lang', 'en');
    expect(en.stderr).toEqual([`${KLS}: the file holds no follow-up (no unit table with a Comment column); give last month's follow-up`]);
  });

  it('refuses a follow-up of another period, naming file and sheet', async () => {
    const run = await runCli('build', KLS, '--period', '2025-10', '--org', 'KLS', '--previous', july);
    expect(run.code).toBe(1);
    expect(run.stderr).toEqual([`${july}, Uppföljning 2025-07: uppföljningen gäller jun/jul 2025, inte perioden före oktober 2025 (september 2025); ange förra periodens uppföljning`]);
  });

  it('refuses another organisation’s follow-up, naming file and sheet', async () => {
    const ledger = file('skola.csv');
    await fs.writeFile(ledger, 'Period;Enhet;Konto;Budget;Utfall\n202506;Förskola;5010;100;90\n202507;Förskola;5010;100;120\n202507;Grundskola;5010;100;100\n');
    const other = file('skola-juli.xlsx');
    expect((await runCli('build', ledger, '--period', '2025-07', '--months', '2', '--org', 'Skola', '--out', other, '--quiet')).code).toBe(0);
    const run = await runCli(...SEPTEMBER, '--previous', other);
    expect(run.code).toBe(1);
    expect(run.stderr.at(-1)).toEqual(`${other}, Uppföljning 2025-07: uppföljningen gäller en annan organisation (Skola, ingen enhet gemensam med KLS); ange förra månadens uppföljning för samma organisation`);
  });

  it('refuses an unreadable file and --out over last month’s follow-up', async () => {
    const missing = file('saknas.xlsx');
    const run = await runCli(...SEPTEMBER, '--previous', missing);
    expect(run.code).toBe(1);
    expect(run.stderr[0]).toMatch(new RegExp(`^${missing.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}: filen finns inte`));
    const over = await runCli(...SEPTEMBER, '--previous', july, '--out', july);
    expect(over.code).toBe(2);
    expect((await runCli(...SEPTEMBER, '--previous', file('x.csv'))).code).toBe(2);
  });
});
