import { UNCALCULATED } from '../../src/core/grid/grid';
import { hasErrors } from '../../src/core/issues/issue';
import { issueMessage } from '../../src/core/i18n/issues';
import { moneyToKronorString } from '../../src/core/money';
import { aLedger, analyse, grid } from '../support/builders';

const kr = (m: number | null | undefined) => (m === null || m === undefined ? null : moneyToKronorString(m as never));

describe('bad input is an issue naming sheet and cell', () => {
  it('text in an amount cell', () => {
    const a = analyse([aLedger([{ budget: 100 }, { budget: 'abc' }])]);
    expect(a.issues).toHaveIssue('textInAmount', 'Huvudbok!E3');
    expect(issueMessage(a.issues[0]!, 'sv')).toBe('Huvudbok!E3: "abc" är inte ett belopp');
    expect(issueMessage(a.issues[0]!, 'en')).toBe('Huvudbok!E3: "abc" is not an amount');
    expect(a.followUp).toBeNull();
  });

  it('an amount that reads as 1,064 kr in one convention and 1 064 kr in the other', () => {
    expect(analyse([aLedger([{ budget: '1,064' }])]).issues).toHaveIssue('ambiguousAmount', 'Huvudbok!E2');
    for (const text of ['(1,064)', '1,064 kr', '1.064-']) expect(analyse([aLedger([{ actual: text }])]).issues).toHaveIssue('ambiguousAmount', 'Huvudbok!F2');
  });

  it('an error value in an amount cell', () => {
    const a = analyse([aLedger([{ actual: { error: '#N/A' } }])]);
    expect(a.issues).toHaveIssue('errorInCell', 'Huvudbok!F2');
    const never = analyse([aLedger([{ actual: { error: UNCALCULATED } }])]).issues.find((i) => i.code === 'errorInCell')!;
    expect(issueMessage(never, 'sv')).toBe('Huvudbok!F2: formeln i cellen har inget beräknat värde i filen; öppna filen i Excel och spara den');
  });

  it('a boolean in an amount cell', () => {
    expect(analyse([aLedger([{ actual: true }])]).issues).toHaveIssue('textInAmount', 'Huvudbok!F2');
  });

  it('a period that is not a period', () => {
    expect(analyse([aLedger([{ period: 'sommaren', budget: 1 }])]).issues).toHaveIssue('badPeriod', 'Huvudbok!A2');
    expect(analyse([aLedger([{ period: null, budget: 1 }])]).issues).toHaveIssue('badPeriod', 'Huvudbok!A2');
  });

  it('a bare month without a year column', () => {
    expect(analyse([aLedger([{ period: 'P07', budget: 1 }])]).issues).toHaveIssue('missingYear', 'Huvudbok!A2');
  });

  it('an unknown kind in an amount + kind ledger', () => {
    const g = grid('Data', [
      ['Period', 'Ansvar', 'Typ', 'Belopp'],
      [202507, 'A', 'Budget', 10],
      [202507, 'A', 'Gissning', 10],
    ]);
    expect(analyse([g]).issues).toHaveIssue('unknownKind', 'Data!C3');
  });

  it('amounts without a unit', () => {
    expect(analyse([aLedger([{ unit: null, budget: 5 }])]).issues).toHaveIssue('missingUnit', 'Huvudbok!B2');
  });

  it('a workbook without a ledger', () => {
    expect(analyse([grid('Blad1', [['hej']])]).issues).toHaveIssue('noLedger');
  });

  it('a ledger without a period column', () => {
    expect(analyse([grid('H', [['Ansvar', 'Budget'], ['A', 1]])]).issues).toHaveIssue('missingRole');
  });

  it('collects every issue at once, quoting sheet names with spaces', () => {
    const a = analyse([aLedger([{ budget: 'x' }, { actual: 'y' }, { period: 'z', budget: 1 }], 'Huvudbok 2025')]);
    expect(a.issues.filter((i) => i.severity === 'error').map((i) => i.address)).toEqual([
      "'Huvudbok 2025'!E2",
      "'Huvudbok 2025'!F3",
      "'Huvudbok 2025'!A4",
    ]);
  });

  it('limits a flood of issues and counts the rest', () => {
    const rows = Array.from({ length: 500 }, () => ({ budget: 'x' }));
    const a = analyse([aLedger(rows)]);
    expect(a.issues.filter((i) => i.code === 'textInAmount')).toHaveLength(200);
    expect(a.issues).toHaveIssue('moreIssues');
    expect(a.issues.find((i) => i.code === 'moreIssues')!.params.count).toBe(300);
  });

  it('no amounts in the selected year', () => {
    expect(analyse([aLedger([{ period: 202307, budget: 1 }])]).issues).toHaveIssue('noDataForPeriod');
  });

  it('skips Summa/Totalt rows with one warning, and they count nothing', () => {
    const a = analyse([aLedger([{ budget: 100 }, { unit: 'Summa', budget: 100 }, { unit: 'Totalt KLS', budget: 100 }, { unit: 'Total', budget: 1 }])]);
    expect(a.issues).toHaveIssue('summaryRowsSkipped', 'Huvudbok!B3');
    expect(a.issues.find((i) => i.code === 'summaryRowsSkipped')!.params.count).toBe(3);
    expect(hasErrors(a.issues)).toBe(false);
    expect(kr(a.followUp!.total.ytdBudget)).toBe('100.00');
  });

  it('skips Summa rows in the account column too, so nothing counts twice', () => {
    const a = analyse([aLedger([{ account: 5010, budget: 100 }, { account: 5020, budget: 50 }, { account: 'Summa 5xxx', budget: 150 }])]);
    expect(a.issues).toHaveIssue('summaryRowsSkipped', 'Huvudbok!D4');
    expect(kr(a.followUp!.total.ytdBudget)).toBe('150.00');
  });

  it('names the cell that says Summa, in whichever level column it is', () => {
    const a = analyse([aLedger([{ unit: 'Vård', sub: 'Hemtjänst', budget: 100 }, { unit: 'Vård', sub: 'Summa Vård', budget: 100 }])]);
    expect(a.issues).toHaveIssue('summaryRowsSkipped', 'Huvudbok!C3');
  });
});

