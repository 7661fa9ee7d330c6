/**
 * DuckDB is the benchmark's yardstick, not a project dependency: its npm package lists native
 * bindings for platforms this registry lacks, which makes `npm ci` refuse the project's lockfile.
 * So the bench installs it on first use into .bench/duckdb (gitignored) and loads it from there.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import * as path from 'node:path';

/** The version compared against (DuckDB 1.5.6). */
export const DUCKDB_PACKAGE = '@duckdb/node-api@1.5.6-r.1';

const PREFIX = path.resolve('.bench', 'duckdb');

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
  if (existsSync(path.join(PREFIX, 'node_modules', '@duckdb', 'node-api'))) return null;
  mkdirSync(PREFIX, { recursive: true });
  writeFileSync(path.join(PREFIX, 'package.json'), '{ "private": true }\n');
  const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
  const r = spawnSync(npm, ['install', '--no-audit', '--no-fund', '--prefix', PREFIX, DUCKDB_PACKAGE], { encoding: 'utf8' });
  return r.status === 0 ? null : `npm install ${DUCKDB_PACKAGE} failed: ${(r.stderr || r.stdout).split('\n').slice(-3).join(' ')}`;
}

/** Load DuckDB from .bench/duckdb (throws when it is not installed or its binary cannot load). */
export function loadDuckDb(): DuckDbModule {
  const require = createRequire(path.join(PREFIX, 'package.json'));
  return require('@duckdb/node-api') as DuckDbModule;
}
