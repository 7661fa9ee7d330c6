/**
 * The DuckDB query that computes the follow-up's per-unit figures straight from the CSV ledger, as
 * the comparison for the engine: per (Förvaltning, Enhet), per Förvaltning and in total (GROUPING
 * SETS, as the engine's unit table has parents and a total row), with DECIMAL(18,2) amounts.
 */

/** The follow-up period: month `month` of `year`, the period being the last `months` months. */
export interface SqlPeriod {
  readonly year: number;
  readonly month: number;
  readonly months: number;
}

/** A string as an SQL literal. */
function literal(s: string): string {
  return `'${s.replace(/'/g, "''")}'`;
}

/** yyyymm of month m of year y. */
function ym(y: number, m: number): number {
  return y * 100 + m;
}

/** The query for a CSV file ('; ' separated, decimal comma, header row) and a period. */
export function followUpSql(csvPath: string, p: SqlPeriod): string {
  const { year: y, month: m, months: k } = p;
  const sum = (column: 'Budget' | 'Utfall', from: number, to: number): string =>
    `COALESCE(SUM(${column}) FILTER (WHERE Period BETWEEN ${from} AND ${to}), 0)`;
  const pct = (actual: string, budget: string): string =>
    `CASE WHEN ${budget} = 0 THEN (CASE WHEN ${actual} = 0 THEN 0.0 ELSE NULL END) ELSE ROUND(${actual} * 100 / ${budget}, 1) END`;
  const previousMonth = m > 1 ? `${sum('Budget', ym(y, 1), ym(y, m - 1))} - ${sum('Utfall', ym(y, 1), ym(y, m - 1))}` : 'NULL';
  return `
WITH ledger AS (
  SELECT * FROM read_csv(${literal(csvPath)}, delim = ';', decimal_separator = ',', header = true, quote = '"',
    columns = {'Period': 'INTEGER', 'Förvaltning': 'VARCHAR', 'Enhet': 'VARCHAR', 'Konto': 'VARCHAR',
               'Budget': 'DECIMAL(18,2)', 'Utfall': 'DECIMAL(18,2)'})
),
sums AS (
  SELECT "Förvaltning" AS forvaltning, "Enhet" AS enhet, GROUPING("Förvaltning", "Enhet") AS level,
    ${sum('Budget', ym(y, m - k + 1), ym(y, m))} AS period_budget,
    ${sum('Utfall', ym(y, m - k + 1), ym(y, m))} AS period_actual,
    ${sum('Budget', ym(y, 1), ym(y, m))} AS ytd_budget,
    ${sum('Utfall', ym(y, 1), ym(y, m))} AS ytd_actual,
    ${sum('Budget', ym(y, 1), ym(y, 12))} AS annual_budget,
    ${previousMonth} AS ytd_deviation_previous_month,
    ${sum('Utfall', ym(y - 1, 1), ym(y - 1, m))} AS ytd_actual_previous_year
  FROM ledger
  GROUP BY GROUPING SETS (("Förvaltning", "Enhet"), ("Förvaltning"), ())
)
SELECT forvaltning, enhet, level,
  period_budget::VARCHAR AS period_budget, period_actual::VARCHAR AS period_actual,
  (period_budget - period_actual)::VARCHAR AS period_deviation,
  ${pct('period_actual', 'period_budget')}::VARCHAR AS period_percent,
  ytd_budget::VARCHAR AS ytd_budget, ytd_actual::VARCHAR AS ytd_actual,
  (ytd_budget - ytd_actual)::VARCHAR AS ytd_deviation,
  ${pct('ytd_actual', 'ytd_budget')}::VARCHAR AS ytd_percent,
  annual_budget::VARCHAR AS annual_budget,
  ytd_deviation_previous_month::VARCHAR AS ytd_deviation_previous_month,
  ytd_actual_previous_year::VARCHAR AS ytd_actual_previous_year
FROM sums
ORDER BY level DESC, forvaltning, enhet`;
}
