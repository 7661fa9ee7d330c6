/**
 * How long a run at a size will take, from the sizes done before it, so that runs over the
 * --xlsx-limit (the CLI's or SheetJS's on a large .xlsx) are skipped instead of started.
 */
import type { BenchOptions } from './args';
import { isSkipped, type Measured, type SizeResult } from './results';

/** What a size done tells the estimates of the next. */
export type Done = Pick<SizeResult, 'rows' | 'cliXlsx' | 'sheetjs'>;

/** A single run at `rows`, linear from the last size where `of` was measured; null when none was. */
export function estimateMs(done: readonly Done[], rows: number, of: (s: Done) => Measured | undefined): { ms: number; from: number } | null {
  const last = [...done].reverse().find((s) => !isSkipped(of(s)));
  const m = last === undefined ? undefined : of(last);
  return last !== undefined && !isSkipped(m) ? { ms: (m.wallMs * rows) / last.rows, from: last.rows } : null;
}

/** Why a run so estimated is skipped (over --xlsx-limit), or null. */
export function overLimit(o: Pick<BenchOptions, 'xlsxLimitSeconds'>, e: { ms: number; from: number } | null): string | null {
  return e !== null && e.ms > o.xlsxLimitSeconds * 1000 ? `estimated ${Math.round(e.ms / 1000)} s per run from the ${e.from}-row run (linear), over the ${o.xlsxLimitSeconds} s limit` : null;
}
