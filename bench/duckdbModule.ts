/**
 * DuckDB is the benchmark's yardstick, not a project dependency: its npm package lists native
 * bindings for platforms this registry lacks, which makes `npm ci` refuse the project's lockfile.
 * So the bench installs it on first use into .bench/duckdb (gitignored) and loads it from there
 * (benchPackage.ts).
 */
import { ensureBenchPackage, loadBenchPackage, type BenchPackage } from './benchPackage';

/** The version compared against (DuckDB 1.5.6). */
export const DUCKDB_PACKAGE = '@duckdb/node-api@1.5.6-r.1';

const DUCKDB: BenchPackage = { folder: 'duckdb', spec: DUCKDB_PACKAGE, module: '@duckdb/node-api' };

/** The part of @duckdb/node-api the bench uses. */
export interface DuckDbModule {
  readonly DuckDBInstance: {
    create(path: string, options?: Record<string, string>): Promise<{
      connect(): Promise<{
        runAndReadAll(sql: string): Promise<{ getRowObjectsJson(): unknown[]; getRowsJson(): unknown[][] }>;
        closeSync(): void;
      }>;
      closeSync(): void;
    }>;
  };
}

/** Install DuckDB into .bench/duckdb unless it is there; returns why not on failure, else null. */
export function ensureDuckDb(): string | null {
  return ensureBenchPackage(DUCKDB);
}

/** Load DuckDB from .bench/duckdb (throws when it is not installed or its binary cannot load). */
export function loadDuckDb(): DuckDbModule {
  return loadBenchPackage<DuckDbModule>(DUCKDB);
}
