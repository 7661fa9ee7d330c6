import { detectLayout, monthColumnOf, rolesOfHeader } from '../../src/core/ledger/detect';
import { HEADER_WORDS, type Role } from '../../src/core/ledger/schema';
import { grid } from '../support/builders';

describe('header words', () => {
  const cases = Object.entries(HEADER_WORDS).flatMap(([role, words]) => words.map((w) => [w, role] as const));
  it.each(cases)('"%s" names %s', (word, role) => {
    expect(rolesOfHeader(word)).toContain(role as Role);
    expect(rolesOfHeader(word.toUpperCase())).toContain(role as Role);
  });

  it('ignores case, spaces, punctuation and diacritics', () => {
    expect(rolesOfHeader('  helars-prognos ')).toContain('forecast');
    expect(rolesOfHeader('KOSTNADSSTÄLLE')).toContain('unit');
    expect(rolesOfHeader('Cost-Center')).toContain('unit');
    expect(rolesOfHeader('Budget 2025')).toContain('budget');
    expect(rolesOfHeader('Utfall (tkr)')).toContain('actual');
    expect(rolesOfHeader('Kontonamn')).toEqual([]);
  });

  it.each([
    ['jan', { month: 1, year: null, kind: null }],
    ['Januari', { month: 1, year: null, kind: null }],
    ['Budget jan', { month: 1, year: null, kind: 'budget' }],
    ['Utfall december', { month: 12, year: null, kind: 'actual' }],
    ['2025-01', { month: 1, year: 2025, kind: null }],
    ['202501', { month: 1, year: 2025, kind: null }],
    ['Prognos 2025-03', { month: 3, year: 2025, kind: 'forecast' }],
    ['jan 2025', { month: 1, year: 2025, kind: null }],
    [202511, { month: 11, year: 2025, kind: null }],
  ])('"%s" is a month column', (header, expected) => {
    expect(monthColumnOf(header)).toEqual(expected);
  });

  it.each(['Period', 'Budget', 'Konto', 'janne'])('"%s" is not a month column', (header) => {
    expect(monthColumnOf(header)).toBeNull();
  });
});

describe('detecting sheets', () => {
  it('skips title rows above the header and keeps the first title', () => {
    const l = detectLayout(grid('Huvudbok', [['Kommunledningsstab'], ['Huvudbok 2025'], [], ['Period', 'Ansvar', 'Konto', 'Budget', 'Redovisning']]));
    expect(l.kind).toBe('ledger');
    expect(l.shape).toBe('long');
    expect(l.headerRow).toBe(3);
    expect(l.title).toBe('Kommunledningsstab');
    expect(l.columns.map((c) => c.role)).toEqual(['period', 'unit', 'account', 'budget', 'actual']);
  });

  it('looks past parameter rows above the header ("Period | 202507")', () => {
    for (const above of [['Period', 202507], ['Period:', '2025-07']]) {
      const l = detectLayout(grid('Rapport', [['Resultatrapport'], above, [], ['Period', 'Ansvar', 'Budget', 'Utfall'], [202507, 'A', 1, 2]]));
      expect(l.kind).toBe('ledger');
      expect(l.headerRow).toBe(3);
    }
  });

  it('finds amount + kind ledgers', () => {
    const l = detectLayout(grid('Data', [['Period', 'Verksamhet', 'Enhet', 'Konto', 'Typ', 'Belopp']]));
    expect(l.columns.map((c) => c.role)).toEqual(['period', 'unit', 'unit', 'account', 'kind', 'amount']);
  });

  it('finds wide-by-month ledgers', () => {
    const l = detectLayout(grid('Utfall 2025', [['Ansvar', 'Konto', 'jan', 'feb', 'mar']]));
    expect(l.kind).toBe('ledger');
    expect(l.shape).toBe('wide');
    expect(l.columns.filter((c) => c.role === 'month')).toHaveLength(3);
  });

  it('finds organisation and account sheets', () => {
    expect(detectLayout(grid('Org', [['Enhet', 'Namn', 'Överordnad', 'Sortering']])).kind).toBe('organisation');
    const accounts = detectLayout(grid('Konton', [['Konto', 'Grupp', 'Typ']]));
    expect(accounts.kind).toBe('accounts');
    expect(accounts.columns.map((c) => c.role)).toEqual(['account', 'group', 'accountType']);
    expect(detectLayout(grid('Konton', [['Konto', 'Kontogrupp']])).columns.map((c) => c.role)).toEqual(['account', 'group']);
  });

  it('calls a sheet without known headers other', () => {
    expect(detectLayout(grid('Anteckningar', [['Att göra'], ['ringa Anna']])).kind).toBe('other');
  });
});
