import { moneyToKronorString, type Money } from '../../src/core/money';
import { aLedger, analyse, grid } from '../support/builders';

const kr = (m: Money | null) => (m === null ? null : moneyToKronorString(m));

describe('figures of SPEC §3', () => {
  it('period and YTD sums: jun/jul is the last two months', () => {
    const f = analyse([aLedger([
      { period: 202505, budget: 5, actual: 4 },
      { period: 202506, budget: 6, actual: 7 },
      { period: 202507, budget: 7, actual: 7 },
      { period: 202508, budget: 8 },
    ])], { months: 2 }).followUp!;
    expect(kr(f.total.periodBudget)).toBe('13.00');
    expect(kr(f.total.periodActual)).toBe('14.00');
    expect(kr(f.total.periodDeviation)).toBe('-1.00');
    expect(kr(f.total.ytdBudget)).toBe('18.00');
    expect(kr(f.total.ytdDeviation)).toBe('0.00');
    expect(kr(f.total.annualBudget)).toBe('26.00');
    expect(kr(f.total.ytdDeviationPreviousMonth)).toBe('0.00');
  });

  it('uses the latest forecast made at or before the month, per unit', () => {
    const rows = [
      { period: 202507, budget: 100, actual: 100 },
      { period: 202503, forecast: 1000 },
      { period: 202506, forecast: 1100 },
      { period: 202508, forecast: 5000 },
      { period: 202412, forecast: 9000 },
    ];
    expect(kr(analyse([aLedger(rows)]).followUp!.total.forecast)).toBe('1100.00');
    expect(kr(analyse([aLedger(rows)], { month: 5 }).followUp!.total.forecast)).toBe('1000.00');
    expect(analyse([aLedger(rows)], { month: 5 }).followUp!.forecastMonth).toBe(3);
    expect(analyse([aLedger(rows)], { month: 2 }).followUp!.total.forecast).toBeNull();
  });

  it('a forecast on a parent covers its children; a sibling without one counts its budget', () => {
    const f = analyse([aLedger([
      { unit: 'TIA', sub: 'Adm', period: 202501, budget: 600 },
      { unit: 'TIA', sub: 'Pol', period: 202501, budget: 400 },
      { unit: 'TIA', period: 202503, forecast: 1100 },
      { unit: 'IT', period: 202501, budget: 300 },
    ])]).followUp!;
    const [tia, adm] = f.organisation.nodes;
    expect(kr(f.nodes[tia!.id]!.forecast)).toBe('1100.00');
    expect(kr(f.nodes[tia!.id]!.forecastDeviation)).toBe('-100.00');
    expect(f.nodes[adm!.id]!.forecast).toBeNull();
    expect(kr(f.total.forecast)).toBe('1400.00'); // IT has none: its annual budget holds
  });

  it('a parent’s own rows without a forecast count with their annual budget when a child has one', () => {
    const f = analyse([aLedger([
      { unit: 'X', period: 202501, budget: 100 },
      { unit: 'X', sub: 'C', period: 202501, budget: 50 },
      { unit: 'X', sub: 'C', period: 202503, forecast: 60 },
    ])]).followUp!;
    const [x] = f.organisation.nodes;
    expect(kr(f.nodes[x!.id]!.forecast)).toBe('160.00');
    expect(kr(f.nodes[x!.id]!.forecastDeviation)).toBe('-10.00');
    expect(kr(f.total.forecast)).toBe('160.00');
  });

  it('has no previous month in January and no previous year without its actuals', () => {
    const f = analyse([aLedger([{ period: 202501, budget: 1, actual: 1 }])], { month: 1 }).followUp!;
    expect(f.total.ytdDeviationPreviousMonth).toBeNull();
    expect(f.total.ytdActualPreviousYear).toBeNull();
    const g = analyse([aLedger([{ period: 202501, budget: 1, actual: 1 }, { period: 202401, actual: 3 }, { period: 202409, actual: 5 }])], { month: 2 }).followUp!;
    expect(kr(g.total.ytdActualPreviousYear)).toBe('3.00');
  });

  it('counts a written zero as an entry and a blank as none (found by the split-row property)', () => {
    const zero = analyse([aLedger([{ period: 202501, budget: 1, actual: 1 }, { period: 202401, actual: 0 }])], { month: 2 }).followUp!;
    expect(kr(zero.total.ytdActualPreviousYear)).toBe('0.00');
    const blank = analyse([aLedger([{ period: 202501, budget: 1, actual: 1 }, { period: 202401, budget: 5, actual: null }])], { month: 2 }).followUp!;
    expect(blank.total.ytdActualPreviousYear).toBeNull();
  });

  it('detects the sign convention from revenue accounts, and lets the user choose', () => {
    const debit = analyse([aLedger([{ account: 3010, budget: -100, actual: -120 }, { account: 5010, budget: 80, actual: 70 }])]).followUp!;
    expect(debit.sign).toEqual({ sign: 'debit', reason: 'revenueAccounts' });
    expect(kr(debit.total.ytdDeviation)).toBe('30.00');
    const result = analyse([aLedger([{ account: 3010, budget: 100, actual: 120 }, { account: 5010, budget: -80, actual: -70 }])]).followUp!;
    expect(result.sign.sign).toBe('result');
    expect(kr(result.total.ytdDeviation)).toBe('30.00');
    const chosen = analyse([aLedger([{ account: 3010, budget: 100, actual: 120 }])], {}, 'debit').followUp!;
    expect(chosen.sign).toEqual({ sign: 'debit', reason: 'chosen' });
    expect(kr(chosen.total.ytdDeviation)).toBe('-20.00');
  });

  it('groups accounts: revenue, costs, varav groups in the account sheet order, financial items', () => {
    const accounts = grid('Konton', [['Konto', 'Grupp'], ['6000-6999', 'Lokaler'], ['5000-5999', 'Personal']]);
    const f = analyse([accounts, aLedger([
      { account: 3010, budget: -100, actual: -90 },
      { account: 5010, budget: 50, actual: 40 },
      { account: 6010, budget: 30, actual: 35 },
      { account: 7010, budget: 5, actual: 5 },
      { account: 8410, budget: 1, actual: 2 },
      { account: 1930, budget: 0, actual: 7 },
    ])]).followUp!;
    expect(f.accountLines.map((l) => [l.kind, l.name, kr(l.figures.ytdActual)])).toEqual([
      ['revenue', null, '-90.00'],
      ['cost', null, '80.00'],
      ['group', 'Lokaler', '35.00'],
      ['group', 'Personal', '40.00'],
      ['financial', null, '2.00'],
    ]);
    expect(f.issues.map((i) => i.code)).toContain('accountOutsideClasses');
  });
});

