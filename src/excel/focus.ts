/**
 * When another open workbook has the focus (Windows and Mac), Excel refuses some actions on this
 * one: adding a sheet, activating, selecting and freezing panes fail with GeneralException, and
 * deleting a sheet with InvalidSelection (known issues: github.com/OfficeDev/office-js/issues/771
 * and /6365), or, in Excel that documents it, all with InactiveWorkbook. Reads, values, names and tags still work.
 * Such an action is retried a few times, since the user usually comes back; the caller decides
 * what a final failure means.
 */

/** How often and how long to wait. `delayMs` grows with each attempt (1×, 2×, …). */
export const focusRetry = { attempts: 3, delayMs: 800 };

/**
 * The codes Excel gives when another workbook has the focus: the documented InactiveWorkbook ("The
 * operation failed because multiple workbooks are open and the workbook being called by this API
 * has lost focus", Excel-specific error codes) and the older GeneralException and InvalidSelection.
 */
export function isFocusError(e: unknown): boolean {
  const code = (e as { code?: unknown } | null)?.code;
  return code === 'InactiveWorkbook' || code === 'GeneralException' || code === 'InvalidSelection';
}

/**
 * Queue and sync `queue` until it succeeds, retrying after a pause while Excel answers with a
 * focus error (each attempt queues afresh: a failed sync's actions are dropped). Other errors,
 * and the last focus error, are thrown.
 */
export async function syncWithFocusRetry(context: Excel.RequestContext, queue: () => void): Promise<void> {
  for (let attempt = 1; ; attempt++) {
    queue();
    try {
      return await context.sync();
    } catch (e) {
      if (!isFocusError(e) || attempt >= focusRetry.attempts) throw e;
      await waitBeforeRetry(attempt);
    }
  }
}

/** The pause after failed attempt number `attempt` (1, 2, …): longer each time. */
export function waitBeforeRetry(attempt: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, focusRetry.delayMs * attempt));
}

/** The code of the error thrown when Excel refused an action because another workbook has the focus. */
export const OTHER_WORKBOOK_ACTIVE = 'OtherWorkbookActive';

/** The error for an action that could not be done (nothing was changed) because another workbook has the focus. */
export function otherWorkbookActive(cause: unknown): Error & { code: string } {
  const error = new Error(`Excel refused the action (${String((cause as { code?: unknown } | null)?.code)}); another workbook has the focus.`);
  return Object.assign(error, { code: OTHER_WORKBOOK_ACTIVE });
}
