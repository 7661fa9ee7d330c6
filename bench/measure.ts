/**
 * The measurements, each in child processes: the in-process pipeline (phaseProbe), the CLI end to
 * end (cliProbe), DuckDB (duckdbProbe) and SheetJS (sheetjsProbe), with medians over runs; and the
 * cross-checks of the CLI's JSON against DuckDB's rows and SheetJS's sums.
 */
import * as path from 'node:path';
import { childDiagnostics, runNode, type ChildRun } from './child';
import type { PhaseProbeResult } from './phaseProbe';
import { PHASES, type PhaseName } from './phases';
import type { EndToEnd, InProcessSummary, Measured, Skipped } from './results';
import { median } from './stats';
import { SHEETJS_COLUMNS } from './sheetjsSums';
import { compareReports, type Agreement } from './verify';

/** The compiled probes sit next to this file in build/bench/. */
const probe = (name: string): string => path.join(__dirname, `${name}.js`);

/** The follow-up period all measurements use. */
export const PERIOD = { iso: '2025-07', months: 2 } as const;

/** Run the in-process pipeline for a size in a child of its own. */
export async function measureInProcess(rows: number, seed: number, runs: number): Promise<InProcessSummary | Skipped> {
  const child = await runNode(
    probe('phaseProbe'),
    ['--rows', String(rows), '--seed', String(seed), '--runs', String(runs), '--period', PERIOD.iso, '--months', String(PERIOD.months)],
    ['--expose-gc'],
  );
  const line = child.stdout.split('\n').find((l) => l.startsWith('PHASES '));
  if (child.exitCode !== 0 || line === undefined) return { skipped: `phaseProbe failed (exit ${String(child.exitCode)}): ${childDiagnostics(child)}` };
  const result = JSON.parse(line.slice('PHASES '.length)) as PhaseProbeResult;
  const phasesMs = Object.fromEntries(PHASES.map((p) => [p, median(result.runs.map((r) => r.phases[p].ms))])) as Record<PhaseName, number>;
  return {
    phasesMs,
    totalMs: median(result.runs.map((r) => r.totalMs)),
    bestTotalMs: Math.min(...result.runs.map((r) => r.totalMs)),
    peakRssMb: median(result.runs.map((r) => r.peakRssMb)),
    peakHeapUsedMb: median(result.runs.map((r) => r.peakHeapUsedMb)),
    gcMs: median(result.runs.map((r) => PHASES.reduce((s, p) => s + r.phases[p].gcMs, 0))),
    probe: result,
  };
}

/** The CLI's arguments for a ledger file; the JSON goes to `json`. */
function cliArgs(file: string, json: string): string[] {
  return ['build', file, '--period', PERIOD.iso, '--months', String(PERIOD.months), '--json', json, '--quiet'];
}

/** The DuckDB probe's arguments for a CSV file; its rows go to `out`; DuckDB's default threads unless given. */
function duckArgs(file: string, out: string, threads?: number): string[] {
  return [file, '--period', PERIOD.iso, '--months', String(PERIOD.months), '--out', out, ...(threads !== undefined ? ['--threads', String(threads)] : [])];
}

/** The SheetJS probe's arguments for a ledger file (.xlsx or CSV); its sums go to `out`. */
export function sheetjsArgs(file: string, out: string): string[] {
  return [file, '--period', PERIOD.iso, '--months', String(PERIOD.months), '--out', out];
}

/** A probe to run: its script, arguments and what it is called in messages. */
interface ProbeRun {
  readonly script: string;
  readonly args: readonly string[];
  readonly what: string;
}

/** Run a probe `runs` times and summarise; a failed run ends the measurement as skipped. */
async function repeat(script: string, args: readonly string[], runs: number, what: string): Promise<Measured> {
  return (await interleaved([{ script, args, what }], runs))[0]!;
}

/**
 * Run several probes `runs` times each, taking turns (A B A B …) so that a machine that speeds up
 * or slows down meanwhile weighs on all of them alike; summarise each. A failed run ends that
 * probe's measurement as skipped.
 */
async function interleaved(probes: readonly ProbeRun[], runs: number): Promise<Measured[]> {
  const done: ChildRun[][] = probes.map(() => []);
  const skipped: (Skipped | null)[] = probes.map(() => null);
  for (let i = 0; i < runs; i++) {
    for (let p = 0; p < probes.length; p++) {
      if (skipped[p] !== null) continue;
      const { script, args, what } = probes[p]!;
      const run = await runNode(script, args);
      const report = run.report;
      if (report !== null && typeof report.info?.skipped === 'string') skipped[p] = { skipped: report.info.skipped };
      else if (run.exitCode !== 0 || report === null) skipped[p] = { skipped: `${what} failed (exit ${String(run.exitCode)}): ${childDiagnostics(run)}` };
      else done[p]!.push(run);
    }
  }
  return probes.map((_, p) => skipped[p] ?? summarise(done[p]!));
}

