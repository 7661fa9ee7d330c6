/**
 * The Förvaltning sample ledger (examples/forvaltning-2024.xlsx): a long ledger with Belopp and
 * Typ (Budget, Utfall, Prognos), result sign convention (revenue positive, costs negative),
 * 2023 and 2024, whose follow-up of September 2024 reproduces seed 000's "Analys av utfall" and
 * "Resultatanalys per verksamhetsområde" figure by figure (FORVALTNING_SEPT_2024).
 *
 * How, in four steps, all on exact integer öre:
 * 1. exact totals per account category (revenue, the four cost groups, other costs) for each
 *    column of the analysis table, searched inside the rounding intervals of the shown figures;
 * 2. exact YTD deviations per unit at September and August, searched likewise, the September
 *    ones adding up exactly to the total deviation of step 1;
 * 3. unit × category matrices whose column sums are step 1's totals and whose row sums are
 *    step 2's deviations (matrix.ts);
 * 4. months and accounts, by exact splits.
 */
import { FORVALTNING_SEPT_2024 } from '../../tests/fixtures/seeds';
import {
  ORE_PER_TENTH_MNKR,
  parseShown,
  roundingInterval,
  scale,
  shownSteps,
  split,
  sum,
} from './exact';
import {
  ACCOUNTS,
  CATEGORIES,
  COST_CATEGORIES,
  FV_UNITS,
  GROUP_CATEGORIES,
  GROUP_NAMES,
  type Category,
  type GroupCategory,
} from './forvaltning-model';
import { fittedWeights, repairRows, splitColumns, type Matrix } from './matrix';
import type { Rng } from './prng';
import { solveTree, type SearchNode } from './search';

/** The follow-up the sample reproduces: September 2024. */
export const FV_YEAR = 2024;
export const FV_MONTH = 9;
/** Months in which full-year forecasts were made: too early, the one to use, and a later one. */
export const FV_FORECAST_MONTHS = { early: 4, used: 8, late: 10 } as const;
/** Budgets and forecasts are whole kronor; actuals have öre. */
const WHOLE_KRONA = 100;
const STEP = ORE_PER_TENTH_MNKR;
/** Utveckling's annual cost budget in the seed's prose: 66,8 mnkr. */
const UTVECKLING_ANNUAL_COSTS = -6_680_000_000;
/** Forecast deviation per Utveckling unit (öre): together the seed's "ca 0,6 mnkr" extra need. */
const UTVECKLING_FORECAST_DEVIATION: Readonly<Record<string, number>> = {
  'Utveckling / Gemensamma tjänster / Ekonomi': 0,
  'Utveckling / Gemensamma tjänster / HR': 0,
  'Utveckling / Gemensamma tjänster / Kommunikation, ledning/styrning': -20_000_000,
  'Utveckling / Digital infrastruktur': -40_000_000,
};
/** How a unit's deviation spreads over its categories (personnel and consultants mostly). */
const DEVIATION_WEIGHTS: Readonly<Record<Category, number>> = { rev: 8, pers: 45, kons: 25, it: 12, hyra: 4, other: 6 };

/** One row of the Förvaltning ledger; amount in öre, result convention. */
export interface FvLedgerRow {
  readonly year: number;
  readonly month: number;
  /** Verksamhet, Verksamhetsområde, Enhet ('' when blank). */
  readonly path: readonly [string, string, string];
  readonly konto: number;
  readonly typ: 'Budget' | 'Utfall' | 'Prognos';
  readonly amount: number;
}

/** A value per category. */
type PerCategory = Record<Category, number>;

/** Key of a unit path (without blank levels). */
export function pathKey(path: readonly string[]): string {
  return path.filter((p) => p !== '').join(' / ');
}

/** The six figures of an analysis row, as steps of 0,1 mnkr. */
interface AnalysisTargets {
  readonly actual: bigint;
  readonly budget: bigint;
  readonly deviation: bigint;
  readonly forecast: bigint;
  readonly annualBudget: bigint;
  readonly previousYear: bigint;
}

