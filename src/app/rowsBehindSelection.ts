/**
 * Visa underlag for the selected cell: the active cell of a follow-up sheet → which figure of the
 * unit or account table it shows (the report model's drill cells, rebuilt from the sheet's tag as
 * Refresh rebuilds it) → the rows behind it in the "Underlag" sheet. One Excel.run: the active
 * cell rides along with the read phase's first sync, so no sync is added to showRowsBehind's.
 */
import type { CellAt } from '../core/report/drillAt';
import { withCompute } from './compute/computeClient';
import { failed, type Result } from './errors';
import { pause, runExcel } from './excelRun';
import { overall, type OnProgress } from './progress';
import { readWorkbook } from './readWorkbook';
import { writeRowsBehind, type RowsBehindOutcome } from './rowsBehind';

/** Where the user's active cell is: its sheet, row and column, and the text in column A of its row. */
export interface SelectedCell extends CellAt {
  readonly sheetId: string;
}

/** Write the rows behind the figure in the selected cell of a follow-up to "Underlag" and show it. */
export function showRowsBehindSelection(onProgress?: OnProgress): Promise<Result<RowsBehindOutcome>> {
  // The ledger's rows go to the computing worker as they are read; which figure the cell shows
  // and the rows behind it are worked out there (see showRowsBehind).
  return runExcel((context, caps) => withCompute(pause, async (compute) => {
    const cell = context.workbook.getActiveCell();
    cell.load(['rowIndex', 'columnIndex']);
    cell.worksheet.load('id');
    // Column A of the row: the label that says which unit or account line the row is.
    const label = cell.getEntireRow().getCell(0, 0);
    label.load('values');
    const read = await readWorkbook(context, caps, () => [], onProgress, undefined, compute.rows);
    const selected: SelectedCell = { sheetId: cell.worksheet.id, row: cell.rowIndex, column: cell.columnIndex, label: label.values[0]?.[0] };
    const f = read.index.followUps.find((x) => x.id === selected.sheetId);
    if (f === undefined) return failed({ kind: 'notAFigure' });
    onProgress?.({ phase: 'computing', fraction: overall('computing', 0) });
    return writeRowsBehind(context, read, await compute.rowsBehind(f.settings, { layouts: read.layouts }, { selected }));
  }));
}
