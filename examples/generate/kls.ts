/**
 * The Kommunledningsstab sample ledger (examples/kls-2025.xlsx and .csv): a long ledger with
 * Budget, Redovisning and Prognos columns in kronor, debit sign convention (costs positive,
 * revenue negative), 2024 and 2025, whose follow-up of July 2025 with the period jun/jul
 * reproduces seed 004 (KLS_JULY_2025) figure by figure.
 *
 * How: the exact öre amounts per leaf unit for jun/jul, January–July and the full year are found
 * by searching the rounding intervals of the shown figures (search.ts) so that every leaf, TIA's
 * subtotal and the total show right; then those amounts are spread over months and accounts with
 * exact integer splits.
 */
import { KLS_JULY_2025, type KlsSeedRow } from '../../tests/fixtures/seeds';
import { Checker } from './checker';
import {
  ORE_PER_TKR,
  parseShown,
  percentTenths,
  roundingInterval,
  scale,
  shownSteps,
  split,
  sum,
} from './exact';
import type { Rng } from './prng';
import { solveTree, type SearchNode } from './search';

/** One row of the KLS ledger; amounts in öre, null for an empty cell. */
export interface KlsLedgerRow {
  /** yyyymm; for a forecast row the month the forecast was made. */
  readonly period: number;
  readonly avdelning: string;
  /** Blank for a top-level unit's own rows. */
  readonly enhet: string;
  readonly konto: number | null;
  readonly kontonamn: string;
  readonly budget: number | null;
  readonly actual: number | null;
  readonly forecast: number | null;
}

/** An account of a unit with its share of the unit's costs. */
interface CostAccount {
  readonly konto: number;
  readonly name: string;
  readonly weight: number;
}

/** A leaf unit of the sample: where it sits and how its amounts spread over accounts. */
interface LeafSpec {
  /** [top-level unit] or [top-level unit, child]. */
  readonly path: readonly [string] | readonly [string, string];
  readonly costs: readonly CostAccount[];
  /** A revenue account taking this percentage of the month's net amount (as negative amounts). */
  readonly revenue?: { readonly konto: number; readonly name: string; readonly percentOfNet: number };
  /** A one-off actual amount in one month (öre; negative = revenue), on top of the normal spread. */
  readonly oneOff?: { readonly period: number; readonly konto: number; readonly name: string; readonly actual: number };
  /** Months (1..12) that carry budget; default all. */
  readonly budgetMonths?: readonly number[];
  /** Whether the unit has actuals at all (Oförutsett has none). */
  readonly hasActuals?: boolean;
}

const A = {
  loner: { konto: 5010, name: 'Löner månadsavlönade' },
  arvodenFortroendevalda: { konto: 5020, name: 'Arvoden förtroendevalda' },
  arvodenGodeMan: { konto: 5090, name: 'Arvoden gode män' },
  sociala: { konto: 5410, name: 'Sociala avgifter' },
  utbildning: { konto: 5610, name: 'Personalutbildning' },
  material: { konto: 4610, name: 'Förbrukningsmaterial' },
  konsulter: { konto: 6420, name: 'Konsulter' },
  itTjanster: { konto: 6540, name: 'IT-tjänster' },
  licenser: { konto: 6550, name: 'Licenser och programvaror' },
  representation: { konto: 6910, name: 'Representation' },
  lokalhyror: { konto: 7010, name: 'Lokalhyror' },
  ovrigaTjanster: { konto: 7690, name: 'Övriga tjänster' },
  oforutsett: { konto: 7990, name: 'Oförutsedda kostnader' },
} as const;

/** Cost account with a weight. */
function acc(a: { konto: number; name: string }, weight: number): CostAccount {
  return { ...a, weight };
}

const SALES = { konto: 3510, name: 'Försäljning av tjänster' } as const;

