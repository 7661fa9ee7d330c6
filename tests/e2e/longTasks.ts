/**
 * The task pane's main-thread long tasks in headless Chromium on a large ledger: the production
 * bundle, the in-memory Excel host in place of office.js, the ledger generated inside the page
 * (a million rows as JSON would cost more than the pane). Long tasks are recorded with
 * PerformanceObserver({ type: 'longtask' }) and attributed to the pane's opening (from the host
 * being ready to the proposed month shown), to Build (from the click to the result shown) and to
 * Visa underlag on the total's actual for the period (from the click to the rows announced). The
 * host works as Excel does, out of the pane's process (HostOptions.outOfProcess): its batches run in
 * tasks of their own, counted apart, and the pane parses each answer as JSON, as office.js does. Used
 * by the bench (`bench/paneLongTasks.ts`) and the e2e test, which holds the structure, not the figure.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { chromium, type Page } from 'playwright-core';
import { stringsFor } from '../../src/taskpane/strings';
import { bundleHostForBrowser } from '../support/excelHost/bundle';
import { CHROMIUM, FLAGS, OFFICE_JS, serve } from './harness';
import { ALIGN_MARK, cpuOf, startTrace } from './longTaskTrace';

/** One phase's long tasks. */
export interface PhaseTasks {
  /** The longest task, in ms (0 when none passed 50 ms). */
  readonly longestMs: number;
  /** The most CPU time (thread time) any long task took, in ms: on a busy machine wall time includes waiting for a core. */
  readonly longestCpuMs: number;
  /** Total blocking time: each long task's part over 50 ms, summed, in ms. */
  readonly blockingMs: number;
  /** Long tasks (over 50 ms). */
  readonly count: number;
  /** The phase's wall time, in ms. */
  readonly wallMs: number;
}

/** What a run measured. */
export interface PaneLongTasks {
  readonly rows: number;
  readonly open: PhaseTasks;
  readonly build: PhaseTasks;
  /** Visa underlag on the follow-up's total (every ledger row of the period behind it). */
  readonly drill: PhaseTasks;
  /** The host's own batches (Excel's work, in Excel's process in reality), apart from the pane's. */
  readonly excel: { readonly open: PhaseTasks; readonly build: PhaseTasks; readonly drill: PhaseTasks };
  /** The computations the app timed, by name and where they ran ("followup compose (worker)"; see src/app/compute). */
  readonly jobs: readonly string[];
}

/**
 * largeLedgerRows (tests/support/largeLedger.ts) as page script: the same rows, built in the
 * page. A test keeps the two equal.
 */
export const LEDGER_SOURCE = `function (rows) {
  var grid = [['Period', 'Förvaltning', 'Enhet', 'Konto', 'Budget', 'Utfall']];
  for (var i = 0; i < rows; i++) {
    var month = (i % 12) + 1;
    grid.push([202500 + month, 'Förvaltning ' + (i % 20), 'Enhet ' + (i % 400), 4000 + (i % 300), ((i * 7919) % 100000) / 100, month <= 7 ? ((i * 104729) % 100000) / 100 : null]);
  }
  return grid;
}`;

/** Runs before the page's scripts: the observer, the ledger, and a mark when the host is ready. */
function initScript(rows: number): string {
  return `(() => {
  const w = window;
  // A marker for aligning a CPU profile's clock with performance.now() (see startProfile).
  w.__alignAt = performance.now();
  performance.mark('${ALIGN_MARK}', { startTime: w.__alignAt });
  (function __alignMarker() { const end = performance.now() + 5; while (performance.now() < end); })();
  w.__longTasks = [];
  new PerformanceObserver((list) => { for (const e of list.getEntries()) w.__longTasks.push({ start: e.startTime, duration: e.duration }); })
    .observe({ type: 'longtask', buffered: true });
  // The host does Excel's work in tasks of its own and hands values over as JSON (HostOptions.outOfProcess).
  w.__HOST_OPTIONS__ = { outOfProcess: true };
  w.__HOST_SNAPSHOT__ = { sheets: [{ name: 'Huvudbok', rows: (${LEDGER_SOURCE})(${rows}) }] };
  let host;
  Object.defineProperty(w, '__host', { configurable: true, get: () => host, set: (h) => { host = h; w.__hostReadyAt = performance.now(); } });
})();`;
}

