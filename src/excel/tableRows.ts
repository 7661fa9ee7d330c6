/**
 * What Excel tables and hidden rows mean for a ledger read. A table's total row (Table.showTotals:
 * "Specifies if the total row is visible") sits under the data body and sums it: read as a ledger
 * row it would count the money twice, so the grid marks it (Grid.marks.totals), as the .xlsx reader
 * does, and core skips it and says so, the same on the command line and in the add-in. Filtered-out and
 * hidden rows are views, not deletions: Range.values returns them and they count; Range.rowHidden
 * ("null when some rows in a range are hidden") tells which sheets had some, so the user can be told.
 */
import type { Grid, RowMarks } from '../core/grid/grid';
import type { RowSink } from './readGrids';

/** A table's total row: sheet and zero-based sheet row. */
export interface TotalRow {
  readonly sheet: string;
  readonly row: number;
}

/**
 * Queue loading the total rows of the tables that show one (their `showTotals` loaded in an
 * earlier sync); the function gives them after the sync.
 */
export function queueTotalRows(tables: Excel.TableCollection): () => TotalRow[] {
  const pending = tables.items
    .filter((t) => t.showTotals)
    .map((t) => {
      const range = t.getTotalRowRange();
      range.load('rowIndex');
      return { sheet: t.worksheet.name, range };
    });
  return () => pending.map((p) => ({ sheet: p.sheet, row: p.range.rowIndex }));
}

/** The grids with the total rows of their tables marked (rows of the grid, ascending); the cells are left as read. */
export function withTotalRowsMarked(grids: readonly Grid[], totals: readonly TotalRow[]): Grid[] {
  return grids.map((g) => {
    const marks = marksWithTotals(g.marks, g.sheet, g.origin, g.rows.length, totals);
    return marks === g.marks ? g : { ...g, marks };
  });
}

/** A sink that passes rows on with their sheet's table total rows marked (withTotalRowsMarked, streamed). */
export function sinkWithTotalRowsMarked(sink: RowSink, totals: readonly TotalRow[]): RowSink {
  if (totals.length === 0) return sink;
  return (sheet, start, values, types) => {
    const marks = marksWithTotals(sheet.marks, sheet.name, sheet.origin, sheet.rowCount, totals);
    return sink(marks === sheet.marks ? sheet : { ...sheet, marks }, start, values, types);
  };
}

/** `marks` with the sheet's table total rows added, as rows from `origin`; `marks` itself when the sheet has none. */
function marksWithTotals(marks: RowMarks | undefined, sheet: string, origin: { readonly row: number }, rowCount: number, totals: readonly TotalRow[]): RowMarks | undefined {
  const rows = totals.filter((t) => t.sheet === sheet).map((t) => t.row - origin.row).filter((r) => r >= 0 && r < rowCount);
  if (rows.length === 0) return marks;
  return { ...marks, totals: [...new Set([...(marks?.totals ?? []), ...rows])].sort((a, b) => a - b) };
}
