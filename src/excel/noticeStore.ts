/**
 * What the ribbon's Refresh had to tell the user, kept in the workbook's settings (ExcelApi 1.4)
 * until it has been read: the ribbon command may lose its dialog (refused by the browser, error
 * 12009 on the web, or closed with the command's runtime after 5 minutes), and the task pane shows
 * a kept notice the next time it opens.
 */
const NOTICE_SETTING = 'BudgetFollowUp.ribbonNotice';

/** Queue keeping `lines` (replacing an older notice). */
export function queueKeepNotice(context: Excel.RequestContext, lines: readonly string[], at: Date): void {
  context.workbook.settings.add(NOTICE_SETTING, { at: at.toISOString(), lines: [...lines] });
}

/** Queue reading the kept notice; the function gives its lines (empty when none) after the sync. */
export function queueReadNotice(context: Excel.RequestContext): () => string[] {
  const item = context.workbook.settings.getItemOrNullObject(NOTICE_SETTING);
  item.load('value');
  return () => {
    if (item.isNullObject) return [];
    const lines = (item.value as { lines?: unknown } | null)?.lines;
    return Array.isArray(lines) ? lines.map(String) : [];
  };
}

/** Forget the kept notice, if any (two syncs). */
export async function forgetNotice(context: Excel.RequestContext): Promise<void> {
  const item = context.workbook.settings.getItemOrNullObject(NOTICE_SETTING);
  await context.sync();
  if (!item.isNullObject) item.delete();
  await context.sync();
}
