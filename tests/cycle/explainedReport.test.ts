/**
 * The needs-comment rule in the sheet: the empty comment cell of a row over the threshold is marked,
 * a comment (text, not spaces) unmarks it, the title block counts the rows still without one, the
 * summary says how many are explained, and the threshold is kept in the follow-up's settings.
 */
import { composeFollowUp } from '../../src/core/compose';
import { parseSettings, serializeSettings, type FollowUpSettings } from '../../src/core/followUpSettings';
import { STYLES } from '../../src/core/report/cells';
import type { ReportSheet } from '../../src/core/report/model';
import { moneyFromOre } from '../../src/core/money';
import { POINTS_PER_WIDTH_UNIT } from '../../src/core/report/sheetLayout';
import { textWidth } from '../../src/core/report/textWidth';
import { grid } from '../support/builders';

const ledger = grid('Huvudbok', [
  ['Period', 'Avdelning', 'Enhet', 'Konto', 'Budget', 'Utfall'],
  [202507, 'A', 'A1', 5010, 1_000_000, 1_100_000], // deviation exactly 100 tkr
  [202507, 'A', 'A2', 5010, 1_000_000, 1_000_000],
  [202507, 'B', null, 5010, 1000, 1050], // exactly 5 %
  [202507, 'C', null, 5010, 0, 10], // YTD budget 0: the percent rule does not apply
  [202507, 'D', null, 5010, 1000, 1049], // 4.9 %
]);
type Settings = Omit<FollowUpSettings, 'id'>;
const SETTINGS: Settings = { period: { year: 2025, month: 7, months: 1 }, lang: 'sv', scale: 'tkr', parentStyle: 'above', sections: ['unitTable', 'summary'], organisation: 'KLS' };
const US = '\u001f';

function compose(comments: Record<string, string> = {}, s: Partial<Settings> = {}) {
  const c = composeFollowUp([ledger], { ...SETTINGS, ...s }, { comments: new Map(Object.entries(comments)) });
  if (!c.ok) throw new Error('no follow-up');
  return c;
}

/** Each comment cell of the unit table: its row's label, whether it needs a comment and its style. */
function commentCells(r: ReportSheet) {
  return r.comments.filter((c) => c.key !== 'summary').map((c) => ({ label: r.rows[c.row]![0]!.text, needs: c.needsComment === true, style: r.rows[c.row]![c.column]!.style }));
}

