/**
 * Labels that look the same are the same: composed and decomposed å/ä/ö (NFC and NFD, as macOS and
 * some exports write them), runs of spaces, no-break spaces and spaces at either end, in unit names
 * at every level, organisation sheets, account groups and kind values.
 */
import { normalizeLabel } from '../../src/core/ledger/normalize';
import { jsonReport } from '../../src/core/report/json';
import { analyse, grid } from '../support/builders';

const NFC = 'Kommunledningsstab Förvaltning Åsa';
const NFD = NFC.normalize('NFD');
const json = (a: ReturnType<typeof analyse>) => jsonReport(a.followUp!, { lang: 'sv', warnings: [], summary: '' });

describe('normalizeLabel', () => {
  it.each([
    [NFD, NFC],
    ['  Kommunledningsstab ', 'Kommunledningsstab'],
    ['Kultur   och\tfritid', 'Kultur och fritid'],
    ['Kultur\u00a0och\u202ffritid\u00a0', 'Kultur och fritid'],
    ['IT', 'IT'],
    ['', ''],
  ])('%j → %j', (text, label) => expect(normalizeLabel(text)).toBe(label));

  it('keeps case: two spellings that differ in case stay two labels', () => {
    expect(normalizeLabel('It')).not.toBe(normalizeLabel('IT'));
  });
});

describe('a unit written two ways is one unit, one row, its figures summed', () => {
  it.each([
    ['NFC and NFD', 'Kommunledningsstab Ö', 'Kommunledningsstab Ö'.normalize('NFD')],
    ['a run of spaces', 'Barn och utbildning', 'Barn  och utbildning'],
    ['a no-break space', 'Barn och utbildning', 'Barn\u00a0och utbildning'],
    ['spaces at the ends', 'Barn och utbildning', ' Barn och utbildning\u00a0'],
  ])('%s', (_what, one, other) => {
    const a = analyse([
      grid('Huvudbok', [
        ['Period', 'Ansvar', 'Konto', 'Budget', 'Utfall'],
        [202507, one, 5010, 100, 60],
        [202507, other, 5010, 50, 30],
      ]),
    ]);
    expect(a.ledger.units).toEqual([[normalizeLabel(one)]]);
    const rows = json(a).rows;
    expect(rows.map((r) => r.path)).toEqual([[normalizeLabel(one)], []]);
    expect(rows[0]!.ytdBudget).toBe('150.00');
    expect(rows[0]!.ytdActual).toBe('90.00');
  });

  it('at every organisation level, the name shown as first seen, NFC, spaces collapsed', () => {
    const a = analyse([
      grid('Huvudbok', [
        ['Period', 'Förvaltning', 'Enhet', 'Budget', 'Utfall'],
        [202507, 'Socialförvaltningen'.normalize('NFD'), 'Äldreomsorg  Öst', 100, 60],
        [202507, 'Socialförvaltningen ', 'Äldreomsorg Öst'.normalize('NFD'), 50, 30],
        [202507, 'Socialförvaltningen', 'Hemtjänst', 10, 10],
      ]),
    ]);
    expect(a.ledger.units).toEqual([
      ['Socialförvaltningen', 'Äldreomsorg Öst'],
      ['Socialförvaltningen', 'Hemtjänst'],
    ]);
    const rows = json(a).rows;
    expect(rows.map((r) => r.path.join('/'))).toEqual(['Socialförvaltningen', 'Socialförvaltningen/Äldreomsorg Öst', 'Socialförvaltningen/Hemtjänst', '']);
    expect(rows[0]!.ytdBudget).toBe('160.00');
  });

  it('in a wide ledger too', () => {
    const a = analyse([
      grid('Budget 2025', [
        ['Ansvar', 'jan', 'jul'],
        ['Överförmyndare', 1, 2],
        ['Överförmyndare'.normalize('NFD'), 10, 20],
      ]),
    ]);
    expect(a.ledger.units).toEqual([['Överförmyndare']]);
  });

  it('and the same account written with spaces around it', () => {
    const a = analyse([
      grid('Huvudbok', [
        ['Period', 'Ansvar', 'Konto', 'Utfall'],
        [202507, 'A', '5010', 1],
        [202507, 'A', ' 5010\u00a0', 2],
      ]),
    ]);
    expect(a.ledger.accounts).toEqual(['5010']);
  });

  it('kind values written two ways are one kind', () => {
    const a = analyse([
      grid('Huvudbok', [
        ['Period', 'Ansvar', 'Typ', 'Belopp'],
        [202507, 'A', 'Utfall', 1],
        [202507, 'A', ' Utfall\u00a0', 2],
        [202507, 'A', 'Budget', 4],
      ]),
    ]);
    expect(a.issues.filter((i) => i.severity === 'error')).toEqual([]);
    expect(json(a).rows[0]!.ytdActual).toBe('3.00');
  });
});

describe('organisation and account sheets compare labels the same way', () => {
  it('codes, names and parents written two ways find each other and the ledger’s units', () => {
    const a = analyse([
      grid('Huvudbok', [
        ['Period', 'Ansvar', 'Budget', 'Utfall'],
        [202507, 'Överförmyndare'.normalize('NFD'), 100, 60],
        [202507, 'Politisk  verksamhet', 50, 30],
      ]),
      grid('Organisation', [
        ['Enhet', 'Namn', 'Överordnad'],
        ['KLS', 'Kommunledningsstab', ''],
        ['Överförmyndare', 'Överförmyndare', 'Kommunledningsstab'.normalize('NFD')],
        ['Politisk verksamhet\u00a0', 'Politisk verksamhet', ' KLS'],
      ]),
    ]);
    expect(a.issues.filter((i) => i.code === 'unitNotInOrganisation' || i.code === 'unknownParent')).toEqual([]);
    expect(json(a).rows.map((r) => r.path.join('/'))).toEqual(['Kommunledningsstab', 'Kommunledningsstab/Överförmyndare', 'Kommunledningsstab/Politisk verksamhet', '']);
  });

  it('account groups named two ways are one group', () => {
    const a = analyse([
      grid('Huvudbok', [
        ['Period', 'Ansvar', 'Konto', 'Budget', 'Utfall'],
        [202507, 'A', 5010, 100, 60],
        [202507, 'A', 6010, 50, 30],
      ]),
      grid('Konton', [
        ['Konto', 'Grupp'],
        ['5000-5999', 'Personalkostnader och övrigt'],
        ['6000-6999', 'Personalkostnader  och övrigt'.normalize('NFD')],
      ]),
    ]);
    expect(a.plan.groups.map((g) => g.name)).toEqual(['Personalkostnader och övrigt']);
  });
});