describe('parents with rows of their own', () => {
  it('show them as an own line, so the children shown add up to the parent (both styles)', async () => {
    const { unitRows } = await import('../../src/core/report/rows');
    const f = analyse([aLedger([
      { unit: 'Stab', sub: 'Ekonomi', budget: 100 },
      { unit: 'Stab', budget: 30 },
      { unit: 'Stab', period: 202503, forecast: 999 },
    ])]).followUp!;
    const above = unitRows(f, 'above').map((r) => [r.kind, r.node?.name ?? '', kr(r.figures?.ytdBudget ?? null)]);
    expect(above).toEqual([
      ['parent', 'Stab', '130.00'],
      ['own', 'Stab', '30.00'],
      ['unit', 'Ekonomi', '100.00'],
      ['total', '', '130.00'],
    ]);
    expect(unitRows(f, 'below').map((r) => r.kind)).toEqual(['heading', 'own', 'unit', 'sum', 'total']);
  });

  it('do not get an own line for forecast rows alone', async () => {
    const { unitRows } = await import('../../src/core/report/rows');
    const f = analyse([aLedger([{ unit: 'TIA', sub: 'Adm', budget: 100 }, { unit: 'TIA', period: 202503, forecast: 1200 }])]).followUp!;
    expect(unitRows(f, 'above').map((r) => r.kind)).toEqual(['parent', 'unit', 'total']);
  });
});
