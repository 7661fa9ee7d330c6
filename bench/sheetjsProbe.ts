/**
 * Child process for the SheetJS comparison: reads a ledger (.xlsx or CSV) with `XLSX.readFile`
 * (sheetjsModule.ts: values only, dense), turns its first sheet into rows with `sheet_to_json`,
 * sums them per unit (sheetjsSums.ts), writes the sums as JSON and prints the BENCH line at exit,
 * with the phases read / rows / sum. Exit code 4 with `info.skipped` when SheetJS cannot load.
 *
 *   node build/bench/sheetjsProbe.js FILE --period 2025-07 --months 2 [--out FILE|/dev/null]
 */
import { promises as fs } from 'node:fs';
import { comparisonArgs, loadOrSkip, runProbe } from './comparisonProbe';
import { writeProbeLine } from './probeLine';
import { loadSheetJs, readOptions, ROW_OPTIONS } from './sheetjsModule';
import { unitSums } from './sheetjsSums';

async function probe(): Promise<number> {
  const args = comparisonArgs('sheetjsProbe FILE --period YYYY-MM [--months K] [--out FILE]');
  if (args === null) return 2;
  const xlsx = loadOrSkip(loadSheetJs, 'SheetJS (xlsx)');
  if (xlsx === null) return 4;
  const started = performance.now();
  const workbook = xlsx.readFile(args.file, readOptions(args.file));
  const read = performance.now();
  const rows = xlsx.utils.sheet_to_json(workbook.Sheets[workbook.SheetNames[0]!], ROW_OPTIONS);
  const converted = performance.now();
  const sums = unitSums(rows, args.period);
  const summed = performance.now();
  await fs.writeFile(args.out, JSON.stringify({ rows: sums }, null, 2) + '\n', 'utf8');
  const phases = { read: Math.round(read - started), rows: Math.round(converted - read), sum: Math.round(summed - converted) };
  process.on('exit', () => writeProbeLine({ exitCode: 0, phases, info: { rows: rows.length - 1, units: sums.filter((r) => r.level === 0).length, sheetjs: xlsx.version } }));
  return 0;
}

runProbe(probe);
