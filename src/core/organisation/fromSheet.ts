/**
 * The organisation from an organisation sheet: a unit column (code or name), Namn (optional),
 * Överordnad (the parent's code or name; blank for a top-level unit) and Sortering (optional).
 * Ledger units the sheet lacks go under "Övrigt (saknas i organisationen)", with a warning.
 */
import { cellAddress, type Grid } from '../grid/grid';
import { anError, aWarning, type Issue } from '../issues/issue';
import { cellText } from '../ledger/cells';
import { columnOf, type SheetLayout } from '../ledger/detect';
import type { Ledger } from '../ledger/ledger';
import { freezeOrganisation, type NodeDraft, type Organisation } from './organisation';

/** The words of the catch-all parent for units missing in the organisation sheet. */
export const MISSING_UNITS_PARENT = { sv: 'Övrigt (saknas i organisationen)', en: 'Other (not in the organisation)' } as const;

interface SheetRow {
  readonly code: string;
  readonly name: string;
  readonly parent: string;
  readonly sort: number | null;
  readonly row: number;
}

/** Build the tree from an organisation sheet and map the ledger's units onto it. */
export function organisationFromSheet(
  grid: Grid,
  layout: SheetLayout,
  ledger: Pick<Ledger, 'units' | 'unitFirstSeen'>,
  lang: 'sv' | 'en',
): { organisation: Organisation; issues: readonly Issue[] } {
  const issues: Issue[] = [];
  const rows = readRows(grid, layout);
  const drafts: NodeDraft[] = rows.map((r) => ({ key: r.code, name: r.name, parent: null, children: [] }));
  const byCode = new Map<string, number>();
  const byName = new Map<string, number>();
  const unitCol = columnOf(layout, 'unit');
  rows.forEach((r, i) => {
    if (byCode.has(r.code)) {
      // A second row with the same code cannot be told apart in the ledger: say so.
      issues.push(aWarning('duplicateUnit', { sheet: grid.sheet, address: cellAddress(grid, r.row, Math.max(0, unitCol)) }, { text: r.code }));
    } else byCode.set(r.code, i);
    if (!byName.has(r.name.toLowerCase())) byName.set(r.name.toLowerCase(), i);
  });
  const find = (text: string): number | undefined => byCode.get(text) ?? byName.get(text.toLowerCase());
  const parentCol = columnOf(layout, 'parent');
  rows.forEach((r, i) => {
    if (r.parent === '') return;
    const p = find(r.parent);
    if (p === undefined || p === i) {
      issues.push(anError('unknownParent', { sheet: grid.sheet, address: cellAddress(grid, r.row, parentCol) }, { text: r.parent }));
      return;
    }
    drafts[i]!.parent = p;
  });
  breakCycles(drafts, rows, grid, parentCol, issues);
  for (let i = 0; i < drafts.length; i++) {
    const p = drafts[i]!.parent;
    if (p !== null) drafts[p]!.children.push(i);
  }
  const sorted = rows.some((r) => r.sort !== null);
  const sortKey = (i: number): number => (sorted ? (rows[i]?.sort ?? Number.POSITIVE_INFINITY) : 0);
  const bySort = (a: number, b: number): number => sortKey(a) - sortKey(b) || a - b;
  if (sorted) for (const d of drafts) d.children.sort(bySort);

  let missingParent = -1;
  const draftOfUnit = ledger.units.map((path, u) => {
    const id = find(path[path.length - 1]!);
    if (id !== undefined) return id;
    if (missingParent < 0) {
      missingParent = drafts.length;
      drafts.push({ key: MISSING_UNITS_PARENT[lang], name: MISSING_UNITS_PARENT[lang], parent: null, children: [] });
    }
    const name = path.join(' / ');
    issues.push(aWarning('unitNotInOrganisation', { address: ledger.unitFirstSeen[u]! }, { unit: name, sheet: grid.sheet }));
    const id2 = drafts.length;
    drafts.push({ key: `${MISSING_UNITS_PARENT[lang]}\u001f${name}`, name, parent: missingParent, children: [] });
    drafts[missingParent]!.children.push(id2);
    return id2;
  });
  return { organisation: freezeOrganisation(drafts, draftOfUnit, bySort), issues };
}

function readRows(grid: Grid, layout: SheetLayout): SheetRow[] {
  const unitCol = columnOf(layout, 'unit');
  const nameCol = columnOf(layout, 'name');
  const parentCol = columnOf(layout, 'parent');
  const sortCol = columnOf(layout, 'sort');
  const out: SheetRow[] = [];
  for (let r = layout.headerRow + 1; r < grid.rows.length; r++) {
    const row = grid.rows[r] ?? [];
    const code = cellText(row[unitCol] ?? null) || cellText(row[nameCol] ?? null);
    if (code === '') continue;
    const sortText = sortCol >= 0 ? cellText(row[sortCol] ?? null) : '';
    out.push({
      code,
      name: (nameCol >= 0 ? cellText(row[nameCol] ?? null) : '') || code,
      parent: parentCol >= 0 ? cellText(row[parentCol] ?? null) : '',
      sort: sortText === '' || Number.isNaN(Number(sortText)) ? null : Number(sortText),
      row: r,
    });
  }
  return out;
}

/** A unit that is its own ancestor is reported and made top-level, so the tree stays a tree. */
function breakCycles(drafts: NodeDraft[], rows: readonly SheetRow[], grid: Grid, parentCol: number, issues: Issue[]): void {
  for (let i = 0; i < drafts.length; i++) {
    const seen = new Set<number>([i]);
    let p = drafts[i]!.parent;
    while (p !== null) {
      if (seen.has(p)) {
        issues.push(anError('organisationCycle', { sheet: grid.sheet, address: cellAddress(grid, rows[i]!.row, parentCol) }, { text: rows[i]!.code }));
        drafts[i]!.parent = null;
        break;
      }
      seen.add(p);
      p = drafts[p]!.parent;
    }
  }
}
