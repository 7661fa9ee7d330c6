/**
 * Browser entry: bundled (see bundle.ts) and served instead of office.js in headless-Chromium tests.
 *
 * The workbook comes from `window.__HOST_SNAPSHOT__` (a WorkbookInput set before this script),
 * or is fetched from `window.__HOST_SNAPSHOT_URL__`; without either, one empty sheet 'Blad1'.
 * Options come from `window.__HOST_OPTIONS__`. The script defines `window.Office`, `window.Excel`
 * and `window.OfficeExtension` at once (calls made before a fetched snapshot arrives wait for it),
 * exposes the host as `window.__host` (stats, snapshot(), failNextSync, invokeAction, …) and
 * `window.__hostReady` (a promise of it), resolves `Office.onReady()` and calls `Office.initialize`
 * if the page set it.
 */
import { createExcelHost, type ExcelHost, type HostOptions } from './host';
import type { WorkbookInput } from './snapshot';

/** The globals this script reads and writes. */
interface HostWindow {
  __HOST_SNAPSHOT__?: WorkbookInput;
  __HOST_SNAPSHOT_URL__?: string;
  __HOST_OPTIONS__?: HostOptions;
  __host?: ExcelHost;
  __hostReady?: Promise<ExcelHost>;
  Office?: Record<string, unknown>;
  Excel?: Record<string, unknown>;
  OfficeExtension?: Record<string, unknown>;
  fetch?: (url: string) => Promise<{ ok: boolean; status: number; json(): Promise<unknown> }>;
  setTimeout(handler: () => void, ms: number): unknown;
}

const win = globalThis as unknown as HostWindow;

/** Where the snapshot comes from. */
async function loadSnapshot(): Promise<WorkbookInput> {
  if (win.__HOST_SNAPSHOT__) return win.__HOST_SNAPSHOT__;
  const url = win.__HOST_SNAPSHOT_URL__;
  if (url && win.fetch) {
    const response = await win.fetch(url);
    if (!response.ok) throw new Error(`Cannot fetch the host snapshot from ${url}: HTTP ${response.status}`);
    return (await response.json()) as WorkbookInput;
  }
  return { sheets: [{ name: 'Blad1' }] };
}

/** Copy the host's members onto the placeholder globals (keeping the page's Office.initialize). */
function install(host: ExcelHost): void {
  const office = win.Office!;
  const initialize = office.initialize;
  Object.assign(office, host.Office, { initialize });
  Object.assign(win.Excel!, host.Excel);
  Object.assign(win.OfficeExtension!, host.OfficeExtension);
  win.__host = host;
}

/** Define the placeholders, then the host. */
function start(): void {
  win.Office = {
    onReady: (callback?: (info: unknown) => void) => ready.then((host) => host.Office.onReady(callback)),
    initialize: undefined,
  };
  win.Excel = { run: (...args: unknown[]) => ready.then((host) => host.Excel.run(...args)) };
  win.OfficeExtension = {};
  const make = (snapshot: WorkbookInput): ExcelHost => {
    const host = createExcelHost(snapshot, win.__HOST_OPTIONS__ ?? {});
    install(host);
    win.setTimeout(() => {
      const init = win.Office?.initialize;
      if (typeof init === 'function') (init as (reason: string) => void)('inserted');
    }, 0);
    return host;
  };
  const ready: Promise<ExcelHost> =
    win.__HOST_SNAPSHOT_URL__ && !win.__HOST_SNAPSHOT__ ? loadSnapshot().then(make) : Promise.resolve(make(win.__HOST_SNAPSHOT__ ?? { sheets: [{ name: 'Blad1' }] }));
  ready.catch((error: unknown) => console.error('[excel host]', error));
  win.__hostReady = ready;
}

start();