/** The analysis table's targets: revenue, all costs, and each group. */
interface AnalysisTable {
  readonly rev: AnalysisTargets;
  readonly cost: AnalysisTargets;
  readonly groups: Readonly<Record<GroupCategory, AnalysisTargets>>;
}

/** Parse the seed's analysis table. */
export function analysisTable(): AnalysisTable {
  const parse = (label: string): AnalysisTargets => {
    const row = FORVALTNING_SEPT_2024.analysis.find((r) => r.label === label);
    if (!row) throw new Error(`Seed analysis row missing: ${label}`);
    const [actual, budget, deviation, forecast, annualBudget, previousYear] = row.figures.map((f) => parseShown(f, 1));
    if (
      actual === undefined || budget === undefined || deviation === undefined ||
      forecast === undefined || annualBudget === undefined || previousYear === undefined
    ) {
      throw new Error(`Seed analysis row ${label} lacks figures`);
    }
    return { actual, budget, deviation, forecast, annualBudget, previousYear };
  };
  const groups = {} as Record<GroupCategory, AnalysisTargets>;
  for (const g of GROUP_CATEGORIES) groups[g] = parse(GROUP_NAMES[g]);
  return { rev: parse('Verksamhetens intäkter'), cost: parse('Verksamhetens kostnader'), groups };
}

/** The result table's targets by unit path key ('' = total): [September, August] in steps. */
export function resultTargets(): Map<string, readonly [bigint, bigint]> {
  const out = new Map<string, readonly [bigint, bigint]>();
  for (const r of FORVALTNING_SEPT_2024.result) {
    if (r.ytdDeviation === null || r.previousMonth === null) continue;
    out.set(pathKey(r.path), [parseShown(r.ytdDeviation, 1), parseShown(r.previousMonth, 1)]);
  }
  return out;
}

/** A multiple of `quantum` that shows as `steps` tenths of mnkr. */
function drawShown(rng: Rng, steps: bigint, quantum: number): number {
  const iv = roundingInterval(steps, STEP);
  return rng.multipleIn(iv.lo, iv.hi, quantum);
}

/** Exact totals of one analysis row. */
interface RowTotals {
  actual: number;
  budget: number;
  forecast: number;
  annualBudget: number;
  previousYear: number;
}

/** Draw exact totals for one analysis row; actual − budget must show as the row's deviation. */
function drawRowTotals(rng: Rng, t: AnalysisTargets, name: string): RowTotals {
  for (let tries = 0; tries < 100_000; tries++) {
    const budget = drawShown(rng, t.budget, WHOLE_KRONA);
    const actual = drawShown(rng, t.actual, 1);
    if (shownSteps(actual - budget, STEP) !== t.deviation) continue;
    return {
      actual,
      budget,
      forecast: drawShown(rng, t.forecast, WHOLE_KRONA),
      annualBudget: drawShown(rng, t.annualBudget, WHOLE_KRONA),
      previousYear: drawShown(rng, t.previousYear, 1),
    };
  }
  throw new Error(`No exact actual and budget show as ${name}'s deviation`);
}

/** Exact totals per category for each analysis column. */
interface CategoryTotals {
  readonly actual: PerCategory;
  readonly budget: PerCategory;
  readonly forecast: PerCategory;
  readonly annualBudget: PerCategory;
  readonly previousYear: PerCategory;
}

/**
 * Step 1: exact category totals. Revenue, all costs and each group are drawn inside their shown
 * figures; "other" costs are all costs minus the groups. The total deviation must also show as
 * the result table's total.
 */