/** The leaf units in ledger order (top-level units in the seed's order, TIA's children under it). */
export const KLS_LEAVES: readonly LeafSpec[] = [
  {
    path: ['Kommundirektör'],
    costs: [acc(A.loner, 55), acc(A.sociala, 18), acc(A.konsulter, 12), acc(A.representation, 5), acc(A.lokalhyror, 10)],
    // The seed's prose: money deposited for a legal process in 2024 was paid back this year.
    oneOff: { period: 202504, konto: 3990, name: 'Återbetalning deposition', actual: -58_000_000 },
  },
  {
    path: ['Ekonomi o planering'],
    costs: [acc(A.loner, 60), acc(A.sociala, 19), acc(A.konsulter, 9), acc(A.itTjanster, 5), acc(A.lokalhyror, 7)],
    revenue: { ...SALES, percentOfNet: 4 },
  },
  {
    path: ['IT'],
    costs: [acc(A.loner, 35), acc(A.sociala, 11), acc(A.itTjanster, 28), acc(A.licenser, 18), acc(A.lokalhyror, 8)],
    revenue: { konto: 3510, name: 'Intern försäljning IT-tjänster', percentOfNet: 10 },
  },
  {
    path: ['TIA-avdelningen', 'Administrativa avdelningen'],
    costs: [acc(A.loner, 58), acc(A.sociala, 18), acc(A.material, 6), acc(A.konsulter, 8), acc(A.lokalhyror, 10)],
    revenue: { ...SALES, percentOfNet: 3 },
  },
  {
    path: ['TIA-avdelningen', 'Överförmyndarvht'],
    costs: [acc(A.loner, 30), acc(A.sociala, 10), acc(A.arvodenGodeMan, 48), acc(A.konsulter, 12)],
  },
  {
    path: ['TIA-avdelningen', 'Politisk verksamhet'],
    costs: [acc(A.arvodenFortroendevalda, 60), acc(A.sociala, 19), acc(A.representation, 6), acc(A.ovrigaTjanster, 15)],
  },
  {
    path: ['TIA-avdelningen', 'Oförutsett'],
    costs: [acc(A.oforutsett, 1)],
    budgetMonths: [8, 9, 10, 11, 12],
    hasActuals: false,
  },
  {
    path: ['HR-avdelning'],
    costs: [acc(A.loner, 52), acc(A.sociala, 17), acc(A.utbildning, 12), acc(A.konsulter, 9), acc(A.lokalhyror, 10)],
    revenue: { ...SALES, percentOfNet: 2 },
  },
  {
    path: ['Näringslivsenheten'],
    costs: [acc(A.loner, 50), acc(A.sociala, 16), acc(A.konsulter, 18), acc(A.representation, 6), acc(A.lokalhyror, 10)],
    revenue: { ...SALES, percentOfNet: 5 },
  },
];

/** Budgets are whole kronor; actuals have öre. */
const BUDGET_QUANTUM = 100;
/** The follow-up the sample reproduces: July 2025, period jun/jul. */
const YEAR = 2025;
const MONTH = 7;
const PERIOD_MONTHS = 2;
/** The month the forecast rows were made ("Prognos efter mars"). */
const FORECAST_PERIOD = 202503;

/** Key of a unit path. */
function key(path: readonly string[]): string {
  return path.join(' / ');
}

/** A seed row's figures as steps: tkr for amounts, tenths of a percent for percentages. */
interface RowTargets {
  readonly periodBudget: bigint;
  readonly periodActual: bigint;
  readonly periodDeviation: bigint;
  readonly periodPercent: bigint;
  readonly annualBudget: bigint;
  readonly ytdBudget: bigint;
  readonly ytdActual: bigint;
  readonly ytdDeviation: bigint;
  readonly ytdPercent: bigint;
}

/** Parse a seed row's nine figures. */
function rowTargets(row: KlsSeedRow): RowTargets {
  const f = row.figures;
  return {
    periodBudget: parseShown(f[0], 0),
    periodActual: parseShown(f[1], 0),
    periodDeviation: parseShown(f[2], 0),
    periodPercent: parseShown(f[3], 1),
    annualBudget: parseShown(f[4], 0),
    ytdBudget: parseShown(f[5], 0),
    ytdActual: parseShown(f[6], 0),
    ytdDeviation: parseShown(f[7], 0),
    ytdPercent: parseShown(f[8], 1),
  };
}

/** The seed rows by unit path key ('' for the total). */
function seedRowsByKey(): Map<string, KlsSeedRow> {
  return new Map(KLS_JULY_2025.rows.map((r) => [key(r.path), r]));
}

/** Whether an exact [budget, actual] pair shows as the given budget, actual, deviation and percent. */
function pairShows(v: readonly number[], b: bigint, a: bigint, d: bigint, pct: bigint): boolean {
  const [budget = 0, actual = 0] = v;
  return (
    shownSteps(budget, ORE_PER_TKR) === b &&
    shownSteps(actual, ORE_PER_TKR) === a &&
    shownSteps(budget - actual, ORE_PER_TKR) === d &&
    percentTenths(actual, budget) === pct
  );
}

