/**
 * Build and Refresh on the in-memory Excel host: the KLS sample builds seed 004's table in the
 * sheet; the ledger sheets stay identical; comments survive refresh; an injected failure leaves the
 * workbook as it was; ledger text never becomes a formula; bounded syncs.
 */
/// <reference types="office-js" />
import { buildFollowUp, refreshFollowUps } from '../../src/app/buildFollowUp';
import { inspectWorkbook } from '../../src/app/inspect';
import { createExcelHost } from '../support/excelHost/host';
import { KLS_JULY_2025 } from '../fixtures/seeds';
import { hostWith, KLS_REQUEST, rowOf, rowValues, sheet } from './appHost';

const KLS = 'examples/kls-2025.xlsx';

/** Seed figure text → the number a cell holds ("1 364" → 1364, "98,4%" → 0.984). */
function seedNumber(text: string): number {
  const percent = text.endsWith('%');
  const n = Number(text.replace('%', '').replace(/\s/g, '').replace(',', '.'));
  return percent ? Math.round(n * 10) / 1000 : n;
}

describe('Build follow-up on the KLS sample workbook', () => {
  it('writes seed 004\'s unit table, figure by figure, into a new sheet', async () => {
    const host = await hostWith(KLS);
    const before = host.snapshot();
    const result = await buildFollowUp(KLS_REQUEST);
    expect(result.ok).toBe(true);
    const after = host.snapshot();
    expect(after.sheets.map((s) => s.name)).toEqual([...before.sheets.map((s) => s.name), 'Uppföljning 2025-07']);
    const ws = sheet(after, 'Uppföljning 2025-07');
    for (const seed of KLS_JULY_2025.rows) {
      const values = rowValues(ws, rowOf(ws, seed.label), 10);
      expect(values.slice(1, 10).map((v) => (typeof v === 'number' ? Math.round(v * 1000) / 1000 : v))).toEqual(seed.figures.map(seedNumber));
    }
    const total = rowOf(ws, 'Totalt KLS');
    expect(ws.cells[`I${total}`]!.numberFormat).toBe('#,##0;[Red]-#,##0');
    expect(ws.cells[`J${total}`]!.numberFormat).toBe('0.0%');
    expect(ws.cells[`A${total}`]!.style.bold).toBe(true);
    expect(ws.cells[`A${rowOf(ws, 'Oförutsett')}`]!.style.indent).toBe(1);
    expect(ws.cells[`A${rowOf(ws, 'Enhet')}`]!.style.fill).toBe('#DDEBF7');
    expect(ws.freeze).toEqual({ rows: rowOf(ws, 'Enhet'), columns: 1 });
    expect(ws.pageLayout).toMatchObject({ orientation: 'Landscape', fitToWidth: 1 });
    expect(ws.charts).toHaveLength(1);
    expect(ws.charts[0]!.title).toContain('Avvikelse t.o.m. juli');
    expect(ws.customProperties.BudgetFollowUp).toBeDefined();
    // The ledger sheets are exactly as they were.
    for (const s of before.sheets) expect(sheet(after, s.name)).toEqual(s);
  });

  it('never overwrites a sheet it did not make: a new name is chosen', async () => {
    const host = await hostWith(KLS);
    await Excel.run(async (context) => {
      context.workbook.worksheets.add('Uppföljning 2025-07').getRange('A1').values = [['mina anteckningar']];
      await context.sync();
    });
    const result = await buildFollowUp(KLS_REQUEST);
    expect(result.ok && result.value.sheetName).toBe('Uppföljning 2025-07 (2)');
    expect(sheet(host.snapshot(), 'Uppföljning 2025-07').cells.A1!.value).toBe('mina anteckningar');
  });

  it('reads in ⌈payload / 4 MB⌉ + 2 syncs and writes the whole report in ≤ 4 syncs', async () => {
    const host = await hostWith(KLS);
    host.resetStats();
    await buildFollowUp(KLS_REQUEST);
    const syncs = host.stats.perSync;
    expect(host.stats.maxResponseBytes).toBeLessThan(5_000_000);
    // sheets; tags + samples; chunks; write; swap; freeze + activate (apart: they fail while another workbook has the focus)
    const payload = syncs.reduce((n, s) => n + s.responseBytes, 0);
    expect(syncs.length).toBeLessThanOrEqual(Math.ceil(payload / 4_000_000) + 2 + 3);
  });
});