interface Task {
  readonly start: number;
  readonly duration: number;
  /** Its CPU time (thread time) from the trace, when matched. */
  readonly cpu?: number | null;
}

/** A phase's figures from the tasks that started within [from, to). */
export function phaseOf(tasks: readonly Task[], from: number, to: number): PhaseTasks {
  const within = tasks.filter((t) => t.start >= from && t.start < to);
  return {
    longestMs: Math.round(Math.max(0, ...within.map((t) => t.duration))),
    longestCpuMs: Math.round(Math.max(0, ...within.map((t) => t.cpu ?? 0))),
    blockingMs: Math.round(within.reduce((n, t) => n + Math.max(0, t.duration - 50), 0)),
    count: within.length,
    wallMs: Math.round(to - from),
  };
}

/** Open the pane on a generated ledger of `rows` rows, build July 2025, and report the long tasks. */
export async function measurePaneLongTasks(distDir: string, rows: number): Promise<PaneLongTasks> {
  const work = mkdtempSync(path.join(tmpdir(), 'longtasks-'));
  const hostJs = await bundleHostForBrowser();
  const server = await serve(distDir);
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const context = await chromium.launchPersistentContext(path.join(work, 'profile'), { executablePath: CHROMIUM, headless: true, args: FLAGS, viewport: { width: 360, height: 1100 } });
  try {
    await context.route(`${OFFICE_JS}**`, (route) => route.fulfill({ contentType: 'application/javascript', body: hostJs }));
    await context.addInitScript({ content: initScript(rows) });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    const profiler = process.env.LONGTASKS_PROFILE ? await startProfile(page) : null;
    const trace = profiler ? null : await startTrace(page);
    const s = stringsFor('sv');
    await page.goto(`${origin}/taskpane.html`, { timeout: 120_000 });
    await page.getByText(s.actualsThrough('juli 2025')).waitFor({ timeout: 300_000 });
    const opened = await page.evaluate(() => performance.now());
    const clicked = await page.evaluate(() => performance.now());
    await page.getByRole('button', { name: s.build }).click();
    await page.getByRole('button', { name: s.copyText }).waitFor({ timeout: 300_000 });
    const built = await page.evaluate(() => performance.now());
    // The user selects the total's actual for the period in the follow-up Build showed, then asks for the rows behind it.
    await page.evaluate(selectTotalsActual);
    const drillClicked = await page.evaluate(() => performance.now());
    await page.getByRole('button', { name: s.rowsBehind }).click();
    await page.getByText(/rader bakom siffran visas i/).waitFor({ state: 'attached', timeout: 300_000 });
    const drilled = await page.evaluate(() => performance.now());
    if (errors.length > 0) throw new Error(`The page threw: ${errors.join('; ')}`);
    const { observed, hostReadyAt, jobs, excel, alignAt } = await page.evaluate(() => {
      const w = window as unknown as { __longTasks: Task[]; __hostReadyAt: number; __alignAt: number };
      const measures = performance.getEntriesByType('measure');
      return {
        observed: w.__longTasks,
        alignAt: w.__alignAt,
        hostReadyAt: w.__hostReadyAt,
        jobs: measures.filter((m) => m.name.startsWith('followup ')).map((m) => m.name),
        excel: measures.filter((m) => m.name === 'excel host').map((m) => ({ start: m.startTime, duration: m.duration })),
      };
    });
    const traced = trace ? await trace(alignAt) : [];
    const all = observed.map((t) => ({ ...t, cpu: cpuOf(traced, t) }));
    // A task that is mostly the host's batch is Excel's work, done in Excel's process in reality.
    const isExcels = (t: Task): boolean => excel.reduce((n, e) => n + Math.max(0, Math.min(t.start + t.duration, e.start + e.duration) - Math.max(t.start, e.start)), 0) > t.duration / 2;
    const tasks = all.filter((t) => !isExcels(t));
    const excelTasks = all.filter(isExcels);
    if (profiler) await profiler(all, process.env.LONGTASKS_PROFILE!);
    if (process.env.LONGTASKS_DEBUG) process.stderr.write(`${JSON.stringify({ hostReadyAt, opened, clicked, built, tasks: tasks.map((t) => [Math.round(t.start), Math.round(t.duration), Math.round(t.cpu ?? -1)]), excel: excelTasks.map((t) => [Math.round(t.start), Math.round(t.duration), Math.round(t.cpu ?? -1)]) })}\n`);
    return {
      rows,
      open: phaseOf(tasks, hostReadyAt, opened),
      build: phaseOf(tasks, clicked, built),
      drill: phaseOf(tasks, drillClicked, drilled),
      excel: { open: phaseOf(excelTasks, hostReadyAt, opened), build: phaseOf(excelTasks, clicked, built), drill: phaseOf(excelTasks, drillClicked, drilled) },
      jobs,
    };
  } finally {
    await context.close();
    server.close();
    rmSync(work, { recursive: true, force: true });
  }
}