describe('reading ledger shapes and cell forms', () => {
  it('reads a column per year: "Utfall 2024" is last year’s actual, "Utfall 2025" this year’s', () => {
    const rows = [['Period', 'Enhet', 'Budget 2025', 'Utfall 2024', 'Utfall 2025'], [202507, 'A', 100, 70, 90], ['2025-06', 'A', 100, 60, 80]];
    const a = analyse([grid('Huvudbok', rows)], { month: 7 });
    expect(a.layouts[0]!.kind === 'ledger' && a.layouts[0]!.columns.map((c) => c.role)).toEqual(['period', 'unit', 'budget', 'actual', 'actual']);
    const f = a.followUp!;
    expect(kr(f.total.ytdActual)).toBe('170.00');
    expect(kr(f.total.ytdActualPreviousYear)).toBe('130.00');
    expect(kr(f.total.ytdBudget)).toBe('200.00');
  });

  it('reads amounts in tkr and mnkr columns as kronor, exactly', () => {
    const header = ['Period', 'Enhet', 'Budget (tkr)', 'Utfall tkr', 'Prognos (mnkr)'];
    const rows = [header, [202507, 'A', 1456, '637,5', 0.0015], [202507, 'B', 1.064123, '0,0015', '1,2']];
    const a = analyse([grid('Huvudbok', rows)], { month: 7 });
    expect(a.issues.filter((i) => i.severity === 'error')).toEqual([]);
    const [unitA, unitB] = a.followUp!.organisation.nodes;
    expect(kr(a.followUp!.nodes[unitA!.id]!.ytdBudget)).toBe('1456000.00');
    expect(kr(a.followUp!.nodes[unitA!.id]!.ytdActual)).toBe('637500.00');
    expect(kr(a.followUp!.nodes[unitA!.id]!.forecast)).toBe('1500.00');
    expect(kr(a.followUp!.nodes[unitB!.id]!.ytdBudget)).toBe('1064.12');
    expect(kr(a.followUp!.nodes[unitB!.id]!.ytdActual)).toBe('1.50');
    expect(kr(a.followUp!.nodes[unitB!.id]!.forecast)).toBe('1200000.00');
    // Units in SEK, and a year beside the unit in either order.
    const sek = analyse([grid('Huvudbok', [['Period', 'Enhet', 'Budget 2025 (tkr)', 'Utfall MSEK', 'Prognos KSEK 2025'], [202507, 'A', 2, '0,5', 7]])], { month: 7 });
    expect(sek.layouts[0]!.kind === 'ledger' && sek.layouts[0]!.columns.map((c) => c.role)).toEqual(['period', 'unit', 'budget', 'actual', 'forecast']);
    expect(kr(sek.followUp!.total.ytdBudget)).toBe('2000.00');
    expect(kr(sek.followUp!.total.ytdActual)).toBe('500000.00');
    expect(kr(sek.followUp!.total.forecast)).toBe('7000.00');
    expect(sek.ledger.actualWord).toBe('Utfall');
    // A tkr amount that could be 1,064 or 1 064 is still a question.
    expect(analyse([grid('Huvudbok', [header, [202507, 'A', '1,064', 0, 0]])]).issues).toHaveIssue('ambiguousAmount', 'Huvudbok!C2');
  });

  it('reads amounts as numbers and as Swedish or English text; blanks are zero', () => {
    const a = analyse([
      aLedger([
        { budget: 1064.1, actual: '1 064,1' },
        { budget: '1,064.10', actual: '\u22123,8' },
        { budget: '(3,8)', actual: '1\u00a0000' },
        { budget: null, actual: '' },
      ]),
    ]);
    expect(a.issues).toEqual([]);
    expect(kr(a.followUp!.total.ytdBudget)).toBe('2124.40');
    expect(kr(a.followUp!.total.ytdActual)).toBe('2060.30');
  });

  it('reads amount + kind, in Swedish and English kinds', () => {
    const g = grid('Data', [
      ['Period', 'Ansvar', 'Scenario', 'Amount'],
      ['2025-07', 'A', 'Budget', 100],
      ['2025-07', 'A', 'Actual', 90],
      ['2025-07', 'A', 'Utfall', 5],
      ['2025-03', 'A', 'Forecast', 1000],
    ]);
    const f = analyse([g]).followUp!;
    expect(kr(f.total.ytdBudget)).toBe('100.00');
    expect(kr(f.total.ytdActual)).toBe('95.00');
    expect(kr(f.total.forecast)).toBe('1000.00');
  });

  it('reads wide-by-month sheets with kind and year columns', () => {
    const g = grid('Data', [
      ['Ansvar', 'Typ', 'År', 'jan', 'feb', 'mar', 'apr', 'maj', 'jun', 'jul', 'aug'],
      ['A', 'Budget', 2025, 10, 10, 10, 10, 10, 10, 10, 10],
      ['A', 'Utfall', 2025, 9, 9, 9, 9, 9, 9, 9, null],
      ['A', 'Utfall', 2024, 8, 8, 8, 8, 8, 8, 8, 8],
    ]);
    const f = analyse([g]).followUp!;
    expect(kr(f.total.ytdBudget)).toBe('70.00');
    expect(kr(f.total.ytdActual)).toBe('63.00');
    expect(kr(f.total.annualBudget)).toBe('80.00');
    expect(kr(f.total.ytdActualPreviousYear)).toBe('56.00');
  });

  it('reads an Årsbudget column beside the months of a wide sheet', () => {
    const g = grid('Budget 2025', [
      ['Enhet', 'Årsbudget', 'jan', 'feb', 'mar', 'apr', 'maj', 'jun', 'jul'],
      ['A', 1200, 100, 100, 100, 100, 100, 100, 100],
      ['B', null, 50, 50, 50, 50, 50, 50, 50],
    ]);
    const f = analyse([g]).followUp!;
    expect(kr(f.total.ytdBudget)).toBe('1050.00');
    expect(kr(f.total.annualBudget)).toBe('1550.00'); // A's Årsbudget 1 200, B's months 350
  });

  it('takes kind from month headers and year from the sheet name', () => {
    const g = grid('Ekonomi 2025', [
      ['Enhet', 'Budget jan', 'Utfall jan', 'Budget feb', 'Utfall feb'],
      ['A', 100, 90, 100, 120],
    ]);
    const f = analyse([g], { month: 2 }).followUp!;
    expect(kr(f.total.ytdBudget)).toBe('200.00');
    expect(kr(f.total.ytdActual)).toBe('210.00');
  });

  it('takes kind and year from the sheet name, and reads several sheets together', () => {
    const budget = grid('Budget 2025', [['Enhet', 'jan', 'feb'], ['A', 100, 100], ['B', 50, 50]]);
    const actual = grid('Utfall 2025', [['Enhet', 'jan', 'feb'], ['A', 80, 70], ['B', 60, null]]);
    const lastYear = grid('Utfall 2024', [['Enhet', 'jan', 'feb'], ['A', 1, 2]]);
    const f = analyse([budget, actual, lastYear], { month: 2 }).followUp!;
    expect(kr(f.total.ytdBudget)).toBe('300.00');
    expect(kr(f.total.ytdActual)).toBe('210.00');
    expect(kr(f.total.ytdActualPreviousYear)).toBe('3.00');
  });

  it('needs a kind and a year for wide sheets', () => {
    expect(analyse([grid('Data', [['Enhet', 'jan', 'feb'], ['A', 1, 2]])]).issues).toHaveIssue('missingRole');
    expect(analyse([grid('Budget', [['Enhet', 'jan', 'feb'], ['A', 1, 2]])]).issues).toHaveIssue('missingYear', 'Budget!B2');
  });

  it('lets an Årsbudget column win, counting a value repeated on every month once', () => {
    const g = grid('H', [
      ['Period', 'Ansvar', 'Konto', 'Budget', 'Utfall', 'Årsbudget'],
      [202501, 'A', 5010, 100, 90, 1500],
      [202502, 'A', 5010, 100, 90, 1500],
      [202501, 'B', 5010, 100, 90, null],
    ]);
    const f = analyse([g], { month: 2 }).followUp!;
    const [a, b] = f.organisation.nodes;
    expect(kr(f.nodes[a!.id]!.annualBudget)).toBe('1500.00');
    expect(kr(f.nodes[b!.id]!.annualBudget)).toBe('100.00');
    expect(kr(f.total.annualBudget)).toBe('1600.00');
  });

  it('reads P07 periods with a year column', () => {
    const g = grid('H', [
      ['År', 'Period', 'Ansvar', 'Budget'],
      [2025, 'P07', 'A', 7],
      ['2025', 'P06', 'A', 6],
    ]);
    expect(kr(analyse([g]).followUp!.total.ytdBudget)).toBe('13.00');
  });

  it('keeps the ledger word for actuals', () => {
    const g = grid('H', [['Period', 'Ansvar', 'Budget', 'Redovisning'], [202507, 'A', 1, 1]]);
    expect(analyse([g]).ledger.actualWord).toBe('Redovisning');
  });
});

