/**
 * What the command line loads before it reads a file: not the workbook, zip or document libraries
 * (a few hundred modules that only an .xlsx in or out, --previous or --docx needs), so a CSV run
 * starts sooner. Each is imported where it is used; this holds it for the compiled command
 * (npm run build:cli).
 */
import { execFileSync } from 'node:child_process';
import * as path from 'node:path';

const ROOT = path.resolve(__dirname, '../..');
const MAIN = path.join(ROOT, 'build/src/cli/main.js');

it('loads no workbook, zip or document library at start-up', () => {
  const script = `require(${JSON.stringify(MAIN)}); process.stdout.write(JSON.stringify(Object.keys(require.cache)));`;
  const loaded = JSON.parse(execFileSync(process.execPath, ['-e', script], { encoding: 'utf8' })) as string[];
  const packages = new Set(loaded.flatMap((f) => /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(f)?.[1] ?? []));
  for (const heavy of ['exceljs', 'unzipper', 'jszip', 'docx']) expect(packages).not.toContain(heavy);
  expect(loaded.filter((f) => f.includes('/build/src/xlsx/') || f.includes('/build/src/docx/'))).toEqual([]);
});
