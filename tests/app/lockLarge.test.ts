/**
 * Lås månaden on the 1 M-row host ledger (tests/app/largeLedger.test.ts): what a lock stores (one
 * custom XML part, far under the megabyte Office on the web has refused) and the syncs it takes —
 * the read phase's, one to store, none to read locks when the workbook has none yet.
 */
/// <reference types="office-js" />
import { buildFollowUp } from '../../src/app/buildFollowUp';
import { lockMonth } from '../../src/app/lockMonth';
import { ALL_SECTIONS } from '../../src/core/report/buildReport';
import { createExcelHost } from '../support/excelHost/host';
import { largeLedgerRows } from '../support/largeLedger';

it('locks the follow-up of a 1 M-row ledger in one part of a few hundred kB, in the read phase\'s syncs plus one', async () => {
  const host = createExcelHost({ sheets: [{ name: 'Huvudbok', rows: largeLedgerRows() }] });
  const restore = host.install(globalThis);
  try {
    const built = await buildFollowUp({ settings: { period: { year: 2025, month: 7, months: 1 }, scale: 'tkr', lang: 'sv', parentStyle: 'above', sections: ALL_SECTIONS } });
    if (!built.ok) throw new Error('build failed');
    host.resetStats();
    const locked = await lockMonth(built.value.sheetId);
    expect(locked.ok).toBe(true);
    const parts = host.snapshot().customXmlParts ?? [];
    expect(parts).toHaveLength(1);
    const bytes = Buffer.byteLength(parts[0]!.xml, 'utf8');
    const syncs = host.stats.perSync;
    const store = syncs[syncs.length - 1]!;
    console.log(`1 M-row lock: ${bytes} bytes stored, ${syncs.length} syncs (store: ${store.requestBytes} request bytes), ${host.stats.responseBytes} response bytes in all`);
    expect(bytes).toBeLessThan(1_000_000);
    expect(store.requestBytes).toBeLessThan(5_000_000);
  } finally {
    restore();
  }
}, 240_000);
