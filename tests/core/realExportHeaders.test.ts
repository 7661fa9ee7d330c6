/**
 * Ledgers in the shapes real systems export (Raindance, Unit4/Agresso, Visma, Hogia, Excel pivot
 * tables) and what people do to them in Excel: the figures must come out right, not only the roles.
 */
import type { Cell } from '../../src/core/grid/grid';
import { issueMessage } from '../../src/core/i18n/issues';
import { moneyToKronorString } from '../../src/core/money';
import type { Figures } from '../../src/core/followup/figures';
import { analyse, grid } from '../support/builders';

const kr = (m: number | null | undefined) => (m === null || m === undefined ? null : moneyToKronorString(m as never));

/** The figures of the total that a header mix-up would move. */
function totals(f: Figures) {
  return {
    periodBudget: kr(f.periodBudget),
    periodActual: kr(f.periodActual),
    ytdBudget: kr(f.ytdBudget),
    ytdActual: kr(f.ytdActual),
    annualBudget: kr(f.annualBudget),
  };
}

function errorsOf(rows: readonly (readonly Cell[])[], sheet = 'Export') {
  const a = analyse([grid(sheet, rows)]);
  return a.issues.filter((i) => i.severity === 'error');
}

describe('budget and actual headers of real exports, each read into the right figures', () => {
  // June and July for two units: budget 100,50 + 200 + 40 = 340,50 (July 240), actual 90,25 − 10 + 30 = 110,25 (July 20).
  const data = (budget: string, actual: string): Cell[][] => [
    ['Period', 'Ansvar', 'Konto', budget, actual],
    [202506, '1100', 5010, 100.5, 90.25],
    [202507, '1100', 5010, 200, -10],
    [202507, '1200', 5010, '40,00', '30,00'],
  ];
  const expected = { periodBudget: '240.00', periodActual: '20.00', ytdBudget: '340.50', ytdActual: '110.25', annualBudget: '340.50' };

  it.each([
    ['Raindance', 'Budget', 'Redovisning'],
    ['Unit4/Agresso', 'Budget', 'Bokfört belopp'],
    ['Unit4/Agresso, revised budget', 'Reviderad budget', 'Bokfört belopp'],
    ['internal budget', 'Internbudget', 'Utfall'],
    ['period columns', 'Budget period', 'Utfall period'],
    ['month columns', 'Budget månad', 'Utfall månad'],
    ['genitive', 'Periodbudget', 'Periodens utfall'],
    ['amount words', 'Budgetbelopp', 'Utfall belopp'],
    ['reported', 'Budget', 'Redovisat belopp'],
    ['real outcome', 'Budget', 'Verkligt utfall'],
    ['actual outcome', 'Budget', 'Faktiskt utfall'],
    ['English', 'Budget amount', 'Actual amount'],
    ['glued', 'Månadsbudget', 'Utfallsbelopp'],
    ['Excel pivot, Swedish', 'Summa av Budget', 'Summa av Utfall'],
    ['Excel pivot, English', 'Sum of Budget', 'Sum of Actual'],
    ['LibreOffice pivot', 'Summa - Budget', 'Summa - Utfall'],
    ['pivot of a year column', 'Summa av Budget 2025', 'Summa av Utfall 2025'],
    ['upper case and punctuation', 'BUDGET (KR)', 'UTFALL, PERIOD'],
  ])('%s: "%s" and "%s"', (_system, budget, actual) => {
    const a = analyse([grid('Export', data(budget, actual))]);
    expect(a.issues.filter((i) => i.severity === 'error')).toEqual([]);
    expect(totals(a.followUp!.total)).toEqual(expected);
  });

  it.each([
    ['Budget helår'], ['Årsbudget'], ['Helårsbudget'], ['Annual budget'], ['Full year budget'], ['Budget FY'],
  ])('"%s" is the annual budget', (header) => {
    const rows = [['Period', 'Ansvar', 'Budget', 'Utfall', header], [202507, 'A', 10, 9, 1200], [202506, 'A', 10, 9, null]];
    const a = analyse([grid('Export', rows)]);
    expect(a.issues.filter((i) => i.severity === 'error')).toEqual([]);
    expect(kr(a.followUp!.total.annualBudget)).toBe('1200.00');
    expect(kr(a.followUp!.total.ytdBudget)).toBe('20.00');
  });

  it('reads a pivot with Typ across the columns, its grand total column left unread', () => {
    for (const total of ['Totalsumma', 'Grand Total']) {
      const rows = [['Ansvar', 'Period', 'Budget', 'Utfall', total], ['A', 202507, 100, 80.5, 180.5], ['B', 202507, -10, -12.25, -22.25]];
      const a = analyse([grid('Pivot', rows)]);
      expect(a.issues.filter((i) => i.severity === 'error')).toEqual([]);
      expect([kr(a.followUp!.total.ytdBudget), kr(a.followUp!.total.ytdActual)]).toEqual(['90.00', '68.25']);
    }
  });

  it('reads a pivot of Belopp by Typ ("Summa av Belopp" / "Sum of Amount")', () => {
    for (const header of ['Summa av Belopp', 'Sum of Amount']) {
      const rows = [['Ansvar', 'Period', 'Typ', header], ['A', 202507, 'Budget', 100], ['A', 202507, 'Utfall', 80], ['A', 202506, 'Utfall', 5]];
      const f = analyse([grid('Pivot', rows)]).followUp!;
      expect(kr(f.total.ytdBudget)).toBe('100.00');
      expect(kr(f.total.ytdActual)).toBe('85.00');
    }
  });

  it('Raindance with dimension codes (Aktivitet, Projekt, Objekt) beside the amounts', () => {
    const rows = [
      ['Period', 'Ansvar', 'Aktivitet', 'Projekt', 'Objekt', 'Konto', 'Budget', 'Redovisning'],
      [202507, '1100', 410, 9001, 77, 5010, 1000, 1234.5],
      [202507, '1100', 420, 9002, 78, 4010, -500, -250.25],
    ];
    const a = analyse([grid('Raindance', rows)]);
    expect(a.issues.filter((i) => i.severity === 'error')).toEqual([]);
    expect(kr(a.followUp!.total.ytdBudget)).toBe('500.00');
    expect(kr(a.followUp!.total.ytdActual)).toBe('984.25');
  });

  it('Visma/Hogia transactions: the period from Bokföringsdatum or Verifikationsdatum', () => {
    for (const date of ['Bokföringsdatum', 'Verifikationsdatum', 'Transaktionsdatum', 'Transaction date', 'Posting date']) {
      const rows = [
        [date, 'Vernr', 'Kostnadsställe', 'Konto', 'Kontonamn', 'Utfall belopp'],
        ['2025-07-03', 1001, 'Skola', 5010, 'Löner', 1500.5],
        ['2025-06-30', 1002, 'Skola', 5010, 'Löner', 99.5],
        ['2025-07-31', 1003, 'Skola', 6110, 'Hyra', -100],
      ];
      const a = analyse([grid('Huvudbok', rows)]);
      expect(a.issues.filter((i) => i.severity === 'error')).toEqual([]);
      expect(kr(a.followUp!.total.periodActual)).toBe('1400.50');
      expect(kr(a.followUp!.total.ytdActual)).toBe('1500.00');
    }
  });

  it('takes the period from Period, not from a booking date beside it (a July accrual booked on 5 August)', () => {
    const rows = [['Bokföringsdatum', 'Period', 'Ansvar', 'Utfall'], ['2025-08-05', 202507, 'A', 70], ['2025-07-10', 202507, 'A', 30]];
    const a = analyse([grid('Huvudbok', rows)]);
    expect(a.layouts[0]!.columns.map((c) => c.role)).toEqual(['ignore', 'period', 'unit', 'actual']);
    expect(kr(a.followUp!.total.periodActual)).toBe('100.00');
  });

  it('what Excel users add: deviation, percent and comment columns are left unread, wherever they stand', () => {
    const rows = [
      ['Utfall %', 'Period', 'Ansvar', 'Konto', 'Budget', 'Utfall', 'Avvikelse', 'Avvikelse %', 'Förbrukat %', 'Kommentar', 'Antal', 'Moms'],
      [0.9, 202507, 'A', 5010, 100, 90, 10, 0.1, 0.9, 'ok', 1.5, 22.5],
      [1.25, 202507, 'B', 5010, 40, 50, -10, -0.25, 1.25, '', 2, -12.25],
    ];
    const a = analyse([grid('Export', rows)]);
    expect(a.issues.filter((i) => i.severity === 'error')).toEqual([]);
    expect(kr(a.followUp!.total.ytdActual)).toBe('140.00');
    expect(kr(a.followUp!.total.ytdBudget)).toBe('140.00');
  });

  it('a wide sheet with a row total ("Summa", "Totalt", "Helår", or "Budget" that is the months\' total)', () => {
    for (const total of ['Summa', 'Totalt', 'Helår', 'Budget']) {
      const rows = [['Ansvar', 'jan', 'feb', 'mar', total], ['A', 10, 20.5, 30, 60.5], ['B', 1, 1, 1, 3]];
      const a = analyse([grid('Budget 2025', rows)], { month: 3 });
      expect(a.issues.filter((i) => i.severity === 'error')).toEqual([]);
      expect(kr(a.followUp!.total.ytdBudget)).toBe('63.50');
    }
  });
});

