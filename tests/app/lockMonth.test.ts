/**
 * Lås månaden on the in-memory host with the KLS sample: the lock is a custom XML part in the
 * add-in's namespace (no sheet); a late posting in the ledger, then Refresh, shows what changed
 * since the lock in the sheet and the summary; the lock survives a save and reopen; locking again
 * replaces it; a lock whose build fails, or whose store fails at any sync, half-writes nothing; a
 * damaged lock part is a notice, never a stop. Measured: bytes stored and syncs of a lock.
 */
/// <reference types="office-js" />
import * as path from 'node:path';
import { buildFollowUp, refreshFollowUps } from '../../src/app/buildFollowUp';
import { inspectWorkbook } from '../../src/app/inspect';
import { lockMonth } from '../../src/app/lockMonth';
import { LOCK_NAMESPACE } from '../../src/core/cycle/lockFormat';
import { createExcelHost, type ExcelHost } from '../support/excelHost/host';
import type { WorkbookSnapshot } from '../support/excelHost/snapshot';
import { loadSnapshotFromXlsx, saveSnapshotToXlsx } from '../support/excelHost/xlsx';
import { tempDir } from '../support/tmp';
import { hostWith, KLS_REQUEST, rowOf, sheet } from './appHost';

const KLS = 'examples/kls-2025.xlsx';
const SHEET = 'Uppföljning 2025-07';
const NOW = () => new Date(2025, 7, 12, 14, 2, 5);
const dir = tempDir();

/** Build the KLS follow-up, type a comment, and give the follow-up's sheet id. */
async function builtWithComment(host: ExcelHost): Promise<string> {
  const built = await buildFollowUp(KLS_REQUEST);
  if (!built.ok) throw new Error('build failed');
  const ws = sheet(host.snapshot(), SHEET);
  const row = rowOf(ws, 'Kommundirektör');
  await Excel.run(async (context) => {
    context.workbook.worksheets.getItem(SHEET).getRange(`M${row}`).values = [['Sen faktura väntas']];
    await context.sync();
  });
  return built.value.sheetId;
}

/** A late posting: 120 000,37 kr more actuals on Kommundirektör in July. */
async function latePosting(): Promise<void> {
  await Excel.run(async (context) => {
    context.workbook.worksheets.getItem('Huvudbok').getRange('A1054:H1054').values = [[202507, 'Kommundirektör', '', 5010, 'Löner', 0, 120000.37, '']];
    await context.sync();
  });
}

/** The text of column A from the row with `label`, `count` rows on. */
function columnA(s: WorkbookSnapshot, label: string, count: number): unknown[] {
  const ws = sheet(s, SHEET);
  const from = rowOf(ws, label);
  return Array.from({ length: count }, (_, i) => ws.cells[`A${from + i}`]?.value ?? null);
}

const utf8 = (s: string): number => Buffer.byteLength(s, 'utf8');

