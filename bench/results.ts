/** The benchmark's results, as written to .bench/results.json, and their summaries. */
import type { LedgerFile } from './files';
import type { OtherLoad } from './otherLoad';
import type { PhaseProbeResult } from './phaseProbe';
import type { PhaseName } from './phases';
import type { Agreement } from './verify';

/** The targets the results are reported against. */
export const TARGETS = {
  /** 1 M rows grid → report. */
  inProcessMs: 1000,
  inProcessRssMb: 1024,
  /** CLI wall time ÷ DuckDB wall time on the same CSV, rows sorted and shuffled (issue 11). */
  cliOverDuckdb: 1.3,
} as const;

/** A child-process measurement over several runs. */
export interface EndToEnd {
  /** Median wall time seen by the parent (includes Node start-up). */
  readonly wallMs: number;
  /** The fastest run's wall time (the least disturbed by other work on a shared machine). */
  readonly bestWallMs: number;
  /** Median of the child's own clock at exit (performance.now()). */
  readonly probeMs: number;
  /** Highest peak RSS of the runs (kernel maxRSS of the child). */
  readonly maxRssMb: number;
  /** Median CPU time of the child (user + system, all its threads), when it reported it. */
  readonly cpuMs?: number;
  /** Median of the phases the child reported (read/compute for the CLI, open/query/write for DuckDB). */
  readonly phases: Readonly<Record<string, number>>;
  readonly info: Readonly<Record<string, string | number>>;
  readonly runs: readonly { readonly wallMs: number; readonly maxRssMb: number; readonly cpuMs?: number }[];
}

/** A measurement that was not made, and why. */
export interface Skipped {
  readonly skipped: string;
}

/** Either. */
export type Measured = EndToEnd | Skipped;

/** Whether a measurement was skipped. */
export function isSkipped(m: Measured | null | undefined): m is Skipped | null | undefined {
  return m === null || m === undefined || 'skipped' in m;
}

/** Medians of the in-process runs. */
export interface InProcessSummary {
  readonly phasesMs: Readonly<Record<PhaseName, number>>;
  readonly totalMs: number;
  /** The fastest run's total. */
  readonly bestTotalMs: number;
  readonly peakRssMb: number;
  readonly peakHeapUsedMb: number;
  readonly gcMs: number;
  readonly probe: PhaseProbeResult;
}

/** Everything measured for one size. */
export interface SizeResult {
  readonly rows: number;
  /** CPU that other processes used while this size ran (their work skews the timings); null off Linux. */
  readonly otherLoad: OtherLoad | null;
  readonly csv: LedgerFile;
  readonly xlsx: LedgerFile | null;
  readonly inProcess: InProcessSummary | Skipped;
  readonly cliCsv: Measured;
  /** The same CSV's rows in random order, the CLI and DuckDB taking turns on it. */
  readonly csvShuffled?: LedgerFile;
  readonly cliCsvShuffled?: Measured;
  readonly duckdbShuffled?: Measured;
  readonly cliXlsx: Measured;
  /** The same ledger's rows shuffled, in an .xlsx (null when the sorted one was skipped). */
  readonly xlsxShuffled?: LedgerFile | null;
  readonly cliXlsxShuffled?: Measured;
  readonly duckdb: Measured;
  /** DuckDB limited to one thread, as the engine computes on one. */
  readonly duckdb1: Measured;
  readonly agreement: Agreement | Skipped;
  /** SheetJS on the same ledgers (absent in results written before it was measured). */
  readonly sheetjs?: SheetjsResult;
}

/** SheetJS on one size's ledgers, one run each (sheetjsProbe.ts). */
export interface SheetjsResult {
  readonly xlsx: Measured;
  readonly xlsxShuffled: Measured;
  readonly csv: Measured;
  /** Its sums from the sorted .xlsx against the engine's JSON report of the same file. */
  readonly agreement: Agreement | Skipped;
}

/** The whole run. */
export interface BenchResults {
  readonly date: string;
  readonly node: string;
  readonly platform: string;
  readonly cpus: number;
  readonly cpuModel: string;
  readonly totalMemGb: number;
  readonly seed: number;
  readonly runs: number;
  readonly period: string;
  readonly targets: typeof TARGETS;
  readonly sizes: readonly SizeResult[];
}
