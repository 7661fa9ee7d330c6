/**
 * The forecast-accuracy section in the report model: where it goes, what its tables hold (a month
 * without a forecast an empty cell, never 0), how a document shows it, the summary sentence, the
 * JSON, and the setting kept in the sheet's tag.
 */
import { composeFollowUp } from '../../src/core/compose';
import { parseSettings, serializeSettings } from '../../src/core/followUpSettings';
import { ALL_SECTIONS } from '../../src/core/report/buildReport';
import type { ReportSheet } from '../../src/core/report/model';
import { jsonReport } from '../../src/core/report/json';
import { copySections } from '../../src/core/report/clipboard';
import type { Grid } from '../../src/core/grid/grid';
import { aLedger, type LedgerRowSpec } from '../support/builders';

function months(year: number, unit: string, sub: string | null, budget: number, actual: number, lastActual = 12): LedgerRowSpec[] {
  return Array.from({ length: 12 }, (_, i) => ({ period: year * 100 + i + 1, unit, sub, budget, ...(i < lastActual ? { actual } : {}) }));
}

/** X (X1, X2) and Y as in accuracy.test.ts: forecasts in March, June (not X2) and September. */
function ledger(lastActual = 12): Grid {
  return aLedger([
    ...months(2024, 'X', 'X1', 1000, 1100, lastActual),
    ...months(2024, 'X', 'X2', 500, 450, lastActual),
    ...months(2024, 'Y', null, 2000, 1900, lastActual),
    { period: 202403, unit: 'X', sub: 'X1', forecast: 12500 },
    { period: 202403, unit: 'X', sub: 'X2', forecast: 6000 },
    { period: 202403, unit: 'Y', forecast: 24000 },
    { period: 202406, unit: 'X', sub: 'X1', forecast: 13000 },
    { period: 202406, unit: 'Y', forecast: 23000 },
    { period: 202409, unit: 'X', sub: 'X1', forecast: 13300 },
    { period: 202409, unit: 'X', sub: 'X2', forecast: 5500 },
    { period: 202409, unit: 'Y', forecast: 22500 },
  ]);
}

const SETTINGS: { scale: 'kr'; lang: 'sv' | 'en'; parentStyle: 'above' | 'below'; sections: typeof ALL_SECTIONS; organisation: string } = { scale: 'kr', lang: 'sv', parentStyle: 'above', sections: ALL_SECTIONS, organisation: 'Org' };

function compose(month: number, forecastAccuracy: boolean, grid = ledger(), extra: Partial<typeof SETTINGS> = {}) {
  const c = composeFollowUp([grid], { period: { year: 2024, month, months: 1 }, ...SETTINGS, ...extra, ...(forecastAccuracy ? { forecastAccuracy } : {}) });
  if (!c.ok) throw new Error(c.analysis.issues.map((i) => i.code).join());
  return c;
}

const texts = (r: ReportSheet, row: number): string[] => (r.rows[row] ?? []).map((c) => c.text);
const rowLabelled = (r: ReportSheet, from: number, label: string): number => r.rows.findIndex((row, i) => i >= from && row[0]?.text === label);

