/**
 * Issue 8 in the browser: the real pane (production bundle) in headless Chromium on the KLS
 * sample. At 360 × 700 the main button is on the first screen and few Tab presses away; at 320 px
 * nothing is cut off or runs past the edge, with every disclosure open, in Swedish and English;
 * no English option label wraps at 360 px. Screenshots go to out/screenshots/.
 */
import { mkdirSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { stringsFor } from '../../src/taskpane/strings';
import { ensureDist } from '../support/dist';
import { buttonBox, overflowing, tabStopsBefore, withPane, type Viewport } from './paneLayout';

const KLS = 'examples/kls-2025.xlsx';
let distDir: string;

beforeAll(async () => {
  distDir = await ensureDist();
  mkdirSync('out/screenshots', { recursive: true });
}, 300_000);

/** Open "Ändra kolumner" and "Fler inställningar". */
async function openAll(page: Page, lang: 'sv' | 'en'): Promise<void> {
  const s = stringsFor(lang);
  for (const name of [s.editColumns, s.moreSettings]) await page.getByRole('button', { name, exact: true }).click();
}

const pane = (viewport: Viewport, lang: 'sv' | 'en' = 'sv') => ({ distDir, ledger: KLS, viewport, lang });

it('shows the main button on the first screen at 360 × 700, five Tab presses in', async () => {
  const s = stringsFor('sv');
  const { box, tabs } = await withPane(pane({ width: 360, height: 700 }), async (page) => {
    await page.screenshot({ path: 'out/screenshots/pane-360.png', animations: 'disabled' });
    return { box: await buttonBox(page, s.build), tabs: await tabStopsBefore(page, s.build) };
  });
  expect(box.bottom).toBeLessThanOrEqual(700);
  expect(tabs).toBeLessThanOrEqual(5);
}, 120_000);

it.each(['sv', 'en'] as const)('cuts nothing off at 320 px with every part open (%s)', async (lang) => {
  const found = await withPane(pane({ width: 320, height: 700 }, lang), async (page) => {
    await openAll(page, lang);
    await page.screenshot({ path: `out/screenshots/pane-320-open-${lang}.png`, fullPage: true, animations: 'disabled' });
    return overflowing(page);
  });
  expect(found).toEqual([]);
}, 120_000);

it('wraps no English option label at 360 px', async () => {
  const wrapped = await withPane(pane({ width: 360, height: 700 }, 'en'), async (page) => {
    await openAll(page, 'en');
    // A label whose text lies on more than one line has wrapped (its padding aside).
    return page.evaluate(`[...document.querySelectorAll('.fui-Radio__label, .fui-Checkbox__label')]
      .filter((l) => {
        const range = document.createRange();
        range.selectNodeContents(l);
        return new Set([...range.getClientRects()].map((r) => Math.round(r.top))).size > 1;
      })
      .map((l) => l.textContent)`);
  });
  expect(wrapped).toEqual([]);
}, 120_000);
