/**
 * A month past the last actuals ("utfall finns t.o.m. juli", September followed up) is a warning
 * naming the last month with actuals; the engine gives that month as a value for the task pane.
 */
import { issueMessage } from '../../src/core/i18n/issues';
import { lastActualMonth } from '../../src/core/ledger/coverage';
import { analyse, grid } from '../support/builders';

const ledger = grid('Huvudbok', [
  ['Period', 'Ansvar', 'Budget', 'Utfall'],
  [202506, 'Stab', 100, 90],
  [202507, 'Stab', 100, 95],
  // Months not yet closed, as exports write them: budget, and 0 or blank actuals.
  [202508, 'Stab', 100, 0],
  [202509, 'Stab', 100, null],
]);

describe('lastActualMonth', () => {
  it('is the latest month with a non-zero actual amount, on the analysis too', () => {
    const a = analyse([ledger], { month: 7 });
    expect(lastActualMonth(a.ledger.facts)).toEqual({ year: 2025, month: 7 });
    expect(a.lastActualMonth).toEqual({ year: 2025, month: 7 });
  });

  it('is null without actuals', () => {
    const a = analyse([grid('Budget', [['Period', 'Ansvar', 'Budget'], [202507, 'Stab', 100]])]);
    expect(a.lastActualMonth).toBeNull();
    expect(a.issues.some((i) => i.code === 'actualsEndBefore')).toBe(false);
  });
});

describe('following up a month past the last actuals', () => {
  it('warns, naming the last month with actuals and the months without (sv, en)', () => {
    const a = analyse([ledger], { month: 9 });
    const w = a.issues.find((i) => i.code === 'actualsEndBefore')!;
    expect(w.severity).toBe('warning');
    expect(a.followUp).not.toBeNull();
    expect(issueMessage(w, 'sv', 'pane')).toBe(
      'Utfall finns bara t.o.m. juli 2025; augusti–september 2025 saknar utfall, så uppföljningen för september 2025 jämför budgeten med ofullständigt utfall. Välj en tidigare månad eller läs in senare utfall.',
    );
    expect(issueMessage(w, 'en', 'pane')).toBe(
      'Actuals run only through July 2025; August–September 2025 have no actuals, so the follow-up for September 2025 compares the budget with incomplete actuals. Choose an earlier month or load later actuals.',
    );
  });

  it('one month past, and across a year end', () => {
    expect(issueMessage(analyse([ledger], { month: 8 }).issues.find((i) => i.code === 'actualsEndBefore')!, 'sv')).toContain('t.o.m. juli 2025; augusti 2025 saknar utfall');
    const a = analyse([grid('Huvudbok', [['Period', 'Ansvar', 'Budget', 'Utfall'], [202412, 'Stab', 1, 1], [202502, 'Stab', 1, null]])], { month: 2 });
    expect(issueMessage(a.issues.find((i) => i.code === 'actualsEndBefore')!, 'sv')).toContain('t.o.m. december 2024; januari–februari 2025 saknar utfall');
  });

  it('no warning for the last month with actuals or an earlier one', () => {
    for (const month of [6, 7]) expect(analyse([ledger], { month }).issues.some((i) => i.code === 'actualsEndBefore')).toBe(false);
  });
});
