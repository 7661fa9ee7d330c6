/**
 * Excel's 5 MB payload limit, as older Excel on the web reported it (GeneralException, "An
 * internal error has occurred") as well as documented (Request/ResponsePayloadSizeLimitExceeded):
 * the chunked read halves and retries either way, and so does the first sync, which samples every
 * sheet's first rows together with the tags.
 */
/// <reference types="office-js" />
import { buildFollowUp } from '../../src/app/buildFollowUp';
import { inspectWorkbook } from '../../src/app/inspect';
import { hostWith, KLS_REQUEST, rowOf, rowValues, sheet } from './appHost';

const KLS = 'examples/kls-2025.xlsx';

describe.each([
  ['documented codes', undefined],
  ['GeneralException (older Excel on the web)', 'GeneralException' as const],
])('a payload over the limit, reported with %s', (_name, payloadError) => {
  it('halves the chunk reads and still reads every row', async () => {
    const host = await hostWith(KLS, { limits: { responseBytes: 60_000, payloadError } });
    const result = await buildFollowUp(KLS_REQUEST);
    expect(result.ok).toBe(true);
    expect(host.stats.perSync.filter((s) => s.responseBytes > 60_000).length).toBeGreaterThan(0); // refused, then halved
    const ws = sheet(host.snapshot(), 'Uppföljning 2025-07');
    expect(rowValues(ws, rowOf(ws, 'Totalt KLS'), 9)[8]).toBe(1364);
  });

  it('samples fewer first rows when the first sync is too large, for a build and for the pane', async () => {
    const host = await hostWith(KLS, { limits: { responseBytes: 8_000, payloadError } });
    const inspected = await inspectWorkbook();
    expect(inspected.ok && inspected.value.layouts.map((l) => l.sheet)).toEqual(['Huvudbok']);
    const result = await buildFollowUp(KLS_REQUEST);
    expect(result.ok).toBe(true);
    const ws = sheet(host.snapshot(), 'Uppföljning 2025-07');
    expect(rowValues(ws, rowOf(ws, 'Totalt KLS'), 9)[8]).toBe(1364);
    expect(host.stats.maxResponseBytes).toBeGreaterThan(8_000); // some syncs were refused and retried smaller
  });
});