describe('reading adapts to Excel\'s payload limit', () => {
  it('halves a chunk Excel refuses as too large and still reads every row', async () => {
    const host = await hostWith(KLS, { limits: { responseBytes: 60_000 } });
    const result = await buildFollowUp(KLS_REQUEST);
    expect(result.ok).toBe(true);
    expect(host.stats.perSync.filter((s) => s.responseBytes > 60_000).length).toBeGreaterThan(0); // refused, then halved
    const ws = sheet(host.snapshot(), 'Uppföljning 2025-07');
    expect(rowValues(ws, rowOf(ws, 'Totalt KLS'), 9)[8]).toBe(1364);
  });
});

describe('the ribbon command', () => {
  it('"Uppdatera uppföljningar" refreshes every follow-up without the pane', async () => {
    const host = await hostWith(KLS);
    await buildFollowUp(KLS_REQUEST);
    const before = sheet(host.snapshot(), 'Uppföljning 2025-07');
    await jest.isolateModulesAsync(async () => {
      await import('../../src/commands/commands');
    });
    await host.invokeAction('refreshFollowUps');
    const after = host.snapshot();
    expect(after.sheets.map((x) => x.name)).toEqual(['Huvudbok', 'Uppföljning 2025-07']);
    // Rewritten in place: the same sheet.
    expect(sheet(after, 'Uppföljning 2025-07').id).toBe(before.id);
  });

  it('shows what went wrong in a dialog, naming the cell', async () => {
    const host = await hostWith(KLS);
    await buildFollowUp(KLS_REQUEST);
    await Excel.run(async (context) => {
      context.workbook.worksheets.getItem('Huvudbok').getRange('F5').values = [['fel']];
      await context.sync();
    });
    const urls: string[] = [];
    const handlers = new Map<string, () => void>();
    let closed = false;
    const office = host.Office as unknown as { context: Record<string, unknown>; AsyncResultStatus?: unknown };
    office.AsyncResultStatus ??= { Succeeded: 'succeeded', Failed: 'failed' };
    office.context.ui = {
      displayDialogAsync: (url: string, _o: unknown, done: (r: unknown) => void) => {
        urls.push(url);
        const dialog = { addEventHandler: (type: string, h: () => void) => handlers.set(type, h), close: () => (closed = true) };
        done({ status: 'succeeded', value: dialog });
      },
    };
    await jest.isolateModulesAsync(async () => {
      await import('../../src/commands/commands');
    });
    let completed = false;
    const run = host.invokeAction('refreshFollowUps').then(() => (completed = true));
    while (urls.length === 0) await new Promise((r) => setTimeout(r, 10));
    // The command stays open while the dialog is shown, and ends when the user clicks OK.
    await new Promise((r) => setTimeout(r, 50));
    expect(completed).toBe(false);
    handlers.get('dialogMessageReceived')!();
    await run;
    expect(closed).toBe(true);
    expect(urls).toHaveLength(1);
    const lines = JSON.parse(new URL(urls[0]!, 'https://addin.invalid/').searchParams.get('m')!) as string[];
    expect(lines).toEqual(['Uppföljning 2025-07: Huvudbok!F5: "fel" är inte ett belopp']);
  });
});

