/**
 * The add-in's chart colours each bar by its sign, as the CLI's file does (issue 10, item 4): one
 * point fill per unit of the chart data, green for a surplus and red for a deficit, from the
 * model's barFills, with no sync of its own.
 */
/// <reference types="office-js" />
import { buildFollowUp } from '../../src/app/buildFollowUp';
import { hostWith, KLS_REQUEST, rowOf, sheet } from './appHost';

const KLS = 'examples/kls-2025.xlsx';

describe('the chart of a follow-up built in Excel', () => {
  it('fills each bar by the sign of its unit\'s deviation', async () => {
    const host = await hostWith(KLS);
    const syncsBefore = host.stats.syncs;
    expect((await buildFollowUp(KLS_REQUEST)).ok).toBe(true);
    const syncs = host.stats.syncs - syncsBefore;
    const ws = sheet(host.snapshot(), 'Uppföljning 2025-07');
    const chart = ws.charts[0]!;
    // The chart data: unit in A, deviation in B, from the row under "Diagramunderlag"'s header.
    const first = rowOf(ws, 'Diagramunderlag') + 2;
    const units = ['Kommundirektör', 'Ekonomi o planering', 'IT', 'TIA-avdelningen', 'HR-avdelning', 'Näringslivsenheten'];
    const deviations = units.map((_, i) => ws.cells[`B${first + i}`]!.value as number);
    expect(units.map((_, i) => ws.cells[`A${first + i}`]!.value)).toEqual(units);
    expect(deviations).toEqual([819, 444, -147, -246, 436, 58]);
    expect(chart.pointFills).toEqual(Object.fromEntries(deviations.map((d, i) => [`0:${i}`, d < 0 ? '#C00000' : '#70AD47'])));
    // The colours ride in the build's last batch: no sync more than a build without a chart takes.
    const plain = await hostWith(KLS);
    const plainBefore = plain.stats.syncs;
    expect((await buildFollowUp({ ...KLS_REQUEST, settings: { ...KLS_REQUEST.settings, sections: KLS_REQUEST.settings.sections.filter((s) => s !== 'chart') } })).ok).toBe(true);
    expect(syncs).toBe(plain.stats.syncs - plainBefore);
  });
});
