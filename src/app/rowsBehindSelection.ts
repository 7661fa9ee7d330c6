/**
 * Visa underlag for the selected cell: the active cell of a follow-up sheet → which figure of the
 * unit or account table it shows (the report model's drill cells, rebuilt from the sheet's tag as
 * Refresh rebuilds it) → the rows behind it in the "Underlag" sheet. One Excel.run: the active
 * cell rides along with the read phase's first sync, so no sync is added to showRowsBehind's.
 */
import { composeFollowUp } from '../core/compose';
import type { DrillCell, ReportSheet } from '../core/report/model';
import { failed, type Result } from './errors';
import { runExcel } from './excelRun';
import type { OnProgress } from './progress';
import { readWorkbook } from './readWorkbook';
import { writeRowsBehind, type RowsBehindOutcome } from './rowsBehind';

/** Where the user's active cell is: its sheet, row and column, and the text in column A of its row. */
export interface SelectedCell {
  readonly sheetId: string;
  readonly row: number;
  readonly column: number;
  readonly label: unknown;
}

/** Write the rows behind the figure in the selected cell of a follow-up to "Underlag" and show it. */
export function showRowsBehindSelection(onProgress?: OnProgress): Promise<Result<RowsBehindOutcome>> {
  return runExcel(async (context, caps) => {
    const cell = context.workbook.getActiveCell();
    cell.load(['rowIndex', 'columnIndex']);
    cell.worksheet.load('id');
    // Column A of the row: the label that says which unit or account line the row is.
    const label = cell.getEntireRow().getCell(0, 0);
    label.load('values');
    const read = await readWorkbook(context, caps, () => [], onProgress);
    const selected: SelectedCell = { sheetId: cell.worksheet.id, row: cell.rowIndex, column: cell.columnIndex, label: label.values[0]?.[0] };
    const f = read.index.followUps.find((x) => x.id === selected.sheetId);
    if (f === undefined) return failed({ kind: 'notAFigure' });
    const composed = composeFollowUp(read.grids, f.settings, { layouts: read.layouts });
    if (!composed.ok) return failed({ kind: 'input', issues: composed.analysis.issues });
    const drill = drillAt(composed.report, selected);
    if (drill === null) return failed({ kind: 'notAFigure' });
    const { path, group, own, figure } = drill;
    return writeRowsBehind(context, read, f, { path, figure, ...(group !== undefined ? { group } : {}), ...(own === true ? { own } : {}) }, composed.analysis);
  });
}

/**
 * The figure cell the selection is, or null. The row is the model's row when its label in column A
 * is still there; when the user inserted or deleted rows above, it is the one model row with that
 * label (two units of one name stay ambiguous: null). Columns map directly: the tables' figure
 * columns have no anchor a label would give.
 */
export function drillAt(report: ReportSheet, at: SelectedCell): DrillCell | null {
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
