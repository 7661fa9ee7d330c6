/**
 * Opens the real task pane (a built dist/) on a workbook at a given viewport, for layout checks:
 * where the primary button is, how many Tab presses reach it, and which labels or fields are wider
 * than their box (cut off at a narrow pane). Used by the layout test and `npm run taskpane`'s
 * measurements in the README.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { chromium, type Page } from 'playwright-core';
import { stringsFor } from '../../src/taskpane/strings';
import { bundleHostForBrowser } from '../support/excelHost/bundle';
import { loadSnapshotFromXlsx } from '../support/excelHost/xlsx';
import { CHROMIUM, FLAGS, OFFICE_JS, serve } from './harness';

/** A viewport. */
export interface Viewport {
  readonly width: number;
  readonly height: number;
}

/** Run `look` on the pane opened on `ledger` at `viewport`, once the workbook is read. */
export async function withPane<T>(o: { distDir: string; ledger: string; viewport: Viewport; lang?: 'sv' | 'en' }, look: (page: Page) => Promise<T>): Promise<T> {
  const work = mkdtempSync(path.join(tmpdir(), 'pane-layout-'));
  const lang = o.lang ?? 'sv';
  const [snapshot, hostJs] = await Promise.all([loadSnapshotFromXlsx(o.ledger), bundleHostForBrowser()]);
  const officeJs = `window.__HOST_SNAPSHOT__=${JSON.stringify(snapshot)};window.__HOST_OPTIONS__=${JSON.stringify({ displayLanguage: lang === 'sv' ? 'sv-SE' : 'en-US' })};\n${hostJs}`;
  const server = await serve(o.distDir);
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const context = await chromium.launchPersistentContext(path.join(work, 'profile'), { executablePath: CHROMIUM, headless: true, args: FLAGS, viewport: o.viewport });
  try {
    await context.route(`${OFFICE_JS}**`, (route) => route.fulfill({ contentType: 'application/javascript', body: officeJs }));
    const page = await context.newPage();
    await page.goto(`${origin}/taskpane.html`);
    const s = stringsFor(lang);
    await page.getByRole('button', { name: s.build }).waitFor({ timeout: 30_000 });
    // The workbook is read once the loading bar is gone.
    await page.getByText(s.loadingWorkbook).waitFor({ state: 'detached', timeout: 30_000 });
    return await look(page);
  } finally {
    await context.close();
    server.close();
    rmSync(work, { recursive: true, force: true });
  }
}

/** Tab presses from the top of the page until the named button has focus (null: never within 60). */
export async function tabStopsBefore(page: Page, buttonName: string): Promise<number | null> {
  await page.evaluate('document.activeElement && document.activeElement.blur && document.activeElement.blur()');
  for (let n = 0; n < 60; n++) {
    await page.keyboard.press('Tab');
    const name = await page.evaluate('(document.activeElement instanceof HTMLButtonElement) ? (document.activeElement.getAttribute("aria-label") || document.activeElement.textContent || "").trim() : null');
    if (name === buttonName) return n;
  }
  return null;
}

/** The box of the named button, relative to the top of the page (not scrolled). */
export async function buttonBox(page: Page, name: string): Promise<{ top: number; bottom: number }> {
  const r = await page.getByRole('button', { name, exact: true }).boundingBox();
  const scrollY = (await page.evaluate('window.scrollY')) as number;
  if (r === null) throw new Error(`the button ${name} is not shown`);
  return { top: r.y + scrollY, bottom: r.y + r.height + scrollY };
}

/**
 * Labels, field controls and texts whose content is wider than their box (cut off, or running
 * under a neighbour), and elements reaching past the pane's right edge. Each as a short description.
 */
export async function overflowing(page: Page): Promise<string[]> {
  // A string, not a function: the test runners' transpilers add helpers (__name) the page lacks.
  return page.evaluate(OVERFLOWING) as Promise<string[]>;
}

const OVERFLOWING = `(() => {
  const out = [];
  const paneWidth = document.documentElement.clientWidth;
  const describe = (el) => el.tagName.toLowerCase() + ' "' + (el.textContent || '').trim().slice(0, 40) + '"';
  for (const h of document.querySelectorAll('label, legend, button, [role="combobox"], input, h1, h2, h3, p, li, span')) {
    if (h.offsetParent === null) continue;
    const r = h.getBoundingClientRect();
    if (r.width === 0) continue;
    const style = getComputedStyle(h);
    // An ellipsis with a title is a deliberate cut that still says everything.
    const ellipsized = style.textOverflow === 'ellipsis' && h.title !== '';
    if (h.scrollWidth > h.clientWidth + 1 && !ellipsized && style.overflowX !== 'visible') out.push('cut: ' + describe(h));
    if (r.right > paneWidth + 0.5) out.push('past the edge (' + Math.round(r.right) + ' > ' + paneWidth + '): ' + describe(h));
  }
  // A control wider than its field runs under its neighbour or past the pane's padding.
  for (const field of document.querySelectorAll('.fui-Field')) {
    const right = field.getBoundingClientRect().right;
    for (const child of field.children) {
      if (child.getBoundingClientRect().right > right + 0.5) out.push('wider than its field: ' + describe(child));
    }
  }
  if (document.documentElement.scrollWidth > paneWidth) out.push('the page scrolls sideways (' + document.documentElement.scrollWidth + ' > ' + paneWidth + ')');
  return out;
})()`;
