/** The browser bundle defines Office/Excel from a snapshot, in a plain JS realm and in Chromium. */
import { existsSync } from 'node:fs';
import * as vm from 'node:vm';
import { bundleHostForBrowser } from '../support/excelHost/bundle';
import { tempDir } from '../support/tmp';

/** The globals a page sees. */
interface PageGlobals {
  __HOST_SNAPSHOT__?: unknown;
  __host?: { stats: { syncs: number }; snapshot(): { sheets: { cells: Record<string, { value: unknown }> }[] } };
  Office: { onReady(): Promise<unknown>; initialize?: (reason: string) => void; context: { displayLanguage: string } };
  Excel: { run<T>(batch: (context: { workbook: { worksheets: { getItem(n: string): { getRange(a: string): { values: unknown; load(p: string): { values: unknown } } } } }; sync(): Promise<void> }) => Promise<T>): Promise<T> };
}

const profileDir = tempDir();
let bundle = '';
beforeAll(async () => {
  bundle = await bundleHostForBrowser();
}, 30_000);

it('defines Office and Excel, resolves onReady and calls Office.initialize', async () => {
  const page = { __HOST_SNAPSHOT__: { sheets: [{ name: 'Huvudbok', rows: [['Enhet', 100]] }] }, setTimeout, console } as unknown as PageGlobals;
  vm.runInNewContext(bundle, page);
  const reasons: string[] = [];
  page.Office.initialize = (reason) => reasons.push(reason);
  await expect(page.Office.onReady()).resolves.toEqual({ host: 'Excel', platform: 'PC' });
  expect(page.Office.context.displayLanguage).toBe('sv-SE');
  const values = await page.Excel.run(async (context) => {
    const range = context.workbook.worksheets.getItem('Huvudbok').getRange('A1:B1').load('values');
    await context.sync();
    range.values = [['Skola', 200]];
    return range.values;
  });
  expect(values).toEqual([['Skola', 200]]);
  expect(page.__host!.snapshot().sheets[0]!.cells.A1!.value).toBe('Skola');
  await new Promise((resolve) => setTimeout(resolve, 5));
  expect(reasons).toEqual(['inserted']);
});

const chromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
it('replaces office.js in headless Chromium', async () => {
  if (!existsSync(chromium)) throw new Error(`Chromium is not at ${chromium}: apt-get install chromium (or set CHROMIUM_PATH).`);
  const { chromium: launcher } = await import('playwright-core');
  const context = await launcher.launchPersistentContext(profileDir, {
    executablePath: chromium,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  try {
    const page = await context.newPage();
    await page.route('**/office.js', (route) => route.fulfill({ body: bundle, contentType: 'application/javascript' }));
    await page.setContent(
      '<script>window.__HOST_SNAPSHOT__ = { sheets: [{ name: "Huvudbok", rows: [["Enhet", 1]] }] };</script>' +
        '<script src="https://appsforoffice.microsoft.com/lib/1/hosted/office.js"></script>',
    );
    const result = await page.evaluate(async () => {
      const w = window as unknown as PageGlobals;
      await w.Office.onReady();
      return w.Excel.run(async (ctx) => {
        const range = ctx.workbook.worksheets.getItem('Huvudbok').getRange('A1:B1').load('values');
        await ctx.sync();
        return { values: range.values, syncs: w.__host!.stats.syncs };
      });
    });
    expect(result).toEqual({ values: [['Enhet', 1]], syncs: 1 });
  } finally {
    await context.close();
  }
}, 60_000);