describe('an amount column is never dropped in silence', () => {
  it('a money header the reader does not understand is an error naming sheet, column and header', () => {
    const rows = [['Period', 'Ansvar', 'Budget', 'Utfall', 'Ram'], [202507, 'A', 100, 90, 90]];
    const errors = errorsOf(rows);
    expect(errors).toHaveIssue('unknownAmountColumn', 'Export!E1');
    expect(issueMessage(errors[0]!, 'sv')).toMatch(/^Export!E1: kolumn E \("Ram"\) innehåller belopp men rubriken säger inte/);
    expect(issueMessage(errors[0]!, 'en')).toMatch(/^Export!E1: column E \("Ram"\) holds amounts but its header does not say/);
    expect(issueMessage(errors[0]!, 'sv', 'cli')).toContain('; ange --column "Ram=roll" med rollen budget, utfall, prognos, årsbudget eller ignorera');
    expect(issueMessage(errors[0]!, 'en', 'cli')).toContain('; give --column "Ram=role" with the role budget, actual, forecast, annualBudget or ignore');
    expect(issueMessage(errors[0]!, 'en', 'pane')).toContain('say in the task pane what the column is (Ignore if it is not to be read)');
  });

  it.each([['Budgetram'], ['Nettokostnad'], ['Budget kredit'], ['Antal av Belopp'], ['Average of Amount'], ['Budget/Utfall'], ['Utfall nästa år'], ['Total budget'], ['Tkr'], ['Budget2'], ['Utfall juli']])(
    '"%s" holding numbers is an error',
    (header) => {
      expect(errorsOf([['Period', 'Ansvar', 'Budget', header], [202507, 'A', 100, 100]])).toHaveIssue('unknownAmountColumn', 'Export!D1');
    },
  );

  it('any other numeric column beside the amounts is an error: "Tilldelning" could be the budget', () => {
    const errors = errorsOf([['Period', 'Ansvar', 'Utfall', 'Tilldelning'], [202507, 'A', 100, 120000], [202507, 'B', 1, 50000]]);
    expect(errors).toHaveIssue('unknownAmountColumn', 'Export!D1');
  });

  it.each([['Projektnr'], ['Aktivitetskod'], ['Objekt-id'], ['Kundnummer'], ['Antal timmar'], ['Dim 2'], ['Fri 3'], ['Kvartal'], ['Vecka'], ['Valutakurs'], ['Momssats']])(
    '"%s" is a code, a count or a rate: no false alarm',
    (header) => {
      expect(errorsOf([['Period', 'Ansvar', 'Utfall', header], [202507, 'A', 100, 3], [202507, 'B', 1, 4.5]])).toEqual([]);
    },
  );

  it('an unnamed header whose numbers look like money (negative, öre) beside the amounts is an error', () => {
    expect(errorsOf([['Period', 'Ansvar', 'Budget', 'Ramjustering'], [202507, 'A', 100, -250], [202507, 'B', 1, 3]])).toHaveIssue('unknownAmountColumn', 'Export!D1');
    expect(errorsOf([['Period', 'Ansvar', 'Utfall', 'Kol1'], [202507, 'A', 100, '1 064,50']])).toHaveIssue('unknownAmountColumn', 'Export!D1');
  });

  it('a column of amounts without any header is an error at its header cell', () => {
    const errors = errorsOf([['Period', 'Ansvar', 'Budget', null, 'Utfall'], [202507, 'A', 100, -75.5, 90]]);
    expect(errors).toHaveIssue('unknownAmountColumn', 'Export!D1');
    expect(issueMessage(errors[0]!, 'sv')).toContain('kolumn D (utan rubrik)');
  });

  it('leaves codes, counts, years and text alone: no false alarms on what exports carry', () => {
    const rows = [
      ['År', 'Period', 'Ansvar', 'Konto', 'Sortering', 'Aktivitet', 'Antal', 'Kvantitet', 'Moms', 'Budgetansvarig', 'Kontonamn', 'Budget', 'Utfall', 'Valutabelopp', 'Valutakurs'],
      [2025, 7, 'A', 5010, 1, 410, 3, 2.5, 25.25, 'Anna', 'Löner', 100, 90, -8.5, 10.61],
    ];
    expect(errorsOf(rows)).toEqual([]);
  });

  it('two columns with one role are an error naming both, not the first read in silence', () => {
    const twice = errorsOf([['Period', 'Ansvar', 'Budget', 'Utfall', 'Budget'], [202507, 'A', 100, 90, 100]]);
    expect(twice).toHaveIssue('duplicateAmountColumn', 'Export!E1');
    expect(issueMessage(twice[0]!, 'sv')).toBe('Export!E1: kolumn E ("Budget") och kolumn C ("Budget") innehåller båda samma slags belopp och skulle räknas två gånger');
    expect(issueMessage(twice[0]!, 'sv', 'pane')).toContain('; ange i åtgärdsfönstret vilken som ska läsas (den andra Ignorera)');
    // Two headers alike: the command line names the column by its letter.
    expect(issueMessage(twice[0]!, 'sv', 'cli')).toContain('; läs bara en, t.ex. med --column "E=ignorera"');
    expect(issueMessage(twice[0]!, 'en', 'cli')).toContain('; read only one, e.g. with --column "E=ignore"');
    expect(errorsOf([['Period', 'Ansvar', 'Budget', 'Budgetbelopp'], [202507, 'A', 100, 100]])).toHaveIssue('duplicateAmountColumn', 'Export!D1');
    expect(errorsOf([['Period', 'Ansvar', 'Budget', 'Reviderad budget'], [202507, 'A', 100, 120]])).toHaveIssue('duplicateAmountColumn', 'Export!D1');
    expect(errorsOf([['Enhet', 'Budget jan', 'Budget feb', 'Budget jan'], ['A', 1, 2, 3]], 'Ekonomi 2025')).toHaveIssue('duplicateAmountColumn', "'Ekonomi 2025'!D1");
  });

  it('one column per year is not a duplicate', () => {
    expect(errorsOf([['Period', 'Ansvar', 'Utfall 2024', 'Utfall 2025'], [202507, 'A', 1, 2]])).toEqual([]);
  });

  it('a wide sheet\'s Budget column that is not the months\' total is an error', () => {
    const rows = [['Ansvar', 'jan', 'feb', 'Budget'], ['A', 10, 20, 30], ['B', 1, 1, 5]];
    expect(errorsOf(rows, 'Budget 2025')).toHaveIssue('amountBesideMonths', "'Budget 2025'!D3");
  });
});

