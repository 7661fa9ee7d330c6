/**
 * The add-in's part of `npm run bench` (run with tsx: it uses the in-memory Excel host from
 * tests/support): syncs and bytes to read a 1 M-row ledger and write its report on the host, the
 * task pane's initial bundle (gzip) and its first render in headless Chromium.
 *
 *   npx tsx bench/addin.ts [--rows 1000000] [--renders 5]
 */
/// <reference types="office-js" />
import { existsSync, readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import * as path from 'node:path';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import { buildFollowUp } from '../src/app/buildFollowUp';
import { ALL_SECTIONS } from '../src/core/report/buildReport';
import { ensureDist } from '../tests/support/dist';
import { createExcelHost } from '../tests/support/excelHost/host';
import type { CellValue } from '../tests/support/excelHost/snapshot';
import { measureFirstRender } from '../tests/e2e/harness';
import { LEDGER_HEADER, ledgerRows, oreToKronor } from './ledgerModel';

const MB = 1_000_000;

async function hostFigures(rows: number): Promise<Record<string, number | string>> {
  const cells: CellValue[][] = [[...LEDGER_HEADER]];
  for (const r of ledgerRows({ rows, seed: 20250731 })) {
    cells.push([r.period, r.forvaltning, r.enhet, r.konto, r.budgetOre === null ? null : oreToKronor(r.budgetOre), r.actualOre === null ? null : oreToKronor(r.actualOre)]);
  }
  const host = createExcelHost({ sheets: [{ name: 'Huvudbok', rows: cells }] });
  const restore = host.install(globalThis);
  const marks: Record<string, number> = {};
  const started = performance.now();
  try {
    const result = await buildFollowUp(
      { settings: { period: { year: 2025, month: 7, months: 2 }, scale: 'tkr', lang: 'sv', parentStyle: 'above', sections: ALL_SECTIONS } },
      (p) => {
        marks[p.phase] ??= performance.now() - started;
      },
    );
    if (!result.ok) throw new Error(`build failed: ${JSON.stringify(result.error).slice(0, 300)}`);
  } finally {
    restore();
  }
  const total = performance.now() - started;
  const per = host.stats.perSync;
  const writeSyncs = 3; // the report; tag + swap; freeze + activate (see src/excel/writeFollowUp.ts)
  const reads = per.slice(0, per.length - writeSyncs);
  const readBytes = reads.reduce((n, s) => n + s.responseBytes, 0);
  const writeBytes = per.slice(-writeSyncs).reduce((n, s) => n + s.requestBytes, 0);
  return {
    rows,
    readSyncs: reads.length,
    readTarget: Math.ceil(readBytes / (4 * MB)) + 2,
    readMB: +(readBytes / MB).toFixed(1),
    writeSyncs,
    writeKB: Math.round(writeBytes / 1000),
    maxResponseMB: +(host.stats.maxResponseBytes / MB).toFixed(2),
    maxRequestMB: +(host.stats.maxRequestBytes / MB).toFixed(2),
    readMs: Math.round(marks.computing ?? 0),
    computeMs: Math.round((marks.writing ?? 0) - (marks.computing ?? 0)),
    writeMs: Math.round(total - (marks.writing ?? 0)),
  };
}

/** The JS the task pane's HTML loads first, gzipped. */
function initialBundle(dist: string): { files: string[]; rawKB: number; gzipKB: number } {
  const html = readFileSync(path.join(dist, 'taskpane.html'), 'utf8');
  const files = [...html.matchAll(/<script[^>]+src="([^"]+)"/g)].map((m) => m[1]!).filter((src) => !src.startsWith('http'));
  const bytes = files.map((f) => readFileSync(path.join(dist, f.replace(/^\//, ''))));
  return {
    files,
    rawKB: +(bytes.reduce((n, b) => n + b.length, 0) / 1024).toFixed(1),
    gzipKB: +(bytes.reduce((n, b) => n + gzipSync(b).length, 0) / 1024).toFixed(1),
  };
}

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { rows: { type: 'string', default: '1000000' }, renders: { type: 'string', default: '5' } } });
  const rows = Number(values.rows);
  process.stdout.write(`Add-in on the in-memory host, ${rows.toLocaleString('sv-SE')} rows …\n`);
  const host = await hostFigures(rows);
  process.stdout.write(`${JSON.stringify(host)}\n`);
  const dist = await ensureDist();
  const bundle = initialBundle(dist);
  process.stdout.write(`Initial task pane bundle: ${bundle.rawKB} KiB raw, ${bundle.gzipKB} KiB gzip (${bundle.files.join(', ')})\n`);
  const renders: number[] = [];
  if (existsSync(process.env.CHROMIUM_PATH ?? '/usr/bin/chromium')) {
    for (let i = 0; i < Number(values.renders); i++) renders.push(await measureFirstRender(dist));
  }
  const sorted = [...renders].sort((a, b) => a - b);
  const median = sorted[Math.floor(sorted.length / 2)];
  process.stdout.write(`First render in headless Chromium (ms): ${renders.map((r) => Math.round(r)).join(', ')}; median ${median === undefined ? 'n/a' : Math.round(median)}\n`);
  const md = [
    '### Add-in (in-memory Excel host, headless Chromium)',
    '',
    '| rows | read syncs | target ⌈MB/4⌉+2 | read MB | max response MB | write syncs (≤ 4) | write KB | read ms | compute ms | write ms |',
    '| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
    `| ${rows} | ${host.readSyncs} | ${host.readTarget} | ${host.readMB} | ${host.maxResponseMB} | ${host.writeSyncs} | ${host.writeKB} | ${host.readMs} | ${host.computeMs} | ${host.writeMs} |`,
    '',
    `Initial task pane bundle: ${bundle.rawKB} KiB raw, **${bundle.gzipKB} KiB gzip** (target ≤ 200). First render (first contentful paint of the pane, empty workbook): median **${median === undefined ? 'n/a' : Math.round(median)} ms** of ${renders.length} (target ≤ 500).`,
    '',
  ].join('\n');
  mkdirSync('.bench', { recursive: true });
  writeFileSync('.bench/addin.md', md);
  process.stdout.write(`\nWritten .bench/addin.md\n`);
}

main().catch((e: unknown) => {
  process.stderr.write(`${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
  process.exitCode = 1;
});
