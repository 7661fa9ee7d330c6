/**
 * Which figure a cell of a follow-up sheet shows, found in the report model's drill cells: what
 * "Visa underlag" needs to know of the cell the user selected.
 */
import type { DrillCell, ReportSheet } from './model';

/** A cell of a follow-up sheet: its row and column, and the text in column A of its row. */
export interface CellAt {
  readonly row: number;
  readonly column: number;
  readonly label: unknown;
}

/**
 * The figure cell `at` is, or null. The row is the model's row when its label in column A is still
 * there; when the user inserted or deleted rows above, it is the one model row with that label (two
 * units of one name stay ambiguous: null). Columns map directly: the tables' figure columns have no
 * anchor a label would give.
 */
export function drillAt(report: ReportSheet, at: CellAt): DrillCell | null {
  const drills = report.drills ?? [];
  const labelOf = (row: number): unknown => report.rows[row]?.[0]?.value ?? null;
  const text = at.label === '' ? null : at.label;
  let row = at.row;
  if (labelOf(row) !== text) {
    const same = [...new Set(drills.map((d) => d.row))].filter((r) => labelOf(r) === text);
    if (text === null || same.length !== 1) return null;
    row = same[0]!;
  }
  return drills.find((d) => d.row === row && d.column === at.column) ?? null;
}
