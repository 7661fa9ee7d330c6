/**
 * The Förvaltning sample's closed previous year, 2023, for the forecast-accuracy section: a budget
 * for every month and full-year forecasts made in February–June and August–November (none in
 * January, July or December), per unit × account, beside the 2023 actuals the sample already has.
 *
 * Made from those actuals only, with a PRNG of its own, so the 2024 rows (and every seed figure
 * of the September 2024 follow-up) stay byte for byte as they were. The budget misses the outcome
 * by a few percent per unit; each forecast starts near the budget and closes in on the outcome
 * month by month, with a little noise, the way a year's forecasts usually move.
 */
import { scale, split, sum } from './exact';
import { pathKey, type FvLedgerRow } from './forvaltning';
import type { Rng } from './prng';

/** The closed year. */
export const FV_CLOSED_YEAR = 2023;
/** Months of 2023 in which full-year forecasts were made. */
export const FV_CLOSED_FORECAST_MONTHS = [2, 3, 4, 5, 6, 8, 9, 10, 11] as const;
/** PRNG seed of the closed year: its last day. */
export const FV_CLOSED_SEED = 20231231;

const WHOLE_KRONA = 100;

/**
 * How much of the budget's miss a forecast made in month m still carries, in per mille: early
 * forecasts repeat the budget, late ones are close to the outcome.
 */
const MISS_LEFT: Readonly<Record<number, number>> = { 2: 950, 3: 850, 4: 750, 5: 650, 6: 520, 8: 380, 9: 260, 10: 150, 11: 60 };

/** Budget and forecast rows of 2023 for every unit × account that has 2023 actuals. */
export function closedYearRows(rng: Rng, ledger: readonly FvLedgerRow[]): FvLedgerRow[] {
  const cells = new Map<string, { path: FvLedgerRow['path']; konto: number; outcome: number }>();
  for (const r of ledger) {
    if (r.year !== FV_CLOSED_YEAR || r.typ !== 'Utfall') continue;
    const key = `${pathKey(r.path)}|${r.konto}`;
    const cell = cells.get(key) ?? { path: r.path, konto: r.konto, outcome: 0 };
    cell.outcome += r.amount;
    cells.set(key, cell);
  }
  // A bias per unit (budgets a few percent off, either way), so units differ in accuracy.
  const bias = new Map<string, number>();
  for (const c of cells.values()) if (!bias.has(pathKey(c.path))) bias.set(pathKey(c.path), rng.int(960, 1045));
  const budgets: FvLedgerRow[] = [];
  const forecasts: FvLedgerRow[] = [];
  for (const c of cells.values()) {
    const annual = scale(c.outcome, bias.get(pathKey(c.path))! + rng.int(-8, 8), 1000, WHOLE_KRONA);
    const months = split(annual, Array.from({ length: 12 }, () => rng.weight(100, 3)), WHOLE_KRONA);
    months.forEach((amount, i) => amount !== 0 && budgets.push({ year: FV_CLOSED_YEAR, month: i + 1, path: c.path, konto: c.konto, typ: 'Budget', amount }));
    const miss = annual - c.outcome;
    for (const m of FV_CLOSED_FORECAST_MONTHS) {
      // Noise of at most 1,5 ‰ of the outcome, shrinking as the year closes.
      const noise = scale(scale(c.outcome, rng.int(-15, 15), 10_000), MISS_LEFT[m]!, 1000);
      const amount = scale(c.outcome + scale(miss, MISS_LEFT[m]!, 1000) + noise, 1, 1, WHOLE_KRONA);
      if (amount !== 0) forecasts.push({ year: FV_CLOSED_YEAR, month: m, path: c.path, konto: c.konto, typ: 'Prognos', amount });
    }
  }
  if (sum(budgets.map((r) => r.amount)) === 0) throw new Error('2023: no budget made');
  // In period order, Budget before Prognos within a month, as the 2024 rows are.
  return [...budgets, ...forecasts].sort((a, b) => a.month - b.month || (a.typ === b.typ ? 0 : a.typ === 'Budget' ? -1 : 1));
}
