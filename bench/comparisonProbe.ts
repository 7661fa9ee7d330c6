/**
 * What the probes of the tools we compare with (DuckDB, SheetJS) share: their arguments
 * (`FILE --period YYYY-MM [--months K] [--out FILE]`), loading the tool or reporting it skipped
 * (exit code 4, `info.skipped`), and running the probe with its BENCH line at exit.
 */
import { parseArgs } from 'node:util';
import { writeProbeLine } from './probeLine';

/** A probe's arguments. */
export interface ComparisonArgs {
  readonly file: string;
  readonly period: { readonly year: number; readonly month: number; readonly months: number };
  readonly out: string;
  /** DuckDB's thread count, when given. */
  readonly threads?: string;
}

/** The arguments of this process; null (usage printed) when they are not the probe's. */
export function comparisonArgs(usage: string): ComparisonArgs | null {
  const { values, positionals } = parseArgs({
    args: process.argv.slice(2),
    allowPositionals: true,
    options: { period: { type: 'string' }, months: { type: 'string' }, out: { type: 'string' }, threads: { type: 'string' } },
  });
  const file = positionals[0];
  const period = /^(\d{4})-(\d{2})$/.exec(values.period ?? '');
  if (file === undefined || period === null) {
    process.stderr.write(`usage: ${usage}\n`);
    return null;
  }
  return {
    file,
    period: { year: Number(period[1]), month: Number(period[2]), months: Number(values.months ?? '1') },
    out: values.out ?? '/dev/null',
    ...(values.threads !== undefined ? { threads: values.threads } : {}),
  };
}

/** The tool, or null with the BENCH line saying why it was skipped (`what` names it). */
export function loadOrSkip<T>(load: () => T, what: string): T | null {
  try {
    return load();
  } catch (e) {
    const why = e instanceof Error ? e.message.split('\n')[0]! : String(e);
    process.on('exit', () => writeProbeLine({ exitCode: 4, info: { skipped: `${what} cannot load: ${why}` } }));
    return null;
  }
}

/** Run a probe: its resolved exit code, or 3 with the error on stderr and a BENCH line saying so. */
export function runProbe(probe: () => Promise<number>): void {
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
}