/**
 * In the page, through the host's Excel API as a user's click would: select the cell in column C
 * (actual for the period) of the active sheet's row whose label starts "Totalt".
 */
async function selectTotalsActual(): Promise<void> {
  await Excel.run(async (context) => {
    const sheet = context.workbook.worksheets.getActiveWorksheet();
    const used = sheet.getUsedRange();
    used.load('values');
    await context.sync();
    const row = used.values.findIndex((r) => String(r[0]).startsWith('Totalt'));
    if (row < 0) throw new Error('The active sheet has no Totalt row: Build did not show its follow-up.');
    sheet.getCell(row, 2).select();
    await context.sync();
  });
}

interface ProfileNode {
  readonly id: number;
  readonly callFrame: { readonly functionName: string; readonly url: string; readonly lineNumber: number; readonly columnNumber: number };
}

/**
 * A CPU profile of the page (LONGTASKS_PROFILE=file): written as a .cpuprofile, and each long
 * task's heaviest functions by self time printed, to tell which code a long task is.
 */
async function startProfile(page: Page): Promise<(tasks: readonly Task[], file: string) => Promise<void>> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 500 });
  await cdp.send('Profiler.start');
  return async (tasks, file) => {
    const { profile } = (await cdp.send('Profiler.stop')) as unknown as { profile: { nodes: ProfileNode[]; startTime: number; samples: number[]; timeDeltas: number[] } };
    writeFileSync(file, JSON.stringify(profile));
    const alignAt = await page.evaluate(() => (window as unknown as { __alignAt: number }).__alignAt);
    const nodes = new Map(profile.nodes.map((n) => [n.id, n]));
    let t = profile.startTime;
    const raw = profile.samples.map((id, i) => {
      t += profile.timeDeltas[i]!;
      return { id, at: t / 1000 };
    });
    const marker = raw.find((x) => nodes.get(x.id)!.callFrame.functionName === '__alignMarker');
    const shift = marker ? marker.at - alignAt : 0;
    const samples = raw.map((x) => ({ id: x.id, at: x.at - shift }));
    for (const task of tasks.filter((x) => x.duration > 100)) {
      const self = new Map<string, number>();
      for (const smp of samples) {
        // Profile times are µs on a monotonic clock; compare on performance.now()'s scale.
        if (smp.at < task.start || smp.at > task.start + task.duration) continue;
        const f = nodes.get(smp.id)!.callFrame;
        const key = `${f.functionName || '(anon)'} ${f.url.split('/').pop()}:${f.lineNumber}:${f.columnNumber}`;
        self.set(key, (self.get(key) ?? 0) + 0.5);
      }
      const top = [...self].sort((a, b) => b[1] - a[1]).slice(0, 8).map(([k, ms]) => `${k} ${ms}ms`);
      process.stderr.write(`task @${Math.round(task.start)} ${Math.round(task.duration)} ms: ${top.join(' | ')}\n`);
    }
  };
}