describe('units across sheets', () => {
  it('warns when one sheet names a unit alone and another under a parent', () => {
    const budget = grid('Budget', [['Period', 'Förvaltning', 'Enhet', 'Budget'], [202507, 'KLS', 'IT', 100]]);
    const actual = grid('Utfall', [['Period', 'Enhet', 'Utfall'], [202507, 'IT', 90]]);
    const a = analyse([budget, actual]);
    expect(a.issues).toHaveIssue('unitSplitAcrossSheets', 'Utfall!B2');
    expect(issueMessage(a.issues.find((i) => i.code === 'unitSplitAcrossSheets')!, 'sv')).toContain('enheten "IT" i Utfall står i Budget under "KLS / IT"');
  });

  it('does not warn within one sheet, where a blank finer level means the coarser unit', () => {
    const g = grid('Huvudbok', [['Period', 'Förvaltning', 'Enhet', 'Budget'], [202507, 'KLS', 'IT', 100], [202507, 'IT', null, 50]]);
    expect(analyse([g]).issues.some((i) => i.code === 'unitSplitAcrossSheets')).toBe(false);
  });
});

describe('organisation and accounts', () => {
  it('builds the hierarchy from level columns in order of first appearance, never alphabetical', () => {
    const a = analyse([aLedger([{ unit: 'Ö', sub: 'b', budget: 1 }, { unit: 'A', budget: 1 }, { unit: 'Ö', sub: 'a', budget: 1 }])]);
    expect(a.organisation.nodes.map((n) => n.path.join('/'))).toEqual(['Ö', 'Ö/b', 'Ö/a', 'A']);
  });

  it('reads an organisation sheet by code or name; missing units go under Övrigt with a warning', () => {
    const org = grid('Organisation', [
      ['Enhet', 'Namn', 'Överordnad', 'Sortering'],
      ['100', 'Stab', '', 2],
      ['110', 'Ekonomi', '100', 1],
      ['120', 'HR', 'Stab', 0],
      ['200', 'Skola', '', 1],
    ]);
    const ledger = grid('Huvudbok', [
      ['Period', 'Ansvar', 'Budget'],
      [202507, '110', 10],
      [202507, 'HR', 20],
      [202507, '999', 5],
      [202507, '200', 1],
    ]);
    const a = analyse([org, ledger]);
    expect(a.organisation.nodes.map((n) => n.path.join('/'))).toEqual([
      'Skola',
      'Stab',
      'Stab/HR',
      'Stab/Ekonomi',
      'Övrigt (saknas i organisationen)',
      'Övrigt (saknas i organisationen)/999',
    ]);
    expect(a.issues).toHaveIssue('unitNotInOrganisation', 'Huvudbok!B4');
    const stab = a.organisation.nodes.find((n) => n.name === 'Stab')!;
    expect(kr(a.followUp!.nodes[stab.id]!.ytdBudget)).toBe('30.00');
  });

  it('warns about a unit code that is in the organisation sheet twice', () => {
    const org = grid('Org', [['Enhet', 'Överordnad'], ['A', ''], ['B', 'A'], ['B', '']]);
    expect(analyse([org, aLedger([{ unit: 'B', budget: 1 }])]).issues).toHaveIssue('duplicateUnit', 'Org!A4');
  });

  it('reports an unknown parent and a cycle in the organisation sheet', () => {
    const org = grid('Org', [
      ['Enhet', 'Överordnad'],
      ['A', 'X'],
      ['B', 'C'],
      ['C', 'B'],
    ]);
    const a = analyse([org, aLedger([{ unit: 'A', budget: 1 }])]);
    expect(a.issues).toHaveIssue('unknownParent', 'Org!B2');
    expect(a.issues).toHaveIssue('organisationCycle');
  });

  it('reads account ranges and reports bad ones', () => {
    const accounts = grid('Konton', [
      ['Konto', 'Grupp'],
      ['5000-5999', 'Personal'],
      ['7000–7099', 'Lokaler'],
      ['femtio', 'Fel'],
    ]);
    const a = analyse([accounts, aLedger([{ account: 5010, budget: 1 }])]);
    expect(a.issues).toHaveIssue('badAccountRange', 'Konton!A4');
    expect(a.plan.groups.map((g) => g.name)).toEqual(['Personal', 'Lokaler']);
  });
});

