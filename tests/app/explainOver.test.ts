/**
 * The needs-comment rule on the add-in path (in-memory Excel host): the threshold is kept in the
 * follow-up's tag so Refresh uses it; a comment typed in a marked cell explains its row after
 * Refresh (mark gone, title count and summary sentence updated).
 */
/// <reference types="office-js" />
import { buildFollowUp, refreshFollowUps } from '../../src/app/buildFollowUp';
import { moneyFromOre } from '../../src/core/money';
import { parseSettings } from '../../src/core/followUpSettings';
import { hostWith, KLS_REQUEST, rowOf, sheet } from './appHost';

const KLS = 'examples/kls-2025.xlsx';
const NAME = 'Uppföljning 2025-07';
const MARKED = '#F8CBAD';
const REQUEST = { settings: { ...KLS_REQUEST.settings, explainOver: { amount: moneyFromOre(40_000_000), percent: null } } };

describe('deviations that need a comment, in the workbook', () => {
  it('marks the needing rows’ comment cells, keeps the threshold on Refresh and counts a typed comment as explained', async () => {
    const host = await hostWith(KLS);
    const built = await buildFollowUp(REQUEST);
    expect(built.ok).toBe(true);
    const s = sheet(host.snapshot(), NAME);
    const comment = (ws: typeof s, label: string) => ws.cells[`M${rowOf(ws, label)}`];
    // Over 400 tkr by the CLI's list (tests/cli/explainOver.test.ts): Kommundirektör, Ekonomi o planering, HR-avdelning.
    expect(comment(s, 'Kommundirektör')?.style.fill).toBe(MARKED);
    expect(comment(s, 'HR-avdelning')?.style.fill).toBe(MARKED);
    expect(comment(s, 'IT')?.style.fill).not.toBe(MARKED);
    expect(titleCount(s)).toBe('Utan kommentar: 3 av 3 avvikelser över 400\u00a0tkr');
    expect(built.ok && built.value.summary).toContain('Kommentarer finns till 0 av 3 avvikelser över 400\u00a0tkr.');

    await Excel.run(async (context) => {
      context.workbook.worksheets.getItem(NAME).getRange(`M${rowOf(s, 'HR-avdelning')}`).values = [['Vakans från mars']];
      await context.sync();
    });
    const refreshed = await refreshFollowUps('all');
    expect(refreshed.ok).toBe(true);
    const after = sheet(host.snapshot(), NAME);
    expect(parseSettings(String(after.customProperties.BudgetFollowUp))?.explainOver).toEqual(REQUEST.settings.explainOver);
    expect(comment(after, 'HR-avdelning')?.value).toBe('Vakans från mars');
    expect(comment(after, 'HR-avdelning')?.style.fill).not.toBe(MARKED);
    expect(comment(after, 'Kommundirektör')?.style.fill).toBe(MARKED);
    expect(titleCount(after)).toBe('Utan kommentar: 2 av 3 avvikelser över 400\u00a0tkr');
    const outcome = refreshed.ok ? refreshed.value[0]!.result : null;
    expect(outcome?.ok && outcome.value.summary).toContain('Kommentarer finns till 1 av 3 avvikelser över 400\u00a0tkr.');
  });
});

/** The title row's "Utan kommentar" count, wherever the layout put it in row 1. */
function titleCount(sheet: { readonly cells: Readonly<Record<string, { readonly value?: unknown } | undefined>> }): unknown {
  return Object.entries(sheet.cells).find(([address, cell]) => /^[A-Z]+1$/.test(address) && /^(Utan kommentar|Without a comment)/.test(String(cell?.value ?? '')))?.[1]?.value;
}
