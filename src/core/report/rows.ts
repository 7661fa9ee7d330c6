/**
 * The rows of the unit tables in display order, in either parent style: the parent's subtotal
 * above its children (seed 004), or the parent as a heading with a "Summa …" row below them
 * (seed 000). Shared by the unit table, the result table and the JSON.
 */
import type { Figures } from '../followup/figures';
import type { FollowUp } from '../followup/computeFollowUp';
import type { OrgNode } from '../organisation/organisation';
import { preOrder } from '../organisation/organisation';
import { unitKey } from '../ledger/ledger';

/** Where a parent's subtotal goes. */
export type ParentStyle = 'above' | 'below';

/** One row of a unit table. */
export interface UnitRow {
  /**
   * unit: a unit without children; parent: a parent carrying its subtotal (style above);
   * heading: a parent's name only (style below); sum: "Summa …" (style below); own: a parent's own
   * rows shown beside its children (style below); total: the whole organisation.
   */
  readonly kind: 'unit' | 'parent' | 'heading' | 'sum' | 'own' | 'total';
  readonly node: OrgNode | null;
  readonly depth: number;
  /** Null for headings. */
  readonly figures: Figures | null;
}

/** The rows for a follow-up, ending with the total row. */
export function unitRows(f: FollowUp, style: ParentStyle): UnitRow[] {
  const rows: UnitRow[] = [];
  const nodes = f.organisation.nodes;
  if (style === 'above') {
    for (const n of preOrder(f.organisation)) {
      const parent = n.children.length > 0;
      rows.push({ kind: parent ? 'parent' : 'unit', node: n, depth: n.depth, figures: f.nodes[n.id]! });
      // A parent's own rows get a line of their own, so the children shown add up to the parent.
      if (parent && f.nodeHasRows[n.id]) rows.push({ kind: 'own', node: n, depth: n.depth + 1, figures: f.nodeOwn[n.id]! });
    }
  } else {
    const visit = (n: OrgNode): void => {
      if (n.children.length === 0) {
        rows.push({ kind: 'unit', node: n, depth: n.depth, figures: f.nodes[n.id]! });
        return;
      }
      rows.push({ kind: 'heading', node: n, depth: n.depth, figures: null });
      if (f.nodeHasRows[n.id]) rows.push({ kind: 'own', node: n, depth: n.depth + 1, figures: f.nodeOwn[n.id]! });
      for (const c of n.children) visit(nodes[c]!);
      rows.push({ kind: 'sum', node: n, depth: n.depth, figures: f.nodes[n.id]! });
    };
    for (const r of f.organisation.roots) visit(nodes[r]!);
  }
  rows.push({ kind: 'total', node: null, depth: 0, figures: f.total });
  return rows;
}

/** The comment key of the summary's comment cell (beside the rows' keys, rowKey). */
export const SUMMARY_COMMENT_KEY = 'summary';

/** The key a row's comment is kept under across refreshes (the unit's path). */
export function rowKey(row: UnitRow): string {
  const path = row.node ? unitKey(row.node.path) : '';
  switch (row.kind) {
    case 'unit':
    case 'parent':
    case 'heading':
      return path;
    case 'sum':
      return `${path}#sum`;
    case 'own':
      return `${path}#own`;
    case 'total':
      return '#total';
  }
}