/** Which figures of a row a search tree is about. */
type Problem = 'period' | 'ytd' | 'annual';

/** The search node of one seed row for one problem. */
function searchNode(row: KlsSeedRow, problem: Problem, children: SearchNode[]): SearchNode {
  const t = rowTargets(row);
  const name = key(row.path) || 'Totalt KLS';
  if (problem === 'annual') {
    const accepts = (v: readonly number[]): boolean => shownSteps(v[0] ?? 0, ORE_PER_TKR) === t.annualBudget;
    const iv = roundingInterval(t.annualBudget, ORE_PER_TKR);
    const draw = (rng: Rng): number[] => [rng.multipleIn(iv.lo, iv.hi, BUDGET_QUANTUM)];
    return { name, children, accepts, ...(children.length === 0 ? { draw } : {}) };
  }
  const [b, a, d, pct] =
    problem === 'period'
      ? [t.periodBudget, t.periodActual, t.periodDeviation, t.periodPercent]
      : [t.ytdBudget, t.ytdActual, t.ytdDeviation, t.ytdPercent];
  const accepts = (v: readonly number[]): boolean => pairShows(v, b, a, d, pct);
  if (children.length > 0) return { name, children, accepts };
  // Budget 0 and actual 0 (Oförutsett before August) are exactly zero: 0,0 % needs both 0.
  if (b === 0n && a === 0n) return { name, children, accepts, draw: () => [0, 0] };
  const ib = roundingInterval(b, ORE_PER_TKR);
  const ia = roundingInterval(a, ORE_PER_TKR);
  const draw = (rng: Rng): number[] => [rng.multipleIn(ib.lo, ib.hi, BUDGET_QUANTUM), rng.int(ia.lo, ia.hi)];
  return { name, children, accepts, draw };
}

/** The search tree of a problem: total → top-level units → children, as in the seed. */
function searchTree(problem: Problem): SearchNode {
  const rows = seedRowsByKey();
  const row = (path: readonly string[]): KlsSeedRow => {
    const r = rows.get(key(path));
    if (!r) throw new Error(`Seed row missing for ${key(path)}`);
    return r;
  };
  const topLevel: string[] = [];
  for (const leaf of KLS_LEAVES) if (!topLevel.includes(leaf.path[0])) topLevel.push(leaf.path[0]);
  const topNodes = topLevel.map((top) => {
    const kids = KLS_LEAVES.filter((l) => l.path.length === 2 && l.path[0] === top).map((l) =>
      searchNode(row(l.path), problem, []),
    );
    return searchNode(row([top]), problem, kids);
  });
  return searchNode(row([]), problem, topNodes);
}

/** Exact amounts of one leaf unit for 2025, in öre. */
interface LeafAmounts {
  readonly periodBudget: number;
  readonly periodActual: number;
  readonly ytdBudget: number;
  readonly ytdActual: number;
  readonly annualBudget: number;
}

/** Search exact leaf amounts whose sums show as every figure of the seed table. */
function solveLeafAmounts(rng: Rng): Map<string, LeafAmounts> {
  const period = solveTree(searchTree('period'), rng);
  const ytd = solveTree(searchTree('ytd'), rng);
  const annual = solveTree(searchTree('annual'), rng);
  const result = new Map<string, LeafAmounts>();
  for (const leaf of KLS_LEAVES) {
    const k = key(leaf.path);
    const p = period.leaves.get(k);
    const y = ytd.leaves.get(k);
    const a = annual.leaves.get(k);
    if (!p || !y || !a) throw new Error(`No solution for leaf ${k}`);
    result.set(k, {
      periodBudget: p[0] ?? 0,
      periodActual: p[1] ?? 0,
      ytdBudget: y[0] ?? 0,
      ytdActual: y[1] ?? 0,
      annualBudget: a[0] ?? 0,
    });
  }
  return result;
}

/** Integer month weights around 100 (± spread %) for months 1..12. */
function monthWeights(rng: Rng, spreadPercent: number): number[] {
  return Array.from({ length: 12 }, () => rng.weight(100, spreadPercent));
}

/** Weights of the given months (1-based) from a 12-month weight list. */
function weightsOf(weights: readonly number[], months: readonly number[]): number[] {
  return months.map((m) => weights[m - 1] ?? 1);
}

/** Months lo..hi inclusive. */
function months(lo: number, hi: number): number[] {
  return Array.from({ length: hi - lo + 1 }, (_, i) => lo + i);
}

