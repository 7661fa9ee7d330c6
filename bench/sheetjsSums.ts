/**
 * What the SheetJS probe computes from the rows SheetJS read, so that its work is comparable with
 * the CLI's and DuckDB's: per unit (Förvaltning, Enhet), per Förvaltning and in total, the sums of
 * Budget and Utfall over the follow-up's months (period) and from January to the follow-up month
 * (year to date), in integer öre. Columns are found by their header; an amount is a number (an
 * .xlsx cell) or a text with a decimal comma (a CSV field read raw); blank is 0. Rows come out as
 * DuckDB's (duckdbSql.ts: the same column names, amounts as "1234.56"), so verify.ts can hold
 * them against the engine's JSON report.
 */
import { oreText } from './ledgerModel';
import type { SqlPeriod } from './duckdbSql';

/** The figures summed, by their DuckDB column names. */
export const SHEETJS_COLUMNS = ['period_budget', 'period_actual', 'ytd_budget', 'ytd_actual'] as const;

/** One output row: a unit (level 0), a Förvaltning (1, enhet null) or the total (3, both null), as DuckDB's GROUPING gives. */
export type SumRow = { forvaltning: string | null; enhet: string | null; level: number } & Record<(typeof SHEETJS_COLUMNS)[number], string>;

/** An amount cell in öre: a number of kronor, or a text "-1234,56" / "1234.5"; blank is 0. */
export function oreOf(cell: unknown): number {
  if (cell === undefined || cell === null || cell === '') return 0;
  if (typeof cell === 'number') return Math.round(cell * 100);
  const m = typeof cell === 'string' ? /^(-?)(\d+)(?:[.,](\d{1,2}))?$/.exec(cell.trim()) : null;
  if (m === null) throw new Error(`not an amount: ${String(cell)}`);
  const ore = Number(m[2]) * 100 + Number((m[3] ?? '').padEnd(2, '0'));
  return m[1] === '-' ? -ore : ore;
}

/** The index of each needed column in the header row; throws when one is missing. */
function columnsOf(header: readonly unknown[]): Record<'period' | 'forvaltning' | 'enhet' | 'budget' | 'actual', number> {
  const at = (name: string): number => {
    const i = header.findIndex((h) => String(h).trim() === name);
    if (i < 0) throw new Error(`no column ${name}`);
    return i;
  };
  return { period: at('Period'), forvaltning: at('Förvaltning'), enhet: at('Enhet'), budget: at('Budget'), actual: at('Utfall') };
}

/** The sums per unit, Förvaltning and total of the rows (the first is the header), units sorted. */
export function unitSums(rows: readonly (readonly unknown[])[], p: SqlPeriod): SumRow[] {
  const c = columnsOf(rows[0] ?? []);
  const end = p.year * 100 + p.month;
  const periodFrom = p.year * 100 + p.month - p.months + 1;
  const ytdFrom = p.year * 100 + 1;
  const units = new Map<string, { f: string; e: string; sums: number[] }>();
  for (let r = 1; r < rows.length; r++) {
    const row = rows[r]!;
    const period = Number(row[c.period]);
    if (period < ytdFrom || period > end) continue;
    const f = String(row[c.forvaltning]);
    const e = String(row[c.enhet]);
    const key = `${f}\u0000${e}`;
    let unit = units.get(key);
    if (unit === undefined) units.set(key, (unit = { f, e, sums: [0, 0, 0, 0] }));
    const budget = oreOf(row[c.budget]);
    const actual = oreOf(row[c.actual]);
    if (period >= periodFrom) {
      unit.sums[0]! += budget;
      unit.sums[1]! += actual;
    }
    unit.sums[2]! += budget;
    unit.sums[3]! += actual;
  }
  return rollUp([...units.values()].sort((a, b) => (a.f < b.f ? -1 : a.f > b.f ? 1 : a.e < b.e ? -1 : a.e > b.e ? 1 : 0)));
}

/** Units, then each Förvaltning's sum of its units, then the total. */
function rollUp(units: readonly { f: string; e: string; sums: readonly number[] }[]): SumRow[] {
  const add = (into: number[], from: readonly number[]): void => from.forEach((x, i) => (into[i]! += x));
  const parents = new Map<string, number[]>();
  const total = [0, 0, 0, 0];
  for (const u of units) {
    const parent = parents.get(u.f) ?? [0, 0, 0, 0];
    parents.set(u.f, parent);
    add(parent, u.sums);
    add(total, u.sums);
  }
  const row = (forvaltning: string | null, enhet: string | null, level: number, sums: readonly number[]): SumRow =>
    ({ forvaltning, enhet, level, ...Object.fromEntries(SHEETJS_COLUMNS.map((col, i) => [col, oreText(sums[i]!, '.')])) }) as SumRow;
  return [...units.map((u) => row(u.f, u.e, 0, u.sums)), ...[...parents].map(([f, sums]) => row(f, null, 1, sums)), row(null, null, 3, total)];
}
