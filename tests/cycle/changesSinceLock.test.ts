/**
 * What changed since a lock, in the report model: a "Förändring sedan låsningen" section with the
 * changed units (largest first) and the total, exact in öre in the JSON; the summary sentence naming
 * the largest changes in the report's scale (sv, en); the account lines that changed, as the
 * account analysis shows them, where the lock keeps them; a lock of another organisation is a
 * warning, never a stop; and the sections are document tables for the clipboard.
 */
import { composeFollowUp } from '../../src/core/compose';
import { serializeSettings, type FollowUpSettings } from '../../src/core/followUpSettings';
import { lockFollowUp, type LockedMonth } from '../../src/core/cycle/lockedMonth';
import { changesSentence } from '../../src/core/cycle/sinceLock';
import { jsonReport } from '../../src/core/report/json';
import { copySections } from '../../src/core/report/clipboard';
import { issueMessage } from '../../src/core/i18n/issues';
import type { ReportSheet } from '../../src/core/report/model';
import type { Cell } from '../../src/core/grid/grid';
import { grid } from '../support/builders';

const SETTINGS: FollowUpSettings = { id: 'fu-1', period: { year: 2025, month: 7, months: 1 }, lang: 'sv', scale: 'tkr', parentStyle: 'above', sections: ['keyFigures', 'unitTable', 'accountTable', 'summary'], organisation: 'KLS' };
const HEADER: Cell[] = ['Period', 'Avdelning', 'Enhet', 'Konto', 'Budget', 'Utfall'];
const ROWS: Cell[][] = [
  [202507, 'IT', 'Drift', 5010, 1_000_000, 1_000_000],
  [202507, 'IT', 'Support', 5010, 200_000, 150_000],
  [202507, 'HR', null, 5010, 500_000, 480_000],
  [202507, 'Stab', null, 5010, 300_000, 300_000],
];

function compose(rows: Cell[][], o: { lock?: LockedMonth; settings?: Partial<FollowUpSettings> } = {}) {
  const s = { ...SETTINGS, ...o.settings };
  const c = composeFollowUp([grid('Huvudbok', [HEADER, ...rows])], s, o.lock ? { lock: o.lock } : {});
  if (!c.ok) throw new Error('no follow-up');
  return c;
}

function lockOf(rows: Cell[][], settings: Partial<FollowUpSettings> = {}): LockedMonth {
  const s = { ...SETTINGS, ...settings };
  const f = compose(rows, { settings }).analysis.followUp!;
  return lockFollowUp(f, { followUpId: s.id, lockedAt: '2025-07-31T14:02:05+02:00', settings: serializeSettings(s), organisation: 'KLS', lang: s.lang, comments: new Map() });
}

function section(r: ReportSheet, which = 0): string[][] {
  const s = r.sections.filter((x) => x.kind === 'changesSinceLock')[which];
  if (!s) return [];
  return r.rows.slice(s.row, s.row + s.rows).map((row) => row.map((c) => c.text));
}

/** Late postings after the lock: 120 000,37 kr more on IT/Drift, 40 000 kr less on HR, a new unit. */
const LATE: Cell[][] = [...ROWS, [202507, 'IT', 'Drift', 5010, null, 120_000.37], [202507, 'HR', null, 5010, null, -40_000], [202507, 'Ny', null, 5010, null, 1_000]];