/**
 * Spread `total` over `ms` (a subset of 1..12) into a 12-month array, adding to what is there.
 * Months outside `allowed` get nothing (their weight counts as 0).
 */
function spreadInto(
  target: number[],
  total: number,
  ms: readonly number[],
  weights: readonly number[],
  allowed: readonly number[],
  quantum: number,
): void {
  const usable = ms.filter((m) => allowed.includes(m));
  if (usable.length === 0) {
    if (total !== 0) throw new Error(`Cannot spread ${total} öre over months ${ms.join(',')}`);
    return;
  }
  const parts = split(total, weightsOf(weights, usable), quantum);
  usable.forEach((m, i) => {
    target[m - 1] = (target[m - 1] ?? 0) + (parts[i] ?? 0);
  });
}

/** Monthly net amounts of a leaf (index 0 = January). */
interface LeafMonths {
  readonly budget2025: readonly number[];
  /** January..July 2025. */
  readonly actual2025: readonly number[];
  readonly budget2024: readonly number[];
  readonly actual2024: readonly number[];
}

/** Spread a leaf's solved amounts over the months of 2025 and invent a plausible 2024. */
function leafMonths(leaf: LeafSpec, amounts: LeafAmounts, rng: Rng): LeafMonths {
  const allowed = leaf.budgetMonths ?? months(1, 12);
  const bw = monthWeights(rng, 6);
  const aw = monthWeights(rng, 15);
  const firstPeriodMonth = MONTH - PERIOD_MONTHS + 1;

  const budget2025 = new Array<number>(12).fill(0);
  spreadInto(budget2025, amounts.ytdBudget - amounts.periodBudget, months(1, firstPeriodMonth - 1), bw, allowed, BUDGET_QUANTUM);
  spreadInto(budget2025, amounts.periodBudget, months(firstPeriodMonth, MONTH), bw, allowed, BUDGET_QUANTUM);
  spreadInto(budget2025, amounts.annualBudget - amounts.ytdBudget, months(MONTH + 1, 12), bw, allowed, BUDGET_QUANTUM);

  // A one-off in the actuals is spread around: the other months' costs carry the rest.
  const oneOff = leaf.oneOff;
  const oneOffMonth = oneOff ? oneOff.period % 100 : 0;
  const beforePeriod = amounts.ytdActual - amounts.periodActual;
  const actual2025 = new Array<number>(12).fill(0);
  const actualMonths = leaf.hasActuals === false ? [] : months(1, 12);
  const oneOffBefore = oneOff && oneOffMonth < firstPeriodMonth ? oneOff.actual : 0;
  const oneOffInPeriod = oneOff && oneOffMonth >= firstPeriodMonth ? oneOff.actual : 0;
  spreadInto(actual2025, beforePeriod - oneOffBefore, months(1, firstPeriodMonth - 1), aw, actualMonths, 1);
  spreadInto(actual2025, amounts.periodActual - oneOffInPeriod, months(firstPeriodMonth, MONTH), aw, actualMonths, 1);
  if (oneOff) actual2025[oneOffMonth - 1] = (actual2025[oneOffMonth - 1] ?? 0) + oneOff.actual;

  // 2024: a budget a few percent below 2025's, actuals around it (none for a reserve).
  const annual2024 = scale(amounts.annualBudget, rng.int(94, 99), 100, BUDGET_QUANTUM);
  const budget2024 = new Array<number>(12).fill(0);
  spreadInto(budget2024, annual2024, months(1, 12), bw, allowed, BUDGET_QUANTUM);
  const actual2024 = budget2024.map((b) => (leaf.hasActuals === false ? 0 : scale(b, rng.int(88, 107), 100)));
  return { budget2025, actual2025: actual2025.slice(0, MONTH), budget2024, actual2024 };
}

/** An amount per account. */
type AccountAmounts = Map<number, { readonly name: string; readonly amount: number }>;

/**
 * Split a leaf's net month amount over its accounts: the revenue account (negative) takes its
 * percentage of the net, the cost accounts share the rest by weight (noisy for actuals), and a
 * one-off of this month goes to its own account.
 */
