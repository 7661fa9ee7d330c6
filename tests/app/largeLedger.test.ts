/**
 * A 1 M-row ledger through the add-in's path on the in-memory host: read within Excel's payload
 * limits (5 MB per response, 5 M cells per read) in ⌈payload / 4 MB⌉ + 2 syncs, the report written
 * in ≤ 4 syncs (3: report, tags, freeze + activate).
 */
/// <reference types="office-js" />
import { buildFollowUp } from '../../src/app/buildFollowUp';
import { ALL_SECTIONS } from '../../src/core/report/buildReport';
import { createExcelHost } from '../support/excelHost/host';
import { largeLedgerRows } from '../support/largeLedger';


it('reads a 1 M-row ledger within the payload limits and writes the report in few syncs', async () => {
  const host = createExcelHost({ sheets: [{ name: 'Huvudbok', rows: largeLedgerRows() }] });
  const restore = host.install(globalThis);
  try {
    const result = await buildFollowUp({
      settings: { period: { year: 2025, month: 7, months: 1 }, scale: 'tkr', lang: 'sv', parentStyle: 'above', sections: ALL_SECTIONS },
    });
    expect(result.ok).toBe(true);
    const syncs = host.stats.perSync;
    expect(host.stats.maxResponseBytes).toBeLessThanOrEqual(5_000_000);
    expect(host.stats.maxRequestBytes).toBeLessThanOrEqual(5_000_000);
    const writes = 3; // the report; naming and tagging; freezing and activating (best effort)
    const reads = syncs.length - writes;
    const readPayload = syncs.slice(0, reads).reduce((n, s) => n + s.responseBytes, 0);
    expect(reads).toBeLessThanOrEqual(Math.ceil(readPayload / 4_000_000) + 2);
    expect(readPayload).toBeGreaterThan(20_000_000);
  } finally {
    restore();
  }
}, 120_000);
