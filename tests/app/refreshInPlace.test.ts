/**
 * Refresh rewrites the follow-up inside its own sheet. What points into the sheet keeps working: a
 * formula in another sheet and a defined name show the new figures, never #REF! (the host turns a
 * reference to a deleted sheet into #REF!, as Excel does). The sheet ends up exactly as a new build
 * from the same ledger writes it (a longer old follow-up's rows cleared), and a refresh that fails
 * at any sync, after any number of its actions, leaves the workbook exactly as it was.
 */
/// <reference types="office-js" />
import { buildFollowUp, refreshFollowUps } from '../../src/app/buildFollowUp';
import { focusRetry } from '../../src/excel/focus';
import type { ExcelHost, HostOptions } from '../support/excelHost/host';
import type { SheetSnapshot, WorkbookSnapshot } from '../support/excelHost/snapshot';
import { hostWith, KLS_REQUEST, rowOf, sheet } from './appHost';

const KLS = 'examples/kls-2025.xlsx';
const FOLLOW_UP = 'Uppföljning 2025-07';
const saved = { ...focusRetry };
beforeEach(() => Object.assign(focusRetry, { delayMs: 0 }));
afterEach(() => Object.assign(focusRetry, saved));

/** The A1 address of a unit's cell in the column headed `header` (in the unit table's header row). */
function cellOf(ws: SheetSnapshot, unit: string, header: string): string {
  const headerRow = rowOf(ws, 'Enhet');
  const column = Object.entries(ws.cells).find(([a, c]) => a.endsWith(`${headerRow}`) && /^[A-Z]+\d+$/.test(a) && c.value === header)?.[0].replace(/\d+$/, '');
  if (!column) throw new Error(`no column "${header}"`);
  return `${column}${rowOf(ws, unit)}`;
}

/** The last ledger row (1-based) of Huvudbok. */
function lastLedgerRow(s: WorkbookSnapshot): number {
  return Math.max(...Object.keys(sheet(s, 'Huvudbok').cells).map((a) => Number(/\d+$/.exec(a)![0])));
}

/** Append ledger rows (Period, Avdelning, Enhet, Konto, Kontonamn, Budget, Redovisning, Prognos). */
async function appendLedger(host: ExcelHost, rows: (string | number)[][]): Promise<void> {
  const first = lastLedgerRow(host.snapshot()) + 1;
  await Excel.run(async (context) => {
    context.workbook.worksheets.getItem('Huvudbok').getRange(`A${first}:H${first + rows.length - 1}`).values = rows;
    await context.sync();
  });
}

/**
 * 100 tkr more actuals for IT in July (its YTD deviation goes from -147 to -247 tkr), and a new unit
 * under TIA-avdelningen, below IT: the follow-up gets a row longer.
 */
const IT_COSTS_MORE = [
  [202507, 'IT', '', 5010, 'Löner', 0, 100_000, ''],
  [202507, 'TIA-avdelningen', 'Ny enhet', 5010, 'Löner', 1000, 500, ''],
];

/**
 * The KLS follow-up built, a comment typed in it, a sheet "Nämnd" whose A1 reads IT's YTD deviation
 * from it and whose A2 reads it through the defined name IT_avvikelse; then the ledger changed.
 */
async function workbookPointingIntoTheFollowUp(options?: HostOptions): Promise<{ host: ExcelHost; deviation: string }> {
  const host = await hostWith(KLS, options);
  const built = await buildFollowUp(KLS_REQUEST);
  expect(built.ok).toBe(true);
  const ws = sheet(host.snapshot(), FOLLOW_UP);
  const deviation = cellOf(ws, 'IT', 'Avvikelse t.o.m. juli');
  await Excel.run(async (context) => {
    const followUp = context.workbook.worksheets.getItem(FOLLOW_UP);
    followUp.getRange(cellOf(ws, 'IT', 'Kommentar')).values = [['Licenser dyrare än väntat']];
    const board = context.workbook.worksheets.add('Nämnd');
    board.getRange('A1').formulas = [[`='${FOLLOW_UP}'!${deviation}`]];
    context.workbook.names.add('IT_avvikelse', followUp.getRange(deviation));
    board.getRange('A2').formulas = [['=IT_avvikelse']];
    await context.sync();
  });
  await appendLedger(host, IT_COSTS_MORE);
  return { host, deviation };
}

