/** The benchmark's tables (in-process phases, end to end, SheetJS beside both, scaling, agreement) as text and markdown. */
import { PHASES } from './phases';
import { isSkipped, TARGETS, type BenchResults, type InProcessSummary, type Measured, type SizeResult, type Skipped } from './results';
import { SHEETJS_VERSION_NOTE } from './sheetjsModule';
import { mb } from './stats';
import { markdownTable, num, textTable, type Table } from './table';

const inProcessOf = (s: SizeResult): InProcessSummary | null => ('skipped' in s.inProcess ? null : s.inProcess);
const wallOf = (m: Measured): number | null => (isSkipped(m) ? null : m.wallMs);
/** "median (best)". */
const withBest = (m: Measured | undefined): string => (isSkipped(m) ? '–' : `${num(m.wallMs)} (${num(m.bestWallMs)})`);
const perK = (ms: number | null, rows: number): string => (ms === null ? '–' : num(ms / (rows / 1000), 2));
const rowsLabel = (rows: number): string => (rows >= 1_000_000 && rows % 1_000_000 === 0 ? `${rows / 1_000_000} M` : rows >= 1000 && rows % 1000 === 0 ? `${rows / 1000} k` : String(rows));

/** In-process grid → report, per phase. */
function phaseTable(r: BenchResults): Table {
  const rows = r.sizes.map((s) => {
    const p = inProcessOf(s);
    if (p === null) return [rowsLabel(s.rows), ...PHASES.map(() => '–'), '–', '–', '–', '–', '–', '–', (s.inProcess as Skipped).skipped];
    const ok = p.totalMs <= TARGETS.inProcessMs && p.peakRssMb <= TARGETS.inProcessRssMb;
    return [
      rowsLabel(s.rows),
      ...PHASES.map((ph) => num(p.phasesMs[ph], 1)),
      `${num(p.totalMs, 0)} (${num(p.bestTotalMs, 0)})`,
      perK(p.totalMs, s.rows),
      num(p.probe.withGrid.rssMb, 0),
      num(p.peakRssMb, 0),
      num(p.peakHeapUsedMb, 0),
      num(p.gcMs, 0),
      ok ? 'ok' : 'MISSED',
    ];
  });
  return {
    title: `Grid → report in process (ms, median of ${r.runs} runs (fastest); target for 1 M rows)`,
    header: ['rows', ...PHASES, 'total ms (best)', 'ms/1k rows', 'RSS with grid MB', 'peak RSS MB', 'peak heap MB', 'GC ms', `≤ ${TARGETS.inProcessMs} ms & ≤ ${TARGETS.inProcessRssMb / 1024} GB`],
    rows,
    notes: [
      'report = buildReport + summaryText + jsonReport (JSON.stringify). The grid is built as Office.js delivers values (JSON: numbers and fresh strings).',
      'RSS with grid = the process after a full GC with the grid in memory, before the engine runs; peak RSS includes the grid.',
      'Peak RSS: kernel high-water mark reset before each phase, cross-checked by a 10 ms sampler thread; peak heap: V8 heap before each GC (v8.GCProfiler).',
    ],
  };
}

