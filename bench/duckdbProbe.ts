/**
 * Child process for the DuckDB comparison: computes the per-unit follow-up figures from a CSV
 * ledger with DuckDB SQL (see duckdbSql.ts), writes them as JSON (like the CLI's --json) and
 * prints the BENCH line at exit. Exit code 4 with `info.skipped` when @duckdb/node-api cannot load.
 *
 *   node build/bench/duckdbProbe.js FILE.csv --period 2025-07 --months 2 [--out FILE|/dev/null] [--threads N]
 */
import { promises as fs } from 'node:fs';
import { loadDuckDb } from './duckdbModule';
import { followUpSql } from './duckdbSql';
import { comparisonArgs, loadOrSkip, runProbe } from './comparisonProbe';
import { writeProbeLine } from './probeLine';

/** The JSON row written per unit, parent and total (all strings, as DuckDB cast them). */
type DuckRow = Record<string, string | number | boolean | null>;

async function probe(): Promise<number> {
  const args = comparisonArgs('duckdbProbe FILE.csv --period YYYY-MM [--months K] [--out FILE] [--threads N]');
  if (args === null) return 2;
  const duckdb = loadOrSkip(loadDuckDb, '@duckdb/node-api');
  if (duckdb === null) return 4;
  const started = performance.now();
  const instance = await duckdb.DuckDBInstance.create(':memory:', args.threads !== undefined ? { threads: args.threads } : {});
  const connection = await instance.connect();
  const loaded = performance.now();
  const sql = followUpSql(args.file, args.period);
  const reader = await connection.runAndReadAll(sql);
  const rows = reader.getRowObjectsJson() as DuckRow[];
  const queried = performance.now();
  await fs.writeFile(args.out, JSON.stringify({ rows }, null, 2) + '\n', 'utf8');
  const threads = (await connection.runAndReadAll("SELECT current_setting('threads') AS t")).getRowsJson()[0]?.[0];
  const version = (await connection.runAndReadAll('SELECT version()')).getRowsJson()[0]?.[0];
  connection.closeSync();
  instance.closeSync();
  const phases = { open: Math.round(loaded - started), query: Math.round(queried - loaded), write: Math.round(performance.now() - queried) };
  process.on('exit', () => writeProbeLine({ exitCode: 0, phases, info: { rows: rows.length, threads: String(threads), duckdb: String(version) } }));
  return 0;
}

runProbe(probe);
