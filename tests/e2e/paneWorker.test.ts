/**
 * The task pane computes off its main thread: in headless Chromium, on a large ledger, the pane's
 * opening reads the ledger's months in the computing worker and Build composes the report there
 * and Visa underlag picks the rows behind the total there too (each job leaves a "followup …
 * (worker)" User Timing measure), and the main thread's long tasks
 * are reported. The figure for 1 M rows belongs to the bench (`npm run bench`: "pane longest
 * task"); here only a generous bound on CPU time, which a busy machine does not inflate.
 */
import * as vm from 'node:vm';
import { ensureDist } from '../support/dist';
import { largeLedgerRows } from '../support/largeLedger';
import { LEDGER_SOURCE, measurePaneLongTasks, type PaneLongTasks } from './longTasks';

const ROWS = 200_000;
let m: PaneLongTasks;

beforeAll(async () => {
  m = await measurePaneLongTasks(await ensureDist(), ROWS);
  process.stdout.write(
    `pane on ${ROWS} rows: open longest task ${m.open.longestMs} ms (CPU ${m.open.longestCpuMs} ms), blocking ${m.open.blockingMs} ms; ` +
      `build longest task ${m.build.longestMs} ms (CPU ${m.build.longestCpuMs} ms), blocking ${m.build.blockingMs} ms; ` +
      `rows behind the total longest task ${m.drill.longestMs} ms (CPU ${m.drill.longestCpuMs} ms), blocking ${m.drill.blockingMs} ms\n`,
  );
}, 300_000);

it('reads the ledger\'s months, composes the report and picks the rows behind a figure in the worker, never in the page\'s thread', () => {
  expect(m.jobs).toEqual(['followup glance (worker)', 'followup compose (worker)', 'followup rows behind (worker)']);
});

it('keeps the main thread\'s tasks short (a generous bound on CPU time; the bench has the figure)', () => {
  expect(m.open.longestCpuMs).toBeLessThan(1000);
  expect(m.build.longestCpuMs).toBeLessThan(1000);
  expect(m.drill.longestCpuMs).toBeLessThan(1000);
});

it('generates in the page the very ledger the add-in tests use', () => {
  const inPage = vm.runInNewContext(`(${LEDGER_SOURCE})(500)`) as unknown;
  expect(JSON.parse(JSON.stringify(inPage))).toEqual(largeLedgerRows(500));
});
