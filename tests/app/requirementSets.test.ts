/**
 * The add-in needs ExcelApi 1.9 (manifest) and uses nothing newer unguarded:
 * - a scan of src/ for members the ExcelApi requirement-set pages list above 1.9: each use must
 *   sit behind a capability check (isSetSupported, or the `customProperties` flag it sets);
 * - the whole flow (inspect, build, refresh, a ledger in a filtered table, the ribbon) on a host
 *   that knows ExcelApi 1.9 only, where any newer member the host models fails with ApiNotFound.
 */
/// <reference types="office-js" />
import * as fs from 'node:fs';
import * as path from 'node:path';
import { buildFollowUp, refreshFollowUps } from '../../src/app/buildFollowUp';
import { inspectWorkbook } from '../../src/app/inspect';
import { hostWith, KLS_REQUEST } from './appHost';

/** Members above ExcelApi 1.9, with the set that brought them (ExcelApi requirement-set pages). */
const ABOVE_1_9: Readonly<Record<string, string>> = {
  customProperties: '1.12',
  'workbook.comments': '1.10',
  'ws.comments': '1.10',
  'worksheet.comments': '1.10',
  slicers: '1.10',
  getDirectPrecedents: '1.12',
  numberFormatCategories: '1.12',
  getMergedAreasOrNullObject: '1.13',
  linkedDataTypes: '1.14',
  valuesAsJson: '1.16',
  mergeUndoGroup: '1.20',
};
const GUARD = /isSetSupported|\bcustomProperties\b\s*\)|if \(!?customProperties\b|caps\./;

function sources(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    return e.isDirectory() ? sources(p) : /\.tsx?$/.test(e.name) ? [p] : [];
  });
}

describe('ExcelApi above 1.9', () => {
  it('every use in src/ is behind a capability check', () => {
    const unguarded: string[] = [];
    // Office.js is used in excel/, app/, commands/ and the task pane only (core is pure TypeScript).
    const dirs = ['excel', 'app', 'commands', 'taskpane'].map((d) => path.resolve(__dirname, '../../src', d));
    for (const file of dirs.flatMap(sources)) {
      const lines = fs.readFileSync(file, 'utf8').split('\n');
      lines.forEach((line, i) => {
        if (/^\s*(\*|\/\/)/.test(line)) return;
        for (const member of Object.keys(ABOVE_1_9)) {
          const pattern = member.includes('.') ? `\\b${member.replace('.', '\\.')}\\b` : `\\.${member}\\b`;
          if (!new RegExp(pattern).test(line)) continue;
          if (!lines.slice(Math.max(0, i - 3), i + 1).some((l) => GUARD.test(l))) unguarded.push(`${path.relative(process.cwd(), file)}:${i + 1} ${member} (ExcelApi ${ABOVE_1_9[member]})`);
        }
      });
    }
    expect(unguarded).toEqual([]);
  });

  it('the whole flow runs on ExcelApi 1.9', async () => {
    const host = await hostWith('examples/kls-2025.xlsx', { excelApi: '1.9' });
    await Excel.run(async (context) => {
      const ws = context.workbook.worksheets.getItem('Huvudbok');
      const used = ws.getUsedRange(true);
      used.load('address');
      await context.sync();
      const table = context.workbook.tables.add(used.address, true);
      table.showTotals = true;
      ws.getRange('5:5').rowHidden = true;
      await context.sync();
    });
    const inspected = await inspectWorkbook();
    expect(inspected.ok).toBe(true);
    const built = await buildFollowUp(KLS_REQUEST);
    expect(built.ok).toBe(true);
    const refreshed = await refreshFollowUps('all');
    expect(refreshed.ok && refreshed.value.map((o) => o.result.ok)).toEqual([true]);
    expect(host.snapshot().sheets.map((s) => s.name)).toEqual(['Huvudbok', 'Uppföljning 2025-07']);
  });
});