/** CLI and DuckDB end to end. */
function endToEndTable(r: BenchResults): Table {
  const rows = r.sizes.map((s) => {
    const cli = s.cliCsv;
    const duck = s.duckdb;
    const x = s.cliXlsx;
    const cliPhases = isSkipped(cli) ? '–' : `${num(cli.phases.read ?? null)} / ${num(cli.phases.compute ?? null)}`;
    const ratio = !isSkipped(cli) && !isSkipped(duck) ? cli.wallMs / duck.wallMs : null;
    const duck1 = s.duckdb1;
    return [
      rowsLabel(s.rows),
      num(mb(s.csv.bytes), 1),
      withBest(cli),
      cliPhases,
      isSkipped(cli) ? '–' : num(cli.maxRssMb),
      withBest(duck),
      isSkipped(duck) ? '–' : num(duck.maxRssMb),
      ratio === null ? '–' : `${num(ratio, 2)}×`,
      withBest(duck1),
      s.xlsx === null ? '–' : num(mb(s.xlsx.bytes), 1),
      isSkipped(x) ? 'skipped' : withBest(x),
      isSkipped(s.cliXlsxShuffled) ? '–' : withBest(s.cliXlsxShuffled),
      isSkipped(x) ? '–' : `${num(x.phases.read ?? null)} / ${num(x.phases.compute ?? null)}`,
      isSkipped(x) ? '–' : num(x.maxRssMb),
    ];
  });
  const notes = r.sizes.flatMap((s) => [
    ...(isSkipped(s.cliXlsx) && s.cliXlsx ? [`${rowsLabel(s.rows)} .xlsx: ${s.cliXlsx.skipped}`] : []),
    ...(isSkipped(s.duckdb) && s.duckdb ? [`${rowsLabel(s.rows)} DuckDB: ${s.duckdb.skipped}`] : []),
    ...(isSkipped(s.cliCsv) && s.cliCsv ? [`${rowsLabel(s.rows)} CLI CSV: ${s.cliCsv.skipped}`] : []),
  ]);
  const duckInfo = r.sizes.map((s) => s.duckdb).find((d): d is Exclude<Measured, Skipped> => !isSkipped(d));
  return {
    title: `End to end in a child process (wall ms incl. Node start-up, median of ${r.runs} runs (fastest); target CLI/DuckDB ≤ ${TARGETS.cliOverDuckdb}, from medians of CLI and DuckDB runs taking turns)`,
    header: ['rows', 'CSV MB', 'CLI csv ms (best)', 'read / compute', 'CLI RSS MB', 'DuckDB ms (best)', 'DuckDB RSS MB', 'CLI/DuckDB', 'DuckDB 1 thread ms (best)', 'xlsx MB', 'CLI xlsx ms (best)', 'rows shuffled ms (best)', 'read / compute', 'xlsx RSS MB'],
    rows,
    notes: [
      '`followup build FILE --period 2025-07 --months 2 --json /dev/null --quiet`; read / compute from the CLI\'s progress lines (files > 5 MB only).',
      `DuckDB: read_csv(delim ';', decimal_separator ',') → per-unit, per-Förvaltning and total figures in DECIMAL(18,2), JSON out${duckInfo ? ` (${String(duckInfo.info.duckdb)}, ${String(duckInfo.info.threads)} threads; the CLI uses one, and a second to read and scan a CSV above 48 MB)` : ''}.`,
      ...notes,
    ],
  };
}

/** The CLI against DuckDB on the CSV's rows in both orders: the target holds for each. */
function orderTable(r: BenchResults): Table {
  const ratio = (cli: Measured | undefined, duck: Measured | undefined): string =>
    isSkipped(cli) || isSkipped(duck) ? '–' : `${num(cli.wallMs / duck.wallMs, 2)}×`;
  return {
    title: `CLI ÷ DuckDB on CSV by the rows' order (wall ms, median (fastest); target ≤ ${TARGETS.cliOverDuckdb}× in both)`,
    header: ['rows', 'sorted: CLI', 'DuckDB', 'CLI/DuckDB', 'shuffled: CLI', 'DuckDB', 'CLI/DuckDB'],
    rows: r.sizes.map((s) => [
      rowsLabel(s.rows),
      withBest(s.cliCsv),
      withBest(s.duckdb),
      ratio(s.cliCsv, s.duckdb),
      s.cliCsvShuffled === undefined ? '–' : withBest(s.cliCsvShuffled),
      s.duckdbShuffled === undefined ? '–' : withBest(s.duckdbShuffled),
      ratio(s.cliCsvShuffled, s.duckdbShuffled),
    ]),
  };
}

