/**
 * Refresh in place on the 1 M-row host ledger: the rewrite's syncs do not grow with the ledger (the
 * same as on a 10 k-row ledger), within Excel's payload limits. Reading takes ⌈payload / 4 MB⌉ + 2
 * syncs as for Build (largeLedger.test.ts); what is measured here is the writing after it.
 */
/// <reference types="office-js" />
import { buildFollowUp, refreshFollowUps } from '../../src/app/buildFollowUp';
import { ALL_SECTIONS } from '../../src/core/report/buildReport';
import { createExcelHost } from '../support/excelHost/host';
import { largeLedgerRows } from '../support/largeLedger';

const SETTINGS = { period: { year: 2025, month: 7, months: 1 }, scale: 'tkr', lang: 'sv', parentStyle: 'above', sections: ALL_SECTIONS } as const;

/** Syncs of a build and of a refresh of its follow-up, on a ledger of `rows` rows. */
async function syncs(rows: number): Promise<{ build: number; refresh: number; maxRequest: number; maxResponse: number }> {
  const host = createExcelHost({ sheets: [{ name: 'Huvudbok', rows: largeLedgerRows(rows) }] });
  const restore = host.install(globalThis);
  try {
    expect((await buildFollowUp({ settings: SETTINGS })).ok).toBe(true);
    const build = host.stats.syncs;
    host.resetStats();
    const refreshed = await refreshFollowUps('all');
    expect(refreshed.ok && refreshed.value.map((o) => o.result.ok)).toEqual([true]);
    expect(host.snapshot().sheets.map((s) => s.name)).toEqual(['Huvudbok', 'Uppföljning 2025-07']);
    return { build, refresh: host.stats.syncs, maxRequest: host.stats.maxRequestBytes, maxResponse: host.stats.maxResponseBytes };
  } finally {
    restore();
  }
}

it('rewrites the 1 M-row ledger\'s follow-up in place in as many syncs as a 10 k-row one\'s', async () => {
  const small = await syncs(10_000);
  const large = await syncs(1_000_000);
  // Build writes in 3 syncs after its reads; Refresh reads the same, then: read the sheet (A), write
  // aside (B), rewrite (C), tidy up (D), freeze + activate (E).
  const writes = (s: typeof small) => s.refresh - (s.build - 3);
  expect(writes(small)).toBe(5);
  expect(writes(large)).toBe(writes(small));
  expect(large.maxRequest).toBeLessThanOrEqual(5_000_000);
  expect(large.maxResponse).toBeLessThanOrEqual(5_000_000);
}, 300_000);
