/** The account table (SPEC §4.4): revenue, costs, then "varav" the cost groups only. */
import { ALL_SECTIONS, buildReport } from '../../src/core/report/buildReport';
import type { ReportSheet } from '../../src/core/report/model';
import { aLedger, analyse, grid } from '../support/builders';

function accountTableLabels(r: ReportSheet): string[] {
  const s = r.sections.find((x) => x.kind === 'accountTable')!;
  return r.rows.slice(s.row + 2, s.row + s.rows).map((row) => row[0]!.text);
}

function reportOf(lang: 'sv' | 'en', groups: (string | null)[][]): ReportSheet {
  const accounts = grid('Konton', groups);
  const a = analyse([accounts, aLedger([
    { account: 3010, budget: -100, actual: -90 },
    { account: 3510, budget: -10, actual: -20 },
    { account: 5010, budget: 50, actual: 40 },
    { account: 6010, budget: 30, actual: 35 },
    { account: 8410, budget: 1, actual: 2 },
  ])]);
  return buildReport(a.followUp!, {
    lang, scale: 'kr', parentStyle: 'above', sections: ALL_SECTIONS, organisation: 'X',
    ledgerActualWord: a.ledger.actualWord, sourceSheets: a.ledger.sheets, comments: new Map(),
  });
}

describe('the account table', () => {
  const plan = [['Konto', 'Grupp', 'Typ'], ['3000-3499', 'Taxor och avgifter', 'Intäkt'], ['3500-3999', 'Bidrag', 'Intäkt'], ['5000-5999', 'Personal', 'Kostnad'], ['6000-6999', 'Lokaler', 'Kostnad']];

  it('lists only cost groups under "varav", after all revenue and all costs', () => {
    expect(accountTableLabels(reportOf('sv', plan))).toEqual([
      'Verksamhetens intäkter', 'Verksamhetens kostnader', 'varav', 'Personal', 'Lokaler', 'Finansiella poster',
    ]);
  });

  it('does so whether the group type comes from the Typ column or the account class', () => {
    const untyped = plan.map((r) => r.slice(0, 2));
    const labels = accountTableLabels(reportOf('en', untyped));
    expect(labels).not.toContain('Taxor och avgifter');
    expect(labels).not.toContain('Bidrag');
    expect(labels.slice(-3)).toEqual(['Personal', 'Lokaler', 'Financial items']);
  });
});
