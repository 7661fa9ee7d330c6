/**
 * `npm run bench`: generate (or reuse) deterministic ledgers of each size under .bench/, then per
 * size measure grid → report in process, the CLI end to end on CSV and .xlsx, DuckDB on the same
 * CSV and SheetJS on the same .xlsx and CSV; print the tables and write .bench/results.json and
 * .bench/results.md.
 * Progress goes to stderr, the tables to stdout.
 */
import { ensureDuckDb } from './duckdbModule';
import { promises as fs } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { parseBenchArgs, type BenchOptions } from './args';
import { ledgerFile, type LedgerFile } from './files';
import { crossCheck, crossCheckSheetjs, measureCli, measureCliAndDuckdb, measureCliPair, measureDuckdb, measureInProcess, measureSheetjs, PERIOD } from './measure';
import { watchOtherLoad } from './otherLoad';
import { ensureSheetJs, SHEETJS_VERSION_NOTE } from './sheetjsModule';
import { markdownReport, textReport } from './report';
import { estimateMs, overLimit, type Done } from './estimate';
import { isSkipped, TARGETS, type BenchResults, type Measured, type SheetjsResult, type SizeResult } from './results';

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

/** The .xlsx measurement of a size: skipped when the estimate is over the limit. */
async function xlsxPart(o: BenchOptions, rows: number, done: readonly Done[]): Promise<{ file: LedgerFile | null; measured: Measured; shuffledFile: LedgerFile | null; shuffled: Measured }> {
  const estimate = estimateMs(done, rows, (s) => s.cliXlsx);
  const why = overLimit(o, estimate);
  if (why !== null) {
    log(`${rows} rows .xlsx: skipped, ${why}`);
    return { file: null, measured: { skipped: why }, shuffledFile: null, shuffled: { skipped: why } };
  }
  log(`${rows} rows: .xlsx files, rows sorted and shuffled …`);
  const file = await ledgerFile(o.dir, { rows, seed: o.seed }, 'xlsx');
  logFile(file);
  const shuffledFile = await ledgerFile(o.dir, { rows, seed: o.seed }, 'xlsx', 'shuffled');
  logFile(shuffledFile);
  // Long runs once: the runs' spread is small next to their length.
  const runs = estimate !== null && estimate.ms > 30_000 ? 1 : o.runs;
  const [measured, shuffled] = await measureCliPair(file.path, shuffledFile.path, runs);
  log(`  CLI .xlsx (${runs} run${runs > 1 ? 's' : ''}): ${brief(measured)}; rows shuffled: ${brief(shuffled)}`);
  return { file, measured, shuffledFile, shuffled };
}

/**
 * SheetJS on the size's .xlsx (rows sorted and shuffled) and CSV, once each (a 1 M-row .xlsx takes
 * it ~15 s and ~1.4 GB), each skipped when its own earlier sizes put it over --xlsx-limit; its sums
 * of the sorted .xlsx are then held against the engine's report of the same file.
 */
async function sheetjsPart(o: BenchOptions, rows: number, files: { csv: LedgerFile; xlsx: LedgerFile | null; xlsxShuffled: LedgerFile | null }, done: readonly Done[], gone: string | null): Promise<SheetjsResult> {
  const run = async (file: LedgerFile | null, of: (r: SheetjsResult) => Measured, what: string, out?: string): Promise<Measured> => {
    if (gone !== null) return { skipped: gone };
    if (file === null) return { skipped: "no .xlsx of this size (the CLI's was skipped)" };
    const why = overLimit(o, estimateMs(done, rows, (s) => (s.sheetjs === undefined ? undefined : of(s.sheetjs))));
    const m = why !== null ? { skipped: why } : await measureSheetjs(file.path, out);
    log(`  SheetJS ${what} (1 run): ${brief(m)}`);
    return m;
  };
  const sums = path.join(o.dir, `check-${rows}-sheetjs.json`);
  const xlsx = await run(files.xlsx, (r) => r.xlsx, '.xlsx', sums);
  const xlsxShuffled = await run(files.xlsxShuffled, (r) => r.xlsxShuffled, '.xlsx, rows shuffled');
  const csv = await run(files.csv, (r) => r.csv, 'CSV');
  const agreement = isSkipped(xlsx) || files.xlsx === null ? { skipped: 'SheetJS did not read the .xlsx' } : await crossCheckSheetjs(files.xlsx.path, sums, o.dir, rows);
  log(`  SheetJS against the engine: ${'skipped' in agreement ? agreement.skipped : `${agreement.mismatchCount} disagreements in ${agreement.figures} figures`}`);
  return { xlsx, xlsxShuffled, csv, agreement };
}

