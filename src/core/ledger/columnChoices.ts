/**
 * Column roles the user gives by header text or column letter (the command line's
 * `--column "Bokfört belopp=utfall"`), applied the way the task pane's corrections are: as a
 * remembered layout over the detected one (rememberedLayout.ts). Header texts are matched as
 * detection matches them, without regard to case, spaces, punctuation or diacritics.
 */
import { columnLetters, isBlank, type Grid } from '../grid/grid';
import { detectLayout, HEADER_SEARCH_ROWS, layoutAtRow, type SheetLayout } from './detect';
import { normalizeWord } from './normalize';
import { applyRemembered, headerSignature } from './rememberedLayout';
import type { LedgerColumnRole } from './roleNames';

/** A column, by its header text or letter, and the role the user gives it. */
export interface ColumnRoleChoice {
  readonly column: string;
  readonly role: LedgerColumnRole;
}

/** The corrected layouts by sheet name, or the first choice that names no column and the headers there are. */
export type ColumnChoiceResult =
  | { readonly ok: true; readonly layouts: ReadonlyMap<string, SheetLayout> }
  | { readonly ok: false; readonly column: string; readonly headers: readonly string[] };

const LETTERS = /^[A-Za-z]{1,3}$/;

/**
 * Apply the choices to the sheets' heads (all sheets but organisation and account sheets, or only
 * `onlySheet`). A header is looked for first; a choice like "F" that is no header is a column letter.
 * With no sheet to look in, nothing is applied and no choice is unknown.
 */
export function applyColumnChoices(heads: readonly Grid[], choices: readonly ColumnRoleChoice[], onlySheet?: string): ColumnChoiceResult {
  const layouts = new Map<string, SheetLayout>();
  if (choices.length === 0) return { ok: true, layouts };
  const used = new Set<ColumnRoleChoice>();
  const headers: string[] = [];
  let considered = 0;
  for (const grid of heads) {
    if (onlySheet !== undefined && grid.sheet !== onlySheet) continue;
    const detected = detectLayout(grid);
    if (onlySheet === undefined && (detected.kind === 'organisation' || detected.kind === 'accounts' || detected.kind === 'indicators')) continue;
    considered++;
    const base = detected.headerRow >= 0 ? detected : namedHeaderRow(grid, choices);
    if (base === null) continue;
    headers.push(...base.columns.map((c) => c.header));
    const roles: Record<string, LedgerColumnRole> = {};
    for (const choice of choices) {
      const index = columnIndexOf(base, grid, choice.column);
      if (index === null) continue;
      roles[String(index)] = choice.role;
      used.add(choice);
    }
    if (Object.keys(roles).length > 0) layouts.set(grid.sheet, applyRemembered(base, { sheet: base.sheet, signature: headerSignature(base), roles }));
  }
  const unused = choices.find((c) => !used.has(c));
  // No sheet to look in (a --sheet that does not exist): the engine says so, as without choices.
  if (unused !== undefined && considered > 0) return { ok: false, column: unused.column, headers: [...new Set(headers)] };
  return { ok: true, layouts };
}

/** The index of the column a choice names in the layout: by header, else by letter; null if none. */
function columnIndexOf(layout: SheetLayout, grid: Grid, column: string): number | null {
  const word = normalizeWord(column);
  const byHeader = layout.columns.find((c) => normalizeWord(c.header) === word);
  if (byHeader !== undefined) return byHeader.index;
  if (!LETTERS.test(column.trim())) return null;
  const letters = column.trim().toUpperCase();
  return layout.columns.find((c) => columnLetters(grid.origin.column + c.index) === letters)?.index ?? null;
}

/** For a sheet without a detected header: the layout at the first row holding a header the user named. */
function namedHeaderRow(grid: Grid, choices: readonly ColumnRoleChoice[]): SheetLayout | null {
  const words = new Set(choices.map((c) => normalizeWord(c.column)));
  const limit = Math.min(grid.rows.length, HEADER_SEARCH_ROWS);
  for (let r = 0; r < limit; r++) {
    const row = grid.rows[r] ?? [];
    if (row.some((cell) => typeof cell === 'string' && !isBlank(cell) && words.has(normalizeWord(cell)))) return layoutAtRow(grid, r);
  }
  return null;
}
