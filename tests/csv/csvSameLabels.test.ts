/** The CSV scanner's codes are raw bytes; labels that look the same must still be one unit, as in a grid. */
import { analyseWorkbook } from '../../src/core/engine';
import { scanLedgerCsv } from '../../src/csv/csvSheet';
import { readCsv } from '../../src/csv/readCsv';
import { utf8 } from '../support/encodings';

const PERIOD = { year: 2025, month: 7, months: 1 };

describe('a scanned CSV with one unit written several ways', () => {
  const text = [
    'Period;Förvaltning;Ansvar;Konto;Budget;Utfall',
    '202507;Kommunledningsstab;Överförmyndare;5010;100;60',
    `202507;${'Kommunledningsstab'};${'Överförmyndare'.normalize('NFD')};5010;50;30`,
    '202507; Kommunledningsstab ;Överförmyndare\u00a0;5010\u00a0;5;5',
    '202507;Kommunledningsstab;Politisk  verksamhet;5010;1;1',
    '202507;Kommunledningsstab;Politisk verksamhet;5010;1;1',
  ].join('\n');

  it('reads one unit per name, as the grid of the same file does', () => {
    const bytes = utf8(text);
    const large = scanLedgerCsv(bytes, 'Huvudbok');
    expect(large).not.toBeNull();
    const a = analyseWorkbook([large!], { period: PERIOD, lang: 'sv' });
    const b = analyseWorkbook([readCsv(bytes, 'Huvudbok')], { period: PERIOD, lang: 'sv' });
    expect(a.ledger.units).toEqual([
      ['Kommunledningsstab', 'Överförmyndare'],
      ['Kommunledningsstab', 'Politisk verksamhet'],
    ]);
    expect(a.ledger.accounts).toEqual(['5010']);
    expect(b.ledger.units).toEqual(a.ledger.units);
    expect(Array.from(a.ledger.facts.unit)).toEqual(Array.from(b.ledger.facts.unit));
  });
});