function solveCategoryTotals(rng: Rng, table: AnalysisTable, totalDeviation: bigint): CategoryTotals {
  for (let tries = 0; tries < 10_000; tries++) {
    const rev = drawRowTotals(rng, table.rev, 'Verksamhetens intäkter');
    const cost = drawRowTotals(rng, table.cost, 'Verksamhetens kostnader');
    if (shownSteps(rev.actual - rev.budget + cost.actual - cost.budget, STEP) !== totalDeviation) continue;
    const groups = GROUP_CATEGORIES.map((g) => drawRowTotals(rng, table.groups[g], GROUP_NAMES[g]));
    const column = (k: keyof RowTotals): PerCategory => {
      const [pers = 0, kons = 0, it = 0, hyra = 0] = groups.map((g) => g[k]);
      return { rev: rev[k], pers, kons, it, hyra, other: cost[k] - (pers + kons + it + hyra) };
    };
    const totals: CategoryTotals = {
      actual: column('actual'),
      budget: column('budget'),
      forecast: column('forecast'),
      annualBudget: column('annualBudget'),
      previousYear: column('previousYear'),
    };
    if (Object.values(totals).some((c: PerCategory) => c.other >= 0)) continue;
    return totals;
  }
  throw new Error('No category totals show as the analysis table and the total deviation');
}

/** The result rows that are sums: Verksamhet → its units. */
const VERKSAMHETER = ['Förvaltning', 'Utveckling'] as const;

/**
 * Step 2a: exact YTD deviations at September per unit, adding up exactly to `total`. All units
 * are drawn in their intervals but one, which takes the rest; Summa förvaltning and Summa
 * utveckling must show right too.
 */
function solveSeptemberDeviations(rng: Rng, total: number): Map<string, number> {
  const targets = resultTargets();
  const keys = FV_UNITS.map((u) => pathKey(u.path));
  const target = (k: string): bigint => {
    const t = targets.get(k);
    if (!t) throw new Error(`No result target for ${k}`);
    return t[0];
  };
  const dependent = keys.indexOf('Förvaltning / Avdelningen styr och stöd');
  for (let tries = 0; tries < 200_000; tries++) {
    const values = keys.map((k) => drawShown(rng, target(k), 1));
    values[dependent] = 0;
    values[dependent] = total - sum(values);
    const dk = keys[dependent] ?? '';
    if (shownSteps(values[dependent] ?? 0, STEP) !== target(dk)) continue;
    const okSums = VERKSAMHETER.every((v) => {
      const s = sum(values.filter((_, i) => keys[i]?.startsWith(`${v} / `)));
      return shownSteps(s, STEP) === target(v);
    });
    if (!okSums || shownSteps(sum(values), STEP) !== target('')) continue;
    return new Map(keys.map((k, i) => [k, values[i] ?? 0]));
  }
  throw new Error('No September deviations per unit add up to the total and show as the result table');
}

/** Step 2b: exact YTD deviations at August per unit (a tree search; no exact total needed). */
function solveAugustDeviations(rng: Rng): Map<string, number> {
  const targets = resultTargets();
  const node = (k: string, children: SearchNode[]): SearchNode => {
    const t = targets.get(k)?.[1];
    if (t === undefined) throw new Error(`No previous-month target for ${k || 'Resultat'}`);
    const accepts = (v: readonly number[]): boolean => shownSteps(v[0] ?? 0, STEP) === t;
    const draw = (rng2: Rng): number[] => [drawShown(rng2, t, 1)];
    return { name: k || 'Resultat', children, accepts, ...(children.length === 0 ? { draw } : {}) };
  };
  const root = node(
    '',
    VERKSAMHETER.map((v) =>
      node(v, FV_UNITS.filter((u) => u.path[0] === v).map((u) => node(pathKey(u.path), []))),
    ),
  );
  const solution = solveTree(root, rng);
  return new Map(FV_UNITS.map((u) => [pathKey(u.path), solution.leaves.get(pathKey(u.path))?.[0] ?? 0]));
}

/** A per-category record as a row of a matrix (CATEGORIES order). */
function toRow(p: PerCategory): number[] {
  return CATEGORIES.map((c) => p[c]);
}

