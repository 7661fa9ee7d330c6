/**
 * The rows of a written follow-up that need a comment and have none, with their comment cells, for
 * the task pane's list. Reads the report model only (no money code: the pane's bundle stays small).
 */
import { columnLetters, quoteSheetName } from '../grid/grid';
import type { ReportSheet } from '../report/model';

/** A comment cell still empty on a row that needs a comment, as the pane lists it. */
export interface UnexplainedComment {
  /** The row's label as the sheet shows it ("IT", "Summa TIA-avdelningen"). */
  readonly label: string;
  /** The comment cell, sheet-qualified ("'Uppföljning 2025-07'!M12"). */
  readonly address: string;
}

/** The needing rows of a written report whose comment cell is empty, in sheet order. */
export function unexplainedComments(report: ReportSheet, sheetName: string): UnexplainedComment[] {
  return report.comments
    .filter((c) => c.needsComment === true && (report.rows[c.row]?.[c.column]?.text ?? '').trim() === '')
    .map((c) => ({ label: report.rows[c.row]?.[0]?.text ?? '', address: `${quoteSheetName(sheetName)}!${columnLetters(c.column)}${c.row + 1}` }));
}