describe('a wide sheet with budget and actual months and their totals', () => {
  it('checks each total against the months of its own kind', () => {
    const rows = [['Ansvar', 'Budget jan', 'Utfall jan', 'Budget feb', 'Utfall feb', 'Budget', 'Utfall'], ['A', 10, 9, 20, 25, 30, 34]];
    const a = analyse([grid('Ekonomi 2025', rows)], { month: 2 });
    expect(a.issues.filter((i) => i.severity === 'error')).toEqual([]);
    expect(kr(a.followUp!.total.ytdActual)).toBe('34.00');
    const off = analyse([grid('Ekonomi 2025', [rows[0]!, ['A', 10, 9, 20, 25, 30, 35]])], { month: 2 });
    expect(off.issues).toHaveIssue('amountBesideMonths', "'Ekonomi 2025'!G2");
  });
});

describe('bookkeeping exports with Debet and Kredit (Visma, Hogia, Fortnox)', () => {
  it('reads Debet − Kredit as the actuals', () => {
    const rows = [
      ['Konto', 'Benämning', 'Ver.nr', 'Datum', 'Text', 'Kst', 'Debet', 'Kredit', 'Saldo'],
      [5010, 'Löner', 'A12', '2025-07-03', 'Lön juli', 'Skola', '12 000,50', null, '12 000,50'],
      [3010, 'Avgifter', 'A13', '2025-07-10', 'Taxa', 'Skola', null, '2 000,00', '10 000,50'],
      [5010, 'Löner', 'A14', '2025-06-20', 'Rättelse', 'Skola', 100, 300, '-200'],
    ];
    const a = analyse([grid('Huvudbok', rows)]);
    expect(a.issues.filter((i) => i.severity === 'error')).toEqual([]);
    expect(a.layouts[0]!.columns.map((c) => c.role)).toEqual(['account', 'ignore', 'ignore', 'period', 'ignore', 'unit', 'actual', 'actual', 'ignore']);
    expect(kr(a.followUp!.total.periodActual)).toBe('10000.50');
    expect(kr(a.followUp!.total.ytdActual)).toBe('9800.50');
  });

  it('but Debet beside an Utfall column is the same figures twice', () => {
    expect(errorsOf([['Period', 'Ansvar', 'Utfall', 'Debet'], [202507, 'A', 1, 1]])).toHaveIssue('duplicateAmountColumn', 'Export!D1');
    expect(errorsOf([['Period', 'Ansvar', 'Debet', 'Debet'], [202507, 'A', 1, 1]])).toHaveIssue('duplicateAmountColumn', 'Export!D1');
  });
});

