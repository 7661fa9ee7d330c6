/**
 * What the command line loads before it reads a file: not the workbook, zip or document libraries
 * (a few hundred modules that only an .xlsx in or out, --previous or --docx needs), so a CSV run
 * starts sooner; nor the engine and the report, which load while a large file is read. Each is imported where it is used; this holds it for the compiled command
 * (npm run build:cli).
 */
import { execFileSync } from 'node:child_process';
import * as path from 'node:path';

const ROOT = path.resolve(__dirname, '../..');
const MAIN = path.join(ROOT, 'build/src/cli/main.js');

/** The modules loaded once the compiled command's entry module is. */
function loadedAtStart(): string[] {
  const script = `require(${JSON.stringify(MAIN)}); process.stdout.write(JSON.stringify(Object.keys(require.cache)));`;
  return JSON.parse(execFileSync(process.execPath, ['-e', script], { encoding: 'utf8' })) as string[];
}

it('loads no workbook, zip or document library at start-up', () => {
  const loaded = loadedAtStart();
  const packages = new Set(loaded.flatMap((f) => /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(f)?.[1] ?? []));
  for (const heavy of ['exceljs', 'unzipper', 'jszip', 'docx']) expect(packages).not.toContain(heavy);
  expect(loaded.filter((f) => f.includes('/build/src/xlsx/') || f.includes('/build/src/docx/'))).toEqual([]);
});

it('loads neither the engine nor the report before the file is being read (build.ts loads them while it waits for the helper thread)', () => {
  const loaded = loadedAtStart().map((f) => f.split('/build/src/')[1] ?? '');
  for (const later of ['core/compose.js', 'core/engine.js', 'core/report/buildReport.js', 'core/followup/computeFollowUp.js', 'cli/buildFollowUp.js', 'cli/rows.js', 'cli/diff.js']) expect(loaded).not.toContain(later);
  // The reader is there: the read starts at once.
  expect(loaded).toContain('csv/readCsvFile.js');
});
