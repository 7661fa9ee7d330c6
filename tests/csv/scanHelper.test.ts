/**
 * The helper thread's side of reading a large CSV in two parts: what it loads, and what it checks
 * of its own part before the main thread merges it.
 */
import { closeSync, openSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { Worker } from 'node:worker_threads';
import { isLargeSheet } from '../../src/core/grid/sheetRows';
import { gridRows } from '../../src/core/ledger/gridRows';
import { newColumns, scanPart, type ScanPlan } from '../../src/csv/csvScanner';
import { scanInHalves, type HalfHelper } from '../../src/csv/csvSheet';
import { HEAD_START_BYTES, readCsvFile, type HalfToRead } from '../../src/csv/readCsvFile';
import { readCsv } from '../../src/csv/readCsv';
import { cp1252 } from '../support/encodings';
import { tempDir } from '../support/tmp';

/** A plan for a ledger of Period;Enhet;Utfall whose second part is scanned into rows [firstRow, rows) of shared arrays. */
const plan = (bytes: Uint8Array, utf8: boolean, firstRow = 4, rows = 8): ScanPlan => ({
  bytes,
  utf8,
  dialect: { delimiter: ';', newline: '\n', dataStart: 0 },
  labelColumns: [0, 1],
  amountColumns: [2],
  headerWidth: 3,
  columns: newColumns(rows, [0, 1], [2], true),
  firstRow,
});

describe('scanPart: the part a helper scans', () => {
  const text = 'Period;Enhet;Utfall\n202507;Stab;1\n202507;Förskola;2\n';
  const from = text.indexOf('202507;Förskola');

  it('is not scanned when the file’s start said UTF-8 and the part is not (each part starts after a line feed)', () => {
    expect(scanPart({ ...plan(cp1252(text), true), from })).toBeNull();
    expect(scanPart({ ...plan(cp1252(text), false), from })).toMatchObject({ rows: 1 });
    expect(scanPart({ ...plan(new TextEncoder().encode(text), true), from })).toMatchObject({ rows: 1 });
  });

  it('writes its rows into the planned (shared) arrays from their first row on, or into its own when they have no room', () => {
    const bytes = new TextEncoder().encode(text);
    const from = text.indexOf('202507;Stab');
    const roomy = plan(bytes, true, 4, 8);
    const part = scanPart({ ...roomy, from });
    expect(part).toMatchObject({ rows: 2, firstRow: 4, planned: true });
    expect(part!.columns.rowStart).toBe(roomy.columns.rowStart);
    expect([...roomy.columns.rowStart.subarray(4, 6)]).toEqual([from, text.indexOf('202507;Förskola')]);
    expect([...roomy.columns.ore[2]!.subarray(4, 6)]).toEqual([100, 200]);

    const cramped = plan(bytes, true, 7, 8);
    const own = scanPart({ ...cramped, from });
    expect(own).toMatchObject({ rows: 2, firstRow: 7, planned: false });
    expect([...own!.columns.ore[2]!.subarray(7, 9)]).toEqual([100, 200]);
    expect(cramped.columns.ore[2]![7]).toBe(100); // written before it ran out of room, and left there
  });
});

describe('scanInHalves when the rows are shorter than the first ones said: each part outgrows its planned rows', () => {
  // Long rows first (the estimate of rows per byte comes from the first 64 KiB), then short ones.
  const long = Array.from({ length: 800 }, (_, i) => `202507;Förvaltningen för ${'x'.repeat(60)} ${i % 9};${i},50`);
  const short = Array.from({ length: 4000 }, (_, i) => `202507;E${i % 13};${i}`);
  const text = 'Period;Enhet;Utfall\n' + [...long, ...short].join('\n') + '\n';
  const bytes = new TextEncoder().encode(text);

  it.each([0.3, 0.5, 0.8])('gives readCsv’s cells with the middle at %s of the file', async (at) => {
    const middle = Math.round(bytes.length * at);
    const split = bytes.indexOf(0x0a, middle) + 1;
    let part: ReturnType<typeof scanPart> = null;
    const helper: HalfHelper = { read: Promise.resolve(split), scan: (p) => Promise.resolve((part = scanPart({ ...p, from: split }))) };
    const sheet = await scanInHalves(bytes, 'Huvudbok', middle, helper);
    if (!isLargeSheet(sheet)) throw new Error('read in one piece');
    expect(part!.planned).toBe(false);
    const grid = gridRows(readCsv(bytes, 'Huvudbok'));
    expect(sheet.all.length).toBe(grid.length);
    for (let r = 0; r < grid.length; r++) {
      for (let c = 0; c < 3; c++) expect(sheet.all.cell(r, c)).toBe(grid.cell(r, c));
      expect(sheet.all.amount(r, 2)).toBe(grid.amount(r, 2));
    }
    expect(sheet.all.key(1 + 800 + 13, 1)).toBe(sheet.all.key(grid.length - 4000 + 13 + 13, 1));
  });
});

describe('the compiled helper thread (npm install builds it)', () => {
  const dir = tempDir();

  it('gets the smaller part: it starts later, and the main thread merges after both are done', async () => {
    const file = path.join(dir, 'split.csv');
    writeFileSync(file, 'Period;Enhet;Utfall\n' + '202507;Stab;1\n'.repeat(2000));
    const size = 20 + 14 * 2000;
    const asked: HalfToRead[] = [];
    // No helper starts: the file is read in one piece, but where its part would start is seen.
    await readCsvFile(file, 'Huvudbok', { fromBytes: 0, start: (half) => (asked.push(half), null) });
    expect(asked[0]!.from).toBeGreaterThan(size / 2);
    expect(asked[0]!.from).toBeLessThanOrEqual(size / 2 + HEAD_START_BYTES / 2);
  });

  it('loads the byte scanner alone: not csvSheet, the ledger detection, core/money’s index or readCsv', async () => {
    const file = path.join(dir, 'Huvudbok.csv');
    const text = 'Period;Enhet;Utfall\n' + Array.from({ length: 50 }, (_, i) => `202507;Enhet ${i % 3};${i},50`).join('\n') + '\n';
    writeFileSync(file, text);
    const bytes = new Uint8Array(new SharedArrayBuffer(Buffer.byteLength(text)));
    const fd = openSync(file, 'r');
    // Every module the thread loads, reported when asked (after its scan, when all are loaded).
    const code = `
      const Module = require('node:module');
      const { parentPort } = require('node:worker_threads');
      const loaded = [];
      const load = Module._load;
      Module._load = function (request, parent, isMain) {
        const module = load.call(this, request, parent, isMain);
        loaded.push(Module._resolveFilename(request, parent, isMain));
        return module;
      };
      require(${JSON.stringify(path.resolve('build/src/csv/scanWorker.js'))});
      parentPort.on('message', (m) => { if (m === 'loaded?') parentPort.postMessage(loaded); });`;
    const worker = new Worker(code, { eval: true, workerData: { fd, bytes, from: bytes.length >> 1 } });
    const messages: unknown[] = [];
    const next = (): Promise<unknown> => new Promise((resolve) => worker.once('message', resolve));
    try {
      messages.push(await next());
      worker.postMessage(plan(bytes, true));
      messages.push(await next());
      worker.postMessage('loaded?');
      const loaded = (await next()) as string[];
      expect(messages[0]).toEqual({ read: bytes.length - (bytes.length >> 1), split: expect.any(Number) });
      expect(messages[1]).toMatchObject({ sawQuote: false, rows: expect.any(Number) });
      const ours = loaded.filter((f) => f.includes(`${path.sep}build${path.sep}src${path.sep}`)).map((f) => f.slice(f.indexOf(`src${path.sep}`)));
      expect(ours).toContain(path.join('src', 'csv', 'csvScanner.js'));
      expect(ours.filter((f) => /csvSheet|readCsv\.js|core[\\/]ledger|core[\\/]money[\\/]index/.test(f))).toEqual([]);
    } finally {
      await worker.terminate();
      closeSync(fd);
    }
  });
});
