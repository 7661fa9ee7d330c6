/**
 * Ledger text (unit and account names, users' comments) must stay text in the follow-up. What the
 * API reference promises is only the danger: Range.values, "If the returned value starts with a
 * plus ("+"), minus ("-"), or equal sign ("="), Excel interprets this value as a formula." That a
 * cell formatted Text ('@') keeps such a string as text is how Excel's UI behaves, not something
 * the reference says; so is a leading apostrophe marking text. Hence, in depth:
 * 1. writeReport sets number formats ('@' on text cells) before values (the UI rule);
 * 2. every string that could be read as a formula (= + - @) is read back in the same sync;
 * 3. a cell that did not keep its text is written again as General with a leading apostrophe
 *    (the typing rule), and read back once more;
 * 4. if it still is not the text, the write fails (and is undone): never a formula in its place.
 */
import type { ReportSheet } from '../core/report/model';

/** Strings Excel may take for a formula or a signed number. */
const FORMULA_LIKE = /^[=+\-@]/;

/** A text cell being checked, with the range whose values were loaded. */
interface GuardedCell {
  readonly row: number;
  readonly column: number;
  readonly text: string;
  readonly range: Excel.Range;
}

/** The cells being read back. */
export interface TextGuard {
  readonly cells: readonly GuardedCell[];
}

/** Queue reading back every formula-like string of the report (after queueReport, same sync). */
export function queueTextGuard(ws: Excel.Worksheet, report: ReportSheet): TextGuard {
  const cells: GuardedCell[] = [];
  report.rows.forEach((row, r) =>
    row.forEach((cell, c) => {
      if (typeof cell?.value !== 'string' || !FORMULA_LIKE.test(cell.value)) return;
      const range = ws.getCell(r, c);
      range.load('values');
      cells.push({ row: r, column: c, text: cell.value, range });
    }),
  );
  return { cells };
}

/** The code of the error when Excel would not keep a text as text. */
export const TEXT_NOT_KEPT = 'TextNotKept';

/**
 * After the sync: make sure every guarded cell holds its text, rewriting those that do not
 * (step 3, one more sync). Throws TEXT_NOT_KEPT (with the text) when one still does not.
 */
export async function ensureTextKept(context: Excel.RequestContext, ws: Excel.Worksheet, guard: TextGuard): Promise<void> {
  const wrong = guard.cells.filter((g) => g.range.values[0]?.[0] !== g.text);
  if (wrong.length === 0) return;
  const again = wrong.map((g) => {
    const range = ws.getCell(g.row, g.column);
    range.numberFormat = [['General']];
    range.values = [[`'${g.text}`]];
    range.load('values');
    return { ...g, range };
  });
  await context.sync();
  const still = again.find((g) => g.range.values[0]?.[0] !== g.text);
  if (still) throw Object.assign(new Error(`Excel did not keep the text "${still.text}" as text.`), { code: TEXT_NOT_KEPT, text: still.text });
}
