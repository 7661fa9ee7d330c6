/** Grouping an input error's issues for the pane (issue 8): ranges, quoted sheets, headers by column. */
import { cellRanges, issueLines, parseCellRef } from '../../src/taskpane/components/ErrorBar/issueGroups';
import { columnHeaderOf } from '../../src/taskpane/components/TaskPane/paneHelpers';
import { stringsFor } from '../../src/taskpane/strings';
import type { Issue } from '../../src/core/issues/issue';
import { aLedgerLayout } from './fakeApp';

const text = (address: string): Issue => ({ code: 'textInAmount', severity: 'error', address: address as never, params: { text: 'x' } });

describe('cellRanges', () => {
  it('merges consecutive rows whatever their order, and ends a long list with …', () => {
    expect(cellRanges('G', [602, 600, 601, 605])).toBe('G600–G602, G605');
    expect(cellRanges('B', [1, 3, 5, 7, 9, 11, 13, 15, 17, 19])).toBe('B1, B3, B5, B7, B9, B11, B13, B15 …');
  });
});

describe('parseCellRef', () => {
  it('reads quoted sheet names with apostrophes', () => {
    expect(parseCellRef("'Utfall ''25'!AB12")).toEqual({ sheetPart: "'Utfall ''25'", sheet: "Utfall '25", column: 'AB', row: 12 });
    expect(parseCellRef('Huvudbok!A1:B2')).toBeNull();
  });
});

describe('issueLines', () => {
  it('names the sheet when groups come from several sheets, in English too', () => {
    const error = { kind: 'input' as const, issues: [text('Huvudbok!F2'), text('Huvudbok!F3'), text("'Utfall 2024'!F2"), text("'Utfall 2024'!F3")] };
    const header = columnHeaderOf([aLedgerLayout()], { Huvudbok: 0 });
    expect(issueLines(error, 'en', stringsFor('en'), header).map((l) => [l.text, l.address])).toEqual([
      ['Huvudbok: 2 cells in column F (Redovisning) contain text: F2–F3', 'Huvudbok!F2'],
      ["Utfall 2024: 2 cells in column F contain text: F2–F3", "'Utfall 2024'!F2"],
    ]);
  });

  it('keeps a single issue in its own words, and a kind without a phrase in the first issue\'s words', () => {
    const error = {
      kind: 'input' as const,
      issues: [text('Huvudbok!F2'), { code: 'unknownParent', severity: 'error', address: 'Org!C4', params: { text: 'X' } }, { code: 'unknownParent', severity: 'error', address: 'Org!C5', params: { text: 'Y' } }] as Issue[],
    };
    expect(issueLines(error, 'sv', stringsFor('sv'), () => null).map((l) => l.text)).toEqual([
      'Huvudbok!F2: "x" är inte ett belopp',
      'Org: 2 celler i kolumn C har samma fel (överordnad enhet "X" finns inte i organisationen): C4–C5',
    ]);
  });
});

describe('columnHeaderOf', () => {
  it('counts from the first column read (a ledger starting in column C)', () => {
    const header = columnHeaderOf([aLedgerLayout()], { Huvudbok: 2 });
    expect(header('Huvudbok', 'H')).toBe('Redovisning');
    expect(header('Huvudbok', 'B')).toBeNull();
    expect(header('Annat', 'A')).toBeNull();
  });
});
