/**
 * Cross-check of the two implementations the benchmark compares: the engine's JSON report (CLI
 * --json) and the DuckDB probe's rows must agree on every per-unit, per-Förvaltning and total
 * figure, or the comparison would be between different computations.
 */
import { readFileSync } from 'node:fs';

/** Result of the cross-check. */
export interface Agreement {
  /** Rows compared (units, parents, total). */
  readonly rows: number;
  /** Figures compared. */
  readonly figures: number;
  /** The first few disagreements, as text. */
  readonly mismatches: readonly string[];
  readonly mismatchCount: number;
}

/** The engine JSON's row (the figures used here). */
type EngineRow = { readonly path: readonly string[]; readonly kind: string } & Readonly<Record<string, string | null | readonly string[]>>;

/** A DuckDB probe row. */
type DuckRow = Readonly<Record<string, string | number | null>>;

/** Engine field → DuckDB column; percentages marked. */
const FIELDS: readonly (readonly [string, string, 'amount' | 'percent'])[] = [
  ['periodBudget', 'period_budget', 'amount'],
  ['periodActual', 'period_actual', 'amount'],
  ['periodDeviation', 'period_deviation', 'amount'],
  ['periodPercentOfBudget', 'period_percent', 'percent'],
  ['ytdBudget', 'ytd_budget', 'amount'],
  ['ytdActual', 'ytd_actual', 'amount'],
  ['ytdDeviation', 'ytd_deviation', 'amount'],
  ['ytdPercentOfBudget', 'ytd_percent', 'percent'],
  ['annualBudget', 'annual_budget', 'amount'],
  ['ytdDeviationPreviousMonth', 'ytd_deviation_previous_month', 'amount'],
  ['ytdActualPreviousYear', 'ytd_actual_previous_year', 'amount'],
];

/** A decimal string as integer hundredths (öre), exactly; null for null. */
function hundredths(text: string | number | null | undefined): bigint | null {
  if (text === null || text === undefined) return null;
  const m = /^(-?)(\d+)(?:\.(\d{1,2}))?$/.exec(String(text));
  if (!m) throw new Error(`not a decimal: ${String(text)}`);
  const v = BigInt(m[2]!) * 100n + BigInt((m[3] ?? '').padEnd(2, '0'));
  return m[1] === '-' ? -v : v;
}

/** Key of a row: the unit path joined ('' = total). */
function keyOf(path: readonly (string | null)[]): string {
  return path.filter((p) => p !== null).join(' / ');
}

/**
 * Compare the engine's JSON report file with a probe's output file in DuckDB's shape (DuckDB's, or
 * SheetJS's sums): every figure, or only those of `only.columns`, the other named `only.name`.
 */
export function compareReports(engineJsonFile: string, duckJsonFile: string, only?: { readonly columns: readonly string[]; readonly name: string }): Agreement {
  const fields = only === undefined ? FIELDS : FIELDS.filter(([, column]) => only.columns.includes(column));
  const other = only?.name ?? 'DuckDB';
  const engine = JSON.parse(readFileSync(engineJsonFile, 'utf8')) as { rows: EngineRow[] };
  const duck = JSON.parse(readFileSync(duckJsonFile, 'utf8')) as { rows: DuckRow[] };
  const byKey = new Map(duck.rows.map((r) => [keyOf([r.forvaltning as string | null, r.enhet as string | null]), r]));
  const mismatches: string[] = [];
  let figures = 0;
  let count = 0;
  for (const row of engine.rows) {
    const key = row.kind === 'total' ? '' : keyOf(row.path);
    const d = byKey.get(key);
    byKey.delete(key);
    if (d === undefined) {
      count++;
      mismatches.push(`${key || 'total'}: missing in ${other}`);
      continue;
    }
    for (const [field, column, kind] of fields) {
      figures++;
      const a = hundredths(row[field] as string | null);
      const b = hundredths(d[column]);
      // Percentages are rounded to 0.1 from exact decimals by the engine and from a double by DuckDB.
      const off = a === null || b === null ? a !== b : kind === 'percent' ? (a > b ? a - b : b - a) > 10n : a !== b;
      if (off) {
        count++;
        if (mismatches.length < 5) mismatches.push(`${key || 'total'} ${field}: engine ${String(row[field])}, ${other} ${String(d[column])}`);
      }
    }
  }
  for (const key of byKey.keys()) {
    count++;
    if (mismatches.length < 5) mismatches.push(`${key || 'total'}: missing in the engine's report`);
  }
  return { rows: engine.rows.length, figures, mismatches, mismatchCount: count };
}
