/**
 * The production bundle for tests, built once per change of the sources: the bundle test and the
 * browser test share it (jest runs them in parallel workers; a lock folder makes one build, the
 * other waits). Rebuilt when anything under src/, the webpack config or the lockfile changes.
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';

const ROOT = path.resolve(__dirname, '../..');
const DIST = path.join(ROOT, 'build', 'test-dist');
const MARK = path.join(DIST, '.sources');
const LOCK = `${DIST}.lock`;

/** A hash of what the bundle is built from. */
function sourcesHash(): string {
  const h = createHash('sha256');
  const walk = (dir: string): void => {
    for (const name of readdirSync(dir).sort()) {
      const file = path.join(dir, name);
      const st = statSync(file);
      if (st.isDirectory()) walk(file);
      else h.update(`${file}:${st.size}:${st.mtimeMs}\n`);
    }
  };
  walk(path.join(ROOT, 'src'));
  walk(path.join(ROOT, 'assets'));
  for (const f of ['webpack.config.js', 'tsconfig.web.json', 'tsconfig.json', 'package-lock.json', 'manifest.xml']) h.update(readFileSync(path.join(ROOT, f)));
  return h.digest('hex');
}

const built = (hash: string): boolean => existsSync(MARK) && readFileSync(MARK, 'utf8') === hash;

/** The folder with an up-to-date production build. */
export async function ensureDist(): Promise<string> {
  const hash = sourcesHash();
  const deadline = Date.now() + 300_000;
  // The lock's parent must exist, or taking the lock fails forever (a fresh checkout has no build/).
  mkdirSync(path.dirname(LOCK), { recursive: true });
  while (!built(hash)) {
    try {
      mkdirSync(LOCK);
    } catch {
      if (Date.now() > deadline) throw new Error(`Gave up waiting for ${LOCK}; remove it if no build is running.`);
      await new Promise((r) => setTimeout(r, 500));
      continue;
    }
    try {
      if (!built(hash)) build(hash);
    } finally {
      rmSync(LOCK, { recursive: true, force: true });
    }
  }
  return DIST;
}

function build(hash: string): void {
  rmSync(DIST, { recursive: true, force: true });
  const webpack = path.join(ROOT, 'node_modules', 'webpack', 'bin', 'webpack.js');
  const run = spawnSync(process.execPath, [webpack, '--mode', 'production', '--output-path', DIST], { cwd: ROOT, encoding: 'utf8', timeout: 240_000 });
  if (run.error) throw run.error;
  if (run.status !== 0) throw new Error(`webpack failed (status ${run.status}):\n${(run.stdout + run.stderr).slice(-4000)}`);
  writeFileSync(MARK, hash);
}
