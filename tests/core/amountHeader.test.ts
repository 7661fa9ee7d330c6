/** Amount headers read by their parts: the rule over many header shapes, not a list of examples. */
import { readAmountHeader } from '../../src/core/ledger/amountHeader';
import { rolesOfHeader } from '../../src/core/ledger/detect';

describe('amount headers by rule', () => {
  it.each([
    ['Bokfört belopp', 'actual', false], ['Reviderad budget', 'budget', false], ['Internbudget', 'budget', false],
    ['Utfall period', 'actual', false], ['Utfall månad', 'actual', false], ['Periodens utfall', 'actual', false],
    ['Utfall belopp', 'actual', false], ['Redovisat belopp', 'actual', false], ['Verkligt utfall', 'actual', false],
    ['Faktiskt utfall', 'actual', false], ['Actual amount', 'actual', false], ['Budget period', 'budget', false],
    ['Budget månad', 'budget', false], ['Budget helår', 'annualBudget', false], ['Helårsbudget 2025', 'annualBudget', false],
    ['Summa av Budget', 'budget', false], ['Summa av Utfall', 'actual', false], ['Sum of Budget', 'budget', false],
    ['Summa av Belopp', 'amount', false], ['Sum of Amount', 'amount', false], ['Sum of Value', 'amount', false],
    ['Prognos helår', 'forecast', false], ['Årsprognos', 'forecast', false], ['Forecast full year', 'forecast', false],
    ['Utfall ack', 'actual', true], ['Ackumulerat utfall', 'actual', true], ['Ack. utfall', 'actual', true], ['Budget ack', 'budget', true],
    ['Ackumulerad budget', 'budget', true], ['YTD actual', 'actual', true], ['Actual YTD', 'actual', true], ['Budget t.o.m.', 'budget', true],
    ['Summa av Utfall ack', 'actual', true], ['Belopp ack', 'amount', true],
    ['Utfall innevarande år', 'actual', false], ['This year actual', 'actual', false], ['Utfall fg år', 'actual', false],
  ])('"%s" → %s (cumulative %s)', (header, role, cumulative) => {
    expect(rolesOfHeader(header)).toEqual([role]);
    const reading = readAmountHeader(header);
    expect(reading.is === 'amount' && reading.cumulative).toBe(cumulative);
  });

  it('reads year and unit anywhere among the parts', () => {
    expect(readAmountHeader('Utfall 2024 ack (tkr)')).toMatchObject({ is: 'amount', kind: 'actual', year: 2024, thousandsShift: 3, cumulative: true });
    expect(readAmountHeader('Summa av Budget MSEK')).toMatchObject({ is: 'amount', kind: 'budget', thousandsShift: 6 });
  });

  it.each([['Avvikelse'], ['Budgetavvikelse'], ['Utfall %'], ['Avvikelse %'], ['Summa'], ['Totalt'], ['Helår'], ['Saldo'], ['Diff']])('"%s" is derived, left unread', (header) => {
    expect(readAmountHeader(header).is).toBe('derived');
    expect(rolesOfHeader(header)).toEqual([]);
  });

  it.each([['Antal av Belopp'], ['Count of Amount'], ['Medel av Utfall'], ['Budget/Utfall'], ['Prognos ack'], ['Utfall helår'], ['Tkr'], ['Budgetram'], ['Anslag']])(
    '"%s" names money but is not understood',
    (header) => {
      expect(readAmountHeader(header).is).toBe('unknownAmount');
      expect(rolesOfHeader(header)).toEqual([]);
    },
  );

  it.each([['Valutabelopp'], ['Currency amount']])('"%s" is the transaction currency, not the ledger amount', (header) => {
    expect(rolesOfHeader(header)).toEqual([]);
  });

  it.each([['Kontonamn'], ['Antal'], ['Aktivitet'], ['Netto'], ['Kommentar']])('"%s" names no money', (header) => {
    expect(readAmountHeader(header).is).toBe('none');
  });

  it.each([['Bokföringsdatum'], ['Verifikationsdatum'], ['Transaction date'], ['Posting date'], ['Bokföringsperiod'], ['Redovisningsperiod']])('"%s" is a period', (header) => {
    expect(rolesOfHeader(header)).toContain('period');
  });
});
