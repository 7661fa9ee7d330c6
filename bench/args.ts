/** Command-line flags of `npm run bench -- [flags]`. */
import { parseArgs } from 'node:util';

/** The benchmark's settings. */
export interface BenchOptions {
  /** Ledger sizes in rows, ascending. */
  readonly sizes: readonly number[];
  /** Runs per measurement; the median is reported. */
  readonly runs: number;
  readonly seed: number;
  /** A single .xlsx run (CLI or SheetJS) estimated above this many seconds is skipped. */
  readonly xlsxLimitSeconds: number;
  /** Where generated files and results go. */
  readonly dir: string;
  /** Measure only this: the CLI on .xlsx (sorted and shuffled rows), or SheetJS (.xlsx both ways, CSV). */
  readonly only: 'xlsx' | 'sheetjs' | null;
}

export const USAGE = `npm run bench -- [--sizes 10000,100000,1000000] [--runs 3] [--seed 20250731] [--xlsx-limit 180] [--dir .bench] [--only xlsx|sheetjs]`;

/** Parse the flags; throws with a usage message on bad input. */
export function parseBenchArgs(argv: readonly string[]): BenchOptions {
  const { values } = parseArgs({
    args: [...argv],
    options: {
      sizes: { type: 'string' },
      runs: { type: 'string' },
      seed: { type: 'string' },
      'xlsx-limit': { type: 'string' },
      dir: { type: 'string' },
      only: { type: 'string' },
    },
  });
  const only = values.only ?? null;
  if (only !== null && only !== 'xlsx' && only !== 'sheetjs') throw new Error(`--only takes xlsx or sheetjs\n${USAGE}`);
  const sizes = (values.sizes ?? '10000,100000,1000000').split(',').map((s) => Number(s.trim().replace(/_/g, '')));
  if (sizes.some((n) => !Number.isInteger(n) || n < 24)) throw new Error(`--sizes must be row counts ≥ 24\n${USAGE}`);
  const positive = (name: string, text: string | undefined, fallback: number): number => {
    const n = Number(text ?? fallback);
    if (!Number.isFinite(n) || n <= 0) throw new Error(`--${name} must be a positive number\n${USAGE}`);
    return n;
  };
  return {
    sizes: [...new Set(sizes)].sort((a, b) => a - b),
    runs: Math.round(positive('runs', values.runs, 3)),
    seed: Math.round(positive('seed', values.seed, 20250731)),
    xlsxLimitSeconds: positive('xlsx-limit', values['xlsx-limit'], 180),
    dir: values.dir ?? '.bench',
    only,
  };
}
