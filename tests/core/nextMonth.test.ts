/**
 * Next month (issue 9.1) in core: which period follows, the carried comments matched by the
 * unit's path (a renamed or moved unit listed with its text, never guessed), the column and the
 * summary's carried comment in the report model, and the JSON's previousComment.
 */
import { composeFollowUp } from '../../src/core/compose';
import { isPreviousPeriod, nextMonthSettings, nextPeriod } from '../../src/core/cycle/nextMonth';
import { joinComments } from '../../src/core/cycle/previousComments';
import { parseSettings, serializeSettings, type FollowUpSettings } from '../../src/core/followUpSettings';
import { issueMessage } from '../../src/core/i18n/issues';
import { moneyFromOre } from '../../src/core/money';
import { ALL_SECTIONS } from '../../src/core/report/buildReport';
import { jsonReport } from '../../src/core/report/json';
import { aLedger } from '../support/builders';

const key = (...path: string[]): string => path.join('\u001f');

describe('the period after a follow-up', () => {
  it('moves one month on, December to January of the next year', () => {
    expect(nextPeriod({ year: 2025, month: 6, months: 1 })).toEqual({ year: 2025, month: 7, months: 1 });
    expect(nextPeriod({ year: 2025, month: 12, months: 1 })).toEqual({ year: 2026, month: 1, months: 1 });
  });
  it('keeps the period length and the fiscal start', () => {
    expect(nextPeriod({ year: 2025, month: 7, months: 2 })).toEqual({ year: 2025, month: 9, months: 2 });
    expect(nextPeriod({ year: 2025, month: 12, months: 3 })).toEqual({ year: 2026, month: 3, months: 3 });
    // The fiscal year 2025/26 ends in March 2026: the next is April, the new fiscal year's first month.
    expect(nextPeriod({ year: 2026, month: 3, months: 1, fiscalStart: 4 })).toEqual({ year: 2026, month: 4, months: 1, fiscalStart: 4 });
  });
  it('knows the follow-up before a period, the period cut at the fiscal year start', () => {
    expect(isPreviousPeriod({ year: 2025, month: 6 }, { year: 2025, month: 7, months: 1 })).toBe(true);
    expect(isPreviousPeriod({ year: 2025, month: 12 }, { year: 2026, month: 1, months: 1 })).toBe(true);
    expect(isPreviousPeriod({ year: 2025, month: 5 }, { year: 2025, month: 7, months: 1 })).toBe(false);
    expect(isPreviousPeriod({ year: 2025, month: 7 }, { year: 2025, month: 9, months: 2 })).toBe(true);
    // jan/feb cannot reach back past January: "dec/jan" in a calendar year is January alone.
    expect(isPreviousPeriod({ year: 2025, month: 12 }, { year: 2026, month: 1, months: 2 })).toBe(true);
    expect(isPreviousPeriod({ year: 2026, month: 3 }, { year: 2026, month: 4, months: 1, fiscalStart: 4 })).toBe(true);
  });
  it('carries every setting but the period and the id, and the tag keeps where it came from', () => {
    const s: FollowUpSettings = {
      id: 'a',
      period: { year: 2026, month: 3, months: 1, fiscalStart: 4 },
      scale: 'mnkr',
      lang: 'en',
      parentStyle: 'below',
      sections: ['unitTable', 'summary'],
      explainOver: { amount: moneyFromOre(5_000_000), percent: '3' },
      reconcileRounding: true,
      organisation: 'KLS',
    };
    const next = nextMonthSettings(s, 'b');
    expect(next).toEqual({ ...s, id: 'b', period: { year: 2026, month: 4, months: 1, fiscalStart: 4 }, previous: { year: 2026, month: 3, months: 1 } });
    expect(parseSettings(serializeSettings(next))).toEqual(next);
  });
});

