/**
 * Another workbook takes the focus during a Build or Refresh (Windows and Mac, several workbooks
 * open): Excel then refuses to add, activate, select and freeze (GeneralException) and to delete a
 * sheet (InvalidSelection). Whichever sync it happens at, a write either finishes (refreshed,
 * tagged, nothing left aside once the focus is back) or does not start (the workbook as it was,
 * and the user told that another workbook is active). Never rolled back for a failed activation.
 */
/// <reference types="office-js" />
import { buildFollowUp, refreshFollowUps } from '../../src/app/buildFollowUp';
import { errorMessages } from '../../src/app/errors';
import { focusRetry } from '../../src/excel/focus';
import { hostWith, KLS_REQUEST, sheet } from './appHost';

const KLS = 'examples/kls-2025.xlsx';
const FOLLOW_UP = 'Uppföljning 2025-07';
const saved = { ...focusRetry };
beforeEach(() => Object.assign(focusRetry, { delayMs: 0 }));
afterEach(() => Object.assign(focusRetry, saved));

/** Syncs of a refresh of the KLS follow-up, on a fresh host. */
async function refreshSyncs(): Promise<number> {
  const host = await hostWith(KLS);
  await buildFollowUp(KLS_REQUEST);
  host.resetStats();
  await refreshFollowUps('all');
  return host.stats.syncs;
}

/** A host with the KLS follow-up built, and the snapshot before the refresh. */
async function builtHost() {
  const host = await hostWith(KLS);
  await buildFollowUp(KLS_REQUEST);
  return { host, before: host.snapshot() };
}

describe('another workbook takes the focus during a refresh', () => {
  it('for a moment, at any sync: the refresh finishes, tagged, frozen, active, and no "~" sheet is left', async () => {
    const total = await refreshSyncs();
    for (let k = 1; k <= total; k++) {
      const { host, before } = await builtHost();
      host.focusOtherWorkbook({ fromSync: k, syncs: focusRetry.attempts - 1 });
      const result = await refreshFollowUps('all');
      const after = host.snapshot();
      expect([k, result.ok && result.value.map((o) => o.result.ok)]).toEqual([k, [true]]);
      expect(after.sheets.map((s) => s.name)).toEqual(before.sheets.map((s) => s.name));
      const ws = sheet(after, FOLLOW_UP);
      expect(ws.id).toBe(sheet(before, FOLLOW_UP).id); // rewritten in place
      expect(ws.customProperties.BudgetFollowUp).toBeDefined();
      expect(ws.freeze).toEqual(sheet(before, FOLLOW_UP).freeze);
      expect(after.activeSheet).toBe(FOLLOW_UP);
      expect(sheet(after, 'Huvudbok')).toEqual(sheet(before, 'Huvudbok'));
    }
  });

  it('for good, from any sync: refreshed (what is left aside is hidden, cleaned up next time) or unchanged with a clear message', async () => {
    const total = await refreshSyncs();
    for (let k = 1; k <= total; k++) {
      const { host, before } = await builtHost();
      host.focusOtherWorkbook({ fromSync: k });
      const result = await refreshFollowUps('all');
      expect(result.ok).toBe(true);
      const outcome = result.ok ? result.value[0]!.result : null;
      const after = host.snapshot();
      if (outcome && !outcome.ok) {
        expect([k, outcome.error]).toEqual([k, { kind: 'busy', reason: 'otherWorkbook' }]);
        expect(after).toEqual(before);
        continue;
      }
      expect(sheet(after, FOLLOW_UP).customProperties.BudgetFollowUp).toBeDefined();
      const aside = after.sheets.filter((s) => s.name.startsWith('~'));
      expect(aside.every((s) => s.visibility === 'Hidden')).toBe(true);
      // Focus back: the next refresh deletes what was left aside.
      host.returnFocus();
      expect((await refreshFollowUps('all')).ok).toBe(true);
      expect(host.snapshot().sheets.map((s) => s.name)).toEqual(before.sheets.map((s) => s.name));
    }
  });
});

describe('another workbook has the focus during a build', () => {
  it('nothing is changed and the user is told, in both languages', async () => {
    const { host, before } = await builtHost();
    host.focusOtherWorkbook();
    const result = await buildFollowUp(KLS_REQUEST);
    expect(!result.ok && result.error).toEqual({ kind: 'busy', reason: 'otherWorkbook' });
    expect(host.snapshot()).toEqual(before);
    if (!result.ok) {
      expect(errorMessages(result.error, 'sv')[0]).toMatch(/annan arbetsbok.*Inget ändrades/);
      expect(errorMessages(result.error, 'en')[0]).toMatch(/busy in another workbook.*Nothing was changed/);
    }
  });

  it('is retried: the focus back before the last attempt, the build succeeds', async () => {
    const { host } = await builtHost();
    host.resetStats();
    await buildFollowUp(KLS_REQUEST);
    const total = host.stats.syncs; // reads, the report, naming and tagging, freezing and activating
    host.focusOtherWorkbook({ fromSync: total - 2, syncs: focusRetry.attempts - 1 }); // adding fails, then works
    const result = await buildFollowUp(KLS_REQUEST);
    expect(result.ok && result.value.sheetName).toBe(`${FOLLOW_UP} (3)`);
    expect(host.snapshot().activeSheet).toBe(`${FOLLOW_UP} (3)`);
  });
});

describe('a follow-up or leftover the user made VeryHidden', () => {
  it('does not stop later refreshes: each deletes the sheet it replaces, nothing piles up', async () => {
    const { host } = await builtHost();
    await Excel.run(async (context) => {
      context.workbook.worksheets.getItem(FOLLOW_UP).visibility = 'VeryHidden';
      await context.sync();
    });
    for (let i = 0; i < 2; i++) {
      const result = await refreshFollowUps('all');
      expect(result.ok && result.value.map((o) => o.result.ok)).toEqual([true]);
      expect(host.snapshot().sheets.map((s) => s.name)).toEqual(['Huvudbok', FOLLOW_UP]);
    }
  });

  it('a VeryHidden "~old" leftover is deleted by the next refresh', async () => {
    const total = await refreshSyncs();
    const { host } = await builtHost();
    host.focusOtherWorkbook({ fromSync: total - 1 }); // deleting the old sheet and after
    expect((await refreshFollowUps('all')).ok).toBe(true);
    host.returnFocus();
    await Excel.run(async (context) => {
      const sheets = context.workbook.worksheets;
      sheets.load('items/name');
      await context.sync();
      for (const s of sheets.items) if (s.name.startsWith('~old')) s.visibility = 'VeryHidden';
      await context.sync();
    });
    const aside = host.snapshot().sheets.filter((s) => s.name.startsWith('~old'));
    expect(aside.map((s) => s.visibility)).toEqual(['VeryHidden']);
    expect((await refreshFollowUps('all')).ok).toBe(true);
    expect(host.snapshot().sheets.map((s) => s.name)).toEqual(['Huvudbok', FOLLOW_UP]);
  });
});

describe('going to a sheet or cell while another workbook has the focus', () => {
  it('is retried, then says another workbook is active (not an internal error)', async () => {
    const { goToSheet, selectCell } = await import('../../src/app/navigate');
    const { host } = await builtHost();
    host.focusOtherWorkbook({ syncs: 1 });
    expect((await goToSheet('Huvudbok')).ok).toBe(true);
    host.focusOtherWorkbook();
    expect(await selectCell('Huvudbok!B2')).toEqual({ ok: false, error: { kind: 'busy', reason: 'otherWorkbook' } });
  });
});
