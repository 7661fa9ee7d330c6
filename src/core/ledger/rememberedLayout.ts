/**
 * Column roles the user corrected, kept per workbook (SPEC §2: "the choice is remembered per
 * workbook"). A correction is tied to the sheet's header texts: when the headers change, the sheet
 * is detected afresh instead of applying roles to the wrong columns.
 */
import type { Role } from './schema';
import type { SheetLayout } from './detect';

/** A remembered correction of one sheet. */
export interface RememberedLayout {
  readonly sheet: string;
  /** The header texts, joined: the correction applies only while they are the same. */
  readonly signature: string;
  /** Column index → the role the user chose. */
  readonly roles: Readonly<Record<string, Role | 'month'>>;
}

/** The signature of a layout's header row. */
export function headerSignature(layout: SheetLayout): string {
  return layout.columns.map((c) => `${c.index}:${c.header}`).join('\u001f');
}

/** Remember a corrected layout. */
export function rememberLayout(layout: SheetLayout): RememberedLayout {
  return { sheet: layout.sheet, signature: headerSignature(layout), roles: Object.fromEntries(layout.columns.map((c) => [String(c.index), c.role])) };
}

/** The detected layout with the remembered roles applied, or the detected one when headers changed. */
export function applyRemembered(detected: SheetLayout, remembered: RememberedLayout | undefined): SheetLayout {
  if (!remembered || remembered.sheet !== detected.sheet || remembered.signature !== headerSignature(detected)) return detected;
  const columns = detected.columns.map((c) => {
    const role = remembered.roles[String(c.index)];
    return role === undefined || role === c.role || role === 'month' ? c : { index: c.index, header: c.header, role };
  });
  const roles = columns.map((c) => c.role);
  const kind = roles.includes('month') || roles.some((r) => ['budget', 'actual', 'forecast', 'annualBudget', 'amount'].includes(r)) ? 'ledger' : detected.kind;
  return { ...detected, kind, columns };
}

/** Read remembered layouts from stored JSON, dropping anything malformed. */
export function parseRememberedLayouts(value: unknown): RememberedLayout[] {
  if (!Array.isArray(value)) return [];
  return value.flatMap((v): RememberedLayout[] => {
    if (typeof v !== 'object' || v === null) return [];
    const o = v as Record<string, unknown>;
    if (typeof o.sheet !== 'string' || typeof o.signature !== 'string' || typeof o.roles !== 'object' || o.roles === null) return [];
    return [{ sheet: o.sheet, signature: o.signature, roles: o.roles as Record<string, Role> }];
  });
}
