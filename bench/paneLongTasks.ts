/**
 * The task pane's part of `npm run bench` that users feel most: the longest main-thread task while
 * the pane opens on a 1 M-row ledger (it reads the ledger to propose the month), while it
 * builds and while it shows the rows behind the total (Visa underlag), in headless Chromium
 * (Office restarts a pane that does not answer). Run with tsx:
 *
 *   npx tsx bench/paneLongTasks.ts [--rows 1000000]
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { availableParallelism, loadavg } from 'node:os';
import { parseArgs } from 'node:util';
import { CHROMIUM } from '../tests/e2e/harness';
import { measurePaneLongTasks, type PhaseTasks } from '../tests/e2e/longTasks';
import { ensureDist } from '../tests/support/dist';

const line = (name: string, p: PhaseTasks): string => `${name}: longest task ${p.longestMs} ms (most CPU in one task ${p.longestCpuMs} ms), total blocking ${p.blockingMs} ms, ${p.count} long tasks, ${p.wallMs} ms in all`;

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { rows: { type: 'string', default: '1000000' } } });
  const rows = Number(values.rows);
  if (!existsSync(CHROMIUM)) {
    process.stdout.write(`pane longest task: skipped (no Chromium at ${CHROMIUM})\n`);
    return;
  }
  const dist = await ensureDist();
  process.stdout.write(`Task pane in headless Chromium, ${rows.toLocaleString('sv-SE')} rows …\n`);
  const loadBefore = loadavg()[0]!;
  const m = await measurePaneLongTasks(dist, rows);
  const longest = Math.max(m.open.longestMs, m.build.longestMs, m.drill.longestMs);
  const longestCpu = Math.max(m.open.longestCpuMs, m.build.longestCpuMs, m.drill.longestCpuMs);
  // On a machine busy with other work a task's wall time includes waiting for a core: say so.
  const load = `load average ${loadBefore.toFixed(1)} → ${loadavg()[0]!.toFixed(1)} on ${availableParallelism()} cores`;
  process.stdout.write(`${line('  open', m.open)}\n${line('  build', m.build)}\n${line('  rows behind the total', m.drill)}\n`);
  process.stdout.write(`${line('  Excel host\'s own batches, open', m.excel.open)}\n${line('  Excel host\'s own batches, build', m.excel.build)}\n${line('  Excel host\'s own batches, rows behind', m.excel.drill)}\n`);
  process.stdout.write(`  computations: ${m.jobs.join(', ') || 'none timed'}\n`);
  process.stdout.write(`pane longest task: ${longest} ms (most CPU in one task ${longestCpu} ms; target ≤ 200; ${load})\n`);
  const md = [
    '### Task pane main thread (headless Chromium, long tasks)',
    '',
    '| rows | phase | longest task ms | most CPU in one task ms | total blocking ms | long tasks | wall ms |',
    '| ---: | --- | ---: | ---: | ---: | ---: | ---: |',
    `| ${rows} | open | ${m.open.longestMs} | ${m.open.longestCpuMs} | ${m.open.blockingMs} | ${m.open.count} | ${m.open.wallMs} |`,
    `| ${rows} | build | ${m.build.longestMs} | ${m.build.longestCpuMs} | ${m.build.blockingMs} | ${m.build.count} | ${m.build.wallMs} |`,
    `| ${rows} | rows behind the total | ${m.drill.longestMs} | ${m.drill.longestCpuMs} | ${m.drill.blockingMs} | ${m.drill.count} | ${m.drill.wallMs} |`,
    '',
    `Pane longest task: **${longest} ms** (most CPU in one task ${longestCpu} ms; target ≤ 200; ${load}). The in-memory host's own batches (Excel's work, in Excel's process in reality) are counted apart: longest ${Math.max(m.excel.open.longestMs, m.excel.build.longestMs, m.excel.drill.longestMs)} ms.`,
    '',
  ].join('\n');
  mkdirSync('.bench', { recursive: true });
  writeFileSync('.bench/pane.md', md);
}

main().catch((e: unknown) => {
  process.stderr.write(`${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
  process.exitCode = 1;
});
