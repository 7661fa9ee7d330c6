/** Column roles given by header or letter (the CLI's --column), applied as the pane's corrections are. */
import { makeGrid } from '../../src/core/grid/grid';
import { applyColumnChoices } from '../../src/core/ledger/columnChoices';
import { roleOfWord } from '../../src/core/ledger/roleNames';
import { grid } from '../support/builders';

const LEDGER = grid('Huvudbok', [['Period', 'Ansvar', 'Konto', 'Bokfört belopp'], [202507, 'A', 5010, 100]]);
const ORGANISATION = grid('Org', [['Enhet', 'Namn', 'Överordnad'], ['A', 'Skola', '']]);

describe('applyColumnChoices', () => {
  it('gives the ledger column its role, makes the sheet a ledger, and leaves the organisation sheet alone', () => {
    const r = applyColumnChoices([ORGANISATION, LEDGER], [{ column: 'BOKFORT belopp', role: 'actual' }]);
    if (!r.ok) throw new Error('not applied');
    expect([...r.layouts.keys()]).toEqual(['Huvudbok']);
    const layout = r.layouts.get('Huvudbok')!;
    expect(layout.kind).toBe('ledger');
    expect(layout.columns.map((c) => c.role)).toEqual(['period', 'unit', 'account', 'actual']);
  });

  it('reads a letter as the sheet column, wherever the grid starts', () => {
    const shifted = makeGrid('Huvudbok', LEDGER.rows, { row: 0, column: 2 });
    const r = applyColumnChoices([shifted], [{ column: 'f', role: 'actual' }]);
    expect(r.ok && r.layouts.get('Huvudbok')!.columns[3]!.role).toBe('actual');
  });

  it('names the column not found and the headers there are, only in the sheet asked for', () => {
    expect(applyColumnChoices([LEDGER, grid('Annat', [['Period', 'Ansvar', 'Bokfört belopp']])], [{ column: 'Bokfört belopp', role: 'actual' }], 'Annat').ok).toBe(true);
    expect(applyColumnChoices([LEDGER], [{ column: 'Belopp X', role: 'actual' }])).toEqual({ ok: false, column: 'Belopp X', headers: ['Period', 'Ansvar', 'Konto', 'Bokfört belopp'] });
  });

  it('takes role words in Swedish and English, as headers are matched', () => {
    expect([roleOfWord('Årsbudget'), roleOfWord('annual budget'), roleOfWord('ÅR'), roleOfWord('Ignorera'), roleOfWord('kostnad')]).toEqual(['annualBudget', 'annualBudget', 'year', 'ignore', null]);
  });
});
