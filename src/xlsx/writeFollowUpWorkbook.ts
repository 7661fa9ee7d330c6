/**
 * The file side of `followup build --out`: the ledger workbook copied with the report sheet added,
 * and the report's chart drawn on it (./addChartPart: ExcelJS has no chart API).
 */
import { promises as fs } from 'node:fs';
import ExcelJS from 'exceljs';
import type { ReportSheet } from '../core/report/model';
import { writeFileSafely } from '../io/writeFileSafely';
import { addChartPart } from './addChartPart';
import { addReportSheet, readWorkbookForCopy } from './writeReport';

/** Where the follow-up workbook comes from and goes to. */
export interface FollowUpWorkbookFiles {
  /** The ledger .xlsx to copy, or null to start from an empty workbook (a CSV ledger). */
  readonly source: string | null;
  /** The .xlsx file to write (never the source: the CLI refuses that, the ledger is not written). */
  readonly out: string;
}

/** What was written. */
export interface FollowUpWorkbookWritten {
  /** The name the report sheet got (report.name, or "name (2)" … when that was taken). */
  readonly sheet: string;
  /**
   * Whether the ledger's sheets were copied: false when ExcelJS cannot load a workbook the ledger
   * reader could read (written by another program in a way ExcelJS does not follow); the report
   * is then written alone rather than not at all.
   */
  readonly ledgerCopied: boolean;
}

/** Write `files.out`: the source workbook's sheets unchanged plus the report sheet with its chart. */
export async function writeFollowUpWorkbook(report: ReportSheet, files: FollowUpWorkbookFiles): Promise<FollowUpWorkbookWritten> {
  const source = files.source === null ? null : await readWorkbookForCopy(files.source).catch(() => null);
  const workbook = source ?? new ExcelJS.Workbook();
  const sheet = addReportSheet(workbook, report);
  await writeFileSafely(files.out, async (to) => {
    const written = new Uint8Array(await workbook.xlsx.writeBuffer());
    await fs.writeFile(to, await addChartPart(written, sheet.name, report));
  });
  return { sheet: sheet.name, ledgerCopied: files.source === null || source !== null };
}
