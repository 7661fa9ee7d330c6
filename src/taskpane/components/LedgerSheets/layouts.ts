/**
 * The user's corrections of detected column roles, kept apart from what was detected so that only
 * real corrections reach the build (BuildRequest.layouts).
 */
import type { Role } from '../../../app/presentation';
import type { ColumnRole, SheetLayout } from '../../../app/presentation';

/** Corrected layouts by sheet name. */
export type LayoutEdits = ReadonlyMap<string, SheetLayout>;

/** The layout with one column's role changed (a month column stops being one). */
export function withColumnRole(layout: SheetLayout, columnIndex: number, role: Role): SheetLayout {
  return {
    ...layout,
    columns: layout.columns.map((c) => (c.index === columnIndex ? { index: c.index, header: c.header, role } : c)),
  };
}

/** Whether two layouts give every column the same role. */
export function hasSameRoles(a: SheetLayout, b: SheetLayout): boolean {
  return a.columns.length === b.columns.length && a.columns.every((c, i) => c.index === b.columns[i]?.index && c.role === b.columns[i]?.role);
}

/** Whether two layouts read the same header row (same cells in the same places). */
function hasSameHeaders(a: SheetLayout, b: SheetLayout): boolean {
  return (
    a.headerRow === b.headerRow &&
    a.columns.length === b.columns.length &&
    a.columns.every((c, i) => c.index === b.columns[i]?.index && c.header === b.columns[i]?.header)
  );
}

/** Record a corrected layout; a correction back to what was detected is no correction. */
export function withEdit(edits: LayoutEdits, detected: SheetLayout, edited: SheetLayout): LayoutEdits {
  const next = new Map(edits);
  if (hasSameRoles(edited, detected)) next.delete(detected.sheet);
  else next.set(detected.sheet, edited);
  return next;
}

/** Drop the corrections of a sheet. */
export function withoutEdit(edits: LayoutEdits, sheet: string): LayoutEdits {
  const next = new Map(edits);
  next.delete(sheet);
  return next;
}

/**
 * After the workbook is read again: keep the corrections of sheets whose header row is unchanged,
 * drop the others (their columns moved, so the corrections no longer fit).
 */
export function rebaseEdits(edits: LayoutEdits, detected: readonly SheetLayout[]): LayoutEdits {
  const next = new Map<string, SheetLayout>();
  for (const [sheet, edited] of edits) {
    const now = detected.find((l) => l.sheet === sheet);
    if (now && hasSameHeaders(now, edited) && !hasSameRoles(now, edited)) next.set(sheet, edited);
  }
  return next;
}

/** Roles a ledger may give several columns: organisation levels, month columns, columns not used. */
const SHAREABLE_ROLES: ReadonlySet<ColumnRole['role']> = new Set<ColumnRole['role']>(['unit', 'month', 'ignore']);

/** A role given to more than one column, with those columns' headers. */
export interface DuplicateRole {
  readonly role: ColumnRole['role'];
  readonly headers: readonly string[];
}

/** The roles that two or more columns of a layout share, though only one column can hold each. */
export function duplicateRoles(layout: SheetLayout): DuplicateRole[] {
  const byRole = new Map<ColumnRole['role'], string[]>();
  for (const c of layout.columns) {
    if (SHAREABLE_ROLES.has(c.role)) continue;
    byRole.set(c.role, [...(byRole.get(c.role) ?? []), c.header]);
  }
  return [...byRole].filter(([, headers]) => headers.length > 1).map(([role, headers]) => ({ role, headers }));
}

/** The organisation levels of a ledger, coarsest first: the headers of its unit columns. */
export function organisationLevels(layout: SheetLayout): string[] {
  return layout.columns.filter((c) => c.role === 'unit').map((c) => c.header);
}

/** The columns a build reads (every column but those marked not used). */
export function columnsRead(layout: SheetLayout): number {
  return layout.columns.filter((c) => c.role !== 'ignore').length;
}
