/**
 * Child process for the DuckDB comparison: computes the per-unit follow-up figures from a CSV
 * ledger with DuckDB SQL (see duckdbSql.ts), writes them as JSON (like the CLI's --json) and
 * prints the BENCH line at exit. Exit code 4 with `info.skipped` when @duckdb/node-api cannot load.
 *
 *   node build/bench/duckdbProbe.js FILE.csv --period 2025-07 --months 2 [--out FILE|/dev/null] [--threads N]
 */
import { promises as fs } from 'node:fs';
import { parseArgs } from 'node:util';
import { loadDuckDb, type DuckDbModule } from './duckdbModule';
import { followUpSql } from './duckdbSql';
import { writeProbeLine } from './probeLine';

/** The JSON row written per unit, parent and total (all strings, as DuckDB cast them). */
type DuckRow = Record<string, string | number | boolean | null>;

async function probe(): Promise<number> {
  const { values, positionals } = parseArgs({
    args: process.argv.slice(2),
    allowPositionals: true,
    options: { period: { type: 'string' }, months: { type: 'string' }, out: { type: 'string' }, threads: { type: 'string' } },
  });
  const file = positionals[0];
  const period = /^(\d{4})-(\d{2})$/.exec(values.period ?? '');
  if (file === undefined || period === null) {
    process.stderr.write('usage: duckdbProbe FILE.csv --period YYYY-MM [--months K] [--out FILE]\n');
    return 2;
  }
  let duckdb: DuckDbModule;
  try {
    duckdb = loadDuckDb();
  } catch (e) {
    const why = e instanceof Error ? e.message.split('\n')[0]! : String(e);
    process.on('exit', () => writeProbeLine({ exitCode: 4, info: { skipped: `@duckdb/node-api cannot load: ${why}` } }));
    return 4;
  }
  const started = performance.now();
  const instance = await duckdb.DuckDBInstance.create(':memory:', values.threads !== undefined ? { threads: values.threads } : {});
  const connection = await instance.connect();
  const loaded = performance.now();
  const sql = followUpSql(file, { year: Number(period[1]), month: Number(period[2]), months: Number(values.months ?? '1') });
  const reader = await connection.runAndReadAll(sql);
  const rows = reader.getRowObjectsJson() as DuckRow[];
  const queried = performance.now();
  await fs.writeFile(values.out ?? '/dev/null', JSON.stringify({ rows }, null, 2) + '\n', 'utf8');
  const threads = (await connection.runAndReadAll("SELECT current_setting('threads') AS t")).getRowsJson()[0]?.[0];
  const version = (await connection.runAndReadAll('SELECT version()')).getRowsJson()[0]?.[0];
  connection.closeSync();
  instance.closeSync();
  const phases = { open: Math.round(loaded - started), query: Math.round(queried - loaded), write: Math.round(performance.now() - queried) };
  process.on('exit', () => writeProbeLine({ exitCode: 0, phases, info: { rows: rows.length, threads: String(threads), duckdb: String(version) } }));
  return 0;
}

probe().then(
  (code) => {
    process.exitCode = code;
  },
  (e: unknown) => {
    process.stderr.write(`${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
    process.exitCode = 3;
    process.on('exit', () => writeProbeLine({ exitCode: 3 }));
  },
);
