// `npm run bench -- [options]`: build the command line, run the engine / CLI / DuckDB bench with the
// options (see bench/args.ts), then the add-in bench, then the task pane's longest main-thread task
// in headless Chromium ("pane longest task: N ms"). A script of its own because npm appends the
// options to the last command of a script line, which would be the pane bench's.
'use strict';
/* eslint-disable @typescript-eslint/no-require-imports -- a plain CommonJS script run by node */
const { spawnSync } = require('node:child_process');

function run(command, args) {
  const r = spawnSync(command, args, { stdio: 'inherit' });
  if (r.status !== 0) process.exit(r.status ?? 1);
}

run('npm', ['run', '--silent', 'build:cli']);
run(process.execPath, ['--expose-gc', 'build/bench/bench.js', ...process.argv.slice(2)]);
run('npx', ['--no-install', 'tsx', 'bench/addin.ts']);
run('npx', ['--no-install', 'tsx', 'bench/paneLongTasks.ts']);
