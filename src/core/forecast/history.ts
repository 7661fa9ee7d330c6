/**
 * The forecasts of one fiscal year by the month they were made in (its forecast occasions): for
 * each occasion, every node's full-year forecast exactly as a follow-up of that month shows it
 * (each unit's latest forecast made at or before the month, rolled up to parents and the total
 * the way core/followup does), and whether the node made a forecast in that very month.
 * Sums are integer öre; nothing is rounded here.
 */
import type { FollowUp } from '../followup/computeFollowUp';
import { slotsOf } from '../followup/selection';
import { KIND_CODE, type Facts } from '../ledger/facts';
import { moneyFromOre, type Money } from '../money';
import type { MonthKey } from '../period/month';

/** One node's (or the total's) forecasts, one entry per occasion. */
export interface ForecastSeries {
  /** The full-year forecast a follow-up of the occasion's month shows; null when there is none yet. */
  readonly forecast: readonly (Money | null)[];
  /** Whether a forecast was made in the occasion's month itself (in the node's subtree). */
  readonly made: readonly boolean[];
}

/** A fiscal year's forecasts up to a month. */
export interface ForecastHistory {
  /** The months any forecast was made in, ascending, from the fiscal year's first month to the follow-up's month. */
  readonly occasions: readonly MonthKey[];
  /** By node id: the node's whole subtree. */
  readonly node: readonly ForecastSeries[];
  /** By node id: the node's own ledger rows only (a parent's "own rows" line). */
  readonly own: readonly ForecastSeries[];
  readonly total: ForecastSeries;
  /** The first forecast fact of each ledger unit in the window (index into the facts), -1 when none. */
  readonly firstFactOfUnit: Int32Array;
}

/** Mutable sums of one line at one occasion (as core/followup's LineSums, forecast part only). */
interface Draft {
  forecast: number;
  has: boolean;
}

const FORECAST = KIND_CODE.forecast;

/**
 * The history of the follow-up's fiscal year, from its first month to the follow-up's month.
 * Annual budgets (for the roll-up: a child without a forecast counts with its budget) come from
 * the follow-up, so an Årsbudget column counts here as it does there.
 */
export function forecastHistory(facts: Facts, f: FollowUp): ForecastHistory {
  const { yearStart, selected: upTo } = slotsOf(f.period);
  const unitCount = f.organisation.nodeOfUnit.length;
  const firstFactOfUnit = new Int32Array(unitCount).fill(-1);
  const byUnitMonth = new Map<number, Map<number, number>>();
  for (let i = 0; i < facts.length; i++) {
    if (facts.kind[i] !== FORECAST) continue;
    const m = facts.month[i]!;
    if (m < yearStart || m > upTo) continue;
    const u = facts.unit[i]!;
    if (firstFactOfUnit[u] === -1) firstFactOfUnit[u] = i;
    let months = byUnitMonth.get(u);
    if (months === undefined) byUnitMonth.set(u, (months = new Map()));
    months.set(m, (months.get(m) ?? 0) + facts.amount[i]!);
  }
  const occasions = [...new Set([...byUnitMonth.values()].flatMap((m) => [...m.keys()]))].sort((a, b) => a - b) as MonthKey[];
  const perOccasion = occasions.map((k) => occasionSums(f, byUnitMonth, k));
  const series = (pick: (o: OccasionSums) => Draft, made: (o: OccasionSums) => boolean): ForecastSeries => ({
    forecast: perOccasion.map((o) => (pick(o).has ? moneyFromOre(pick(o).forecast) : null)),
    made: perOccasion.map(made),
  });
  const nodes = f.organisation.nodes;
  return {
    occasions,
    node: nodes.map((n) => series((o) => o.subtree[n.id]!, (o) => o.madeSubtree[n.id] === 1)),
    own: nodes.map((n) => series((o) => o.own[n.id]!, (o) => o.madeOwn[n.id] === 1)),
    total: series((o) => o.total, (o) => o.madeSubtree.some((v) => v === 1)),
    firstFactOfUnit,
  };
}

/** Every line's forecast at one occasion. */
interface OccasionSums {
  readonly own: Draft[];
  readonly subtree: Draft[];
  readonly total: Draft;
  readonly madeOwn: Uint8Array;
  readonly madeSubtree: Uint8Array;
}

/** The forecasts a follow-up of month k shows: each unit's latest made at or before k, rolled up. */
function occasionSums(f: FollowUp, byUnitMonth: ReadonlyMap<number, ReadonlyMap<number, number>>, k: number): OccasionSums {
  const { nodes, roots, nodeOfUnit } = f.organisation;
  const own: Draft[] = nodes.map(() => ({ forecast: 0, has: false }));
  const madeOwn = new Uint8Array(nodes.length);
  for (const [u, months] of byUnitMonth) {
    let latest = -1;
    for (const m of months.keys()) if (m <= k && m > latest) latest = m;
    if (latest < 0) continue;
    const n = nodeOfUnit[u]!;
    own[n]!.forecast += months.get(latest)!;
    own[n]!.has = true;
    if (latest === k) madeOwn[n] = 1;
  }
  const subtree = own.map((d) => ({ ...d }));
  const madeSubtree = Uint8Array.from(madeOwn);
  // Children come after their parent (pre-order), so walking backwards rolls each subtree up once.
  for (let n = nodes.length - 1; n >= 0; n--) {
    const node = nodes[n]!;
    rollUp(subtree[n]!, f.nodeOwn[n]!.annualBudget, node.children.map((c) => ({ draft: subtree[c]!, annualBudget: f.nodes[c]!.annualBudget })));
    if (node.parent !== null && madeSubtree[n] === 1) madeSubtree[node.parent] = 1;
  }
  const total: Draft = { forecast: 0, has: false };
  rollUp(total, 0, roots.map((r) => ({ draft: subtree[r]!, annualBudget: f.nodes[r]!.annualBudget })));
  return { own, subtree, total, madeOwn, madeSubtree };
}

/**
 * core/followup's roll-up, on one occasion: when any child has a forecast, the parent's is its own
 * (else its own annual budget) plus each child's forecast (else the child's annual budget).
 */
function rollUp(line: Draft, ownAnnualBudget: number, children: readonly { draft: Draft; annualBudget: number }[]): void {
  if (!children.some((c) => c.draft.has)) return;
  if (!line.has) line.forecast += ownAnnualBudget;
  for (const c of children) line.forecast += c.draft.has ? c.draft.forecast : c.annualBudget;
  line.has = true;
}
