/**
 * Steps a write of a follow-up shares between Build and Refresh: undoing after a failed sync,
 * deleting what it left, and finishing touches whose failure is not the write's.
 */
import { queueForgetLayout, type SheetInfo } from './followUpSheets';
import { syncWithFocusRetry } from './focus';

/** Delete the sheet of that name if a failed sync left it; whether it was there. */
export async function deleteIfThere(context: Excel.RequestContext, name: string): Promise<boolean> {
  let existed = false;
  await undo(context, async () => {
    const temp = context.workbook.worksheets.getItemOrNullObject(name);
    await context.sync();
    existed = !temp.isNullObject;
    if (existed) temp.delete();
  });
  return existed;
}

/**
 * Delete sheets a write left aside (its temporary and backup sheets, an earlier write's leftovers),
 * in one sync with `also` (tags to tidy). A VeryHidden sheet cannot be deleted (Worksheet.delete's
 * doc: "You should first change its visibility to hidden or visible"), so a sheet that is not
 * visible is made Hidden first. Retried while another workbook has the focus; if it still fails,
 * those left stay, Hidden, and the next refresh deletes them.
 */
export async function deleteSheets(context: Excel.RequestContext, sheets: readonly (SheetInfo & { readonly hasLayout: boolean })[], also: () => void = () => undefined): Promise<void> {
  try {
    await syncWithFocusRetry(context, () => {
      for (const old of sheets) {
        const sheet = context.workbook.worksheets.getItem(old.id);
        if (!old.visible) sheet.visibility = 'Hidden';
        sheet.delete();
        if (old.hasLayout) queueForgetLayout(context, old.id);
      }
      also();
    });
  } catch {
    // Out of sight until the next refresh: hiding works whichever workbook has the focus.
    await bestEffort(context, () => {
      for (const old of sheets) context.workbook.worksheets.getItemOrNullObject(old.id).visibility = 'Hidden';
    });
  }
}

/** Run a finishing step (freeze, activate, hide) with focus retries; its failure is not the write's. */
export async function bestEffort(context: Excel.RequestContext, queue: () => void): Promise<void> {
  try {
    await syncWithFocusRetry(context, queue);
  } catch {
    // The follow-up is written and tagged; an unfrozen header or another active sheet is cosmetic.
  }
}

/** Undo after a failed sync, best effort: the original error is what the user needs to see. */
export async function undo(context: Excel.RequestContext, steps: () => Promise<void>): Promise<void> {
  try {
    await steps();
    await context.sync();
  } catch {
    // Left over at worst: an empty or temporary sheet, never a changed ledger or a lost follow-up.
  }
}
