/**
 * Child process for the SheetJS comparison: reads a ledger (.xlsx or CSV) with `XLSX.readFile`
 * (sheetjsModule.ts: values only, dense), turns its first sheet into rows with `sheet_to_json`,
 * sums them per unit (sheetjsSums.ts), writes the sums as JSON and prints the BENCH line at exit,
 * with the phases read / rows / sum. Exit code 4 with `info.skipped` when SheetJS cannot load.
 *
 *   node build/bench/sheetjsProbe.js FILE --period 2025-07 --months 2 [--out FILE|/dev/null]
 */
import { promises as fs } from 'node:fs';
import { parseArgs } from 'node:util';
import { writeProbeLine } from './probeLine';
import { loadSheetJs, readOptions, ROW_OPTIONS, type SheetJsModule } from './sheetjsModule';
import { unitSums } from './sheetjsSums';

async function probe(): Promise<number> {
  const { values, positionals } = parseArgs({
    args: process.argv.slice(2),
    allowPositionals: true,
    options: { period: { type: 'string' }, months: { type: 'string' }, out: { type: 'string' } },
  });
  const file = positionals[0];
  const period = /^(\d{4})-(\d{2})$/.exec(values.period ?? '');
  if (file === undefined || period === null) {
    process.stderr.write('usage: sheetjsProbe FILE --period YYYY-MM [--months K] [--out FILE]\n');
    return 2;
  }
  let xlsx: SheetJsModule;
  try {
    xlsx = loadSheetJs();
  } catch (e) {
    const why = e instanceof Error ? e.message.split('\n')[0]! : String(e);
    process.on('exit', () => writeProbeLine({ exitCode: 4, info: { skipped: `SheetJS (xlsx) cannot load: ${why}` } }));
    return 4;
  }
  const started = performance.now();
  const workbook = xlsx.readFile(file, readOptions(file));
  const read = performance.now();
  const rows = xlsx.utils.sheet_to_json(workbook.Sheets[workbook.SheetNames[0]!], ROW_OPTIONS);
  const converted = performance.now();
  const sums = unitSums(rows, { year: Number(period[1]), month: Number(period[2]), months: Number(values.months ?? '1') });
  const summed = performance.now();
  await fs.writeFile(values.out ?? '/dev/null', JSON.stringify({ rows: sums }, null, 2) + '\n', 'utf8');
  const phases = { read: Math.round(read - started), rows: Math.round(converted - read), sum: Math.round(summed - converted) };
  process.on('exit', () => writeProbeLine({ exitCode: 0, phases, info: { rows: rows.length - 1, units: sums.filter((r) => r.level === 0).length, sheetjs: xlsx.version } }));
  return 0;
}

probe().then(
  (code) => {
    process.exitCode = code;
  },
  (e: unknown) => {
    process.stderr.write(`${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
    process.exitCode = 3;
    process.on('exit', () => writeProbeLine({ exitCode: 3 }));
  },
);
