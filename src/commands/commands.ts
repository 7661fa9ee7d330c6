/**
 * Ribbon commands. "Uppdatera uppföljningar" (Refresh follow-ups) runs the same app function as the
 * task pane's Refresh all, without opening the pane; what went wrong is shown in a small dialog
 * (notice.html), never swallowed.
 */
import { refreshFollowUps } from '../app/buildFollowUp';
import { officeLanguage } from '../app/excelRun';
import { noticeUrl, refreshMessages } from './messages';

/** The command: refresh every follow-up of the workbook, then tell Office it is done. */
export async function refreshAllCommand(event: Office.AddinCommands.Event): Promise<void> {
  try {
    const lang = officeLanguage();
    const lines = refreshMessages(await refreshFollowUps('all'), lang);
    const here = typeof location === 'undefined' ? '' : location.href;
    if (lines.length > 0) await showNotice(noticeUrl(here, lines, lang));
  } finally {
    event.completed();
  }
}

/**
 * Show the notice dialog until the user clicks OK or closes it. The command is completed only
 * then: completing it ends the command's runtime, which may close its dialog before it is read.
 */
function showNotice(url: string): Promise<void> {
  return new Promise((resolve) => {
    Office.context.ui.displayDialogAsync(url, { height: 35, width: 30, displayInIframe: true }, (opened) => {
      if (opened.status !== Office.AsyncResultStatus.Succeeded) {
        resolve();
        return;
      }
      const dialog = opened.value;
      dialog.addEventHandler(Office.EventType.DialogMessageReceived, () => {
        dialog.close();
        resolve();
      });
      dialog.addEventHandler(Office.EventType.DialogEventReceived, () => resolve());
    });
  });
}

Office.onReady(() => {
  Office.actions.associate('refreshFollowUps', refreshAllCommand);
});