function splitOverAccounts(
  leaf: LeafSpec,
  net: number,
  period: number,
  kind: 'budget' | 'actual',
  rng: Rng,
): AccountAmounts {
  const out: AccountAmounts = new Map();
  const add = (konto: number, name: string, amount: number): void => {
    const prev = out.get(konto)?.amount ?? 0;
    out.set(konto, { name, amount: prev + amount });
  };
  const quantum = kind === 'budget' ? BUDGET_QUANTUM : 1;
  let rest = net;
  if (kind === 'actual' && leaf.oneOff && leaf.oneOff.period === period) {
    add(leaf.oneOff.konto, leaf.oneOff.name, leaf.oneOff.actual);
    rest -= leaf.oneOff.actual;
  }
  if (rest === 0) return out;
  if (rest < 0) throw new Error(`${key(leaf.path)} ${period}: net ${kind} ${rest} öre is negative`);
  if (leaf.revenue) {
    const revenue = -scale(rest, leaf.revenue.percentOfNet, 100, quantum);
    add(leaf.revenue.konto, leaf.revenue.name, revenue);
    rest -= revenue;
  }
  const weights = leaf.costs.map((c) => (kind === 'budget' ? c.weight * 10 : rng.weight(c.weight * 10, 20)));
  const parts = split(rest, weights, quantum);
  leaf.costs.forEach((c, i) => add(c.konto, c.name, parts[i] ?? 0));
  return out;
}

/** The ledger rows of one leaf and month: one per account with a non-zero amount. */
function monthRows(
  leaf: LeafSpec,
  period: number,
  budgetNet: number,
  actualNet: number | null,
  rng: Rng,
): KlsLedgerRow[] {
  const budget = splitOverAccounts(leaf, budgetNet, period, 'budget', rng);
  const actual = actualNet === null ? null : splitOverAccounts(leaf, actualNet, period, 'actual', rng);
  const kontos = [...new Set([...budget.keys(), ...(actual?.keys() ?? [])])].sort((x, y) => x - y);
  const rows: KlsLedgerRow[] = [];
  for (const konto of kontos) {
    const b = budget.get(konto);
    const a = actual?.get(konto);
    if ((b?.amount ?? 0) === 0 && (a?.amount ?? 0) === 0) continue;
    rows.push({
      period,
      avdelning: leaf.path[0],
      enhet: leaf.path[1] ?? '',
      konto,
      kontonamn: b?.name ?? a?.name ?? '',
      budget: b?.amount ?? 0,
      actual: actual === null ? null : (a?.amount ?? 0),
      forecast: null,
    });
  }
  return rows;
}

/** The forecast rows made in March: one per top-level unit, equal to its annual budget. */
function forecastRows(amounts: ReadonlyMap<string, LeafAmounts>): KlsLedgerRow[] {
  const tops: string[] = [];
  for (const leaf of KLS_LEAVES) if (!tops.includes(leaf.path[0])) tops.push(leaf.path[0]);
  return tops.map((top) => ({
    period: FORECAST_PERIOD,
    avdelning: top,
    enhet: '',
    konto: null,
    kontonamn: '',
    budget: null,
    actual: null,
    forecast: sum(KLS_LEAVES.filter((l) => l.path[0] === top).map((l) => amounts.get(key(l.path))?.annualBudget ?? 0)),
  }));
}

/** Build the whole KLS ledger (rows in period order, units in the seed's order within a period). */
export function buildKlsLedger(rng: Rng): KlsLedgerRow[] {
  const amounts = solveLeafAmounts(rng);
  const perLeaf = KLS_LEAVES.map((leaf) => {
    const a = amounts.get(key(leaf.path));
    if (!a) throw new Error(`No amounts for ${key(leaf.path)}`);
    return { leaf, months: leafMonths(leaf, a, rng) };
  });
  const rows: KlsLedgerRow[] = [];
  for (const year of [YEAR - 1, YEAR]) {
    for (let m = 1; m <= 12; m++) {
      const period = year * 100 + m;
      for (const { leaf, months: lm } of perLeaf) {
        const budget = (year === YEAR ? lm.budget2025 : lm.budget2024)[m - 1] ?? 0;
        const actual = year === YEAR ? (m <= MONTH ? (lm.actual2025[m - 1] ?? 0) : null) : (lm.actual2024[m - 1] ?? 0);
        rows.push(...monthRows(leaf, period, budget, actual, rng));
      }
      if (period === FORECAST_PERIOD) rows.push(...forecastRows(amounts));
    }
  }
  return rows;
}

/** Sums of a node over the follow-up's spans, from ledger rows. */
interface NodeSums {
  periodBudget: number;
  periodActual: number;
  ytdBudget: number;
  ytdActual: number;
  annualBudget: number;
  forecast: number;
}

/**
 * Verify, from the ledger rows alone, every figure of seed 004: each row's nine figures, the
 * forecast deviation of top-level and total rows (latest forecast made at or before July) and the
 * key figures. Throws naming each figure that differs; returns the number of checks.
 */