/** ms per 1 000 rows per path and size: flat means linear. */
function scalingTable(r: BenchResults): Table {
  const paths: readonly [string, (s: SizeResult) => number | null][] = [
    ['grid → report (in process)', (s) => inProcessOf(s)?.totalMs ?? null],
    ['CLI on CSV', (s) => wallOf(s.cliCsv)],
    ['CLI on CSV, rows shuffled', (s) => (s.cliCsvShuffled === undefined ? null : wallOf(s.cliCsvShuffled))],
    ['CLI on .xlsx', (s) => wallOf(s.cliXlsx)],
    ['CLI on .xlsx, rows shuffled', (s) => (s.cliXlsxShuffled === undefined ? null : wallOf(s.cliXlsxShuffled))],
    ['DuckDB on CSV', (s) => wallOf(s.duckdb)],
    ['DuckDB on CSV, 1 thread', (s) => wallOf(s.duckdb1)],
    ['SheetJS on .xlsx', (s) => (s.sheetjs === undefined ? null : wallOf(s.sheetjs.xlsx))],
    ['SheetJS on CSV', (s) => (s.sheetjs === undefined ? null : wallOf(s.sheetjs.csv))],
  ];
  return {
    title: 'Scaling: ms per 1 000 rows (roughly equal across sizes = linear; small sizes carry start-up)',
    header: ['path', ...r.sizes.map((s) => rowsLabel(s.rows))],
    rows: paths.map(([name, f]) => [name, ...r.sizes.map((s) => perK(f(s), s.rows))]),
  };
}

/** CPU ms of a measurement, or "–". */
const cpuOf = (m: Measured | undefined): string => (isSkipped(m) ? '–' : num(m.cpuMs ?? null));
const rssOf = (m: Measured | undefined): string => (isSkipped(m) ? '–' : num(m.maxRssMb));

/** One line of the SheetJS table: a file of a size, the CLI, DuckDB (CSV only) and SheetJS on it. */
function sheetjsLine(rows: number, file: string, cli: Measured | undefined, duck: Measured | undefined, sheetjs: Measured | undefined): string[] {
  const ratio = !isSkipped(sheetjs) && !isSkipped(cli) ? `${num(sheetjs.wallMs / cli.wallMs, 1)}×` : '–';
  const phases = isSkipped(sheetjs) ? '–' : ['read', 'rows', 'sum'].map((p) => num(sheetjs.phases[p] ?? null)).join(' / ');
  return [rowsLabel(rows), file, withBest(cli), cpuOf(cli), rssOf(cli), withBest(duck), cpuOf(duck), rssOf(duck), isSkipped(sheetjs) ? 'skipped' : num(sheetjs.wallMs), cpuOf(sheetjs), rssOf(sheetjs), phases, ratio];
}