describe('a closed year\'s section', () => {
  const c = compose(12, true);
  const r = c.report;
  const sections = r.sections.filter((s) => s.kind === 'forecastAccuracy');

  it('is two tables and a note after the result table and before the summary', () => {
    expect(sections.map((s) => s.rows > 1 && s.document !== undefined)).toEqual([true, true, false]);
    const kinds = r.sections.map((s) => s.kind);
    expect(kinds.indexOf('forecastAccuracy')).toBeGreaterThan(kinds.indexOf('resultTable'));
    expect(kinds.lastIndexOf('forecastAccuracy')).toBeLessThan(kinds.indexOf('summary'));
  });

  it('heads the amounts table with the year, the unit and a column per month from the first forecast to the last', () => {
    const s = sections[0]!;
    expect(texts(r, s.row)[0]).toBe('Prognossäkerhet 2024: prognosavvikelse mot utfall (kr)');
    expect(texts(r, s.row + 1)).toEqual(['Enhet', 'Årsbudget', 'Utfall 2024', 'Avvikelse mot budget', 'Prognos mar', 'Prognos apr', 'Prognos maj', 'Prognos jun', 'Prognos jul', 'Prognos aug', 'Prognos sep']);
  });

  it('shows X2\'s June, without a forecast, as an empty cell and its March and September as figures', () => {
    const s = sections[0]!;
    const row = r.rows[rowLabelled(r, s.row, 'X2')]!;
    expect(row.map((c) => c.value)).toEqual(['X2', 6000, 5400, 600, 600, null, null, null, null, null, 100]);
    expect(row[7]!.text).toBe('');
    expect(row[4]!.numberFormat).toBe('#,##0;[Red]-#,##0');
  });

  it('gives the percent table the same rows in percent of the annual budget', () => {
    const s = sections[1]!;
    expect(texts(r, s.row)[0]).toBe('Prognossäkerhet 2024: prognosavvikelse i % av årsbudget');
    const total = r.rows[rowLabelled(r, s.row, 'Totalt Org')]!;
    expect(total.map((c) => c.text)).toEqual(['Totalt Org', '2,6%', '', '', '1,4%', '', '', '-0,2%']);
    expect(total[1]!.value).toBe(0.026);
  });

  it('explains the sign and the blanks in a note under the tables, a paragraph when pasted', () => {
    expect(sections[2]!.row).toBe(sections[1]!.row + sections[1]!.rows);
    expect(copySections(r, ['forecastAccuracy']).html).toMatch(/<\/table>.*<p[^>]*>Prognosavvikelse: utfallets avvikelse/s);
    expect(r.rows[sections[2]!.row]![0]!.text).toMatch(/^Prognosavvikelse: utfallets avvikelse mot budget minus prognosens; positivt = utfallet blev bättre/);
  });

  it('has a document table for each: the deviations only (budget and outcome stay in the sheet), the percents sized as percents', () => {
    expect(sections[0]!.document?.caption).toBe('Prognossäkerhet 2024: prognosavvikelse mot utfall (kr) – Org, t.o.m. december 2024');
    expect(sections[0]!.document?.columns.map((c) => [c.column, c.kind])).toEqual([[0, 'label'], ...[3, 4, 5, 6, 7, 8, 9, 10].map((c) => [c, 'amount'])]);
    expect(sections[1]!.document?.columns.map((c) => c.kind)).toEqual(['label', ...Array(7).fill('percent')]);
  });

  it('copies both tables for a committee document, each with its header row', () => {
    const { html, text } = copySections(r, ['forecastAccuracy']);
    expect(html.match(/<thead>/g)).toHaveLength(2);
    expect(html).toContain('Prognosavvikelse i % av årsbudget'.replace('Prognosavvikelse', 'prognosavvikelse'));
    expect(html).not.toContain('>Årsbudget<');
    expect(text).toContain('Avvikelse mot budget\tPrognos mar');
  });

  it('says in the summary how far the latest and the first forecast were from the outcome', () => {
    expect(c.summary.replace(/\u00a0/g, ' ')).toContain(
      'Prognossäkerhet 2024: utfallet blev 100 kr sämre än prognosen från september (0,2 % av årsbudgeten) och 1 100 kr bättre än den första prognosen, från mars (2,6 % av årsbudgeten).',
    );
  });

  it('is in the JSON with each month\'s forecast, null where none was made', () => {
    const json = jsonReport(c.analysis.followUp!, { lang: 'sv', warnings: [], summary: c.summary, forecastAccuracy: c.forecastAccuracy! });
    expect(json.forecastAccuracy).toMatchObject({ kind: 'closed', year: '2024', months: [3, 4, 5, 6, 7, 8, 9] });
    const x2 = json.forecastAccuracy!.rows.find((row) => row.path.join('/') === 'X/X2')!;
    expect(x2).toMatchObject({ kind: 'unit', annualBudget: '6000.00', outcome: '5400.00', outcomeDeviation: '600.00' });
    expect('forecasts' in x2 && x2.forecasts).toEqual([
      { month: 3, forecast: '6000.00', deviation: '600.00', percentOfBudget: '10.0' }, null, null, null, null, null,
      { month: 9, forecast: '5500.00', deviation: '100.00', percentOfBudget: '1.7' },
    ]);
  });
});

