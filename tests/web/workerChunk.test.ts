/**
 * @jest-environment node
 *
 * The computing worker in the production build: a chunk of its own beside the pages' bundles, not
 * loaded by taskpane.html up front (the first screen's budget is untouched), with no Office call in
 * it (the Excel calls stay on the main thread) and nothing that fetches from elsewhere.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { ensureDist } from '../support/dist';

let outDir = '';
let worker = '';

beforeAll(async () => {
  outDir = await ensureDist();
  const file = fs.readdirSync(outDir).find((f) => /^followup-compute\.[0-9a-f]+\.js$/.test(f));
  if (!file) throw new Error(`No followup-compute chunk in ${outDir}: is src/app/compute/spawnWorker.ts still \`new Worker(new URL(…, import.meta.url))\`?`);
  worker = fs.readFileSync(path.join(outDir, file), 'utf8');
}, 300_000);

it('is not among the scripts taskpane.html loads up front', () => {
  expect(fs.readFileSync(path.join(outDir, 'taskpane.html'), 'utf8')).not.toMatch(/followup-compute/);
});

it('holds the engine and no Office call', () => {
  expect(worker).toMatch(/computation/); // the handler's own message: the engine is in here
  expect(worker).not.toMatch(/\bExcel\.run\b|\bOffice\.(context|onReady)\b/);
});

it('fetches nothing: no network API and no script from another origin', () => {
  expect(worker).not.toMatch(/(?<![\w$])fetch\s*\(|\bXMLHttpRequest\b|\bimportScripts\s*\(\s*["']https?:/);
});
