/**
 * Nästa månad (Next month): the follow-up of the period after a follow-up of the workbook, built
 * with the same settings, each unit's comment carried into a column "Kommentar <month>" beside an
 * empty Kommentar (core/cycle/previousComments). One Excel.run; the source sheet is only read.
 */
import { newFollowUpId } from '../core/followUpSettings';
import { nextMonthSettings } from '../core/cycle/nextMonth';
import { joinComments, splitComments } from '../core/cycle/previousComments';
import { writeNewFollowUp, type BuildOutcome } from './buildFollowUp';
import { withCompute } from './compute/computeClient';
import { failed, type Result } from './errors';
import { pause, runExcel } from './excelRun';
import { overall, type OnProgress } from './progress';
import { readWorkbook } from './readWorkbook';

/** Build the next period's follow-up after the follow-up in sheet `sheetId`, as a new sheet. */
export function buildNextMonth(sheetId: string, onProgress?: OnProgress): Promise<Result<BuildOutcome>> {
  // The rows go to the computing worker as read, as a build's do (./buildFollowUp).
  return runExcel((context, caps) => withCompute(pause, async (compute) => {
    // The source's comments ride along with the ledger's read, as a refresh's do.
    const read = await readWorkbook(context, caps, (index) => index.followUps.filter((f) => f.id === sheetId), onProgress, undefined, compute.rows);
    const source = read.index.followUps.find((f) => f.id === sheetId);
    if (!source) return failed({ kind: 'notFound', what: 'followUp' });
    onProgress?.({ phase: 'computing', fraction: overall('computing', 0) });
    await pause();
    const settings = nextMonthSettings(source.settings, newFollowUpId());
    // What was typed in the source's Kommentar is carried; what it carried itself is not.
    const typed = splitComments(read.comments.get(sheetId) ?? new Map()).current;
    const composed = await compute.compose(settings, { comments: joinComments(new Map(), typed), layouts: read.layouts, previousSource: source.name });
    if (!composed.ok) return failed({ kind: 'input', issues: composed.issues });
    return writeNewFollowUp(context, caps, read, composed, settings, onProgress);
  }));
}
