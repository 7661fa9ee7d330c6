/**
 * Ribbon commands. "Uppdatera uppföljningar" (Refresh follow-ups) runs the same app function as the
 * task pane's Refresh all, without opening the pane; what went wrong is shown in a small dialog
 * (notice.html), never swallowed.
 *
 * Office closes a function command's runtime "when either the function completes or 5 minutes have
 * passed, whichever is earlier" (Office Add-ins docs, add-in commands). So the refresh starts no
 * read chunk and no write after `refreshMs`, the dialog is waited for until `completeMs` at most,
 * and the message is kept in the workbook first: if the dialog is refused (12009 on the web, 12011
 * blocked pop-ups, 12007 one already open…) or closed with the runtime, the task pane shows it the
 * next time it opens.
 */
import { refreshFollowUps } from '../app/buildFollowUp';
import { deadlineIn } from '../app/deadline';
import { officeLanguage } from '../app/excelRun';
import { keepRibbonNotice, takeRibbonNotice } from '../app/ribbonNotice';
import { noticeUrl, refreshMessages } from './messages';

/** The command's time limits, from its start (Office's limit is 5 minutes). */
export interface CommandTimes {
  /** No read chunk or follow-up write starts after this. */
  readonly refreshMs: number;
  /** The command completes by then, dialog read or not. */
  readonly completeMs: number;
}

/** 3½ minutes to refresh, 1 more to read the message, half a minute to spare. */
export const COMMAND_TIMES: CommandTimes = { refreshMs: 210_000, completeMs: 270_000 };

/** The command: refresh every follow-up of the workbook, then tell Office it is done. */
export async function refreshAllCommand(event: Office.AddinCommands.Event, times: CommandTimes = COMMAND_TIMES, clock: () => number = Date.now): Promise<void> {
  const started = clock();
  let timer: ReturnType<typeof setTimeout> | undefined;
  // Excel may hold a batch back for as long as the user edits a cell (delayForCellEdit): whatever
  // is still waiting at `completeMs` is left, and the command completes in time regardless.
  const outOfTime = new Promise<void>((resolve) => (timer = setTimeout(resolve, Math.max(0, times.completeMs))));
  try {
    await Promise.race([refreshAndTell(times, clock, started), outOfTime]);
  } finally {
    clearTimeout(timer);
    event.completed();
  }
}

/** The refresh, the message kept, the dialog shown. */
async function refreshAndTell(times: CommandTimes, clock: () => number, started: number): Promise<void> {
  const lang = officeLanguage();
  const result = await refreshFollowUps('all', undefined, { deadline: deadlineIn(times.refreshMs, clock) });
  const lines = refreshMessages(result, lang);
  if (lines.length === 0) return;
  // Kept before the dialog opens: whatever becomes of the dialog, the message is not lost.
  await keepRibbonNotice(lines);
  const here = typeof location === 'undefined' ? '' : location.href;
  const read = await showNotice(noticeUrl(here, lines, lang), started + times.completeMs - clock());
  if (read) await takeRibbonNotice();
}

/**
 * Show the notice dialog until the user clicks OK or closes it (true: read), or until `ms` have
 * passed (closed, false), or at once when Office cannot open it (false). The command must not
 * complete earlier: completing it ends its runtime, which closes its dialog.
 */
function showNotice(url: string, ms: number): Promise<boolean> {
  return new Promise((resolve) => {
    Office.context.ui.displayDialogAsync(url, { height: 35, width: 30, displayInIframe: true }, (opened) => {
      if (opened.status !== Office.AsyncResultStatus.Succeeded) {
        resolve(false);
        return;
      }
      const dialog = opened.value;
      const timer = setTimeout(() => {
        dialog.close();
        resolve(false);
      }, Math.max(0, ms));
      const done = (read: boolean) => {
        clearTimeout(timer);
        resolve(read);
      };
      dialog.addEventHandler(Office.EventType.DialogMessageReceived, () => {
        dialog.close();
        done(true);
      });
      // 12006: the user closed the dialog with its X, so read it; 12002/12003: the page did not load.
      dialog.addEventHandler(Office.EventType.DialogEventReceived, (arg) => done((arg as { error?: number }).error === 12006));
    });
  });
}

Office.onReady(() => {
  Office.actions.associate('refreshFollowUps', (event: Office.AddinCommands.Event) => refreshAllCommand(event));
});
