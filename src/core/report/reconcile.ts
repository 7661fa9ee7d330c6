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

/** Lines laid out as the unit table's rows: one per node (its subtree), per parent's own rows, and the total. */
export interface TableLines<L> {
  readonly node: readonly L[];
  readonly own: readonly L[];
  readonly total: L;
}

/**
 * One amount of every line reconciled over the organisation: the total's tree has the roots
 * under it and each parent's own rows as its first child, as the unit table shows them.
 */
export function reconcileLines<L>(f: FollowUp, lines: TableLines<L>, amount: (line: L) => Money | null, scale: Scale): TableLines<ShownAmount | null> {
  const nodes = f.organisation.nodes;
  const withOwn = (id: number): boolean => nodes[id]!.children.length > 0 && f.nodeHasRows[id] === true;
  const of = (id: number): AmountTree => {
    const children = nodes[id]!.children.map(of);
    if (withOwn(id)) children.unshift({ amount: amount(lines.own[id]!), children: [] });
    return { amount: amount(lines.node[id]!), children };
  };
  const shown = reconcileTree({ amount: amount(lines.total), children: f.organisation.roots.map(of) }, scale);
  const node: (ShownAmount | null)[] = new Array<ShownAmount | null>(nodes.length).fill(null);
  const own: (ShownAmount | null)[] = new Array<ShownAmount | null>(nodes.length).fill(null);
  const place = (id: number, t: ShownTree): void => {
    node[id] = t.shown;
    const first = withOwn(id) ? 1 : 0;
    if (first === 1) own[id] = t.children[0]!.shown;
    nodes[id]!.children.forEach((c, i) => place(c, t.children[i + first]!));
  };
  f.organisation.roots.forEach((r, i) => place(r, shown.children[i]!));
  return { node, own, total: shown.shown };
}

/** Reconcile every amount column of a follow-up's rows. */
export function reconcileFollowUp(f: FollowUp, scale: Scale): ReconciledFigures {
  const count = f.organisation.nodes.length;
  const node = Array.from({ length: count }, () => ({}) as Record<AmountColumn, ShownAmount | null>);
  const own = Array.from({ length: count }, () => ({}) as Record<AmountColumn, ShownAmount | null>);
  const total = {} as Record<AmountColumn, ShownAmount | null>;
  const figures: TableLines<Figures> = { node: f.nodes, own: f.nodeOwn, total: f.total };
  for (const column of AMOUNT_COLUMNS) {
    const shown = reconcileLines(f, figures, (line) => line[column], scale);
    total[column] = shown.total;
    for (let id = 0; id < count; id++) {
      node[id]![column] = shown.node[id]!;
      own[id]![column] = shown.own[id]!;
    }
  }
  return { node, own, total };
}

/** The shown amounts of a table row; null for a heading. */
export function shownOfRow(r: ReconciledFigures, row: UnitRow): ShownFigures | null {
  if (row.figures === null) return null;
  if (row.kind === 'total') return r.total;
  return row.kind === 'own' ? r.own[row.node!.id]! : r.node[row.node!.id]!;
}
