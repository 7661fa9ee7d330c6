/**
 * Drives the real task pane (the production bundle) in Debian's headless Chromium, with the
 * in-memory Excel host served in place of office.js and a workbook loaded from an .xlsx file.
 * Every request that leaves the local server is blocked and recorded: nothing but office.js may be
 * fetched. Used by the browser test and by `npm run taskpane`.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { chromium, type Page } from 'playwright-core';
import { stringsFor } from '../../src/taskpane/strings';
import { bundleHostForBrowser } from '../support/excelHost/bundle';
import type { WorkbookSnapshot } from '../support/excelHost/snapshot';
import { loadSnapshotFromXlsx, saveSnapshotToXlsx } from '../support/excelHost/xlsx';

/** What to run. */
export interface TaskpaneRun {
  readonly ledger: string;
  readonly period: { readonly year: number; readonly month: number; readonly months: 1 | 2 | 3 };
  readonly lang?: 'sv' | 'en';
  readonly organisation?: string;
  readonly out?: string;
  readonly screenshot?: string;
  /** A built dist/ folder; built into a temporary folder when absent. */
  readonly distDir?: string;
}

/** What happened. */
export interface TaskpaneResult {
  readonly snapshot: WorkbookSnapshot;
  readonly summary: string;
  /** Navigation start to the first interactive control, in ms. */
  readonly firstRenderMs: number;
  readonly buildMs: number;
  /** Requests the page tried to make outside the local server and office.js (blocked). */
  readonly blockedRequests: readonly string[];
}

/** Where the page asks for office.js (answered with the in-memory host). */
export const OFFICE_JS = 'https://appsforoffice.microsoft.com/';
/** The Chromium to drive. */
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
/** Chromium's flags for a quiet, offline headless run. */
export const FLAGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

/** Build the production bundle into a folder (or reuse a given one). */
export function buildDist(outDir: string): string {
  execFileSync(process.execPath, [require.resolve('webpack-cli/bin/cli.js'), '--mode', 'production', '--output-path', outDir], { stdio: 'pipe' });
  return outDir;
}

/** Run the task pane on a ledger workbook and build a follow-up through its UI. */
export async function runTaskpane(o: TaskpaneRun): Promise<TaskpaneResult> {
  if (!existsSync(CHROMIUM)) throw new Error(`Chromium is not at ${CHROMIUM}: apt-get install chromium (or set CHROMIUM_PATH).`);
  const work = mkdtempSync(path.join(tmpdir(), 'taskpane-'));
  const dist = o.distDir ?? buildDist(path.join(work, 'dist'));
  const lang = o.lang ?? 'sv';
  const [snapshot, hostJs] = await Promise.all([loadSnapshotFromXlsx(o.ledger), bundleHostForBrowser()]);
  const officeJs = `window.__HOST_SNAPSHOT__=${JSON.stringify(snapshot)};window.__HOST_OPTIONS__=${JSON.stringify({ displayLanguage: lang === 'sv' ? 'sv-SE' : 'en-US' })};\n${hostJs}`;
  const server = await serve(dist);
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const context = await chromium.launchPersistentContext(path.join(work, 'profile'), { executablePath: CHROMIUM, headless: true, args: FLAGS, viewport: { width: 360, height: 1100 } });
  const blocked: string[] = [];
  try {
    await context.route('**/*', async (route) => {
      const url = route.request().url();
      if (url.startsWith(OFFICE_JS)) await route.fulfill({ contentType: 'application/javascript', body: officeJs });
      else if (url.startsWith(origin)) await route.continue();
      else {
        blocked.push(url);
        await route.abort();
      }
    });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    const s = stringsFor(lang);
    await page.goto(`${origin}/taskpane.html`);
    await page.getByRole('button', { name: s.build }).waitFor({ timeout: 30_000 });
    const firstRenderMs = await page.evaluate(() => performance.now());
    await fillSettings(page, o, lang);
    const buildStart = Date.now();
    // Build is enabled once the pane has read the workbook; on a busy machine that can take a
    // while. Should it never be, the page's own errors and a picture say why.
    await page
      .getByRole('button', { name: s.build })
      .click({ timeout: 120_000 })
      .catch(async (e: unknown) => {
        await page.screenshot({ path: path.join(tmpdir(), 'taskpane-not-ready.png'), fullPage: true }).catch(() => undefined);
        throw new Error(`${e instanceof Error ? e.message.split('\n')[0] : String(e)}; page errors: ${errors.join('; ') || 'none'}; pane text: ${(await page.locator('body').innerText()).slice(0, 600)}`);
      });
    await page.getByRole('button', { name: s.copyText }).waitFor({ timeout: 120_000 });
    const buildMs = Date.now() - buildStart;
    const summary = await page.getByRole('textbox', { name: s.summaryLabel }).inputValue();
    if (o.screenshot) await page.screenshot({ path: o.screenshot, fullPage: true, animations: 'disabled' });
    const result = (await page.evaluate(() => (window as unknown as { __host: { snapshot(): unknown } }).__host.snapshot())) as WorkbookSnapshot;
    if (o.out) await saveSnapshotToXlsx(result, o.out);
    if (errors.length > 0) throw new Error(`The page threw: ${errors.join('; ')}`);
    return { snapshot: result, summary, firstRenderMs, buildMs, blockedRequests: blocked };
  } finally {
    await context.close();
    server.close();
    rmSync(work, { recursive: true, force: true });
  }
}