describe('ledger text stays text', () => {
  it('writes a unit called =HYPERLINK(…) and +46 as text, never as formulas', async () => {
    const host = createExcelHost({
      sheets: [{ name: 'Huvudbok', rows: [['Period', 'Ansvar', 'Budget', 'Utfall'], [202507, '=HYPERLINK("http://example.invalid","x")', 100, 90], [202507, '+46 8 123', 1, 2], [202507, '@SUMMA', 1, 1]] }],
    });
    const restore = host.install(globalThis);
    try {
      // The ledger's own cells: written as text (a user typing them would get formulas).
      const result = await buildFollowUp({ settings: { ...KLS_REQUEST.settings, period: { year: 2025, month: 7, months: 1 } } });
      expect(result.ok).toBe(true);
      const ws = sheet(host.snapshot(), 'Uppföljning 2025-07');
      for (const text of ['=HYPERLINK("http://example.invalid","x")', '+46 8 123', '@SUMMA']) {
        const cell = ws.cells[`A${rowOf(ws, text)}`]!;
        expect(cell.formula).toBeUndefined();
        expect(cell.value).toBe(text);
      }
    } finally {
      restore();
    }
  });
});

/** The note below the summary's comment cell (the cell is the row above it). */
const SUMMARY_NOTE = '↑ Kommentar: skriv i raden ovan – den behålls vid uppdatering och skrivs ut.';

describe('Refresh follow-ups', () => {
  it('keeps the comments users typed, matched by unit, when rows move', async () => {
    const host = await hostWith(KLS);
    const built = await buildFollowUp(KLS_REQUEST);
    expect(built.ok).toBe(true);
    const name = 'Uppföljning 2025-07';
    const commentColumn = 'M';
    const s = sheet(host.snapshot(), name);
    const ledgerRows = Math.max(...Object.keys(sheet(host.snapshot(), 'Huvudbok').cells).map((a) => Number(/\d+$/.exec(a)![0])));
    await Excel.run(async (context) => {
      const ws = context.workbook.worksheets.getItem(name);
      ws.getRange(`${commentColumn}${rowOf(s, 'IT')}`).values = [['Licenser dyrare än väntat']];
      ws.getRange(`${commentColumn}${rowOf(s, 'HR-avdelning')}`).values = [['Vakans från mars']];
      ws.getRange(`${commentColumn}${rowOf(s, 'Oförutsett')}`).values = [['Inget använt']];
      ws.getRange(`A${rowOf(s, SUMMARY_NOTE) - 1}`).values = [['Stabens bedömning: i balans.']];
      // After month-end close a new unit appears under TIA-avdelningen: the rows below it move down.
      context.workbook.worksheets.getItem('Huvudbok').getRange(`A${ledgerRows + 1}:H${ledgerRows + 1}`).values = [
        [202507, 'TIA-avdelningen', 'Ny enhet', 5010, 'Löner', 1000, 500, ''],
      ];
      await context.sync();
    });
    const before = host.snapshot();
    const refreshed = await refreshFollowUps('all');
    expect(refreshed.ok).toBe(true);
    const after = sheet(host.snapshot(), name);
    expect(after.cells[`${commentColumn}${rowOf(after, 'IT')}`]?.value).toBe('Licenser dyrare än väntat');
    expect(after.cells[`${commentColumn}${rowOf(after, 'Oförutsett')}`]?.value).toBe('Inget använt');
    expect(rowOf(after, 'HR-avdelning')).toBe(rowOf(s, 'HR-avdelning') + 1);
    expect(after.cells[`${commentColumn}${rowOf(after, 'HR-avdelning')}`]?.value).toBe('Vakans från mars');
    expect(after.cells[`${commentColumn}${rowOf(after, 'Ny enhet')}`]?.value ?? null).toBeNull();
    expect(after.cells[`A${rowOf(after, SUMMARY_NOTE) - 1}`]?.value).toBe('Stabens bedömning: i balans.');
    for (const s of before.sheets.filter((x) => x.name !== name)) expect(sheet(host.snapshot(), s.name)).toEqual(s);
  });

  it('finds a renamed follow-up and keeps its name and place', async () => {
    const host = await hostWith(KLS);
    await buildFollowUp(KLS_REQUEST);
    await Excel.run(async (context) => {
      context.workbook.worksheets.getItem('Uppföljning 2025-07').name = 'Till nämnden';
      await context.sync();
    });
    const r = await refreshFollowUps('all');
    expect(r.ok && r.value.map((o) => [o.sheetName, o.result.ok])).toEqual([['Till nämnden', true]]);
    const names = host.snapshot().sheets.map((s) => s.name);
    expect(names).toEqual(['Huvudbok', 'Till nämnden']);
  });

  it('works with workbook settings where worksheet custom properties are missing (ExcelApi 1.9)', async () => {
    const host = await hostWith(KLS, { excelApi: '1.9' });
    const built = await buildFollowUp(KLS_REQUEST);
    expect(built.ok).toBe(true);
    expect(sheet(host.snapshot(), 'Uppföljning 2025-07').customProperties).toEqual({});
    const inspection = await inspectWorkbook();
    expect(inspection.ok && inspection.value.index.followUps.map((f) => f.name)).toEqual(['Uppföljning 2025-07']);
    const r = await refreshFollowUps('all');
    expect(r.ok && r.value[0]!.result.ok).toBe(true);
  });
});

