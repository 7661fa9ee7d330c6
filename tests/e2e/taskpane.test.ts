/**
 * The browser test: the production bundle in Debian's headless Chromium, the in-memory Excel host
 * in place of office.js, the KLS sample workbook loaded. Pick the period, click Build follow-up,
 * check the sheet's figures against seed 004, and save a screenshot (out/screenshots/).
 */
import { mkdirSync } from 'node:fs';
import { ensureDist } from '../support/dist';
import { KLS_JULY_2025 } from '../fixtures/seeds';
import { rowOf, rowValues, sheet } from '../app/appHost';
import { runTaskpane, type TaskpaneResult } from './harness';

let result: TaskpaneResult;

beforeAll(async () => {
  const distDir = await ensureDist();
  mkdirSync('out/screenshots', { recursive: true });
  result = await runTaskpane({
    ledger: 'examples/kls-2025.xlsx',
    period: { year: 2025, month: 7, months: 2 },
    organisation: 'KLS',
    screenshot: 'out/screenshots/taskpane-kls.png',
    distDir,
  });
}, 300_000);

it('builds seed 004\'s table in the sheet through the real task pane', () => {
  const ws = sheet(result.snapshot, 'Uppföljning 2025-07');
  for (const seed of KLS_JULY_2025.rows) {
    const values = rowValues(ws, rowOf(ws, seed.label), 10).slice(1);
    const shown = values.map((v, i) => (i === 3 || i === 8 ? `${(Number(v) * 100).toFixed(1).replace('.', ',')}%` : String(v).replace(/\B(?=(\d{3})+(?!\d))/g, ' ')));
    expect(shown).toEqual([...seed.figures]);
  }
});

it('shows the summary in Swedish', () => {
  expect(result.summary).toContain('överskott på 1\u00a0364\u00a0tkr');
});

it('makes no network request but for office.js', () => {
  expect(result.blockedRequests).toEqual([]);
});
