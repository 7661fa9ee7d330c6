/**
 * Node helper: bundle browser.ts into one script (IIFE, browser platform) that a headless-Chromium
 * test serves in place of office.js, e.g. with Playwright's `page.route('**\/office.js', …)`.
 * esbuild comes with tsx in node_modules; list it in devDependencies if tsx ever stops bringing it.
 */
import { build } from 'esbuild';
import * as path from 'node:path';

/** The bundled host as JavaScript source. */
export async function bundleHostForBrowser(): Promise<string> {
  const result = await build({
    entryPoints: [path.join(__dirname, 'browser.ts')],
    bundle: true,
    format: 'iife',
    platform: 'browser',
    target: 'es2020',
    write: false,
    logLevel: 'silent',
    legalComments: 'none',
  });
  const output = result.outputFiles[0];
  if (!output) throw new Error('esbuild produced no output for the Excel host bundle.');
  return output.text;
}