/** Everything for one size. */
async function measureSize(o: BenchOptions, rows: number, done: readonly SizeResult[], gone: { duckdb: string | null; sheetjs: string | null }): Promise<SizeResult> {
  const duckdbGone = gone.duckdb;
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
  const sheetjs = await sheetjsPart(o, rows, { csv, xlsx: x.file, xlsxShuffled: x.shuffledFile }, done, gone.sheetjs);
  const otherLoad = others();
  if (otherLoad && otherLoad.cores > 0.2) log(`  other processes kept ${otherLoad.cores} cores busy meanwhile: timings of this size are inflated`);
  return { rows, otherLoad, csv, csvShuffled, cliCsvShuffled: shuffled.cli, duckdbShuffled: shuffled.duckdb, xlsx: x.file, inProcess, cliCsv, cliXlsx: x.measured, xlsxShuffled: x.shuffledFile, cliXlsxShuffled: x.shuffled, duckdb, duckdb1, agreement, sheetjs };
}

async function bench(): Promise<void> {
  const o = parseBenchArgs(process.argv.slice(2));
  if (o.only === 'xlsx') return benchXlsxOnly(o);
  if (o.only === 'sheetjs') return benchSheetjsOnly(o);
  const sizes: SizeResult[] = [];
  const gone = { duckdb: ensureDuckDb(), sheetjs: ensureSheetJs() };
  if (gone.sheetjs !== null) log(`SheetJS not measured: ${gone.sheetjs}`);
  for (const rows of o.sizes) {
    const s = await measureSize(o, rows, sizes, gone);
    // A DuckDB that cannot load will not load for the next size either.
    if (isSkipped(s.duckdb) && s.duckdb?.skipped.includes('cannot load')) gone.duckdb = s.duckdb.skipped;
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
  const sizes: Done[] = [];
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

/** `--only sheetjs`: SheetJS on the .xlsx ledgers (sorted and shuffled) and the CSV of each size, and nothing else. */
async function benchSheetjsOnly(o: BenchOptions): Promise<void> {
  const gone = ensureSheetJs();
  if (gone !== null) log(`SheetJS not measured: ${gone}`);
  const sizes: Done[] = [];
  const lines = ['rows\tfile\twall ms\tCPU ms\tread / rows / sum ms\tpeak RSS MB'];
  for (const rows of o.sizes) {
    const others = watchOtherLoad();
    const file = (format: 'csv' | 'xlsx', order: 'sorted' | 'shuffled'): Promise<LedgerFile> => ledgerFile(o.dir, { rows, seed: o.seed }, format, order);
    const s = await sheetjsPart(o, rows, { csv: await file('csv', 'sorted'), xlsx: await file('xlsx', 'sorted'), xlsxShuffled: await file('xlsx', 'shuffled') }, sizes, gone);
    const load = others();
    if (load && load.cores > 0.2) log(`  other processes kept ${load.cores} cores busy meanwhile: wall times are inflated, CPU times less so`);
    for (const [what, m] of [['xlsx', s.xlsx], ['xlsx shuffled', s.xlsxShuffled], ['csv', s.csv]] as const) {
      lines.push(isSkipped(m) ? `${rows}\t${what}\tskipped` : `${rows}\t${what}\t${m.wallMs}\t${m.cpuMs ?? '–'}\t${m.phases.read ?? '–'} / ${m.phases.rows ?? '–'} / ${m.phases.sum ?? '–'}\t${m.maxRssMb}`);
    }
    sizes.push({ rows, cliXlsx: { skipped: 'not measured' }, sheetjs: s });
  }
  process.stdout.write(`${lines.join('\n')}\n${SHEETJS_VERSION_NOTE}\n`);
}

bench().catch((e: unknown) => {
  process.stderr.write(`${e instanceof Error ? e.message : String(e)}\n`);
  process.exitCode = 1;
});