describe('the previous year beside this year (Raindance and Hogia period reports)', () => {
  it.each([['Utfall fg år'], ['Utfall föregående år'], ['Föregående års utfall'], ['Prior year actual'], ['Actual last year'], ['Utfall föreg. år']])(
    '"%s" is last year\'s actual for the same month',
    (header) => {
      const rows = [['Period', 'Ansvar', 'Budget', 'Utfall', header], [202506, 'A', 10, 9, 7], [202507, 'A', 10, 11, 8]];
      const a = analyse([grid('Rapport', rows)]);
      expect(a.issues.filter((i) => i.severity === 'error')).toEqual([]);
      expect(kr(a.followUp!.total.ytdActual)).toBe('20.00');
      expect(kr(a.followUp!.total.ytdActualPreviousYear)).toBe('15.00');
    },
  );

  it('"Belopp exkl moms" is an amount; "Belopp inkl moms" is a question', () => {
    const ok = analyse([grid('H', [['Period', 'Ansvar', 'Typ', 'Belopp exkl. moms'], [202507, 'A', 'Utfall', 80]])]);
    expect(kr(ok.followUp!.total.ytdActual)).toBe('80.00');
    expect(errorsOf([['Period', 'Ansvar', 'Typ', 'Belopp', 'Belopp inkl. moms'], [202507, 'A', 'Utfall', 80, 100]])).toHaveIssue('unknownAmountColumn', 'Export!E1');
  });
});

