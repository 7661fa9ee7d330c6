/**
 * A workbook as Excel leaves it after "Move or Copy… › Create a copy": the ledger and "Huvudbok (2)".
 * The command line stops with the copy named (exit 1) instead of doubling every figure, reads one
 * sheet with --sheet, and takes the organisation's name alone from the title row.
 */
import * as path from 'node:path';
import ExcelJS from 'exceljs';
import { runCli } from '../support/runCli';
import { tempDir } from '../support/tmp';

const dir = tempDir();
const file = path.join(dir, 'kls.xlsx');

beforeAll(async () => {
  const wb = new ExcelJS.Workbook();
  for (const name of ['Huvudbok', 'Huvudbok (2)']) {
    const ws = wb.addWorksheet(name);
    ws.addRow(['Huvudbok Kommunledningsstab 2025 (kr)']);
    ws.addRow(['Period', 'Ansvar', 'Konto', 'Budget', 'Utfall']);
    ws.addRow([202507, 'Stab', 5010, 100, 60]);
    ws.addRow([202507, 'IT', 5010, 100, 60]);
  }
  await wb.xlsx.writeFile(file);
});

describe('followup build on a workbook with a copied ledger sheet', () => {
  it('exits 1 naming the copy and the sheet it repeats', async () => {
    const run = await runCli('build', file, '--period', '2025-07');
    expect(run.code).toBe(1);
    expect(run.stderr.join('\n')).toContain('Huvudbok (2): bladet upprepar rader i Huvudbok (4 belopp med samma enhet, konto, månad och beloppstyp), så de skulle räknas två gånger; ta bort kopian eller läs bara ett blad med --sheet');
  });

  it('reads one sheet with --sheet, the organisation named alone from the title', async () => {
    const run = await runCli('build', file, '--period', '2025-07', '--sheet', 'Huvudbok', '--json', '-', '--quiet');
    expect(run.code).toBe(0);
    const json = JSON.parse(run.stdout) as { rows: { path: string[]; ytdActual: string }[]; summary: string };
    expect(json.rows.at(-1)!.ytdActual).toBe('120.00');
    expect(json.summary).toContain('för Kommunledningsstab');
  });
});
