/**
 * Nästa månad on the 1 M-row host ledger: the syncs it takes are those of a build (the ledger read
 * in chunks within the payload limits, the source's comments riding along with them, three writes),
 * measured and bounded as tests/app/largeLedger.test.ts bounds a build.
 */
/// <reference types="office-js" />
import { buildFollowUp } from '../../src/app/buildFollowUp';
import { buildNextMonth } from '../../src/app/nextMonth';
import { ALL_SECTIONS } from '../../src/core/report/buildReport';
import { createExcelHost } from '../support/excelHost/host';
import { largeLedgerRows } from '../support/largeLedger';

it('builds the next month of a 1 M-row follow-up in as few syncs as a build', async () => {
  const host = createExcelHost({ sheets: [{ name: 'Huvudbok', rows: largeLedgerRows() }] });
  const restore = host.install(globalThis);
  try {
    const july = await buildFollowUp({ settings: { period: { year: 2025, month: 7, months: 1 }, scale: 'tkr', lang: 'sv', parentStyle: 'above', sections: ALL_SECTIONS } });
    if (!july.ok) throw new Error('build failed');
    const buildSyncs = host.stats.perSync.length;
    host.resetStats();
    const next = await buildNextMonth(july.value.sheetId);
    expect(next.ok).toBe(true);
    const syncs = host.stats.perSync;
    expect(host.stats.maxResponseBytes).toBeLessThanOrEqual(5_000_000);
    expect(host.stats.maxRequestBytes).toBeLessThanOrEqual(5_000_000);
    // Measured: 32 for the build and 32 for next month (the ledger read in chunks of at most 4 MB; the closing note asks for the number).
    process.stdout.write(`next month on 1 M rows: ${syncs.length} syncs (build: ${buildSyncs})\n`);
    expect(syncs.length).toBeLessThanOrEqual(buildSyncs);
    const writes = 3;
    const readPayload = syncs.slice(0, syncs.length - writes).reduce((n, s) => n + s.responseBytes, 0);
    expect(syncs.length - writes).toBeLessThanOrEqual(Math.ceil(readPayload / 4_000_000) + 2);
  } finally {
    restore();
  }
}, 180_000);
