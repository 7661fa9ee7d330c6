/**
 * Visa underlag for the selected cell, on the in-memory Excel host with the KLS sample: a figure of
 * a unit, a parent, the total and an account line gives the rows behind it, whose total is the
 * figure the cell shows; a cell that is no figure says so; the ledger is never changed.
 */
/// <reference types="office-js" />
import { buildFollowUp } from '../../src/app/buildFollowUp';
import * as jobs from '../../src/app/compute/jobs';
import { errorMessages } from '../../src/app/errors';
import { selectCell } from '../../src/app/navigate';
import { showRowsBehindSelection } from '../../src/app/rowsBehindSelection';
import { showAmount, type Money } from '../../src/core/money';
import { hostWith, KLS_REQUEST, rowOf, sheet } from './appHost';

/** Build KLS and return its sheet's name. */
async function builtKls(): Promise<string> {
  const built = await buildFollowUp(KLS_REQUEST);
  if (!built.ok) throw new Error('build failed');
  return built.value.sheetName;
}

const quoted = (name: string): string => `'${name.replace(/'/g, "''")}'`;

describe('showRowsBehindSelection', () => {
  // KLS: "IT" is a unit, "Kommunledningsstab" a parent (subtotal above its units), then the total.
  it.each([
    ['a unit’s period actual', 'IT', 'C', 1],
    ['a unit’s deviation to the month', 'IT', 'I', 1],
    ['a parent’s annual budget', 'TIA-avdelningen', 'F', 1],
    ['the total’s budget to the month', 'Totalt KLS', 'G', 1],
    ['an account line’s actual to the month', 'Verksamhetens kostnader', 'B', -1],
  ])('writes the rows behind %s, totalling the figure the cell shows', async (_what, label, column, _sign) => {
    const host = await hostWith('examples/kls-2025.xlsx');
    const name = await builtKls();
    const ledgerBefore = JSON.stringify(sheet(host.snapshot(), 'Huvudbok'));
    const row = rowOf(sheet(host.snapshot(), name), label);
    const shownInCell = sheet(host.snapshot(), name).cells[`${column}${row}`]!.value;
    expect(typeof shownInCell).toBe('number');
    await selectCell(`${quoted(name)}!${column}${row}`);
    const syncsBefore = host.stats.syncs;
    const shown = await showRowsBehindSelection();
    if (!shown.ok) throw new Error(JSON.stringify(shown.error));
    // The read phase's syncs as for showRowsBehind (the active cell rides along), the write's.
    expect(host.stats.syncs - syncsBefore).toBeLessThanOrEqual(8);
    expect(shown.value.total).not.toBeNull();
    // The account table shows amounts as seed 000 prints them (costs negative), so compare sizes there.
    const total = showAmount(shown.value.total as Money, 'tkr').value;
    expect(Math.abs(total)).toBe(Math.abs(shownInCell as number));
    if (_sign === 1) expect(total).toBe(shownInCell);
    const s = host.snapshot();
    expect(s.activeSheet).toBe('Underlag');
    expect(JSON.stringify(sheet(s, 'Huvudbok'))).toBe(ledgerBefore);
  });

  it.each([
    ['the unit table’s header', (name: string, host: { snapshot: () => never }) => `A${rowOf(sheet(host.snapshot(), name), 'IT') - 2}`],
    ['a unit’s label', (name: string, host: { snapshot: () => never }) => `A${rowOf(sheet(host.snapshot(), name), 'IT')}`],
    ['a percent of budget', (name: string, host: { snapshot: () => never }) => `E${rowOf(sheet(host.snapshot(), name), 'IT')}`],
    ['the title', () => 'A1'],
  ])('says to select a figure when the cell is %s, writing nothing', async (_what, cellOf) => {
    const host = await hostWith('examples/kls-2025.xlsx');
    const name = await builtKls();
    await selectCell(`${quoted(name)}!${cellOf(name, host as never)}`);
    const before = host.snapshot().sheets.map((x) => x.name);
    const shown = await showRowsBehindSelection();
    expect(shown).toEqual({ ok: false, error: { kind: 'notAFigure' } });
    expect(host.snapshot().sheets.map((x) => x.name)).toEqual(before);
    if (!shown.ok) {
      expect(errorMessages(shown.error, 'sv')[0]).toMatch(/^Markera en siffra i enhets- eller kontotabellen/);
      expect(errorMessages(shown.error, 'en')[0]).toMatch(/^Select a figure in the unit or account table/);
    }
  });

  it('picks the rows in the computing session (the pane\'s worker), from the ledger rows sent to it as read', async () => {
    const host = await hostWith('examples/kls-2025.xlsx');
    const name = await builtKls();
    const row = rowOf(sheet(host.snapshot(), name), 'IT');
    await selectCell(`${quoted(name)}!C${row}`);
    const job = jest.spyOn(jobs, 'rowsBehindForApp');
    try {
      const shown = await showRowsBehindSelection();
      expect(shown.ok).toBe(true);
      expect(job).toHaveBeenCalledTimes(1);
      const [grids, , , target] = job.mock.calls[0]!;
      // The ledger reached the job through the session (the rows encoded and decoded), not the pane's own grids.
      expect(grids.map((g) => g.sheet)).toContain('Huvudbok');
      expect(target).toMatchObject({ selected: { row: row - 1, column: 2, label: 'IT' } });
    } finally {
      job.mockRestore();
    }
  });

  it('says to select a figure when the active sheet is the ledger', async () => {
    await hostWith('examples/kls-2025.xlsx');
    await builtKls();
    await selectCell('Huvudbok!E5');
    expect(await showRowsBehindSelection()).toEqual({ ok: false, error: { kind: 'notAFigure' } });
  });
});
