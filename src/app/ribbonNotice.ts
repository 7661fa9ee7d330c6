/**
 * The ribbon's messages kept in the workbook, so none is lost when its dialog cannot be shown or
 * is closed with the command: kept before the dialog opens, forgotten once read (OK in the dialog,
 * or shown by the task pane, which takes it).
 */
import { forgetNotice, queueKeepNotice, queueReadNotice } from '../excel/noticeStore';
import { ok, type Result } from './errors';
import { runExcel } from './excelRun';

/** Keep the ribbon's message lines in the workbook until read. */
export function keepRibbonNotice(lines: readonly string[], at = new Date()): Promise<Result<void>> {
  return runExcel(async (context) => {
    queueKeepNotice(context, lines, at);
    await context.sync();
    return ok(undefined);
  });
}

/** The kept message lines (empty when none), forgotten as they are taken. */
export function takeRibbonNotice(): Promise<Result<string[]>> {
  return runExcel(async (context) => {
    const read = queueReadNotice(context);
    await context.sync();
    const lines = read();
    if (lines.length > 0) await forgetNotice(context);
    return ok(lines);
  });
}