describe('Lås månaden', () => {
  it('keeps the follow-up in a custom XML part of its own namespace, not a sheet; the pane lists it', async () => {
    const host = await hostWith(KLS);
    const sheetId = await builtWithComment(host);
    const sheetsBefore = host.snapshot().sheets;
    host.resetStats();
    const r = await lockMonth(sheetId, undefined, NOW);
    expect(r.ok && r.value).toMatchObject({ sheetName: SHEET, replaced: false });
    const after = host.snapshot();
    expect(after.sheets).toEqual(sheetsBefore);
    expect(after.customXmlParts).toHaveLength(1);
    const part = after.customXmlParts![0]!;
    expect(part.namespaceUri).toBe(LOCK_NAMESPACE);
    expect(part.xml).toContain('Sen faktura väntas');
    // Measured for the README and the report: what a lock of the KLS follow-up stores, and its syncs.
    console.log(`KLS lock: ${utf8(part.xml)} bytes, ${host.stats.syncs} syncs, largest request ${host.stats.maxRequestBytes} bytes`);
    expect(utf8(part.xml)).toBeLessThan(64_000);
    const inspected = await inspectWorkbook();
    expect(inspected.ok && inspected.value.locks).toEqual([{ followUpId: expect.any(String), lockedAt: '2025-08-12 14:02', problem: null }]);
  });

  it('shows after a late posting and Refresh what changed since the lock, in the sheet and the summary', async () => {
    const host = await hostWith(KLS);
    await lockMonth(await builtWithComment(host), undefined, NOW);
    await latePosting();
    const refreshed = await refreshFollowUps('all');
    expect(refreshed.ok && refreshed.value[0]!.result.ok).toBe(true);
    const s = host.snapshot();
    expect(columnA(s, 'Förändring sedan låsningen 2025-08-12 14:02 (tkr)', 4)).toEqual(['Förändring sedan låsningen 2025-08-12 14:02 (tkr)', 'Enhet', 'Kommundirektör', 'Totalt KLS']);
    const ws = sheet(s, SHEET);
    const unit = rowOf(ws, 'Förändring sedan låsningen 2025-08-12 14:02 (tkr)') + 2;
    expect([ws.cells[`B${unit}`]?.value, ws.cells[`C${unit}`]?.value]).toEqual([120, -120]);
    const summary = refreshed.ok && refreshed.value[0]!.result.ok ? refreshed.value[0]!.result.value.summary : '';
    expect(summary).toContain('Sedan låsningen 12 augusti har utfallet ändrats mest för Kommundirektör (+120\u00a0tkr); totalt +120\u00a0tkr.');
    // The comment typed before the lock is still in its cell.
    expect(ws.cells[`M${rowOf(ws, 'Kommundirektör')}`]?.value).toBe('Sen faktura väntas');
  });

  it('says "Inga förändringar sedan låsningen" when a refresh finds the ledger as it was', async () => {
    const host = await hostWith(KLS);
    await lockMonth(await builtWithComment(host), undefined, NOW);
    await refreshFollowUps('all');
    expect(columnA(host.snapshot(), 'Förändring sedan låsningen 2025-08-12 14:02 (tkr)', 2)[1]).toBe('Inga förändringar sedan låsningen.');
  });

  it('survives a save to .xlsx and a reopen: the refresh of the reopened workbook compares with the lock', async () => {
    const host = await hostWith(KLS);
    await lockMonth(await builtWithComment(host), undefined, NOW);
    const file = path.join(dir, 'locked.xlsx');
    await saveSnapshotToXlsx(host.snapshot(), file);
    const reopened = createExcelHost(await loadSnapshotFromXlsx(file));
    const restore = reopened.install(globalThis);
    try {
      await latePosting();
      const inspected = await inspectWorkbook();
      expect(inspected.ok && inspected.value.locks.map((l) => l.lockedAt)).toEqual(['2025-08-12 14:02']);
      await refreshFollowUps('all');
      expect(columnA(reopened.snapshot(), 'Förändring sedan låsningen 2025-08-12 14:02 (tkr)', 3)[2]).toBe('Kommundirektör');
    } finally {
      restore();
    }
  });

  it('locking again replaces the lock (one part, the newer time) and says so', async () => {
    const host = await hostWith(KLS);
    const sheetId = await builtWithComment(host);
    await lockMonth(sheetId, undefined, NOW);
    await latePosting();
    const again = await lockMonth(sheetId, undefined, () => new Date(2025, 7, 13, 9, 0, 0));
    expect(again.ok && again.value.replaced).toBe(true);
    expect(host.snapshot().customXmlParts).toHaveLength(1);
    await refreshFollowUps('all');
    expect(columnA(host.snapshot(), 'Förändring sedan låsningen 2025-08-13 09:00 (tkr)', 2)[1]).toBe('Inga förändringar sedan låsningen.');
  });

  it('a lock whose build fails stores nothing and keeps the earlier lock', async () => {
    const host = await hostWith(KLS);
    const sheetId = await builtWithComment(host);
    await lockMonth(sheetId, undefined, NOW);
    const before = host.snapshot();
    // The ledger loses its amount columns' headers: the follow-up cannot be built.
    await Excel.run(async (context) => {
      context.workbook.worksheets.getItem('Huvudbok').getRange('F4:H4').values = [['x', 'y', 'z']];
      await context.sync();
    });
    const r = await lockMonth(sheetId, undefined, () => new Date(2025, 7, 20));
    expect(!r.ok && r.error.kind).toBe('input');
    expect(host.snapshot().customXmlParts).toEqual(before.customXmlParts);
  });

  it('a failure at any sync of a lock leaves the old lock, or the new one whole: never a part half-written or two readable ones lost', async () => {
    const probe = await hostWith(KLS);
    const sheetId = await builtWithComment(probe);
    await lockMonth(sheetId, undefined, NOW);
    const base = probe.snapshot();
    probe.resetStats();
    await lockMonth(sheetId, undefined, NOW);
    const syncs = probe.stats.syncs;
    for (let at = 1; at <= syncs; at++) {
      for (const afterOperations of [0, 1]) {
        const host = createExcelHost(base);
        const restore = host.install(globalThis);
        try {
          host.failSyncAt(at, 'GeneralException', { afterOperations });
          const r = await lockMonth(sheetId, undefined, () => new Date(2025, 7, 20, 8, 0, 0));
          const parts = host.snapshot().customXmlParts ?? [];
          const times = parts.map((p) => /lockedAt="([^"]+)"/.exec(p.xml)?.[1]?.slice(0, 16));
          // Done: the new lock alone. Failed: the old lock is still there (and the new one beside it
          // when Excel added it before failing: the newer wins when read, as a lock replaced).
          if (r.ok) expect(times).toEqual(['2025-08-20T08:00']);
          else expect(times).toContain('2025-08-12T14:02');
          // Whatever happened, every part is a whole lock, and the sheets are as they were.
          for (const p of parts) expect(p.xml).toMatch(/<\/lockedMonth>$/);
          expect(host.snapshot().sheets).toEqual(base.sheets);
        } finally {
          restore();
        }
      }
    }
  });

  it('a damaged lock part is a notice on Refresh, which still works, and the pane lists it as damaged', async () => {
    const host = await hostWith(KLS);
    await lockMonth(await builtWithComment(host), undefined, NOW);
    const id = host.snapshot().customXmlParts![0]!.id;
    await Excel.run(async (context) => {
      const part = context.workbook.customXmlParts.getItem(id);
      const xml = part.getXml();
      await context.sync();
      part.setXml(xml.value.replace('&quot;rows&quot;', '&quot;rows&quot;broken'));
      await context.sync();
    });
    const refreshed = await refreshFollowUps('all');
    const outcome = refreshed.ok ? refreshed.value[0]!.result : null;
    expect(outcome?.ok && outcome.value.warnings).toContain('Låsningen från 2025-08-12 14:02 är skadad och kan inte läsas; den används inte. Lås månaden igen för att ersätta den.');
    const inspected = await inspectWorkbook();
    expect(inspected.ok && inspected.value.locks[0]).toMatchObject({ lockedAt: '2025-08-12 14:02', problem: 'damaged' });
  });
});