describe('the sheet marks rows that need a comment', () => {
  it('marks the empty comment cells of exactly the unit and parent rows at or over the threshold, never the total', () => {
    const cells = commentCells(compose().report);
    expect(cells.filter((c) => c.needs).map((c) => c.label)).toEqual(['A', 'A1', 'B']);
    for (const c of cells) expect(c.style).toBe(c.needs ? STYLES.commentNeeded : STYLES.comment);
  });

  it('a comment explains a row; spaces do not', () => {
    const cells = commentCells(compose({ A: 'Vikarier', [`A${US}A1`]: '   ' }).report);
    expect(cells.find((c) => c.label === 'A')!.style).toBe(STYLES.comment);
    expect(cells.find((c) => c.label === 'A1')!.style).toBe(STYLES.commentNeeded);
  });

  it('counts the rows still without a comment in the title row, shown whole', () => {
    const report = compose({ B: 'Förklarat' }).report;
    expect(countCell(report).cell.text).toBe('Utan kommentar: 2 av 3 avvikelser över 100\u00a0tkr eller 5\u00a0%');
    expect(shownWhole(report)).toBe(true);
    expect(report.sections.find((s) => s.kind === 'title')!.rows).toBe(2);
    const en = compose({}, { lang: 'en', explainOver: { amount: moneyFromOre(100_000_000), percent: null } }).report;
    expect(countCell(en).cell.text).toBe('No deviations over 1\u00a0MSEK');
    // Without a unit table there is nothing to comment in, and no count.
    expect(compose({}, { sections: ['summary'] }).report.rows[0]!.length).toBe(1);
  });

  it('puts the count right of the title, merged up to the comment column and right-aligned, where the columns leave room', () => {
    const wide = grid('Huvudbok', [
      ['Period', 'Förvaltning', 'Enhet', 'Konto', 'Budget', 'Utfall'],
      [202507, 'Kommunledningsförvaltningen', 'Ekonomi och planering', 5010, 123_456_789, 133_456_789],
      [202507, 'Samhällsbyggnadsförvaltningen', 'Bygglov och tillsyn', 5010, 98_765_432, 97_765_432],
    ]);
    const c = composeFollowUp([wide], SETTINGS, {});
    if (!c.ok) throw new Error('no follow-up');
    const { column, cell } = countCell(c.report);
    const commentColumn = c.report.comments[0]!.column;
    expect(column).toBeLessThan(commentColumn);
    expect(c.report.merges).toContainEqual({ row: 0, column, rows: 1, columns: commentColumn - column + 1 });
    if (column > 1) expect(c.report.merges).toContainEqual({ row: 0, column: 0, rows: 1, columns: column });
    expect(cell.style.horizontal).toBe('right');
    expect(shownWhole(c.report)).toBe(true);
  });

  it('wraps the count in the comment column when the title leaves no room beside it', () => {
    const long = compose({}, { organisation: 'Samhällsbyggnadsförvaltningens gemensamma verksamheter och projekt' }).report;
    const { column, cell } = countCell(long);
    expect(column).toBe(long.comments[0]!.column);
    expect(cell.style.wrap).toBe(true);
    expect(shownWhole(long)).toBe(true);
  });

  it('says in the summary how many are explained, in both languages', () => {
    expect(compose({ A: 'Vikarier' }).summary).toContain('Kommentarer finns till 1 av 3 avvikelser över 100\u00a0tkr eller 5\u00a0%.');
    expect(compose({}, { lang: 'en' }).summary).toContain('Comments explain 0 of 3 deviations over 100\u00a0kSEK or 5%.');
    const sheetText = compose({ A: 'Vikarier' }).report.rows.flat().map((c) => c.text);
    expect(sheetText).toContain('Kommentarer finns till 1 av 3 avvikelser över 100\u00a0tkr eller 5\u00a0%.');
  });

  it('follows the threshold of the settings', () => {
    const onlyPercent = compose({}, { explainOver: { amount: null, percent: '4.9' } }).report;
    expect(commentCells(onlyPercent).filter((c) => c.needs).map((c) => c.label)).toEqual(['A', 'A1', 'B', 'D']);
  });

  it('in the parent style "below", marks the parent’s Summa row', () => {
    const cells = commentCells(compose({}, { parentStyle: 'below' }).report);
    expect(cells.filter((c) => c.needs).map((c) => c.label)).toEqual(['A1', 'Summa A', 'B']);
  });
});

describe('the threshold is kept with the follow-up’s settings', () => {
  const base: FollowUpSettings = { id: 'x', ...SETTINGS };
  it.each([
    { amount: moneyFromOre(5_000_000), percent: '2.5' },
    { amount: null, percent: '3' },
    { amount: moneyFromOre(150_000_000), percent: null },
  ])('round-trips %j', (explainOver) => {
    expect(parseSettings(serializeSettings({ ...base, explainOver }))?.explainOver).toEqual(explainOver);
  });

  it('a tag without one (older sheets) or with a damaged one gives the default', () => {
    expect(parseSettings(serializeSettings(base))?.explainOver).toBeUndefined();
    const tag = JSON.parse(serializeSettings(base)) as Record<string, unknown>;
    for (const eo of [[null, null], [-5, '5'], [1.5, null], [100, '-3'], [100, 'abc'], 'x', [100]]) {
      const parsed = parseSettings(JSON.stringify({ ...tag, eo }));
      expect(parsed).not.toBeNull();
      expect(parsed!.explainOver).toBeUndefined();
    }
  });
});

/** The title row's count cell and its column. */
function countCell(report: ReportSheet) {
  const column = report.rows[0]!.findIndex((c) => /^(Utan kommentar|Without a comment|Inga avvikelser|No deviations)/.test(c.text));
  return { column, cell: report.rows[0]![column]! };
}

/**
 * Whether the count is shown whole within the printed width: merged to the comment column and no
 * wider than those columns, or wrapped in the comment column (the last printed one).
 */
function shownWhole(report: ReportSheet): boolean {
  const { column, cell } = countCell(report);
  const merge = report.merges.find((m) => m.row === 0 && m.column === column);
  const to = column + (merge?.columns ?? 1);
  if (to !== report.comments[0]!.column + 1) return false;
  const room = report.columnWidths.slice(column, to).reduce((a, w) => a + w, 0) * POINTS_PER_WIDTH_UNIT;
  return cell.style.wrap === true || textWidth(cell.text, report.font.size, true) <= room;
}
