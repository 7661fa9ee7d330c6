/**
 * Rounding-reconciled display (an option): in every amount column the shown children of a parent
 * add up to the shown parent, and the shown parents to the shown total. Top-down: the total is
 * rounded as usual, then each parent's shown value is apportioned over its children by the largest
 * remainder method, so no shown figure is a whole display unit or more from its exact amount.
 * Where the exact children do not add up to the parent (a forecast made on the parent alone) they
 * are rounded on their own, as without the option. Percentages and the JSON keep exact amounts.
 */
import type { FollowUp } from '../followup/computeFollowUp';
import type { Figures } from '../followup/figures';
import { apportionUnits, roundedUnits, shownFromUnits, type Money, type Scale, type ShownAmount } from '../money';
import type { UnitRow } from './rows';

/** A sum and its parts, exact; null where the figure is not shown. */
export interface AmountTree {
  readonly amount: Money | null;
  readonly children: readonly AmountTree[];
}

/** The tree as shown, node for node. */
export interface ShownTree {
  readonly shown: ShownAmount | null;
  readonly children: readonly ShownTree[];
}

/** Shown values for a tree whose root is rounded as usual. */
export function reconcileTree(tree: AmountTree, scale: Scale): ShownTree {
  return shownNode(tree, tree.amount === null ? null : roundedUnits(tree.amount, scale), scale);
}

function shownNode(tree: AmountTree, units: number | null, scale: Scale): ShownTree {
  const kids = tree.children;
  const apportioned = units === null ? null : childUnits(tree.amount!, kids, units, scale);
  return {
    shown: units === null ? null : shownFromUnits(units, scale),
    children: kids.map((c, i) => shownNode(c, apportioned?.[i] ?? (c.amount === null ? null : roundedUnits(c.amount, scale)), scale)),
  };
}

/** The children's units apportioned to the parent's, or null when their exact amounts do not add up to it. */
function childUnits(amount: Money, kids: readonly AmountTree[], units: number, scale: Scale): number[] | null {
  if (kids.length === 0) return null;
  const parts: Money[] = [];
  for (const k of kids) {
    if (k.amount === null) return null;
    parts.push(k.amount);
  }
  return parts.reduce((s, p) => s + p, 0) === amount ? apportionUnits(parts, units, scale) : null;
}

/** The amount columns of unit and result tables. */
const AMOUNT_COLUMNS = [
  'periodBudget',
  'periodActual',
  'periodDeviation',
  'annualBudget',
  'ytdBudget',
  'ytdActual',
  'ytdDeviation',
  'forecast',
  'forecastDeviation',
  'ytdDeviationPreviousMonth',
] as const satisfies readonly (keyof Figures)[];

/** One amount column of the tables. */
export type AmountColumn = (typeof AMOUNT_COLUMNS)[number];

/** Shown amounts of a row, per column. */
export type ShownFigures = Readonly<Record<AmountColumn, ShownAmount | null>>;

/** Shown amounts for every row of a follow-up's tables: a node's subtree, a parent's own rows, the total. */
export interface ReconciledFigures {
  readonly node: readonly ShownFigures[];
  readonly own: readonly ShownFigures[];
  readonly total: ShownFigures;
}

/** The total's tree for one column: roots under the total, a parent's own rows as its first child. */
function columnTree(f: FollowUp, column: AmountColumn): AmountTree {
  const nodes = f.organisation.nodes;
  const of = (id: number): AmountTree => {
    const n = nodes[id]!;
    const children = n.children.map(of);
    if (n.children.length > 0 && f.nodeHasRows[id]) children.unshift({ amount: f.nodeOwn[id]![column], children: [] });
    return { amount: f.nodes[id]![column], children };
  };
  return { amount: f.total[column], children: f.organisation.roots.map(of) };
}

/** Reconcile every amount column of a follow-up's rows. */
export function reconcileFollowUp(f: FollowUp, scale: Scale): ReconciledFigures {
  const count = f.organisation.nodes.length;
  const node = Array.from({ length: count }, () => ({}) as Record<AmountColumn, ShownAmount | null>);
  const own = Array.from({ length: count }, () => ({}) as Record<AmountColumn, ShownAmount | null>);
  const total = {} as Record<AmountColumn, ShownAmount | null>;
  for (const column of AMOUNT_COLUMNS) {
    const shown = reconcileTree(columnTree(f, column), scale);
    total[column] = shown.shown;
    const place = (id: number, t: ShownTree): void => {
      const n = f.organisation.nodes[id]!;
      node[id]![column] = t.shown;
      const withOwn = n.children.length > 0 && f.nodeHasRows[id];
      if (withOwn) own[id]![column] = t.children[0]!.shown;
      n.children.forEach((c, i) => place(c, t.children[i + (withOwn ? 1 : 0)]!));
    };
    f.organisation.roots.forEach((r, i) => place(r, shown.children[i]!));
  }
  return { node, own, total };
}

/** The shown amounts of a table row; null for a heading. */
export function shownOfRow(r: ReconciledFigures, row: UnitRow): ShownFigures | null {
  if (row.figures === null) return null;
  if (row.kind === 'total') return r.total;
  return row.kind === 'own' ? r.own[row.node!.id]! : r.node[row.node!.id]!;
}