function summarise(done: readonly ChildRun[]): EndToEnd {
  const reports = done.map((r) => r.report!);
  const phaseNames = [...new Set(reports.flatMap((r) => Object.keys(r.phases ?? {})))];
  return {
    wallMs: median(done.map((r) => r.wallMs)),
    bestWallMs: Math.min(...done.map((r) => r.wallMs)),
    probeMs: median(reports.map((r) => r.ms)),
    maxRssMb: Math.max(...reports.map((r) => r.maxRssMb)),
    ...(reports.every((r) => r.cpuMs !== undefined) ? { cpuMs: median(reports.map((r) => r.cpuMs!)) } : {}),
    phases: Object.fromEntries(phaseNames.map((n) => [n, median(reports.map((r) => r.phases?.[n] ?? 0))])),
    info: reports[0]?.info ?? {},
    runs: done.map((r) => ({ wallMs: r.wallMs, maxRssMb: r.report!.maxRssMb, ...(r.report!.cpuMs !== undefined ? { cpuMs: r.report!.cpuMs } : {}) })),
  };
}

/** The CLI end to end on a ledger file (JSON to /dev/null), `runs` times. */
export function measureCli(file: string, runs: number): Promise<Measured> {
  return repeat(probe('cliProbe'), cliArgs(file, '/dev/null'), runs, 'followup build');
}

/** The CLI on two ledger files, taking turns run by run (sorted and shuffled rows: their ratio is the point). */
export async function measureCliPair(a: string, b: string, runs: number): Promise<[Measured, Measured]> {
  const [x, y] = await interleaved(
    [
      { script: probe('cliProbe'), args: cliArgs(a, '/dev/null'), what: 'followup build' },
      { script: probe('cliProbe'), args: cliArgs(b, '/dev/null'), what: 'followup build' },
    ],
    runs,
  );
  return [x!, y!];
}

/** DuckDB on a CSV file (rows to /dev/null), `runs` times; all cores unless `threads` is given. */
export function measureDuckdb(file: string, runs: number, threads?: number): Promise<Measured> {
  return repeat(probe('duckdbProbe'), duckArgs(file, '/dev/null', threads), runs, 'DuckDB');
}

/**
 * The CLI and DuckDB (all cores) on the same CSV file, taking turns run by run, for the CLI/DuckDB
 * ratio: both medians then come from the same stretch of time on a machine whose speed drifts.
 */
export async function measureCliAndDuckdb(file: string, runs: number): Promise<{ cli: Measured; duckdb: Measured }> {
  const [cli, duckdb] = await interleaved(
    [
      { script: probe('cliProbe'), args: cliArgs(file, '/dev/null'), what: 'followup build' },
      { script: probe('duckdbProbe'), args: duckArgs(file, '/dev/null'), what: 'DuckDB' },
    ],
    runs,
  );
  return { cli: cli!, duckdb: duckdb! };
}

/**
 * SheetJS on a ledger file, once: a 1 M-row .xlsx takes it ~15 s and ~1.4 GB, so its run-to-run
 * spread matters little. Its sums go to `out` (/dev/null unless they are to be cross-checked).
 */
export function measureSheetjs(file: string, out = '/dev/null'): Promise<Measured> {
  return repeat(probe('sheetjsProbe'), sheetjsArgs(file, out), 1, 'SheetJS');
}

/** The engine's report of the same ledger (an untimed CLI run, to `dir`) against SheetJS's sums in `sums`. */
export async function crossCheckSheetjs(file: string, sums: string, dir: string, rows: number): Promise<Agreement | Skipped> {
  const engineJson = path.join(dir, `check-${rows}-engine-xlsx.json`);
  const cli = await runNode(probe('cliProbe'), cliArgs(file, engineJson));
  if (cli.exitCode !== 0) return { skipped: `followup build failed: ${childDiagnostics(cli)}` };
  return compareReports(engineJson, sums, { columns: SHEETJS_COLUMNS, name: 'SheetJS' });
}

/** One untimed run of each, writing their outputs under `dir`, then the cross-check. */
export async function crossCheck(file: string, dir: string, rows: number): Promise<Agreement | Skipped> {
  const engineJson = path.join(dir, `check-${rows}-engine.json`);
  const duckJson = path.join(dir, `check-${rows}-duckdb.json`);
  const cli = await runNode(probe('cliProbe'), cliArgs(file, engineJson));
  if (cli.exitCode !== 0) return { skipped: `followup build failed: ${childDiagnostics(cli)}` };
  const duck = await runNode(probe('duckdbProbe'), duckArgs(file, duckJson));
  if (duck.exitCode !== 0) return { skipped: duck.report?.info?.skipped !== undefined ? String(duck.report.info.skipped) : `DuckDB failed: ${childDiagnostics(duck)}` };
  return compareReports(engineJson, duckJson);
}
