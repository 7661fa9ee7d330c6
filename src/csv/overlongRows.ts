/**
 * CSV lines with more fields than the header. An unquoted separator in a name ("Kök; Väst") moves
 * every field after it one column to the right, so an amount would be read under the wrong
 * heading, or the unit split in two: such lines are marked (RowMarks.overlong) and reported as
 * errors by the ledger reader, never read. Trailing empty fields do not count (some systems end
 * every line with a separator); a line with fewer fields than the header has its missing fields
 * empty, as blanks are.
 */
import type { Cell, Grid, RowMarks } from '../core/grid/grid';
import { detectLayout, type SheetLayout } from '../core/ledger/detect';

/** Where the header is and how many fields it has: found as the ledger reader finds it; null without one. */
export interface HeaderFields {
  readonly headerRow: number;
  readonly width: number;
}

/** The header of a CSV's first rows (the grid of its head), or null when it has none; `layout` when the caller has detected it already. */
export function headerFieldsOf(head: Grid, layout: SheetLayout = detectLayout(head)): HeaderFields | null {
  if (layout.kind === 'other' || layout.headerRow < 0) return null;
  return { headerRow: layout.headerRow, width: head.rows[layout.headerRow]?.length ?? 0 };
}

/** Whether a row has a field with content beyond the first `width`. */
function isOverlong(row: readonly Cell[], width: number): boolean {
  for (let c = width; c < row.length; c++) if (row[c] !== null) return true;
  return false;
}

/** The grid with its overlong rows marked (the grid itself when there are none). */
export function markOverlongRows(grid: Grid): Grid {
  const header = headerFieldsOf(grid);
  if (header === null) return grid;
  const overlong: number[] = [];
  for (let r = header.headerRow + 1; r < grid.rows.length; r++) if (isOverlong(grid.rows[r]!, header.width)) overlong.push(r);
  if (overlong.length === 0) return grid;
  const marks: RowMarks = { ...grid.marks, overlong };
  return { ...grid, marks };
}
