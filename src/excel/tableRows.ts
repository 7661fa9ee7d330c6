/**
 * What Excel tables and hidden rows mean for a ledger read. A table's total row (Table.showTotals:
 * "Specifies if the total row is visible") sits under the data body and sums it: read as a ledger
 * row it would count the money twice, so its cells are blanked in the grid. Filtered-out and
 * hidden rows are views, not deletions: Range.values returns them and they count; Range.rowHidden
 * ("null when some rows in a range are hidden") tells which sheets had some, so the user can be told.
 */
import { makeGrid, type Grid } from '../core/grid/grid';
import type { RowSink } from './readGrids';

/** A table's total row: sheet, zero-based row and the columns it spans. */
export interface TotalRow {
  readonly sheet: string;
  readonly row: number;
  readonly column: number;
  readonly columns: number;
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
      range.load('rowIndex,columnIndex,columnCount');
      return { sheet: t.worksheet.name, range };
    });
  return () => pending.map((p) => ({ sheet: p.sheet, row: p.range.rowIndex, column: p.range.columnIndex, columns: p.range.columnCount }));
}

/**
 * The grids with the cells of the total rows blanked. Only those rows are copied: a ledger table
 * of a million rows has one total row, and its other rows are passed on as they are.
 */
export function withoutTotalRows(grids: readonly Grid[], totals: readonly TotalRow[]): Grid[] {
  return grids.map((g) => {
    const mine = totals.filter((t) => t.sheet === g.sheet);
    if (mine.length === 0) return g;
    const rows = [...g.rows];
    for (const t of mine) {
      const i = t.row - g.origin.row;
      const row = rows[i];
      if (row === undefined) continue;
      const from = t.column - g.origin.column;
      rows[i] = row.map((cell, j) => (j >= from && j < from + t.columns ? null : cell));
    }
    return makeGrid(g.sheet, rows, g.origin);
  });
}

/** A sink that passes rows on with the cells of the total rows blanked (withoutTotalRows, streamed). */
export function sinkWithoutTotalRows(sink: RowSink, totals: readonly TotalRow[]): RowSink {
  if (totals.length === 0) return sink;
  return (sheet, start, values, types) => {
    const mine = totals.filter((t) => t.sheet === sheet.name && t.row - sheet.origin.row >= start && t.row - sheet.origin.row < start + values.length);
    if (mine.length === 0) return sink(sheet, start, values, types);
    const v = [...values];
    const ty = [...types];
    for (const t of mine) {
      const i = t.row - sheet.origin.row - start;
      const from = t.column - sheet.origin.column;
      const blank = (j: number): boolean => j >= from && j < from + t.columns;
      v[i] = v[i]!.map((x, j) => (blank(j) ? '' : x));
      ty[i] = ty[i]!.map((x, j) => (blank(j) ? 'Empty' : x));
    }
    return sink(sheet, start, v, ty);
  };
}
