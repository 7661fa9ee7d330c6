/**
 * The helper thread's side of reading a large CSV in two parts: what it loads, and what it checks
 * of its own part before the main thread merges it.
 */
import { closeSync, openSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { Worker } from 'node:worker_threads';
import { scanPart, type ScanPlan } from '../../src/csv/csvScanner';
import { cp1252 } from '../support/encodings';
import { tempDir } from '../support/tmp';

const plan = (bytes: Uint8Array, utf8: boolean): ScanPlan => ({
  bytes,
  utf8,
  dialect: { delimiter: ';', newline: '\n', dataStart: 0 },
  labelColumns: [0, 1],
  amountColumns: [2],
  headerWidth: 3,
});

describe('scanPart: the part a helper scans', () => {
  const text = 'Period;Enhet;Utfall\n202507;Stab;1\n202507;Förskola;2\n';
  const from = text.indexOf('202507;Förskola');

  it('is not scanned when the file’s start said UTF-8 and the part is not (each part starts after a line feed)', () => {
    expect(scanPart({ ...plan(cp1252(text), true), from })).toBeNull();
    expect(scanPart({ ...plan(cp1252(text), false), from })).toMatchObject({ rows: 1 });
    expect(scanPart({ ...plan(new TextEncoder().encode(text), true), from })).toMatchObject({ rows: 1 });
  });

  it('sends its arrays as they are, with room beyond its rows: only the first `rows` count', () => {
    const part = scanPart({ ...plan(new TextEncoder().encode(text), true), from: text.indexOf('202507;Stab') });
    expect(part?.rows).toBe(2);
    expect(part!.rowStart.length).toBeGreaterThanOrEqual(2);
  });
});

describe('the compiled helper thread (npm install builds it)', () => {
  const dir = tempDir();

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
