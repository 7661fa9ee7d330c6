/**
 * `npm run taskpane -- <ledger.xlsx> --period 2025-07 [--months 2] [--org NAME] [--lang sv|en]
 * --out <result.xlsx> [--screenshot shot.png]`: the real task pane in headless Chromium against an
 * in-memory Excel host loaded from the file — what a controller would see, without Excel.
 */
import { parseArgs } from 'node:util';
import { runTaskpane } from '../tests/e2e/harness';

async function main(): Promise<number> {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: {
      period: { type: 'string' },
      months: { type: 'string', default: '1' },
      org: { type: 'string' },
      lang: { type: 'string', default: 'sv' },
      out: { type: 'string' },
      screenshot: { type: 'string' },
      dist: { type: 'string' },
    },
  });
  const ledger = positionals[0];
  const period = /^(\d{4})-(\d{2})$/.exec(values.period ?? '');
  const months = Number(values.months);
  if (!ledger || !period || ![1, 2, 3].includes(months) || (values.lang !== 'sv' && values.lang !== 'en')) {
    process.stderr.write('Usage: npm run taskpane -- <ledger.xlsx> --period 2025-07 [--months 1|2|3] [--org NAME] [--lang sv|en] --out <result.xlsx> [--screenshot shot.png]\n');
    return 2;
  }
  const result = await runTaskpane({
    ledger,
    period: { year: Number(period[1]), month: Number(period[2]), months: months as 1 | 2 | 3 },
    lang: values.lang,
    ...(values.org !== undefined ? { organisation: values.org } : {}),
    ...(values.out !== undefined ? { out: values.out } : {}),
    ...(values.screenshot !== undefined ? { screenshot: values.screenshot } : {}),
    ...(values.dist !== undefined ? { distDir: values.dist } : {}),
  });
  process.stdout.write(`${result.summary}\n\n`);
  process.stdout.write(`Sheets: ${result.snapshot.sheets.map((s) => s.name).join(', ')}\n`);
  process.stdout.write(`First render ${Math.round(result.firstRenderMs)} ms, build ${result.buildMs} ms.\n`);
  if (values.out) process.stdout.write(`Saved ${values.out}\n`);
  if (values.screenshot) process.stdout.write(`Screenshot ${values.screenshot}\n`);
  if (result.blockedRequests.length > 0) {
    process.stderr.write(`Blocked requests:\n${result.blockedRequests.join('\n')}\n`);
    return 1;
  }
  return 0;
}

main().then(
  (code) => (process.exitCode = code),
  (e: unknown) => {
    process.stderr.write(`taskpane: ${e instanceof Error ? e.message : String(e)}\n`);
    process.exitCode = 1;
  },
);