describe('a formula and a defined name that point into the follow-up', () => {
  it('show the refreshed figure, not #REF!: the sheet is the same sheet', async () => {
    const { host, deviation } = await workbookPointingIntoTheFollowUp();
    const before = host.snapshot();
    expect(sheet(before, 'Nämnd').cells.A1!.value).toBe(-147);
    expect(sheet(before, 'Nämnd').cells.A2!.value).toBe(-147);
    const result = await refreshFollowUps('all');
    expect(result.ok && result.value.map((o) => o.result.ok)).toEqual([true]);
    const after = host.snapshot();
    expect(sheet(after, 'Nämnd').cells.A1).toMatchObject({ formula: `='${FOLLOW_UP}'!${deviation}`, value: -247 });
    expect(sheet(after, 'Nämnd').cells.A2).toMatchObject({ formula: '=IT_avvikelse', value: -247 });
    expect(sheet(after, FOLLOW_UP).id).toBe(sheet(before, FOLLOW_UP).id);
    expect(sheet(after, FOLLOW_UP).cells[deviation]!.value).toBe(-247);
    expect(rowOf(sheet(after, FOLLOW_UP), 'Ny enhet')).toBeGreaterThan(rowOf(sheet(after, FOLLOW_UP), 'IT'));
    expect(after.names).toEqual({ IT_avvikelse: `='${FOLLOW_UP}'!$${deviation.replace(/(\d+)$/, '$$$1')}` });
    // The comment typed is kept, and nothing is left aside.
    expect(sheet(after, FOLLOW_UP).cells[cellOf(sheet(after, FOLLOW_UP), 'IT', 'Kommentar')]!.value).toBe('Licenser dyrare än väntat');
    expect(after.sheets.map((s) => s.name)).toEqual(before.sheets.map((s) => s.name));
  });

  it('(the host as Excel: deleting the sheet they point into turns both into #REF!)', async () => {
    const { host } = await workbookPointingIntoTheFollowUp();
    await Excel.run(async (context) => {
      context.workbook.worksheets.getItem(FOLLOW_UP).delete();
      await context.sync();
    });
    const after = host.snapshot();
    expect(sheet(after, 'Nämnd').cells.A1!.value).toBe('#REF!');
    expect(sheet(after, 'Nämnd').cells.A2!.value).toBe('#REF!');
  });
});

/** A sheet as compared between two writes: its id, chart names and tag are each write's own. */
function content(ws: SheetSnapshot): unknown {
  return { ...ws, id: '', charts: ws.charts.map((c) => ({ ...c, name: '' })), customProperties: {} };
}

