/** The period checked against the ledger's months (issue 8), in both languages. */
import { checkPeriod, monthsText } from '../../src/taskpane/components/SettingsForm/periodCheck';
import { stringsFor } from '../../src/taskpane/strings';
import { aCoverage } from './fakeApp';

const sv = stringsFor('sv');
const en = stringsFor('en');

describe('monthsText', () => {
  it('writes runs of months, across a year end', () => {
    const months = [{ year: 2024, month: 11 }, { year: 2024, month: 12 }, { year: 2025, month: 1 }, { year: 2025, month: 3 }];
    expect(monthsText(months, sv)).toBe('november 2024–januari 2025, mars 2025');
    expect(monthsText(aCoverage(2025, 7).actualMonths, en)).toBe('January–July 2025');
  });
});

describe('checkPeriod', () => {
  it('checks nothing when the ledger is unknown', () => {
    expect(checkPeriod(2030, 1, 1, null, sv)).toEqual({ hint: null, yearError: null, monthWarning: null });
  });

  it('says the latest actuals, or that there are none', () => {
    expect(checkPeriod(2025, 7, 1, aCoverage(2025, 7), en).hint).toBe('Latest actuals: July 2025');
    expect(checkPeriod(2025, 3, 1, { actualMonths: [], dataMonths: aCoverage(2025, 12).dataMonths, fiscalStart: null }, sv).monthWarning).toBe('Inget utfall för mars 2025 ännu.');
  });

  it('makes a year without amounts an error, in English too', () => {
    expect(checkPeriod(2026, 11, 1, aCoverage(2025, 7), en).yearError).toBe('The ledger has no amounts for 2026. It has amounts for January–December 2025.');
    expect(checkPeriod(2025, 1, 1, { actualMonths: [], dataMonths: [], fiscalStart: null }, sv).yearError).toBe('Huvudboken har inga belopp.');
  });
});

describe('checkPeriod in a fiscal year', () => {
  // A ledger of May–December 2025 in a fiscal year May–April.
  const mayToDec = { ...aCoverage(2025, 12, 12, 5) };

  it('reads the year as the fiscal year the ledger says, when the user leaves January', () => {
    expect(checkPeriod(2026, 2, 1, { ...mayToDec, fiscalStart: 5 }, sv).yearError).toBeNull();
    expect(checkPeriod(2026, 6, 1, { ...mayToDec, fiscalStart: 5 }, sv).yearError).toBe('Huvudboken har inga belopp för 2026/27. Belopp finns för maj–december 2025.');
  });

  it('reads the user\'s fiscal start before the ledger\'s', () => {
    expect(checkPeriod(2026, 2, 4, { ...mayToDec, fiscalStart: 5 }, en).yearError).toBeNull();
    expect(checkPeriod(2026, 4, 4, { ...mayToDec, fiscalStart: 5 }, en).yearError).toBe('The ledger has no amounts for 2026/27. It has amounts for May–December 2025.');
    // In calendar years, February 2026 has no amounts.
    expect(checkPeriod(2026, 2, 1, mayToDec, en).yearError).toMatch(/^The ledger has no amounts for 2026\./);
  });
});

describe('the duplicate-role warning', () => {
  it('says both for two columns and all for more, in either language', () => {
    expect(en.duplicateRole('Budget', ['A', 'B'])).toBe('A and B both have the role Budget. Only one column can have it; give the others another role.');
    expect(en.duplicateRole('Budget', ['A', 'B', 'C'])).toMatch(/^A, B and C all have the role Budget\./);
    expect(sv.duplicateRole('Budget', ['A', 'B', 'C'])).toMatch(/^A, B och C har alla rollen Budget\./);
  });
});