describe('a running year\'s section', () => {
  const c = compose(9, true, ledger(9), { lang: 'en' });
  const r = c.report;
  const s = r.sections.find((x) => x.kind === 'forecastAccuracy')!;

  it('is one table of the forecast change since the previous forecast, and a note', () => {
    expect(r.sections.filter((x) => x.kind === 'forecastAccuracy').map((x) => x.document !== undefined)).toEqual([true, false]);
    expect(r.rows[r.sections.filter((x) => x.kind === 'forecastAccuracy')[1]!.row]![0]!.text).toMatch(/^Prognosavvikelse: årsbudget mot helårsprognos|^Forecast deviation: annual budget/);
    expect(texts(r, s.row)[0]).toBe('Forecast change since June 2024 (SEK)');
    expect(texts(r, s.row + 1)).toEqual(['Unit', 'Annual budget', 'Forecast deviation June', 'Forecast deviation September', 'Change since June']);
    expect(r.rows[rowLabelled(r, s.row, 'X')]!.map((x) => x.value)).toEqual(['X', 18000, -1000, -800, 200]);
    expect(r.rows[rowLabelled(r, s.row, 'Total Org')]!.map((x) => x.value)).toEqual(['Total Org', 42000, 0, 700, 700]);
  });

  it('says in the summary how the forecast moved and where most', () => {
    expect(c.summary.replace(/\u00a0/g, ' ')).toContain('The forecast made in September is 700 SEK better than the forecast made in June; the largest change is in X2 (+500 SEK).');
  });

  it('follows the parent style: a heading row has no figures, "Summa" carries the parent\'s', () => {
    const below = compose(9, true, ledger(9), { parentStyle: 'below' }).report;
    const t = below.sections.find((x) => x.kind === 'forecastAccuracy')!;
    expect(below.rows[rowLabelled(below, t.row, 'X')]!.map((x) => x.value)).toEqual(['X', null, null, null, null]);
    expect(below.rows[rowLabelled(below, t.row, 'Summa X')]!.map((x) => x.value)).toEqual(['Summa X', 18000, -1000, -800, 200]);
  });
});

describe('switching it on', () => {
  it('is off by default: no section, no sentence, no JSON key', () => {
    const c = compose(12, false);
    expect(c.report.sections.some((s) => s.kind === 'forecastAccuracy')).toBe(false);
    expect(c.summary).not.toMatch(/Prognossäkerhet/);
    expect(c.forecastAccuracy).toBeUndefined();
    expect(jsonReport(c.analysis.followUp!, { lang: 'sv', warnings: [], summary: '' })).not.toHaveProperty('forecastAccuracy');
  });

  it('when on without anything to show, writes no section, says why, and gives null in the JSON', () => {
    const c = compose(2, true, ledger(2));
    expect(c.report.sections.some((s) => s.kind === 'forecastAccuracy')).toBe(false);
    expect(c.analysis.issues.map((i) => i.code)).toContain('forecastAccuracyNone');
    expect(c.forecastAccuracy).toBeNull();
    expect(jsonReport(c.analysis.followUp!, { lang: 'sv', warnings: [], summary: '', forecastAccuracy: c.forecastAccuracy! }).forecastAccuracy).toBeNull();
  });

  it('is kept in the sheet\'s tag, so Refresh and next month keep it', () => {
    const s = { id: 'x', period: { year: 2024, month: 12, months: 1 }, ...SETTINGS, forecastAccuracy: true };
    expect(parseSettings(serializeSettings(s))).toMatchObject({ forecastAccuracy: true });
    expect(parseSettings(serializeSettings({ ...s, forecastAccuracy: false }))).not.toHaveProperty('forecastAccuracy');
  });
});