/** SheetJS beside the CLI and DuckDB, on the same files: wall, CPU and peak RSS of each. */
export function sheetjsTable(r: BenchResults): Table {
  const measured = r.sizes.filter((s) => s.sheetjs !== undefined);
  const rows = measured.flatMap((s) => [
    sheetjsLine(s.rows, '.xlsx', s.cliXlsx, undefined, s.sheetjs!.xlsx),
    sheetjsLine(s.rows, '.xlsx, rows shuffled', s.cliXlsxShuffled, undefined, s.sheetjs!.xlsxShuffled),
    sheetjsLine(s.rows, 'CSV', s.cliCsv, s.duckdb, s.sheetjs!.csv),
  ]);
  const version = measured.map((s) => s.sheetjs!.xlsx).find((m): m is Exclude<Measured, Skipped> => !isSkipped(m))?.info.sheetjs;
  const skips = measured.flatMap((s) =>
    (['xlsx', 'xlsxShuffled', 'csv'] as const).flatMap((k) => {
      const m = s.sheetjs![k];
      return isSkipped(m) && m ? [`${rowsLabel(s.rows)} SheetJS ${k}: ${m.skipped}`] : [];
    }),
  );
  const agreement = measured.map((s) => {
    const a = s.sheetjs!.agreement;
    return `${rowsLabel(s.rows)}: ${'skipped' in a ? a.skipped : `${num(a.mismatchCount)} disagreements in ${num(a.figures)} figures${a.mismatches[0] ? ` (${a.mismatches[0]})` : ''}`}`;
  });
  return {
    title: `SheetJS${version !== undefined ? ` ${String(version)}` : ''} beside the CLI and DuckDB on the same files (wall ms incl. Node start-up; CLI and DuckDB median of ${r.runs} runs (fastest), SheetJS one run; CPU ms; peak RSS MB)`,
    header: ['rows', 'file', 'CLI ms (best)', 'CLI CPU', 'CLI RSS', 'DuckDB ms (best)', 'DuckDB CPU', 'DuckDB RSS', 'SheetJS ms', 'SheetJS CPU', 'SheetJS RSS', 'SheetJS read / rows / sum', 'SheetJS ÷ CLI'],
    rows,
    notes: [
      'SheetJS: XLSX.readFile(file, { dense: true, cellStyles, cellFormula, cellHTML, cellText, cellNF, cellDates, sheetStubs: false }; on a CSV also raw: true, codepage: 65001), then sheet_to_json(sheet, { header: 1, raw: true, blankrows: false }) into rows, then per unit, Förvaltning and total the sums of Budget and Utfall over the period\'s months and the year to date, in integer öre (bench/sheetjsSums.ts).',
      `Its sums of the sorted .xlsx against the engine's report of the same file: ${agreement.join('; ') || '–'}.`,
      SHEETJS_VERSION_NOTE,
      ...skips,
    ],
  };
}

/** The cross-check of the engine against DuckDB. */
function agreementTable(r: BenchResults): Table {
  return {
    title: 'Engine (CLI --json) against DuckDB: every figure of every unit, Förvaltning and total',
    header: ['rows', 'report rows', 'figures', 'disagreements', 'first'],
    rows: r.sizes.map((s) =>
      'skipped' in s.agreement
        ? [rowsLabel(s.rows), '–', '–', '–', s.agreement.skipped]
        : [rowsLabel(s.rows), num(s.agreement.rows), num(s.agreement.figures), num(s.agreement.mismatchCount), s.agreement.mismatches[0] ?? ''],
    ),
  };
}

/** All tables. */
export function tables(r: BenchResults): Table[] {
  return [phaseTable(r), endToEndTable(r), orderTable(r), sheetjsTable(r), scalingTable(r), agreementTable(r)];
}

/** The heading line: machine and settings. */
function heading(r: BenchResults): string {
  return `Benchmark ${r.date}: Node ${r.node}, ${r.platform}, ${r.cpus} × ${r.cpuModel}, ${r.totalMemGb} GB; seed ${r.seed}, period ${r.period}`;
}

/** A warning when other work on the machine may have skewed the timings. */
function loadNote(r: BenchResults): string {
  const loads = r.sizes.map((s) => `${rowsLabel(s.rows)} ${s.otherLoad === null ? '?' : num(s.otherLoad.cores, 2)}`).join(', ');
  const busy = r.sizes.some((s) => (s.otherLoad?.cores ?? 0) > 0.2);
  return `Cores kept busy by other processes during each size: ${loads}${busy ? ` — the machine was shared (${r.cpus} cores): timings are inflated, rerun when idle` : ' (idle machine)'}`;
}

/** The results as terminal text. */
export function textReport(r: BenchResults): string {
  return [heading(r), loadNote(r), ...tables(r).map(textTable)].join('\n\n') + '\n';
}

/** The results as markdown. */
export function markdownReport(r: BenchResults): string {
  return [`# Benchmark results`, '', heading(r), '', loadNote(r), ...tables(r).map((t) => `\n${markdownTable(t)}`)].join('\n') + '\n';
}
