/**
 * Excel busy: a cell being edited, or another workbook focused, under each code Excel uses. The
 * add-in asks Excel to wait out cell-edit mode (delayForCellEdit); an Excel that does not wait
 * fails the batch with InvalidOperationInCellEditMode (documented) or InvalidOperation, and either
 * way the user is told to finish editing, with the workbook as it was. Focus loss reported as the
 * documented InactiveWorkbook is handled like the older codes.
 */
/// <reference types="office-js" />
import { buildFollowUp, refreshFollowUps } from '../../src/app/buildFollowUp';
import { errorMessages } from '../../src/app/errors';
import { focusRetry } from '../../src/excel/focus';
import { hostWith, KLS_REQUEST } from './appHost';

const KLS = 'examples/kls-2025.xlsx';
const saved = { ...focusRetry };
beforeEach(() => Object.assign(focusRetry, { delayMs: 0 }));
afterEach(() => Object.assign(focusRetry, saved));

describe('a cell being edited', () => {
  it('an Excel honouring delayForCellEdit: the build waits for the edit to end, then runs', async () => {
    const host = await hostWith(KLS);
    host.startCellEdit();
    let done = false;
    const build = buildFollowUp(KLS_REQUEST).then((r) => ((done = true), r));
    await new Promise((r) => setTimeout(r, 50));
    expect(done).toBe(false);
    host.endCellEdit();
    expect((await build).ok).toBe(true);
  });

  it.each([
    ['InvalidOperationInCellEditMode' as const, /Avsluta redigeringen/],
    ['InvalidOperation' as const, /Redigeras en cell\? Avsluta redigeringen/],
  ])('an Excel that does not wait, answering %s: "busy", nothing changed', async (code, words) => {
    const host = await hostWith(KLS, { honoursDelayForCellEdit: false });
    const before = host.snapshot();
    host.startCellEdit(code);
    const result = await buildFollowUp(KLS_REQUEST);
    expect(!result.ok && result.error.kind).toBe('busy');
    expect(!result.ok && errorMessages(result.error, 'sv').join(' ')).toMatch(words);
    expect(host.snapshot()).toEqual(before);
  });
});

describe('focus loss reported as InactiveWorkbook (the documented code)', () => {
  it('a refresh survives a moment of it; a build during it changes nothing and says why', async () => {
    const host = await hostWith(KLS, { focusErrorCode: 'InactiveWorkbook' });
    await buildFollowUp(KLS_REQUEST);
    host.resetStats();
    await refreshFollowUps('all');
    const total = host.stats.syncs;
    host.focusOtherWorkbook({ fromSync: total - 3, syncs: 2 }); // the report, then naming and tagging
    const refreshed = await refreshFollowUps('all');
    expect(refreshed.ok && refreshed.value.map((o) => o.result.ok)).toEqual([true]);
    expect(host.snapshot().sheets.map((s) => s.name)).toEqual(['Huvudbok', 'Uppföljning 2025-07']);
    const before = host.snapshot();
    host.focusOtherWorkbook();
    const built = await buildFollowUp(KLS_REQUEST);
    expect(!built.ok && built.error).toEqual({ kind: 'busy', reason: 'otherWorkbook' });
    expect(host.snapshot()).toEqual(before);
  });
});
