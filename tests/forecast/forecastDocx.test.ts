/**
 * The committee document (--docx) carries the forecast-accuracy tables as it carries the others:
 * through their document layout, the closed year's deviations (not the annual budget and outcome),
 * a month without a forecast an empty cell, and the note under them as a paragraph.
 */
import JSZip from 'jszip';
import { composeFollowUp } from '../../src/core/compose';
import { ALL_SECTIONS } from '../../src/core/report/buildReport';
import { reportDocumentBytes } from '../../src/docx/writeDocument';
import { aLedger, type LedgerRowSpec } from '../support/builders';

function months(unit: string, budget: number, actual: number): LedgerRowSpec[] {
  return Array.from({ length: 12 }, (_, i) => ({ period: 202401 + i, unit, budget, actual }));
}

it('holds both tables with their captions and each month\'s column', async () => {
  const ledger = aLedger([
    ...months('A', 1000, 1100),
    { period: 202403, unit: 'A', forecast: 12500 },
    { period: 202405, unit: 'A', forecast: 13000 },
  ]);
  const composed = composeFollowUp([ledger], { period: { year: 2024, month: 12, months: 1 }, scale: 'kr', lang: 'sv', parentStyle: 'above', sections: ALL_SECTIONS, organisation: 'Org', forecastAccuracy: true });
  if (!composed.ok) throw new Error('does not compose');
  const xml = await (await JSZip.loadAsync(await reportDocumentBytes(composed.report))).file('word/document.xml')!.async('string');
  // Each cell's paragraph ends in a line break and the cell in "|": an empty cell is "\n|" alone.
  const text = xml.replace(/<\/w:tc>/g, '|').replace(/<\/w:p>/g, '\n').replace(/<[^>]+>/g, '');
  expect(text).toContain('Prognossäkerhet 2024: prognosavvikelse mot utfall (kr) – Org, t.o.m. december 2024');
  expect(text).toContain('Prognossäkerhet 2024: prognosavvikelse i % av årsbudget – Org, t.o.m. december 2024');
  // A: forecast 12 500 and 13 000 against the outcome 13 200; April (no forecast) empty.
  expect(text).toContain('Avvikelse mot budget\n|Prognos mar\n|Prognos apr\n|Prognos maj\n|');
  expect(text).toMatch(/\|A\n\|-1[\s\u00a0]200\n\|-700\n\|\n\|-200\n\|/);
  expect(text).not.toContain('Utfall 2024');
  // The note under the tables, as a paragraph: what the sign means, that an empty cell is no forecast.
  expect(text).toContain('positivt = utfallet blev bättre än prognosen. Tom ruta: ingen prognos gjord den månaden.');
});