/** The syncs a successful run of `action` makes on a fresh host (to aim a fault at one of them). */
async function syncsOf(action: () => Promise<unknown>, prepare?: () => Promise<unknown>): Promise<number> {
  const host = await hostWith(KLS);
  if (prepare) await prepare();
  host.resetStats();
  await action();
  return host.stats.syncs;
}

describe('a build that fails leaves the workbook as it was', () => {
  const build = () => buildFollowUp(KLS_REQUEST);

  it.each([
    ['the report', 2, 1],
    ['the report', 2, 40],
    ['the report', 2, 400],
    ['naming and tagging', 1, 1],
    ['naming and tagging', 1, 3],
  ])('when Excel fails writing %s (after %i…%i operations)', async (_what, fromEnd, afterOperations) => {
    const total = await syncsOf(build);
    const host = await hostWith(KLS);
    const before = host.snapshot();
    host.failSyncAt(total - fromEnd, 'GeneralException', { afterOperations });
    const result = await build();
    expect(!result.ok && result.error.kind).toBe('office');
    expect(host.snapshot()).toEqual(before);
  });

  it.each([
    ['the new report and the backup', 3, 100],
    ['the rewrite in place', 2, 1],
    ['the rewrite in place', 2, 2],
  ])('when refreshing fails at %s: the old follow-up and its comments stay', async (_what, fromEnd, afterOperations) => {
    const refresh = () => refreshFollowUps('all');
    const total = await syncsOf(refresh, build);
    const host = await hostWith(KLS);
    await build();
    const before = host.snapshot();
    host.resetStats();
    host.failSyncAt(total - fromEnd, 'GeneralException', { afterOperations });
    const result = await refresh();
    // The one follow-up's outcome says what went wrong (others, had there been any, would stand).
    expect(result.ok && result.value.map((o) => !o.result.ok && o.result.error.kind)).toEqual(['office']);
    expect(host.snapshot()).toEqual(before);
  });
});

describe('a workbook with more than ledgers', () => {
  it('builds beside wide sheets of notes, whose first rows together pass Excel’s 5 MB response limit', async () => {
    const host = await hostWith(KLS);
    const notes = Array.from({ length: 200 }, (_, r) => Array.from({ length: 150 }, (_, c) => `Anteckning om verksamheten nummer ${r}-${c}`));
    for (const i of [1, 2, 3, 4]) {
      await Excel.run(async (context) => {
        context.workbook.worksheets.add(`Anteckningar ${i}`).getRangeByIndexes(0, 0, 200, 150).values = notes;
        await context.sync();
      });
    }
    host.resetStats();
    const result = await buildFollowUp(KLS_REQUEST);
    expect(result.ok).toBe(true);
    expect(Math.max(...host.stats.perSync.map((s) => s.responseBytes))).toBeLessThan(5_000_000);
  });
});

