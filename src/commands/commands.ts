/**
 * Ribbon commands. "Uppdatera uppföljningar" (Refresh follow-ups) runs the same app function as the
 * task pane's Refresh all, without opening the pane.
 */
import { refreshFollowUps } from '../app/buildFollowUp';

/** The command: refresh every follow-up of the workbook, then tell Office it is done. */
export async function refreshAllCommand(event: Office.AddinCommands.Event): Promise<void> {
  try {
    await refreshFollowUps('all');
  } finally {
    event.completed();
  }
}

Office.onReady(() => {
  Office.actions.associate('refreshFollowUps', refreshAllCommand);
});
