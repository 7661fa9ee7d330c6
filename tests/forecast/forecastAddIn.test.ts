/**
 * The add-in writes the forecast-accuracy section through Office.js (on the in-memory Excel host):
 * the Förvaltning sample's closed 2023 built with the part ticked, a month without a forecast an
 * empty cell, and Refresh keeping the part (the sheet's tag carries it).
 */
import { buildFollowUp, refreshFollowUps } from '../../src/app/buildFollowUp';
import { ALL_SECTIONS } from '../../src/core/report/buildReport';
import type { BuildRequest } from '../../src/app/buildFollowUp';
import { hostWith, rowOf, rowValues, sheet } from '../app/appHost';

jest.setTimeout(120_000);

const FV = 'examples/forvaltning-2024.xlsx';
const REQUEST: BuildRequest = {
  settings: { period: { year: 2023, month: 12, months: 1 }, scale: 'tkr', lang: 'sv', parentStyle: 'above', sections: ALL_SECTIONS, organisation: 'förvaltningen', forecastAccuracy: true },
};

describe('the forecast-accuracy section in the add-in', () => {
  it('is written into the follow-up sheet with the report\'s figures, July left empty, and kept by Refresh', async () => {
    const host = await hostWith(FV);
    const built = await buildFollowUp(REQUEST);
    expect(built.ok).toBe(true);
    if (!built.ok) return;
    const ws = sheet(host.snapshot(), built.value.sheetName);
    const title = rowOf(ws, 'Prognossäkerhet 2023: prognosavvikelse mot utfall (tkr)');
    const total = built.value.report.rows.findIndex((r, i) => i > title && r[0]?.text === 'Totalt förvaltningen');
    // The sheet holds what the model says, cell for cell; July (column J) is empty.
    const shown = rowValues(ws, total + 1, 14);
    expect(shown).toEqual(built.value.report.rows[total]!.map((c) => c.value));
    expect(shown[9]).toBeNull();
    expect(typeof shown[8]).toBe('number');
    expect(built.value.summary).toMatch(/Prognossäkerhet 2023: utfallet blev/);

    const refreshed = await refreshFollowUps('all');
    expect(refreshed.ok).toBe(true);
    const after = sheet(host.snapshot(), built.value.sheetName);
    expect(rowOf(after, 'Prognossäkerhet 2023: prognosavvikelse mot utfall (tkr)')).toBe(title);
  });
});