describe('a user’s copy of a follow-up', () => {
  it('is the user’s sheet: Refresh leaves it and its comments alone (the copy kept the tag)', async () => {
    const first = await hostWith(KLS);
    await buildFollowUp(KLS_REQUEST);
    const snap = first.snapshot();
    const original = sheet(snap, 'Uppföljning 2025-07');
    const it2 = rowOf(original, 'IT');
    const copy = { ...structuredClone(original), id: '{0000000F-0001-0000-0000-000000000000}', name: 'Min kopia' };
    copy.cells[`M${it2}`] = { ...copy.cells[`M${it2}`]!, value: 'kommentar i kopian' };
    const host = createExcelHost({ ...snap, sheets: [...snap.sheets, copy] });
    const restore = host.install(globalThis);
    try {
      const result = await refreshFollowUps('all');
      expect(result.ok && result.value.map((o) => o.sheetName)).toEqual(['Uppföljning 2025-07']);
      expect(sheet(host.snapshot(), 'Min kopia')).toEqual(copy);
    } finally {
      restore();
    }
  });
});

describe('the temporary sheets of a write', () => {
  /** The settings id of the one follow-up, from its tag. */
  const followUpId = (host: Awaited<ReturnType<typeof hostWith>>): string =>
    (JSON.parse(sheet(host.snapshot(), 'Uppföljning 2025-07').customProperties.BudgetFollowUp!) as { id: string }).id;

  it('never touch a sheet that has their names: refresh writes beside it', async () => {
    const host = await hostWith(KLS);
    await buildFollowUp(KLS_REQUEST);
    const id = followUpId(host);
    await Excel.run(async (context) => {
      for (const name of [`~uppf ${id}`, `~old ${id}`]) context.workbook.worksheets.add(name.slice(0, 31)).getRange('A1').values = [['behåll']];
      await context.sync();
    });
    const before = host.snapshot().sheets.filter((s) => s.name.startsWith('~'));
    expect(before).toHaveLength(2);
    const result = await refreshFollowUps('all');
    expect(result.ok).toBe(true);
    expect(host.snapshot().sheets.filter((s) => s.name.startsWith('~'))).toEqual(before);
    expect(sheet(host.snapshot(), 'Uppföljning 2025-07').customProperties.BudgetFollowUp).toBeDefined();
  });

  it('a refresh whose last step (deleting its temporary and backup sheets) fails has still succeeded; the next one cleans up', async () => {
    const refresh = () => refreshFollowUps('all');
    const total = await syncsOf(refresh, () => buildFollowUp(KLS_REQUEST));
    const host = await hostWith(KLS);
    await buildFollowUp(KLS_REQUEST);
    host.resetStats();
    // Deleting is the sync before the last (freeze + activate); InvalidOperation is not retried.
    host.failSyncAt(total - 1, 'InvalidOperation');
    expect((await refresh()).ok).toBe(true);
    expect(host.snapshot().sheets.filter((s) => s.name.startsWith('~')).map((s) => s.visibility)).toEqual(['Hidden', 'Hidden']);
    // The next refresh treats the tagged sheets left aside as what they are, and deletes them.
    expect((await refresh()).ok).toBe(true);
    expect(host.snapshot().sheets.map((s) => s.name)).toEqual(['Huvudbok', 'Uppföljning 2025-07']);
    expect(sheet(host.snapshot(), 'Uppföljning 2025-07').customProperties.BudgetFollowUp).toBeDefined();
  });
});

describe('input errors', () => {
  it('come back as issues naming sheet and cell, and nothing is written', async () => {
    const host = createExcelHost({ sheets: [{ name: 'Huvudbok', rows: [['Period', 'Ansvar', 'Budget'], [202507, 'A', 'abc']] }] });
    const restore = host.install(globalThis);
    try {
      const before = host.snapshot();
      const result = await buildFollowUp(KLS_REQUEST);
      expect(!result.ok && result.error.kind === 'input' && result.error.issues.map((i) => i.address)).toEqual(['Huvudbok!C2']);
      expect(host.snapshot()).toEqual(before);
    } finally {
      restore();
    }
  });
});

