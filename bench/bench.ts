/**
 * `npm run bench`: generate (or reuse) deterministic ledgers of each size under .bench/, then per
 * size measure grid → report in process, the CLI end to end on CSV and .xlsx, and DuckDB on the
 * same CSV; print the tables and write .bench/results.json and .bench/results.md.
 * Progress goes to stderr, the tables to stdout.
 */
import { ensureDuckDb } from './duckdbModule';
import { promises as fs } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { parseBenchArgs, type BenchOptions } from './args';
import { ledgerFile, type LedgerFile } from './files';
import { crossCheck, measureCli, measureCliAndDuckdb, measureCliPair, measureDuckdb, measureInProcess, PERIOD } from './measure';
import { watchOtherLoad } from './otherLoad';
import { markdownReport, textReport } from './report';
import { isSkipped, TARGETS, type BenchResults, type Measured, type SizeResult } from './results';

const log = (line: string): void => {
  process.stderr.write(`[bench ${new Date().toISOString().slice(11, 19)}] ${line}\n`);
};

/** Describe a measurement for the progress log. */
function brief(m: Measured): string {
  return isSkipped(m) ? `skipped (${m?.skipped ?? ''})` : `${m.wallMs} ms${m.cpuMs !== undefined ? ` (CPU ${m.cpuMs} ms)` : ''}, ${m.maxRssMb} MB`;
}

/** Log where a ledger file is, and whether it was generated now or reused. */
function logFile(file: LedgerFile): void {
  log(`  ${file.reused ? 'reused' : `generated in ${file.generatedMs} ms`}: ${file.path}`);
}

/** What an .xlsx estimate needs of a size done. */
type XlsxDone = Pick<SizeResult, 'rows' | 'cliXlsx'>;

/** What the earlier sizes say a single .xlsx run of `rows` will take (linear), or null. */
function estimateXlsxMs(done: readonly XlsxDone[], rows: number): number | null {
  const last = [...done].reverse().find((s) => !isSkipped(s.cliXlsx));
  return last && !isSkipped(last.cliXlsx) ? (last.cliXlsx.wallMs * rows) / last.rows : null;
}

/** The .xlsx measurement of a size: skipped when the estimate is over the limit. */
async function xlsxPart(o: BenchOptions, rows: number, done: readonly XlsxDone[]): Promise<{ file: LedgerFile | null; measured: Measured; shuffledFile: LedgerFile | null; shuffled: Measured }> {
  const estimate = estimateXlsxMs(done, rows);
  const limitMs = o.xlsxLimitSeconds * 1000;
  if (estimate !== null && estimate > limitMs) {
    const why = `estimated ${Math.round(estimate / 1000)} s per run from the ${done.at(-1)?.rows ?? '?'}-row run (linear), over the ${o.xlsxLimitSeconds} s limit`;
    log(`${rows} rows .xlsx: skipped, ${why}`);
    return { file: null, measured: { skipped: why }, shuffledFile: null, shuffled: { skipped: why } };
  }
  log(`${rows} rows: .xlsx files, rows sorted and shuffled …`);
  const file = await ledgerFile(o.dir, { rows, seed: o.seed }, 'xlsx');
  logFile(file);
  const shuffledFile = await ledgerFile(o.dir, { rows, seed: o.seed }, 'xlsx', 'shuffled');
  logFile(shuffledFile);
  // Long runs once: the runs' spread is small next to their length.
  const runs = estimate !== null && estimate > 30_000 ? 1 : o.runs;
  const [measured, shuffled] = await measureCliPair(file.path, shuffledFile.path, runs);
  log(`  CLI .xlsx (${runs} run${runs > 1 ? 's' : ''}): ${brief(measured)}; rows shuffled: ${brief(shuffled)}`);
  return { file, measured, shuffledFile, shuffled };
}

