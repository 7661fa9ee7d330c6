/**
 * The line a probe child process prints on stderr as it exits, and its parsing in the parent:
 * `BENCH {"ms":1234,"maxRssMb":456.7,...}`. `ms` is the time since the process started
 * (performance.now() counts from the process's time origin), `maxRssMb` the kernel's peak
 * resident set size of the process (process.resourceUsage().maxRSS).
 */
import { writeSync } from 'node:fs';

/** What every probe reports, plus probe-specific extras. */
export interface ProbeReport {
  readonly ms: number;
  readonly maxRssMb: number;
  /** CPU time of the whole process (user + system, every thread: zlib's pool and helpers too). */
  readonly cpuMs?: number;
  readonly exitCode: number;
  /** Named timings inside the probe (ms), when the probe knows them. */
  readonly phases?: Readonly<Record<string, number>>;
  /** Anything else the probe wants to pass on (DuckDB version, threads …). */
  readonly info?: Readonly<Record<string, string | number>>;
}

const PREFIX = 'BENCH ';

/** Print the BENCH line synchronously (safe inside an 'exit' handler). */
export function writeProbeLine(extra: Omit<ProbeReport, 'ms' | 'maxRssMb' | 'cpuMs'>): void {
  const usage = process.resourceUsage();
  const report: ProbeReport = {
    ms: Math.round(performance.now()),
    maxRssMb: Math.round((usage.maxRSS / 1024) * 10) / 10,
    cpuMs: Math.round((usage.userCPUTime + usage.systemCPUTime) / 1000),
    ...extra,
  };
  writeSync(2, `${PREFIX}${JSON.stringify(report)}\n`);
}

/** Find the BENCH line in a child's stderr; null when it printed none. */
export function parseProbeLine(stderr: string): ProbeReport | null {
  const line = stderr.split(/\r?\n/).reverse().find((l) => l.startsWith(PREFIX));
  return line === undefined ? null : (JSON.parse(line.slice(PREFIX.length)) as ProbeReport);
}