describe('column roles the user corrected', () => {
  it('are remembered in the workbook: Refresh and the next inspection use them', async () => {
    const host = createExcelHost({ sheets: [{ name: 'Huvudbok', rows: [['Period', 'Ansvar', 'Kostnad'], [202507, 'A', 100], [202507, 'B', 50]] }] });
    const restore = host.install(globalThis);
    try {
      const inspected = await inspectWorkbook();
      const detected = inspected.ok ? inspected.value.layouts[0]! : null;
      expect(detected?.kind).toBe('ledger');
      expect(detected?.columns.map((c) => c.role)).toEqual(['period', 'unit', 'unknownAmount']);
      const corrected = { ...detected!, columns: detected!.columns.map((c) => (c.header === 'Kostnad' ? { ...c, role: 'budget' as const } : c)) };
      const settings = { ...KLS_REQUEST.settings, scale: 'kr' as const, period: { year: 2025, month: 7, months: 1 } };
      const built = await buildFollowUp({ settings, layouts: new Map([['Huvudbok', corrected]]) });
      expect(built.ok).toBe(true);
      const again = await inspectWorkbook();
      expect(again.ok && again.value.layouts[0]!.columns.map((c) => c.role)).toEqual(['period', 'unit', 'budget']);
      const refreshed = await refreshFollowUps('all');
      expect(refreshed.ok && refreshed.value[0]!.result.ok).toBe(true);
      const ws = sheet(host.snapshot(), 'Uppföljning 2025-07');
      expect(rowValues(ws, rowOf(ws, 'Totalt KLS'), 8)[6]).toBe(150);
    } finally {
      restore();
    }
  });

  it('are not remembered when the build fails at its last step', async () => {
    const rows = [['Period', 'Ansvar', 'Kostnad'], [202507, 'A', 100], [202507, 'B', 50]];
    const settings = { ...KLS_REQUEST.settings, scale: 'kr' as const, period: { year: 2025, month: 7, months: 1 } };
    const run = async (failAt?: (syncs: number) => number) => {
      const host = createExcelHost({ sheets: [{ name: 'Huvudbok', rows }] });
      const restore = host.install(globalThis);
      try {
        const inspected = await inspectWorkbook();
        const detected = inspected.ok ? inspected.value.layouts[0]! : null;
        const corrected = { ...detected!, columns: detected!.columns.map((c) => (c.header === 'Kostnad' ? { ...c, role: 'budget' as const } : c)) };
        const before = host.snapshot();
        host.resetStats();
        if (failAt) host.failSyncAt(failAt(0), 'GeneralException', { afterOperations: 1 });
        const built = await buildFollowUp({ settings, layouts: new Map([['Huvudbok', corrected]]) });
        return { built, before, after: host.snapshot(), syncs: host.stats.syncs };
      } finally {
        restore();
      }
    };
    const { syncs } = await run();
    const failed = await run(() => syncs - 1); // naming and tagging; freezing and activating come after
    expect(failed.built.ok).toBe(false);
    expect(failed.after).toEqual(failed.before);
  });
});

describe('refreshing several follow-ups', () => {
  it('keeps those refreshed before one that fails, and says which failed', async () => {
    const refresh = () => refreshFollowUps('all');
    const twice = async () => {
      await buildFollowUp(KLS_REQUEST);
      await buildFollowUp(KLS_REQUEST);
    };
    const total = await syncsOf(refresh, twice);
    const host = await hostWith(KLS);
    await twice();
    const before = host.snapshot();
    host.resetStats();
    host.failSyncAt(total - 3, 'GeneralException', { afterOperations: 10 }); // the second one's report and backup
    const result = await refresh();
    expect(result.ok && result.value.map((o) => o.result.ok)).toEqual([true, false]);
    const after = host.snapshot();
    expect(after.sheets.map((s) => s.name)).toEqual(before.sheets.map((s) => s.name));
    expect(sheet(after, 'Uppföljning 2025-07 (2)')).toEqual(sheet(before, 'Uppföljning 2025-07 (2)'));
    expect(sheet(after, 'Uppföljning 2025-07').id).toBe(sheet(before, 'Uppföljning 2025-07').id);
  });
});