/** Two departments with two units each; July 2025; IT over budget. */
function ledger(itName = 'IT', itParent = 'Stab') {
  return aLedger([
    { unit: 'Stab', sub: 'Ekonomi', budget: 1000, actual: 1000 },
    { unit: itParent, sub: itName, budget: 1000, actual: 900_000 },
    { unit: 'Skola', sub: 'Ekonomi', budget: 1000, actual: 1000 },
    { unit: 'Skola', sub: 'Lärare', budget: 1000, actual: 1000 },
    { period: 202508, unit: 'Stab', sub: 'Ekonomi', budget: 1000 },
  ]);
}

const AUGUST = {
  period: { year: 2025, month: 8, months: 1 },
  scale: 'kr',
  lang: 'sv',
  parentStyle: 'above',
  sections: ALL_SECTIONS,
  organisation: 'Kommunen',
  previous: { year: 2025, month: 7, months: 1 },
} as const;

const JULY_COMMENTS = new Map([
  [key('Stab', 'IT'), 'Licenser betalda i förskott'],
  [key('Skola', 'Ekonomi'), 'Som budget'],
  ['summary', 'Prognosen håller'],
]);

function nextFrom(grid = ledger(), parentStyle: 'above' | 'below' = 'above') {
  const c = composeFollowUp([grid], { ...AUGUST, parentStyle }, { comments: joinComments(new Map(), JULY_COMMENTS), previousSource: 'Uppföljning 2025-07' });
  if (!c.ok) throw new Error(c.analysis.issues.map((i) => i.code).join());
  return c;
}

/** The cell texts of a row of the report whose first cell is `label`. */
function rowTexts(rows: readonly (readonly { text: string }[])[], label: string): string[] {
  const row = rows.find((r) => r[0]?.text === label);
  if (!row) throw new Error(`no row ${label}`);
  return row.map((c) => c.text);
}

