/** Small pure helpers of the pane's state: the follow-up of a month, and columns named by header. */
import { columnIndex, type FollowUpPeriod, type SheetLayout } from '../../../app/presentation';
import type { FollowUpEntry } from '../FollowUpList/followUpEntries';
import type { ColumnHeader } from '../ErrorBar/issueGroups';

/** The workbook's follow-up of the same month (the same sheet name a build would make), if any. */
export function existingFollowUp(entries: readonly FollowUpEntry[], period: FollowUpPeriod): FollowUpEntry | null {
  return entries.find((e) => e.period.year === period.year && e.period.month === period.month) ?? null;
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