export function verifyKlsLedger(rows: readonly KlsLedgerRow[]): number {
  const check = new Checker('kls-2025 vs kommunledningsstab-juli-2025.txt');
  const first = MONTH - PERIOD_MONTHS + 1;
  const sumsFor = (path: readonly string[]): NodeSums => {
    const inNode = rows.filter(
      (r) => path.length === 0 || (r.avdelning === path[0] && (path.length === 1 || r.enhet === path[1])),
    );
    const s: NodeSums = { periodBudget: 0, periodActual: 0, ytdBudget: 0, ytdActual: 0, annualBudget: 0, forecast: 0 };
    const forecastMonths = inNode
      .filter((r) => r.forecast !== null && r.period <= YEAR * 100 + MONTH)
      .map((r) => r.period);
    const latest = forecastMonths.length ? Math.max(...forecastMonths) : null;
    for (const r of inNode) {
      const y = Math.floor(r.period / 100);
      const m = r.period % 100;
      if (r.forecast !== null && r.period === latest) s.forecast += r.forecast;
      if (y !== YEAR) continue;
      const b = r.budget ?? 0;
      const a = r.actual ?? 0;
      s.annualBudget += b;
      if (m <= MONTH) {
        s.ytdBudget += b;
        s.ytdActual += a;
      }
      if (m >= first && m <= MONTH) {
        s.periodBudget += b;
        s.periodActual += a;
      }
    }
    return s;
  };
  for (const seedRow of KLS_JULY_2025.rows) {
    const t = rowTargets(seedRow);
    const s = sumsFor(seedRow.path);
    /** "<row> / <column> (kolumn n)": the seed has two columns named "% av budget". */
    const n = (i: number): string => `${seedRow.label} / ${KLS_JULY_2025.columns[i] ?? ''} (kolumn ${i + 1})`;
    const tkr = (ore: number): bigint => shownSteps(ore, ORE_PER_TKR);
    check.figure(n(0), t.periodBudget, tkr(s.periodBudget), 0);
    check.figure(n(1), t.periodActual, tkr(s.periodActual), 0);
    check.figure(n(2), t.periodDeviation, tkr(s.periodBudget - s.periodActual), 0);
    check.figure(n(3), t.periodPercent, percentTenths(s.periodActual, s.periodBudget), 1);
    check.figure(n(4), t.annualBudget, tkr(s.annualBudget), 0);
    check.figure(n(5), t.ytdBudget, tkr(s.ytdBudget), 0);
    check.figure(n(6), t.ytdActual, tkr(s.ytdActual), 0);
    check.figure(n(7), t.ytdDeviation, tkr(s.ytdBudget - s.ytdActual), 0);
    check.figure(n(8), t.ytdPercent, percentTenths(s.ytdActual, s.ytdBudget), 1);
    if (seedRow.forecastDeviation !== undefined) {
      check.figure(n(9), parseShown(seedRow.forecastDeviation, 0), tkr(s.annualBudget - s.forecast), 0);
    }
  }
  const total = sumsFor([]);
  const k = KLS_JULY_2025.keyFigures;
  check.figure('Nyckeltal / Budget', parseShown(k.budget, 0), shownSteps(total.ytdBudget, ORE_PER_TKR), 0);
  check.figure('Nyckeltal / Redovisning', parseShown(k.actual, 0), shownSteps(total.ytdActual, ORE_PER_TKR), 0);
  check.figure(
    'Nyckeltal / Avvikelse',
    parseShown(k.deviation, 0),
    shownSteps(total.ytdBudget - total.ytdActual, ORE_PER_TKR),
    0,
  );
  check.figure('Nyckeltal / Procent', parseShown(k.percent, 1), percentTenths(total.ytdActual, total.ytdBudget), 1);
  // Plausibility: costs positive and revenue negative (debit), budgets whole kronor.
  for (const r of rows) {
    if (r.konto === null) continue;
    const isRevenue = r.konto < 4000;
    for (const [what, v] of [['Budget', r.budget], ['Redovisning', r.actual]] as const) {
      if (v === null || v === 0) continue;
      check.condition(`${r.period} ${r.avdelning}/${r.enhet} ${r.konto} ${what} sign`, isRevenue ? v < 0 : v > 0);
    }
    if (r.budget !== null) check.condition(`${r.period} ${r.konto} budget whole kronor`, r.budget % 100 === 0);
  }
  return check.done();
}