describe('the refreshed sheet', () => {
  it('is what a new build from the same ledger writes, also when the follow-up gets shorter', async () => {
    const host = await hostWith(KLS);
    await buildFollowUp(KLS_REQUEST);
    // Oförutsett's postings move to IT: one unit fewer, the old sheet's last row has nothing under it.
    const ledger = sheet(host.snapshot(), 'Huvudbok');
    const moved = Object.entries(ledger.cells).filter(([a, c]) => /^[BC]\d+$/.test(a) && c.value === 'Oförutsett').map(([a]) => Number(/\d+$/.exec(a)![0]));
    expect(moved.length).toBeGreaterThan(0);
    await Excel.run(async (context) => {
      const huvudbok = context.workbook.worksheets.getItem('Huvudbok');
      for (const r of moved) huvudbok.getRange(`B${r}:C${r}`).values = [['IT', '']];
      await context.sync();
    });
    const rowsBefore = Object.keys(sheet(host.snapshot(), FOLLOW_UP).cells).length;
    expect((await refreshFollowUps('all')).ok).toBe(true);
    const refreshed = sheet(host.snapshot(), FOLLOW_UP);
    expect(() => rowOf(refreshed, 'Oförutsett')).toThrow();
    expect(Object.keys(refreshed.cells).length).toBeLessThan(rowsBefore);

    const fresh = await hostWith(KLS);
    await Excel.run(async (context) => {
      const huvudbok = context.workbook.worksheets.getItem('Huvudbok');
      for (const r of moved) huvudbok.getRange(`B${r}:C${r}`).values = [['IT', '']];
      await context.sync();
    });
    await buildFollowUp(KLS_REQUEST);
    expect(content(refreshed)).toEqual(content(sheet(fresh.snapshot(), FOLLOW_UP)));
  });
});

/** A clean refresh of the prepared workbook: its syncs and the sheets it leaves. */
async function cleanRefresh(options?: HostOptions): Promise<{ syncs: number; after: WorkbookSnapshot }> {
  const { host } = await workbookPointingIntoTheFollowUp(options);
  host.resetStats();
  await refreshFollowUps('all');
  return { syncs: host.stats.syncs, after: host.snapshot() };
}

/**
 * Fail sync k (1…all of a refresh) after each number of actions: the refresh either failed and the
 * workbook is exactly as it was (the sheet, its comments, the formula, the name, the ledger), or it
 * finished (the failure came after the rewrite, or after its last action) and the sheet is the clean
 * refresh's, with nothing left once a later refresh has tidied up.
 */
async function failEverySync(faults: readonly (readonly [string, number])[], options?: HostOptions): Promise<string[]> {
  const clean = await cleanRefresh(options);
  const seen: string[] = [];
  for (let k = 1; k <= clean.syncs; k++) {
    for (const [code, afterOperations] of faults) {
      const { host } = await workbookPointingIntoTheFollowUp(options);
      const before = host.snapshot();
      host.failSyncAt(k, code, { afterOperations });
      const result = await refreshFollowUps('all');
      const outcome = result.ok ? result.value[0]!.result : result;
      const after = host.snapshot();
      if (!outcome.ok) {
        expect([k, afterOperations, after]).toEqual([k, afterOperations, before]);
        seen.push('unchanged');
        continue;
      }
      seen.push('refreshed');
      expect([k, afterOperations, content(sheet(after, FOLLOW_UP))]).toEqual([k, afterOperations, content(sheet(clean.after, FOLLOW_UP))]);
      expect(sheet(after, 'Nämnd')).toEqual(sheet(clean.after, 'Nämnd'));
      expect((await refreshFollowUps('all')).ok).toBe(true);
      expect(host.snapshot().sheets.map((s) => s.name)).toEqual(before.sheets.map((s) => s.name));
    }
  }
  return seen;
}

describe('a refresh that fails at any sync', () => {
  it('leaves the workbook exactly as it was, or has finished (worksheet custom properties)', async () => {
    // InvalidOperation is passed on at once; GeneralException is also what Excel says when another
    // workbook has the focus, so the steps that need the focus try again.
    const faults = [0, 1, 2, 5, 20, 60, 1_000_000].map((n) => ['InvalidOperation', n] as const);
    const seen = await failEverySync([...faults, ['GeneralException', 0], ['GeneralException', 30]]);
    expect(seen).toContain('unchanged');
    expect(seen).toContain('refreshed');
  }, 600_000);

  it('the same where the tags live in the workbook settings (ExcelApi 1.9)', async () => {
    const seen = await failEverySync([0, 3, 40, 1_000_000].map((n) => ['InvalidOperation', n] as const), { excelApi: '1.9' });
    expect(seen).toContain('unchanged');
  }, 600_000);
});