describe('comments carried into the next follow-up', () => {
  it('puts each unit’s comment, matched by path, in "Kommentar juli" beside an empty Kommentar', () => {
    const { report } = nextFrom();
    const header = report.rows.find((r) => r[0]?.text === 'Enhet')!.map((c) => c.text);
    expect(header.slice(-2)).toEqual(['Kommentar juli', 'Kommentar']);
    expect(rowTexts(report.rows, 'IT').slice(-2)).toEqual(['Licenser betalda i förskott', '']);
    // Two units named Ekonomi: only Skola's had a comment, and only it gets one.
    const ekonomi = report.rows.filter((r) => r[0]?.text === 'Ekonomi' && r.length === header.length).map((r) => r.at(-2)?.text);
    expect(ekonomi).toEqual(['', 'Som budget']);
  });

  it('keeps the needs-comment mark on the new, empty Kommentar', () => {
    const { report } = nextFrom();
    const it = report.comments.find((c) => c.key === key('Stab', 'IT'))!;
    expect(it.needsComment).toBe(true);
    expect(report.rows[it.row]![it.column]!.style.fill).toBe('F8CBAD');
    // The carried column is no input: it has no input fill.
    expect(report.rows[it.row]![it.column - 1]!.style.fill).toBeUndefined();
  });

  it('shows last month’s summary comment under the summary’s title, and keeps this month’s cell empty', () => {
    const { report } = nextFrom();
    const texts = report.rows.map((r) => r[0]?.text);
    const title = texts.indexOf('Sammanfattning');
    expect(texts.slice(title + 1, title + 3)).toEqual(['Kommentar juli', 'Prognosen håller']);
    const summary = report.comments.find((c) => c.key === 'summary')!;
    expect(report.rows[summary.row]![0]!.text).toBe('');
  });

  it('lists a comment whose unit was renamed or moved, with its text, and guesses no match', () => {
    for (const grid of [ledger('Digitalisering'), ledger('IT', 'Skola')]) {
      const c = nextFrom(grid);
      const warnings = c.analysis.issues.filter((i) => i.code === 'previousCommentUnmatched');
      expect(warnings.map((w) => issueMessage(w, 'sv', 'pane'))).toEqual([
        'Uppföljning 2025-07: kommentaren från juli till Stab / IT följer inte med: enheten finns inte i den nya uppföljningen (bytt namn eller flyttad?). Kommentaren var: "Licenser betalda i förskott"',
      ]);
      expect(c.report.rows.some((r) => r.some((cell) => cell.text === 'Licenser betalda i förskott'))).toBe(false);
    }
  });

  it('records the carried cells as comment cells after this month’s, so Refresh reads them back', () => {
    const { report } = nextFrom();
    const keys = report.comments.map((c) => c.key);
    const firstCarried = keys.findIndex((k) => k.startsWith('previous:'));
    expect(keys.slice(0, firstCarried).every((k) => !k.startsWith('previous:'))).toBe(true);
    expect(keys).toContain(`previous:${key('Stab', 'IT')}`);
    expect(keys).toContain('previous:summary');
  });

  it('gives the JSON each row’s previousComment and the unmatched ones', () => {
    const c = nextFrom(ledger('Digitalisering'));
    const json = jsonReport(c.analysis.followUp!, { lang: 'sv', warnings: [], summary: '', previous: { period: AUGUST.previous, carried: c.carried! } });
    expect(json.rows.find((r) => r.path.join('/') === 'Skola/Ekonomi')?.previousComment).toBe('Som budget');
    expect(json.rows.find((r) => r.path.join('/') === 'Stab/Ekonomi')?.previousComment).toBeUndefined();
    expect(json.previous).toEqual({ period: AUGUST.previous, summaryComment: 'Prognosen håller', unmatched: [{ path: ['Stab', 'IT'], comment: 'Licenser betalda i förskott' }] });
  });

  it('shows the carried column in the pasted unit table when a comment has text', () => {
    const { report } = nextFrom();
    const table = report.sections.find((s) => s.kind === 'unitTable')!.document!;
    const header = report.rows[table.headerRow!]!;
    expect(table.columns.map((c) => header[c.column]!.text).slice(-1)).toEqual(['Kommentar juli']);
    expect(table.columns.reduce((a, c) => a + c.width, 0)).toBeLessThanOrEqual((16 / 2.54) * 72);
  });

  it('without a previous follow-up has no carried column', () => {
    const c = composeFollowUp([ledger()], { ...AUGUST, previous: undefined } as never, {});
    expect(c.ok && c.report.rows.find((r) => r[0]?.text === 'Enhet')!.at(-1)!.text).toBe('Kommentar');
    expect(c.ok && c.report.rows.find((r) => r[0]?.text === 'Enhet')!.at(-2)!.text).not.toMatch(/Kommentar/);
  });
});

describe('the carried column on paper', () => {
  it('is left out of the pasted table where it would push the table over the page (the KLS sample)', async () => {
    const { readXlsxGrids } = await import('../../src/xlsx/readXlsx');
    const grids = await readXlsxGrids('examples/kls-2025.xlsx');
    const c = composeFollowUp(grids, { ...AUGUST, period: { year: 2025, month: 9, months: 2 }, organisation: 'KLS', scale: 'tkr', previous: { year: 2025, month: 7, months: 2 } }, {
      comments: joinComments(new Map(), new Map([['IT', 'Licenser betalda i förskott för hela året; periodiseras i augusti.']])),
    });
    if (!c.ok) throw new Error('compose failed');
    const table = c.report.sections.find((s) => s.kind === 'unitTable')!.document!;
    const header = c.report.rows[table.headerRow!]!;
    expect(table.columns.map((col) => header[col.column]!.text)).not.toContain('Kommentar jun/jul');
    expect(table.columns.reduce((a, col) => a + col.width, 0)).toBeLessThanOrEqual((16 / 2.54) * 72);
    // On the sheet it is there, and the sheet still prints one page wide at 8 pt or more.
    expect(header.map((h) => h.text)).toContain('Kommentar jun/jul');
    expect((c.report.print.expectedScale / 100) * 11).toBeGreaterThanOrEqual(8);
  });
});