/** Transfer weights between two units: DEVIATION_WEIGHTS where both units have budget. */
function transferWeightsFor(budget: Matrix): (to: number, from: number) => number[] {
  return (to, from) =>
    CATEGORIES.map((c, i) => ((budget[to]?.[i] ?? 0) !== 0 && (budget[from]?.[i] ?? 0) !== 0 ? DEVIATION_WEIGHTS[c] : 0));
}

/** Absolute values of a matrix, as integer weights. */
function magnitudes(m: Matrix): number[][] {
  return m.map((row) => row.map((v) => Math.abs(v)));
}

/** Element-wise a + b. */
function addMatrices(a: Matrix, b: Matrix): Matrix {
  return a.map((row, r) => row.map((v, c) => v + (b[r]?.[c] ?? 0)));
}

/**
 * The annual budget per unit × category: costs fitted to the units' sizes and mixes with
 * Utveckling's costs exactly 66,8 mnkr; revenue shared by the units that sell.
 */
function annualBudgetMatrix(totals: CategoryTotals): Matrix {
  const units = FV_UNITS;
  const costTotal = sum(COST_CATEGORIES.map((c) => totals.annualBudget[c]));
  const isUtv = units.map((u) => u.path[0] === 'Utveckling');
  const sizes = units.map((u) => u.size);
  const utvParts = split(UTVECKLING_ANNUAL_COSTS, sizes.filter((_, i) => isUtv[i]), WHOLE_KRONA);
  const forvParts = split(costTotal - UTVECKLING_ANNUAL_COSTS, sizes.filter((_, i) => !isUtv[i]), WHOLE_KRONA);
  const rowTargets = isUtv.map((u) => (u ? utvParts.shift() : forvParts.shift()) ?? 0);

  const seed = units.map((u) => COST_CATEGORIES.map((c) => u.size * u.mix[c]));
  const mnkr = (ore: number): number => Math.abs(ore) / 1e8;
  const weights = fittedWeights(seed, rowTargets.map(mnkr), COST_CATEGORIES.map((c) => mnkr(totals.annualBudget[c])));
  const costs = splitColumns(COST_CATEGORIES.map((c) => totals.annualBudget[c]), weights, WHOLE_KRONA);
  repairRows(costs, rowTargets, () => COST_CATEGORIES.map((c) => DEVIATION_WEIGHTS[c]), WHOLE_KRONA);

  const revenue = split(totals.annualBudget.rev, units.map((u) => (u.hasRevenue ? u.size : 0)), WHOLE_KRONA);
  return units.map((_, r) => [revenue[r] ?? 0, ...(costs[r] ?? [])]);
}

/** Unit × category amounts for every column the follow-up needs. */
interface UnitMatrices {
  readonly annualBudget: Matrix;
  readonly budget: Matrix;
  readonly actual: Matrix;
  readonly forecast: Matrix;
  readonly previousYear: Matrix;
}

/** Step 3: the unit × category matrices, consistent with step 1 (columns) and 2 (rows). */
function unitMatrices(rng: Rng, totals: CategoryTotals, september: ReadonlyMap<string, number>): UnitMatrices {
  const keys = FV_UNITS.map((u) => pathKey(u.path));
  const annualBudget = annualBudgetMatrix(totals);
  const budget = splitColumns(toRow(totals.budget), magnitudes(annualBudget), WHOLE_KRONA);

  const deviationTotals = CATEGORIES.map((c) => totals.actual[c] - totals.budget[c]);
  const deviation = splitColumns(deviationTotals, magnitudes(budget), 1);
  repairRows(deviation, keys.map((k) => september.get(k) ?? 0), transferWeightsFor(budget), 1);
  const actual = addMatrices(budget, deviation);

  const forecastDeviationTotals = CATEGORIES.map((c) => totals.forecast[c] - totals.annualBudget[c]);
  const utvTotal = sum(Object.values(UTVECKLING_FORECAST_DEVIATION));
  const forvParts = split(
    sum(forecastDeviationTotals) - utvTotal,
    FV_UNITS.map((u) => (u.path[0] === 'Förvaltning' ? u.size : 0)),
    WHOLE_KRONA,
  );
  const forecastRowTargets = keys.map((k, i) => UTVECKLING_FORECAST_DEVIATION[k] ?? forvParts[i] ?? 0);
  const forecastDeviation = splitColumns(forecastDeviationTotals, magnitudes(annualBudget), WHOLE_KRONA);
  repairRows(forecastDeviation, forecastRowTargets, transferWeightsFor(annualBudget), WHOLE_KRONA);
  const forecast = addMatrices(annualBudget, forecastDeviation);

  const noisy = budget.map((row) => row.map((v) => Math.floor(Math.abs(v) / 100) * rng.int(85, 115)));
  const previousYear = splitColumns(toRow(totals.previousYear), noisy, 1);
  return { annualBudget, budget, actual, forecast, previousYear };
}