/**
 * Navigation start to the pane's first contentful paint (the page is empty until React renders),
 * in ms, on an empty workbook, so the figure is the pane's own start, not the test host's loading
 * of a ledger.
 */
export async function measureFirstRender(distDir: string): Promise<number> {
  const work = mkdtempSync(path.join(tmpdir(), 'render-'));
  const hostJs = await bundleHostForBrowser();
  const officeJs = `window.__HOST_SNAPSHOT__=${JSON.stringify({ sheets: [{ name: 'Blad1', rows: [] }] })};\n${hostJs}`;
  const server = await serve(distDir);
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const context = await chromium.launchPersistentContext(path.join(work, 'profile'), { executablePath: CHROMIUM, headless: true, args: FLAGS });
  try {
    // Only office.js is intercepted here: routing every request through Node would slow the page.
    await context.route(`${OFFICE_JS}**`, (route) => route.fulfill({ contentType: 'application/javascript', body: officeJs }));
    const page = await context.newPage();
    await page.goto(`${origin}/taskpane.html`);
    await page.getByRole('button', { name: stringsFor('sv').build }).waitFor({ timeout: 30_000 });
    // First contentful paint: the page is empty until React renders the pane.
    return await page.evaluate(() => performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? performance.now());
  } finally {
    await context.close();
    server.close();
    rmSync(work, { recursive: true, force: true });
  }
}

async function fillSettings(page: Page, o: TaskpaneRun, lang: 'sv' | 'en'): Promise<void> {
  const s = stringsFor(lang);
  const year = page.getByRole('spinbutton', { name: s.year });
  await year.fill(String(o.period.year));
  await year.press('Tab');
  await page.getByRole('combobox', { name: s.month }).click();
  await page.getByRole('option', { name: s.monthNames[o.period.month - 1]!, exact: true }).click();
  await page.getByRole('radio', { name: s.periodMonths[o.period.months] }).check();
  if (o.organisation !== undefined) await page.getByRole('textbox', { name: s.organisation }).fill(o.organisation);
}

/** Serve a folder on 127.0.0.1 (a random port). */
export function serve(dir: string): Promise<Server> {
  const types: Record<string, string> = { '.html': 'text/html', '.js': 'application/javascript', '.png': 'image/png', '.xml': 'application/xml', '.map': 'application/json' };
  const server = createServer((req, res) => {
    const file = path.join(dir, decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname));
    if (!file.startsWith(dir) || !existsSync(file)) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { 'content-type': types[path.extname(file)] ?? 'application/octet-stream' }).end(readFileSync(file));
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}
