/**
 * The words of a follow-up in a fiscal year: titles name the fiscal year ("räkenskapsåret 2004/05",
 * "April–August 2004"), periods run over the turn of the year ("dec/jan"), the previous month of
 * January is December, and the fiscal year's first month has no previous month. A calendar year
 * reads as it always did.
 */
import { composeFollowUp } from '../../src/core/compose';
import type { Lang } from '../../src/core/money';
import type { FollowUpPeriod } from '../../src/core/period/month';
import { ALL_SECTIONS } from '../../src/core/report/buildReport';
import { fiscalSpan, periodLabel, periodText } from '../../src/core/report/words';
import { ukLedger } from './ukLedger';

function compose(period: FollowUpPeriod, lang: Lang) {
  const c = composeFollowUp([ukLedger()], { period, scale: 'kr', lang, parentStyle: 'above', sections: ALL_SECTIONS, sign: 'debit' });
  if (!c.ok) throw new Error(c.analysis.issues.map((i) => i.code).join());
  const texts = c.report.rows.map((r) => r.map((x) => String(x.value ?? '')));
  return { title: texts[0]![0]!, subtitle: texts[1]![0]!, texts, summary: c.summary, sections: c.report.sections.map((s) => s.kind) };
}

const aug2004: FollowUpPeriod = { year: 2004, month: 8, months: 1, fiscalStart: 4 };

describe('titles and prose in a fiscal year', () => {
  it('names the fiscal year in Swedish', () => {
    const r = compose(aug2004, 'sv');
    expect(r.title).toBe('Ledger – ekonomisk uppföljning till och med augusti 2004 (räkenskapsåret 2004/05)');
    expect(r.summary).toMatch(/^Budgetavvikelsen ackumulerat augusti 2004 \(räkenskapsåret 2004\/05\) för Ledger uppgår till ett överskott på 5\skr, jämfört med ett överskott på 4\skr per juli\./);
    // Five months of twelve have passed.
    expect(r.summary).toMatch(/mot riktvärdet 41,7\s%/);
  });

  it('names the months so far in English', () => {
    const r = compose(aug2004, 'en');
    expect(r.title).toBe('Ledger – budget follow-up April–August 2004 (financial year 2004/05)');
    expect(r.summary).toMatch(/^The accumulated budget deviation for Ledger for April–August 2004 \(financial year 2004\/05\) is a surplus of 5/);
    expect(compose({ ...aug2004, year: 2005, month: 1 }, 'en').title).toBe('Ledger – budget follow-up April 2004–January 2005 (financial year 2004/05)');
  });

  it('runs a two-month period over the turn of the year', () => {
    const r = compose({ year: 2005, month: 1, months: 2, fiscalStart: 4 }, 'sv');
    expect(r.subtitle).toMatch(/^Belopp i kr\. Period: dec 2004\/jan 2005\./);
    expect(r.texts.some((row) => row.includes('Budget dec/jan'))).toBe(true);
    expect(r.texts.some((row) => row.includes('Budgetavvikelse ack december'))).toBe(true);
  });

  it('leaves the result table (which needs a previous month) out in April, not in January', () => {
    expect(compose({ ...aug2004, month: 4 }, 'sv').sections).not.toContain('resultTable');
    expect(compose({ ...aug2004, year: 2005, month: 1 }, 'sv').sections).toContain('resultTable');
  });
});

describe('period words', () => {
  it.each([
    [7, 2, 1, 'jun/jul'],
    [1, 2, 1, 'januari'],
    [1, 2, 4, 'dec/jan'],
    [2, 3, 4, 'dec–feb'],
    [4, 3, 4, 'april'],
    [5, 3, 4, 'apr/maj'],
  ])('month %i, %i months, fiscal start %i: %s', (month, months, start, label) => {
    expect(periodLabel(month, months, 'sv', start)).toBe(label);
  });

  it('writes the year beside the period, both years when it spans two', () => {
    expect(periodText({ year: 2025, month: 7, months: 2 }, 'sv')).toBe('jun/jul 2025');
    expect(periodText({ year: 2026, month: 2, months: 3, fiscalStart: 7 }, 'en')).toBe('Dec 2025–Feb 2026');
  });

  it('spans the fiscal year so far', () => {
    expect(fiscalSpan({ year: 2025, month: 7, months: 1, fiscalStart: 4 }, 'en')).toBe('April–July 2025');
    expect(fiscalSpan({ year: 2026, month: 3, months: 1, fiscalStart: 7 }, 'sv')).toBe('juli 2025–mars 2026');
  });
});