/** Throws unless every cell has the sign of its category (result convention) and is plausible. */
function assertPlausible(m: UnitMatrices): void {
  FV_UNITS.forEach((u, r) => {
    CATEGORIES.forEach((c, i) => {
      const cell = (x: Matrix): number => x[r]?.[i] ?? 0;
      const name = `${pathKey(u.path)} / ${c}`;
      for (const [what, x] of Object.entries(m) as [string, Matrix][]) {
        const v = cell(x);
        const ok = c === 'rev' ? (u.hasRevenue ? v > 0 : v === 0) : v < 0;
        if (!ok) throw new Error(`${name}: ${what} ${v} öre has the wrong sign`);
      }
      const b = cell(m.budget);
      if (b === 0) return;
      const ratio = cell(m.actual) / b;
      if (ratio < 0.5 || ratio > 1.6) throw new Error(`${name}: actual is ${ratio.toFixed(2)} × budget`);
      if (Math.abs(cell(m.annualBudget)) <= Math.abs(b)) throw new Error(`${name}: annual budget not above YTD budget`);
    });
  });
}

/** Monthly amounts of one unit × category. */
interface CellMonths {
  /** Budget 2024, months 1..12. */
  readonly budget: readonly number[];
  /** Actual 2024, months 1..9. */
  readonly actual: readonly number[];
  /** Actual 2023, months 1..12. */
  readonly previousYear: readonly number[];
  /** Full-year forecasts by the month they were made. */
  readonly forecasts: ReadonlyMap<number, number>;
}

/** Integer weights around 100 for `n` months. */
function monthWeights(rng: Rng, n: number, spreadPercent: number): number[] {
  return Array.from({ length: n }, () => rng.weight(100, spreadPercent));
}

/**
 * Step 4a: months of one cell; `bw` are the unit's budget month weights (shared by its
 * categories, so a unit's monthly budget keeps its annual balance). September's actual is September's budget plus the cell's share of
 * the unit's September deviation (YTD September − YTD August); January–August take the rest.
 */
function cellMonths(
  rng: Rng,
  m: UnitMatrices,
  r: number,
  i: number,
  septemberDeviation: number,
  bw: readonly number[],
): CellMonths {
  const cell = (x: Matrix): number => x[r]?.[i] ?? 0;
  const budget = [
    ...split(cell(m.budget), bw.slice(0, FV_MONTH), WHOLE_KRONA),
    ...split(cell(m.annualBudget) - cell(m.budget), bw.slice(FV_MONTH), WHOLE_KRONA),
  ];
  const septemberActual = (budget[FV_MONTH - 1] ?? 0) + septemberDeviation;
  const actual = [...split(cell(m.actual) - septemberActual, monthWeights(rng, FV_MONTH - 1, 12), 1), septemberActual];
  const prev = cell(m.previousYear);
  const pw = monthWeights(rng, 12, 10);
  const previousYear = [
    ...split(prev, pw.slice(0, FV_MONTH), 1),
    ...split(scale(prev, rng.int(31, 36), 100), pw.slice(FV_MONTH), 1),
  ];
  const forecast = cell(m.forecast);
  const forecasts = new Map<number, number>([
    [FV_FORECAST_MONTHS.early, scale(cell(m.annualBudget), 1000 + rng.int(-15, 15), 1000, WHOLE_KRONA)],
    [FV_FORECAST_MONTHS.used, forecast],
    [FV_FORECAST_MONTHS.late, scale(forecast, rng.int(1015, 1035), 1000, WHOLE_KRONA)],
  ]);
  return { budget, actual, previousYear, forecasts };
}

