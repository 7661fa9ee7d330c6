/**
 * The bench's yardsticks (DuckDB, SheetJS) are not project dependencies: each is installed on first
 * use into a folder of its own under .bench/ (gitignored) with `npm install --prefix`, and loaded
 * from there, so the project's lockfile and `npm ci` never see them.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import * as path from 'node:path';

/** A package the bench installs for itself: its folder under .bench/, npm spec and module name. */
export interface BenchPackage {
  readonly folder: string;
  /** What `npm install` is given, version pinned ('xlsx@0.18.5'). */
  readonly spec: string;
  /** What `require` is given ('xlsx'). */
  readonly module: string;
}

const prefixOf = (p: BenchPackage): string => path.resolve('.bench', p.folder);

/** The npm arguments that install `p` into its folder (pure, for the tests). */
export function installArgs(p: BenchPackage): string[] {
  return ['install', '--no-audit', '--no-fund', '--prefix', prefixOf(p), p.spec];
}

/** Install `p` unless it is there; returns why not on failure (no registry …), else null. */
export function ensureBenchPackage(p: BenchPackage): string | null {
  const prefix = prefixOf(p);
  if (existsSync(path.join(prefix, 'node_modules', ...p.module.split('/')))) return null;
  mkdirSync(prefix, { recursive: true });
  writeFileSync(path.join(prefix, 'package.json'), '{ "private": true }\n');
  const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
  const r = spawnSync(npm, installArgs(p), { encoding: 'utf8' });
  return r.status === 0 ? null : `npm install ${p.spec} failed: ${(r.stderr || r.stdout || String(r.error ?? '')).split('\n').slice(-3).join(' ')}`;
}

/** Load `p` from its folder (throws when it is not installed or cannot load). */
export function loadBenchPackage<T>(p: BenchPackage): T {
  const require = createRequire(path.join(prefixOf(p), 'package.json'));
  return require(p.module) as T;
}
