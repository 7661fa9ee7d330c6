/** Small pure helpers of the pane's state: the follow-up of a month, and columns named by header. */
import type { FollowUpPeriod, SheetLayout } from '../../../app/presentation';
import type { FollowUpEntry } from '../FollowUpList/followUpEntries';
import type { ColumnHeader } from '../ErrorBar/issueGroups';

/** The workbook's follow-up of the same month (the same sheet name a build would make), if any. */
export function existingFollowUp(entries: readonly FollowUpEntry[], period: FollowUpPeriod): FollowUpEntry | null {
  return entries.find((e) => e.period.year === period.year && e.period.month === period.month) ?? null;
}

/** Column letters to a zero-based index ("A" → 0, "AA" → 26). */
function columnIndex(letters: string): number {
  let n = 0;
  for (const ch of letters) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

/** Names a sheet's column by its header in the layouts read ("G" → "Redovisning"). */
export function columnHeaderOf(layouts: readonly SheetLayout[], firstColumns: Readonly<Record<string, number>>): ColumnHeader {
  return (sheet, letters) => {
    const layout = layouts.find((l) => l.sheet === sheet);
    if (!layout) return null;
    const index = columnIndex(letters) - (firstColumns[sheet] ?? 0);
    const header = layout.columns.find((c) => c.index === index)?.header.trim();
    return header ? header : null;
  };
}
