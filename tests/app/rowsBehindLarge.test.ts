/**
 * Visa underlag on a 1 M-row ledger: the total's rows (more than a sheet should take in one write)
 * are listed up to the cap, with the note, within Excel's payload limits (5 MB per request and
 * response) and at a bounded number of syncs; the total is still the whole figure.
 */
/// <reference types="office-js" />
import { buildFollowUp } from '../../src/app/buildFollowUp';
import { showRowsBehind } from '../../src/app/rowsBehind';
import { MAX_UNDERLAG_ROWS } from '../../src/core/drilldown/underlagReport';
import { ALL_SECTIONS } from '../../src/core/report/buildReport';
import { createExcelHost } from '../support/excelHost/host';
import { largeLedgerRows } from '../support/largeLedger';


it('lists the total’s rows of a 1 M-row ledger up to the cap, within the payload limits, in few syncs', async () => {
  const host = createExcelHost({ sheets: [{ name: 'Huvudbok', rows: largeLedgerRows() }] });
  const restore = host.install(globalThis);
  try {
    const built = await buildFollowUp({ settings: { period: { year: 2025, month: 7, months: 1 }, scale: 'tkr', lang: 'sv', parentStyle: 'above', sections: ALL_SECTIONS } });
    if (!built.ok) throw new Error('build failed');
    const before = host.stats.perSync.length;
    const shown = await showRowsBehind({ followUpId: built.value.sheetId, path: [], figure: 'ytdActual' });
    if (!shown.ok) throw new Error(JSON.stringify(shown.error).slice(0, 500));
    expect(shown.value.rows).toBeGreaterThan(MAX_UNDERLAG_ROWS);
    const syncs = host.stats.perSync.slice(before);
    expect(host.stats.maxRequestBytes).toBeLessThanOrEqual(5_000_000);
    expect(host.stats.maxResponseBytes).toBeLessThanOrEqual(5_000_000);
    // The read's syncs (as Build's), the sheet, the links in chunks, the tag.
    expect(syncs.length).toBeLessThanOrEqual(before + 2 + Math.ceil(MAX_UNDERLAG_ROWS / 4000));
    const u = host.snapshot().sheets.find((s) => s.name === 'Underlag')!;
    expect(String(u.cells.A2!.value)).toMatch(/^Visar 10\u00a0000 av [\d\u00a0]+ rader: resten ryms inte på ett blad\.$/);
    expect(Object.keys(u.hyperlinks ?? {})).toHaveLength(MAX_UNDERLAG_ROWS);
  } finally {
    restore();
  }
}, 300_000);
