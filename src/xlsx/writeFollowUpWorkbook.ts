/**
 * The file side of `followup build --out`: the ledger workbook copied with the report sheet added.
 */
import ExcelJS from 'exceljs';
import type { ReportSheet } from '../core/report/model';
import { addReportSheet, readWorkbookForCopy, writeWorkbookFile } from './writeReport';

/** Where the follow-up workbook comes from and goes to. */
export interface FollowUpWorkbookFiles {
  /** The ledger .xlsx to copy, or null to start from an empty workbook (a CSV ledger). */
  readonly source: string | null;
  /** The .xlsx file to write (never the source: the CLI refuses that, the ledger is not written). */
  readonly out: string;
}

/**
 * Write `files.out`: the source workbook's sheets unchanged plus the report sheet. Returns the
 * name the report sheet got (report.name, or "name (2)" … when that was taken).
 */
export async function writeFollowUpWorkbook(report: ReportSheet, files: FollowUpWorkbookFiles): Promise<string> {
  const workbook = files.source === null ? new ExcelJS.Workbook() : await readWorkbookForCopy(files.source);
  const sheet = addReportSheet(workbook, report);
  await writeWorkbookFile(workbook, files.out);
  return sheet.name;
}
