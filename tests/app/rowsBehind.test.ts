/**
 * Visa underlag on the in-memory Excel host: the rows behind a figure of a follow-up in a tagged
 * "Underlag" sheet with links to the ledger cells, replaced on each use, never read as a ledger,
 * the ledger untouched, at a bounded number of syncs.
 */
/// <reference types="office-js" />
import { buildFollowUp } from '../../src/app/buildFollowUp';
import { showRowsBehind } from '../../src/app/rowsBehind';
import type { Money } from '../../src/core/money';
import { hostWith, KLS_REQUEST, sheet } from './appHost';

describe('showRowsBehind', () => {
  it('writes the rows behind a unit’s figure, linked to the ledger, with a total equal to the figure', async () => {
    const host = await hostWith('examples/kls-2025.xlsx');
    const built = await buildFollowUp(KLS_REQUEST);
    if (!built.ok) throw new Error('build failed');
    const ledgerBefore = JSON.stringify(sheet(host.snapshot(), 'Huvudbok'));
    const syncsBefore = host.stats.syncs;
    const shown = await showRowsBehind({ followUpId: built.value.sheetId, path: ['IT'], figure: 'ytdActual' });
    expect(shown.ok).toBe(true);
    if (!shown.ok) return;
    expect(host.stats.syncs - syncsBefore).toBeLessThanOrEqual(8);
    const s = host.snapshot();
    expect(s.activeSheet).toBe('Underlag');
    const u = sheet(s, 'Underlag');
    expect(u.cells.A1!.value).toBe('Underlag: Utfall hittills i år, IT');
    // Title, blank, header: frozen, so the header stays while scrolling.
    expect(u.freeze).toEqual({ rows: 3, columns: 0 });
    const links = Object.entries(u.hyperlinks ?? {});
    expect(links.length).toBe(shown.value.rows);
    expect(links.length).toBeGreaterThan(0);
    for (const [at, link] of links) {
      expect(at).toMatch(/^B\d+$/);
      expect(link.documentReference).toMatch(/^Huvudbok!G\d+$/);
      expect(link.textToDisplay).toBe(u.cells[at]!.value);
    }
    // The ledger cell a link names holds the amount shown beside the link.
    const [at, link] = links[0]!;
    const ledgerCell = sheet(s, 'Huvudbok').cells[link.documentReference!.split('!')[1]!]!;
    expect(u.cells[`G${at.slice(1)}`]!.value).toBe(ledgerCell.value);
    expect(JSON.stringify(sheet(s, 'Huvudbok'))).toBe(ledgerBefore);
    // The total row's amount is the figure, to the öre.
    expect(shown.value.total).not.toBeNull();
    expect(totalOf(u.cells)).toBe((shown.value.total as Money) / 100);
  });

  it('replaces the sheet on the next use, and Build never reads it as a ledger', async () => {
    const host = await hostWith('examples/kls-2025.xlsx');
    const built = await buildFollowUp(KLS_REQUEST);
    if (!built.ok) throw new Error('build failed');
    await showRowsBehind({ followUpId: built.value.sheetId, path: [], figure: 'periodBudget' });
    const again = await showRowsBehind({ followUpId: built.value.sheetId, path: [], group: 'cost', figure: 'periodActual' });
    expect(again.ok).toBe(true);
    const names = host.snapshot().sheets.map((x) => x.name);
    expect(names.filter((n) => n.includes('Underlag'))).toEqual(['Underlag']);
    const rebuilt = await buildFollowUp(KLS_REQUEST);
    expect(rebuilt.ok && rebuilt.value.summary).toBe(built.value.summary);
  });

  it('says so when the follow-up is gone or the unit is not in the ledger', async () => {
    await hostWith('examples/kls-2025.xlsx');
    const built = await buildFollowUp(KLS_REQUEST);
    if (!built.ok) throw new Error('build failed');
    expect(await showRowsBehind({ followUpId: 'nope', path: [], figure: 'ytdActual' })).toEqual({ ok: false, error: { kind: 'notFound', what: 'followUp' } });
    expect(await showRowsBehind({ followUpId: built.value.sheetId, path: ['Skola'], figure: 'ytdActual' })).toEqual({ ok: false, error: { kind: 'notFound', what: 'unit' } });
  });
});

/** The amount in the last row whose column A says "Totalt". */
function totalOf(cells: Record<string, { value: unknown }>): unknown {
  const rows = Object.keys(cells).filter((a) => /^A\d+$/.test(a) && cells[a]!.value === 'Totalt').map((a) => Number(a.slice(1)));
  return cells[`G${Math.max(...rows)}`]?.value;
}