describe('the changes since a lock in the report', () => {
  it('lists each changed unit and parent, the largest change first, then the total, after the unit table', () => {
    const c = compose(LATE, { lock: lockOf(ROWS) });
    expect(c.report.sections.map((s) => s.kind)).toEqual(['title', 'keyFigures', 'unitTable', 'changesSinceLock', 'changesSinceLock', 'accountTable', 'summary']);
    expect(section(c.report)).toEqual([
      ['Förändring sedan låsningen 2025-07-31 14:02 (tkr)'],
      ['Enhet', 'Δ Utfall ack.', 'Δ Avvikelse ack.'],
      ['IT', '120', '-120'],
      ['IT / Drift', '120', '-120'],
      ['HR', '-40', '40'],
      ['Ny (tillkommen)', '1', '-1'],
      ['Totalt KLS', '81', '-81'],
    ]);
  });

  it('then lists the account lines that changed, as the account analysis shows them (costs negative)', () => {
    // Two accounts: a cost and a revenue; late postings on both, and a budget change on the revenue.
    const rows: Cell[][] = [...ROWS, [202507, 'HR', null, 3010, -100_000, -90_000]];
    const late: Cell[][] = [...rows, [202507, 'IT', 'Drift', 5010, null, 120_000.37], [202507, 'HR', null, 3010, -10_000, -5_000]];
    const c = compose(late, { lock: lockOf(rows) });
    expect(section(c.report, 1)).toEqual([
      ['Förändring per kontogrupp sedan låsningen 2025-07-31 14:02 (tkr)'],
      ['Kontogrupp', 'Δ Utfall ack.', 'Δ Avvikelse ack.'],
      ['Verksamhetens intäkter', '5', '-5'],
      ['Verksamhetens kostnader', '-120', '-120'],
    ]);
    // The unit table's total is the same change, net: actual +120 on costs and −5 on revenue (booked
    // debit); the deviation −120 on costs and −5 on revenue.
    expect(section(c.report).at(-1)).toEqual(['Totalt KLS', '115', '-125']);
    const json = jsonReport(c.analysis.followUp!, { lang: 'sv', warnings: [], summary: c.summary, ...(c.sinceLock ? { sinceLock: c.sinceLock } : {}) });
    expect(json.changesSinceLock!.accounts).toEqual([
      { kind: 'revenue', name: null, status: 'both', ytdActual: { old: '-90000.00', new: '-95000.00', change: '-5000.00' }, ytdDeviation: { old: '-10000.00', new: '-15000.00', change: '-5000.00' } },
      { kind: 'cost', name: null, status: 'both', ytdActual: { old: '1930000.00', new: '2050000.37', change: '120000.37' }, ytdDeviation: { old: '70000.00', new: '-50000.37', change: '-120000.37' } },
    ]);
    // In English, with the same labels as the account analysis.
    const en = compose(late, { lock: lockOf(rows, { lang: 'en' }), settings: { lang: 'en' } });
    expect(section(en.report, 1).slice(0, 2)).toEqual([['Change per account group since the lock 2025-07-31 14:02 (kSEK)'], ['Account group', 'Δ YTD actual', 'Δ YTD deviation']]);
  });

  it('shows no account table when no account line changed, or when the lock keeps no account lines (made before they were kept)', () => {
    expect(section(compose(ROWS, { lock: lockOf(ROWS) }).report, 1)).toEqual([]);
    const older: LockedMonth = { ...lockOf(ROWS) };
    delete (older as { accounts?: unknown }).accounts;
    const c = compose(LATE, { lock: older });
    expect(c.report.sections.filter((s) => s.kind === 'changesSinceLock')).toHaveLength(1);
    expect(c.sinceLock!.accounts).toBeUndefined();
    expect(jsonReport(c.analysis.followUp!, { lang: 'sv', warnings: [], summary: '', sinceLock: c.sinceLock! }).changesSinceLock).not.toHaveProperty('accounts');
  });

  it('marks an account line only in the follow-up as added, and one only in the lock (a group since renamed) as removed', () => {
    const withRevenue: Cell[][] = [...ROWS, [202507, 'HR', null, 3010, -100_000, -90_000]];
    const lock = lockOf(withRevenue);
    const revenue = lock.accounts!.find((a) => a.kind === 'revenue')!;
    const edited: LockedMonth = { ...lock, accounts: [...lock.accounts!.filter((a) => a !== revenue), { kind: 'group', name: 'Lokaler', figures: revenue.figures }] };
    expect(section(compose(withRevenue, { lock: edited }).report, 1).slice(2)).toEqual([
      ['Verksamhetens intäkter (tillkommen)', '90', '-10'],
      ['Lokaler (borttagen)', '-90', '10'],
    ]);
  });

  it('says "Inga förändringar sedan låsningen" when nothing changed', () => {
    const c = compose(ROWS, { lock: lockOf(ROWS) });
    expect(section(c.report)).toEqual([['Förändring sedan låsningen 2025-07-31 14:02 (tkr)'], ['Inga förändringar sedan låsningen.']]);
    expect(c.summary).toContain('Sedan låsningen 31 juli har utfallet inte ändrats.');
    expect(c.report.sections.find((s) => s.kind === 'changesSinceLock')!.document).toBeUndefined();
  });

  it('has no section without a lock', () => {
    expect(section(compose(LATE).report)).toEqual([]);
  });

  it('names the largest changes in the summary, in the report\'s scale, in Swedish and English', () => {
    expect(compose(LATE, { lock: lockOf(ROWS) }).summary).toContain('Sedan låsningen 31 juli har utfallet ändrats mest för Drift (+120\u00a0tkr), HR (\u221240\u00a0tkr) och Ny (+1\u00a0tkr); totalt +81\u00a0tkr.');
    const en = compose(LATE, { lock: lockOf(ROWS, { lang: 'en' }), settings: { lang: 'en', scale: 'mnkr' } });
    // In mnkr, HR's −40 tkr and Ny's 1 tkr show as 0,0: only what shows is named.
    expect(en.summary).toContain('Since the lock on 31 July, actuals have changed most for Drift (+0.1\u00a0MSEK); +0.1\u00a0MSEK in total.');
  });

  it('names the deviation when only budgets moved', () => {
    const budgetMoved = ROWS.map((r) => (r[1] === 'HR' ? [...r.slice(0, 4), 600_000, r[5]!] : r));
    expect(compose(budgetMoved, { lock: lockOf(ROWS) }).summary).toContain('har utfallet inte ändrats, men avvikelsen har ändrats mest för HR (+100\u00a0tkr); totalt +100\u00a0tkr.');
  });

  it('gives the JSON the changes exactly, in kronor to the öre', () => {
    const c = compose(LATE, { lock: lockOf(ROWS) });
    const json = jsonReport(c.analysis.followUp!, { lang: 'sv', warnings: [], summary: c.summary, ...(c.sinceLock ? { sinceLock: c.sinceLock } : {}) });
    expect(json.changesSinceLock!.lockedAt).toBe('2025-07-31T14:02:05+02:00');
    expect(json.changesSinceLock!.rows[0]).toMatchObject({ path: [], kind: 'total', ytdActual: { old: '1930000.00', new: '2011000.37', change: '81000.37' } });
    expect(json.changesSinceLock!.rows.find((r) => r.path.join('/') === 'IT/Drift')).toMatchObject({ ytdActual: { change: '120000.37' }, ytdDeviation: { change: '-120000.37' } });
    expect(json.changesSinceLock!.unchanged).toBe(2);
    expect(jsonReport(c.analysis.followUp!, { lang: 'sv', warnings: [], summary: '' }).changesSinceLock).toBeUndefined();
  });

  it('copies the section as a document table with its caption', () => {
    const c = compose(LATE, { lock: lockOf(ROWS) });
    const copied = copySections(c.report, ['changesSinceLock']);
    expect(copied.html).toContain('Förändring sedan låsningen 2025-07-31 14:02 (tkr) – KLS, t.o.m. juli 2025');
    expect(copied.text.split('\n')).toContain('IT / Drift\t120\t-120');
  });

  it('warns, and shows no changes, when the lock is of another organisation; the build still works', () => {
    const other = lockOf([[202507, 'Skola', 'Ekbacken', 5010, 1, 1]]);
    const c = compose(LATE, { lock: other });
    expect(section(c.report)).toEqual([]);
    const warning = c.analysis.issues.find((i) => i.code === 'lockMismatch')!;
    expect(warning.severity).toBe('warning');
    expect(issueMessage(warning, 'sv', 'pane')).toBe('Låsningen från 2025-07-31 14:02 har ingen enhet gemensam med uppföljningen (en annan organisation?), så förändringen sedan låsningen visas inte. Lås månaden igen om uppföljningen ska jämföras med dagens siffror.');
  });

  it('the sentence falls back to the time written when the lock time is not a date', () => {
    const c = compose(LATE, { lock: { ...lockOf(ROWS), lockedAt: 'x' } });
    expect(changesSentence(c.sinceLock!, 'tkr', 'sv')).toMatch(/^Sedan låsningen x har/);
  });
});
