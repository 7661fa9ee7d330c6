/**
 * Child process for the in-process benchmark: builds the generated ledger as an in-memory grid the
 * way the add-in gets it from Office.js (values arrive as JSON over the host bridge: numbers as
 * numbers, texts as fresh strings; blanks are null, as the add-in's adapter hands them to the
 * engine), then runs grid → report `--runs` times and prints one `PHASES {json}` line on stdout.
 * A process of its own per size, so the memory figures of one size are not blurred by another.
 *
 *   node --expose-gc build/bench/phaseProbe.js --rows 1000000 --seed 1 --runs 3 --period 2025-07 --months 2
 */
import { parseArgs } from 'node:util';
import { makeGrid, type Cell, type Grid } from '../src/core/grid/grid';
import { LEDGER_HEADER, ledgerRows, oreToKronor, type LedgerSpec } from './ledgerModel';
import { collectGarbage, MemoryWatch, settledMemory } from './memory';
import { runPipeline, type PipelineRun } from './phases';
import { XLSX_SHEET } from './files';

/** What the probe prints. */
export interface PhaseProbeResult {
  readonly rows: number;
  /** Memory with the engine loaded, before the grid exists. */
  readonly baseline: { rssMb: number; heapUsedMb: number };
  /** Memory with the grid built (what the add-in holds before the engine starts). */
  readonly withGrid: { rssMb: number; heapUsedMb: number };
  readonly gridBuildMs: number;
  readonly runs: readonly PipelineRun[];
}

/** Rows handed over per JSON chunk, like an add-in reading a large range in blocks. */
const CHUNK_ROWS = 20_000;

/** Build the grid: the header row, then the rows, each chunk passed through JSON as Office.js does. */
function buildGrid(spec: LedgerSpec): Grid {
  const rows: Cell[][] = [[...LEDGER_HEADER]];
  let chunk: (string | number | null)[][] = [];
  const flush = (): void => {
    for (const r of JSON.parse(JSON.stringify(chunk)) as Cell[][]) rows.push(r);
    chunk = [];
  };
  for (const r of ledgerRows(spec)) {
    const budget = r.budgetOre === null ? null : oreToKronor(r.budgetOre);
    const actual = r.actualOre === null ? null : oreToKronor(r.actualOre);
    chunk.push([r.period, r.forvaltning, r.enhet, r.konto, budget, actual]);
    if (chunk.length >= CHUNK_ROWS) flush();
  }
  flush();
  return makeGrid(XLSX_SHEET, rows);
}

async function probe(): Promise<void> {
  const { values } = parseArgs({
    args: process.argv.slice(2),
    options: { rows: { type: 'string' }, seed: { type: 'string' }, runs: { type: 'string' }, period: { type: 'string' }, months: { type: 'string' } },
  });
  const spec: LedgerSpec = { rows: Number(values.rows ?? '10000'), seed: Number(values.seed ?? '1') };
  const [year, month] = (values.period ?? '2025-07').split('-').map(Number);
  const period = { year: year!, month: month!, months: Number(values.months ?? '2') };
  const watch = new MemoryWatch(10);
  await watch.ready();
  const baseline = settledMemory();
  const started = performance.now();
  const grid = buildGrid(spec);
  const gridBuildMs = Math.round(performance.now() - started);
  const withGrid = settledMemory();
  const runs: PipelineRun[] = [];
  for (let i = 0; i < Number(values.runs ?? '3'); i++) {
    collectGarbage();
    runs.push(runPipeline(grid, period, watch));
  }
  await watch.close();
  const result: PhaseProbeResult = { rows: spec.rows, baseline, withGrid, gridBuildMs, runs };
  process.stdout.write(`PHASES ${JSON.stringify(result)}\n`);
}

probe().catch((e: unknown) => {
  process.stderr.write(`${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
  process.exitCode = 1;
});