describe('regressions', () => {
  it('keeps amounts that need the full reader: sub-öre numbers and text with spaces', () => {
    const a = analyse([aLedger([{ budget: 0.125, actual: ' 1 064,10 ' }, { budget: '12 kr', actual: '(3,8)' }])]);
    expect(a.issues).toEqual([]);
    expect(kr(a.followUp!.total.ytdBudget)).toBe('12.13');
    expect(kr(a.followUp!.total.ytdActual)).toBe('1060.30');
  });
});

describe('review regressions', () => {
  it('takes a wide forecast column\'s month as the month the forecast was made', () => {
    const g = grid('Prognos 2025', [['Enhet', 'jan', 'feb', 'mar', 'apr'], ['A', 1000, 1100, 1200, 1300]]);
    const b = grid('Budget 2025', [['Enhet', 'jan', 'feb', 'mar'], ['A', 100, 100, 100]]);
    const f = analyse([b, g], { month: 3 }).followUp!;
    expect(kr(f.total.forecast)).toBe('1200.00');
    expect(f.forecastMonth).toBe(3);
  });

  it('keeps a latest forecast of 0', () => {
    const f = analyse([aLedger([{ budget: 10, actual: 5 }, { period: 202503, forecast: 500 }, { period: 202506, forecast: 0 }])]).followUp!;
    expect(kr(f.total.forecast)).toBe('0.00');
    expect(f.forecastMonth).toBe(6);
  });

  it('reports month columns whose kind cannot be told, at their header', () => {
    const g = grid('Data 2025', [['Enhet', 'Utfall jan', 'feb'], ['A', 1, 2]]);
    expect(analyse([g], { month: 2 }).issues).toHaveIssue('missingRole', "'Data 2025'!C1");
  });

  it('leaves out a summary sheet that only looks like a ledger, with a warning', () => {
    const summary = grid('Sammanställning', [['Enhet', 'Årsbudget'], ['A', 100]]);
    const a = analyse([aLedger([{ budget: 10 }]), summary]);
    expect(a.issues).toHaveIssue('sheetNotRead');
    expect(a.followUp).not.toBeNull();
  });
});
