/** The "Underlag" sheet's model: the rows behind a figure with links to their ledger cells, sums and the total. */
import { analyseWorkbook } from '../../src/core/engine';
import { rowsBehind, type DrillDown } from '../../src/core/drilldown/rowsBehind';
import { underlagReport } from '../../src/core/drilldown/underlagReport';
import type { FollowUp } from '../../src/core/followup/computeFollowUp';
import { grid } from '../support/builders';

const ledger = grid('Huvudbok 2025', [
  ['Period', 'Förvaltning', 'Enhet', 'Konto', 'Budget', 'Utfall'],
  [202507, 'KLS', 'IT', '5010', 100, 60.5],
  [202507, 'KLS', 'Ekonomi', '5010', 40, 30],
  [202507, 'KLS', 'IT', '6110', 10, 5],
]);
const a = analyseWorkbook([ledger], { period: { year: 2025, month: 7, months: 1 }, lang: 'sv' });

function drill(figure: Parameters<typeof rowsBehind>[1]['figure'], path: string[] = []): DrillDown {
  const d = rowsBehind({ ...a, followUp: a.followUp as FollowUp }, { path, figure });
  if ('problem' in d) throw new Error(d.problem);
  return d;
}

const texts = (rows: ReturnType<typeof underlagReport>['rows']) => rows.map((r) => r.map((c) => c.text));

describe('underlagReport', () => {
  it('lists the rows with a link to each ledger cell, a sum per unit and account, and the total', () => {
    const sheet = underlagReport(a.ledger, drill('periodActual'), { lang: 'sv', unit: '' });
    expect(sheet.name).toBe('Underlag');
    expect(texts(sheet.rows)).toEqual([
      ['Underlag: Utfall för perioden, hela organisationen'],
      [],
      ['Blad', 'Cell', 'Period', 'Enhet', 'Konto', 'Typ', 'Belopp (kr)'],
      ['Huvudbok 2025', 'F2', '2025-07', 'KLS / IT', '5010', 'Utfall', '60,50'],
      ['Summa KLS / IT', '', '', '', '5010', '', '60,50'],
      ['Huvudbok 2025', 'F4', '2025-07', 'KLS / IT', '6110', 'Utfall', '5,00'],
      ['Summa KLS / IT', '', '', '', '6110', '', '5,00'],
      ['Huvudbok 2025', 'F3', '2025-07', 'KLS / Ekonomi', '5010', 'Utfall', '30,00'],
      ['Summa KLS / Ekonomi', '', '', '', '5010', '', '30,00'],
      ['Totalt', '', '', '', '', '', '95,50'],
    ]);
    expect(sheet.links).toEqual([
      { row: 3, column: 1, target: "'Huvudbok 2025'!F2" },
      { row: 5, column: 1, target: "'Huvudbok 2025'!F4" },
      { row: 7, column: 1, target: "'Huvudbok 2025'!F3" },
    ]);
    expect(sheet.rows.at(-1)!.at(-1)!.value).toBe(95.5);
    expect(sheet.sections.map((s) => s.kind)).toEqual(['title', 'rowsBehind']);
    expect(sheet.freeze).toEqual({ rows: 3, columns: 0 });
  });

  it('heads a deviation’s two sides and sums each', () => {
    const sheet = underlagReport(a.ledger, drill('periodDeviation', ['IT']), { lang: 'en', unit: 'KLS / IT' });
    const labels = texts(sheet.rows).map((r) => r[0]);
    expect(labels).toContain('Budget for the period');
    expect(labels).toContain('Actual for the period');
    expect(texts(sheet.rows).find((r) => r[0] === 'Total budget for the period')?.at(-1)).toBe('110.00');
    expect(texts(sheet.rows).at(-1)).toEqual(['Total', '', '', '', '', '', '44.50']);
  });

  it('lists at most maxRows rows and says how many there were, the sums still whole', () => {
    const sheet = underlagReport(a.ledger, drill('periodActual'), { lang: 'sv', unit: '', maxRows: 2 });
    expect(texts(sheet.rows)[1]).toEqual(['Visar 2 av 3 rader: resten ryms inte på ett blad.']);
    expect(sheet.links).toHaveLength(2);
    expect(texts(sheet.rows).at(-1)).toEqual(['Totalt', '', '', '', '', '', '95,50']);
  });
});
