/** An account sheet's Typ column in the words real account plans use, Swedish and English. */
import { accountTypeOfText } from '../../src/core/accounts/accounts';
import { issueMessage } from '../../src/core/i18n/issues';
import { moneyToKronorString } from '../../src/core/money';
import { aLedger, analyse, grid } from '../support/builders';

const kr = (m: number) => moneyToKronorString(m as never);

describe('account types', () => {
  it.each([
    ['Intäkt', 'revenue'], ['Intäkter', 'revenue'], ['Income', 'revenue'], ['Revenue', 'revenue'], ['Revenues', 'revenue'],
    ['Verksamhetens intäkter', 'revenue'], ['Operating income', 'revenue'], ['Inkomster', 'revenue'],
    ['Kostnad', 'cost'], ['Kostnader', 'cost'], ['Expenditure', 'cost'], ['Expenditures', 'cost'], ['Expense', 'cost'],
    ['Expenses', 'cost'], ['Costs', 'cost'], ['Personalkostnader', 'cost'], ['Operating expenses', 'cost'], ['Utgifter', 'cost'],
    ['Finansiell', 'financial'], ['Finansiella intäkter', 'financial'], ['Financial expenses', 'financial'], ['Räntekostnader', 'financial'],
  ])('"%s" is %s', (text, type) => {
    expect(accountTypeOfText(text)).toBe(type);
    expect(accountTypeOfText(text.toUpperCase())).toBe(type);
  });

  it.each(['Intäkter och kostnader', 'Övrigt', 'X', ''])('"%s" is no type', (text) => {
    expect(accountTypeOfText(text)).toBeNull();
  });

  it('reads an English plan whose types the account numbers do not tell (not Kommun-Bas)', () => {
    const plan = grid('Accounts', [['Account', 'Account group', 'Type'], ['1000-1999', 'Fees', 'Income'], ['2000-2999', 'Staff', 'Expenditure'], ['2500-2599', 'Premises', 'Expense']]);
    const a = analyse([plan, aLedger([{ account: 1010, budget: -100, actual: -90 }, { account: 2010, budget: 60, actual: 70 }])]);
    expect(a.issues.filter((i) => i.severity === 'error')).toEqual([]);
    expect(a.issues.map((i) => i.code)).not.toContain('accountOutsideClasses');
    const lines = a.followUp!.accountLines.map((l) => [l.kind, l.name, kr(l.figures.ytdActual)]);
    expect(lines).toEqual([
      ['revenue', null, '-90.00'],
      ['group', 'Fees', '-90.00'],
      ['cost', null, '70.00'],
      ['group', 'Staff', '70.00'],
      ['group', 'Premises', '0.00'],
    ]);
  });

  it('warns of a type it cannot read, saying what it uses instead', () => {
    const plan = grid('Konton', [['Konto', 'Grupp', 'Typ'], ['5000-5999', 'Personal', 'Övrigt']]);
    const a = analyse([plan, aLedger([{ account: 5010, budget: 1 }])]);
    expect(a.issues).toHaveIssue('unknownAccountType', 'Konton!C2');
    const issue = a.issues.find((i) => i.code === 'unknownAccountType')!;
    expect(issueMessage(issue, 'sv')).toContain('"Övrigt" är ingen känd kontotyp');
    expect(issueMessage(issue, 'en')).toContain('"Övrigt" is not a known account type');
  });
});

describe('account plans as people write them', () => {
  it('reads classes written "5xxx" or "61*" and a Category column', () => {
    const plan = grid('Accounts', [['Account', 'Category', 'Type'], ['5xxx', 'Staff', 'Expenditure'], ['61*', 'Premises', 'Expense'], ['3XXX', 'Income', 'Income']]);
    const a = analyse([plan, aLedger([{ account: 5010, actual: 10 }, { account: 6110, actual: 5 }, { account: 6210, actual: 1 }, { account: 3010, actual: -20 }])]);
    expect(a.issues.filter((i) => i.severity === 'error')).toEqual([]);
    const groups = a.followUp!.accountLines.filter((l) => l.kind === 'group').map((l) => [l.name, kr(l.figures.ytdActual)]);
    expect(groups).toEqual([['Income', '-20.00'], ['Staff', '10.00'], ['Premises', '5.00']]);
  });
});