/** Split a cell amount over its category's accounts (noisy weights for actuals). */
function overAccounts(rng: Rng, c: Category, amount: number, noisy: boolean, quantum: number): number[] {
  if (amount === 0) return ACCOUNTS[c].map(() => 0);
  const weights = ACCOUNTS[c].map((a) => (noisy ? rng.weight(a.weight * 10, 25) : a.weight * 10));
  return split(amount, weights, quantum);
}

/** Step 4b: all ledger rows, in period order (Budget, Utfall, Prognos within a month). */
function ledgerRows(rng: Rng, m: UnitMatrices, august: ReadonlyMap<string, number>, september: ReadonlyMap<string, number>): FvLedgerRow[] {
  const cells = FV_UNITS.map((u, r) => {
    const k = pathKey(u.path);
    const sepDev = (september.get(k) ?? 0) - (august.get(k) ?? 0);
    const weights = CATEGORIES.map((c, i) => ((m.budget[r]?.[i] ?? 0) !== 0 ? DEVIATION_WEIGHTS[c] : 0));
    const sepParts = split(sepDev, weights, 1);
    const bw = monthWeights(rng, 12, 4);
    return CATEGORIES.map((_, i) => cellMonths(rng, m, r, i, sepParts[i] ?? 0, bw));
  });
  const rows: FvLedgerRow[] = [];
  const emit = (year: number, month: number, typ: FvLedgerRow['typ'], pick: (cm: CellMonths) => number | undefined, quantum: number): void => {
    FV_UNITS.forEach((u, r) => {
      CATEGORIES.forEach((c, i) => {
        const cm = cells[r]?.[i];
        const amount = cm ? pick(cm) : undefined;
        if (amount === undefined || amount === 0) return;
        const parts = overAccounts(rng, c, amount, typ === 'Utfall', quantum);
        ACCOUNTS[c].forEach((a, j) => {
          const part = parts[j] ?? 0;
          if (part !== 0) rows.push({ year, month, path: u.path, konto: a.konto, typ, amount: part });
        });
      });
    });
  };
  for (let month = 1; month <= 12; month++) emit(FV_YEAR - 1, month, 'Utfall', (cm) => cm.previousYear[month - 1], 1);
  for (let month = 1; month <= 12; month++) {
    emit(FV_YEAR, month, 'Budget', (cm) => cm.budget[month - 1], WHOLE_KRONA);
    if (month <= FV_MONTH) emit(FV_YEAR, month, 'Utfall', (cm) => cm.actual[month - 1], 1);
    emit(FV_YEAR, month, 'Prognos', (cm) => cm.forecasts.get(month), WHOLE_KRONA);
  }
  return rows;
}

/** Build the whole Förvaltning ledger. */
export function buildForvaltningLedger(rng: Rng): FvLedgerRow[] {
  const table = analysisTable();
  const total = resultTargets().get('')?.[0];
  if (total === undefined) throw new Error('Seed result total missing');
  const totals = solveCategoryTotals(rng, table, total);
  const september = solveSeptemberDeviations(rng, sum(CATEGORIES.map((c) => totals.actual[c] - totals.budget[c])));
  const august = solveAugustDeviations(rng);
  const matrices = unitMatrices(rng, totals, september);
  assertPlausible(matrices);
  return ledgerRows(rng, matrices, august, september);
}
