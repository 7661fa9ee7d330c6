/** What the ribbon's Refresh tells the user when something went wrong (it has no pane of its own). */
import { errorMessages, type RefreshOutcome, type Result } from '../app/index';

/** The lines to show after a refresh from the ribbon; empty when every follow-up was refreshed. */
export function refreshMessages(result: Result<readonly RefreshOutcome[]>, lang: 'sv' | 'en'): string[] {
  if (!result.ok) return errorMessages(result.error, lang);
  return result.value.flatMap((o) => (o.result.ok ? [] : errorMessages(o.result.error, lang).map((m) => `${o.sheetName}: ${m}`)));
}

/** The dialog page's address for these lines (same origin as the add-in, as Office requires). */
export function noticeUrl(base: string, lines: readonly string[], lang: 'sv' | 'en'): string {
  return `${base.replace(/[^/]*$/, '')}notice.html?lang=${lang}&m=${encodeURIComponent(JSON.stringify(lines))}`;
}