/** Everything for one size. */
async function measureSize(o: BenchOptions, rows: number, done: readonly SizeResult[], duckdbGone: string | null): Promise<SizeResult> {
  const others = watchOtherLoad();
  log(`${rows} rows: CSV file …`);
  const csv = await ledgerFile(o.dir, { rows, seed: o.seed }, 'csv');
  logFile(csv);
  const inProcess = await measureInProcess(rows, o.seed, o.runs);
  log(`  in process: ${'skipped' in inProcess ? inProcess.skipped : `${inProcess.totalMs} ms, peak RSS ${inProcess.peakRssMb} MB`}`);
  // The CLI and DuckDB take turns, so the ratio of their medians is not the machine's drift.
  const both = duckdbGone !== null ? { cli: await measureCli(csv.path, o.runs), duckdb: { skipped: duckdbGone } } : await measureCliAndDuckdb(csv.path, o.runs);
  const cliCsv = both.cli;
  log(`  CLI CSV: ${brief(cliCsv)}`);
  const duckdb: Measured = both.duckdb;
  log(`  DuckDB: ${brief(duckdb)}`);
  const duckdb1: Measured = isSkipped(duckdb) ? duckdb : await measureDuckdb(csv.path, o.runs, 1);
  log(`  DuckDB, 1 thread: ${brief(duckdb1)}`);
  const agreement = isSkipped(duckdb) ? { skipped: 'no DuckDB' } : await crossCheck(csv.path, o.dir, rows);
  log(`  cross-check: ${'skipped' in agreement ? agreement.skipped : `${agreement.mismatchCount} disagreements in ${agreement.figures} figures`}`);
  // The same rows in random order: the CLI must be as fast whatever the rows' order (issue 11).
  const csvShuffled = await ledgerFile(o.dir, { rows, seed: o.seed }, 'csv', 'shuffled');
  logFile(csvShuffled);
  const shuffled = duckdbGone !== null ? { cli: await measureCli(csvShuffled.path, o.runs), duckdb: { skipped: duckdbGone } } : await measureCliAndDuckdb(csvShuffled.path, o.runs);
  log(`  CLI CSV, rows shuffled: ${brief(shuffled.cli)}; DuckDB: ${brief(shuffled.duckdb)}`);
  const x = await xlsxPart(o, rows, done);
  const otherLoad = others();
  if (otherLoad && otherLoad.cores > 0.2) log(`  other processes kept ${otherLoad.cores} cores busy meanwhile: timings of this size are inflated`);
  return { rows, otherLoad, csv, csvShuffled, cliCsvShuffled: shuffled.cli, duckdbShuffled: shuffled.duckdb, xlsx: x.file, inProcess, cliCsv, cliXlsx: x.measured, xlsxShuffled: x.shuffledFile, cliXlsxShuffled: x.shuffled, duckdb, duckdb1, agreement };
}

async function bench(): Promise<void> {
  const o = parseBenchArgs(process.argv.slice(2));
  if (o.onlyXlsx) return benchXlsxOnly(o);
  const sizes: SizeResult[] = [];
  let duckdbGone: string | null = ensureDuckDb();
  for (const rows of o.sizes) {
    const s = await measureSize(o, rows, sizes, duckdbGone);
    // A DuckDB that cannot load will not load for the next size either.
    if (isSkipped(s.duckdb) && s.duckdb?.skipped.includes('cannot load')) duckdbGone = s.duckdb.skipped;
    sizes.push(s);
  }
  const cpus = os.cpus();
  const results: BenchResults = {
    date: new Date().toISOString(),
    node: process.version,
    platform: `${os.type()} ${os.release()} ${os.arch()}`,
    cpus: cpus.length,
    cpuModel: cpus[0]?.model.trim() ?? 'unknown CPU',
    totalMemGb: Math.round(os.totalmem() / 1024 ** 3),
    seed: o.seed,
    runs: o.runs,
    period: `${PERIOD.iso}, ${PERIOD.months} months`,
    targets: TARGETS,
    sizes,
  };
  await fs.writeFile(path.join(o.dir, 'results.json'), JSON.stringify(results, null, 2) + '\n');
  await fs.writeFile(path.join(o.dir, 'results.md'), markdownReport(results));
  process.stdout.write(textReport(results));
  log(`wrote ${path.join(o.dir, 'results.json')} and ${path.join(o.dir, 'results.md')}`);
}

/** `--only xlsx`: the CLI on the .xlsx ledgers of each size, sorted and shuffled, and nothing else. */
async function benchXlsxOnly(o: BenchOptions): Promise<void> {
  const sizes: XlsxDone[] = [];
  const lines = ['rows\trows order\twall ms (best)\tCPU ms\tread / compute ms\tpeak RSS MB'];
  for (const rows of o.sizes) {
    const others = watchOtherLoad();
    const x = await xlsxPart(o, rows, sizes);
    const load = others();
    if (load && load.cores > 0.2) log(`  other processes kept ${load.cores} cores busy meanwhile: wall times are inflated, CPU times less so`);
    for (const [order, m] of [['sorted', x.measured], ['shuffled', x.shuffled]] as const) {
      lines.push(isSkipped(m) ? `${rows}\t${order}\tskipped` : `${rows}\t${order}\t${m.wallMs} (${m.bestWallMs})\t${m.cpuMs ?? '–'}\t${m.phases.read ?? '–'} / ${m.phases.compute ?? '–'}\t${m.maxRssMb}`);
    }
    sizes.push({ rows, cliXlsx: x.measured });
  }
  process.stdout.write(`${lines.join('\n')}\n`);
}

bench().catch((e: unknown) => {
  process.stderr.write(`${e instanceof Error ? e.message : String(e)}\n`);
  process.exitCode = 1;
});
