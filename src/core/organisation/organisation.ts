/**
 * The organisation tree: units with their parents, in the order controllers keep them (first
 * appearance in the organisation sheet, else in the ledger; never alphabetical).
 */
import type { UnitPath } from '../ledger/ledger';

/** One unit of the tree. Parents need no ledger rows of their own. */
export interface OrgNode {
  readonly id: number;
  /** A stable key for the node (its path of names), used to keep comments across refreshes. */
  readonly key: string;
  readonly name: string;
  /** Names from the top-level unit down to this one. */
  readonly path: UnitPath;
  readonly parent: number | null;
  readonly children: readonly number[];
  readonly depth: number;
}

/** The tree, and which node each ledger unit belongs to. */
export interface Organisation {
  /** Nodes; a parent always comes before its children. */
  readonly nodes: readonly OrgNode[];
  readonly roots: readonly number[];
  /** For each ledger unit (Ledger.units index), its node. */
  readonly nodeOfUnit: Int32Array;
}

/** The nodes in display order: each parent followed by its subtree (pre-order). */
export function preOrder(org: Organisation): OrgNode[] {
  const out: OrgNode[] = [];
  const visit = (id: number): void => {
    const n = org.nodes[id]!;
    out.push(n);
    for (const c of n.children) visit(c);
  };
  for (const r of org.roots) visit(r);
  return out;
}

/** A mutable node while a tree is being built. */
export interface NodeDraft {
  key: string;
  name: string;
  parent: number | null;
  children: number[];
}

/**
 * Freeze drafted nodes into an Organisation, renumbering so that parents come before children
 * (pre-order) and computing paths and depths.
 */
export function freezeOrganisation(
  drafts: readonly NodeDraft[],
  draftOfUnit: ArrayLike<number>,
  rootOrder: (a: number, b: number) => number = (a, b) => a - b,
): Organisation {
  const order: number[] = [];
  const visit = (id: number): void => {
    order.push(id);
    for (const c of drafts[id]!.children) visit(c);
  };
  const roots = drafts.map((d, id) => (d.parent === null ? id : -1)).filter((id) => id >= 0);
  for (const id of roots.sort(rootOrder)) visit(id);
  const newId = new Int32Array(drafts.length).fill(-1);
  order.forEach((old, i) => (newId[old] = i));
  const nodes: OrgNode[] = [];
  for (const old of order) {
    const d = drafts[old]!;
    const parent = d.parent === null ? null : newId[d.parent]!;
    const parentNode = parent === null ? null : nodes[parent]!;
    nodes.push({
      id: nodes.length,
      key: d.key,
      name: d.name,
      path: parentNode ? [...parentNode.path, d.name] : [d.name],
      parent,
      children: d.children.map((c) => newId[c]!),
      depth: parentNode ? parentNode.depth + 1 : 0,
    });
  }
  const nodeOfUnit = new Int32Array(draftOfUnit.length);
  for (let u = 0; u < draftOfUnit.length; u++) nodeOfUnit[u] = newId[draftOfUnit[u]!]!;
  return { nodes, roots: nodes.filter((n) => n.parent === null).map((n) => n.id), nodeOfUnit };
}