describe('wide sheets with two years side by side', () => {
  it('reads "Utfall 2024 jan" beside "Utfall 2025 jan"', () => {
    const rows = [['Ansvar', 'Budget 2025 jan', 'Budget 2025 feb', 'Utfall 2025 jan', 'Utfall 2025 feb', 'Utfall 2024 jan', 'Utfall 2024 feb'], ['A', 10, 10, 9, 12, 7, 8]];
    const a = analyse([grid('Ekonomi', rows)], { month: 2 });
    expect(a.issues.filter((i) => i.severity === 'error')).toEqual([]);
    const t = a.followUp!.total;
    expect([kr(t.ytdBudget), kr(t.ytdActual), kr(t.ytdActualPreviousYear)]).toEqual(['20.00', '21.00', '15.00']);
  });
});

describe('Hogia\'s "Budget år" and the budget year "Budgetår"', () => {
  it('reads "Budget år" holding amounts as the annual budget, and "Budgetår" holding 2025 as the year', () => {
    const hogia = [['Period', 'Resultatenhet', 'Konto', 'Utfall period', 'Budget period', 'Budget år'], [202507, 'A', 5010, 90, 100, 1200], [202506, 'A', 5010, 80, 100, 1200]];
    const a = analyse([grid('Hogia', hogia)]);
    expect(a.issues.filter((i) => i.severity === 'error')).toEqual([]);
    expect(a.layouts[0]!.columns.map((c) => c.role)).toEqual(['period', 'unit', 'account', 'actual', 'budget', 'annualBudget']);
    expect(kr(a.followUp!.total.annualBudget)).toBe('1200.00');
    const year = [['Budgetår', 'Period', 'Ansvar', 'Budget'], [2025, 7, 'A', 100]];
    const b = analyse([grid('H', year)]);
    expect(b.layouts[0]!.columns.map((c) => c.role)).toEqual(['year', 'period', 'unit', 'budget']);
    expect(kr(b.followUp!.total.ytdBudget)).toBe('100.00');
  });
});
