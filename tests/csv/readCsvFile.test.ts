import { readFileSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { Worker } from 'node:worker_threads';
import type { Sheet } from '../../src/core/grid/sheetRows';
import { analyseWorkbook } from '../../src/core/engine';
import { jsonReport } from '../../src/core/report/json';
import { readCsvSheet } from '../../src/csv/csvSheet';
import { Inbox, readCsvFile, type HalfToRead, type Threads } from '../../src/csv/readCsvFile';
import { tempDir } from '../support/tmp';

/** Keep this thread busy, as the scanner does while the helper's messages come in. */
function busy(ms: number): void {
  const until = Date.now() + ms;
  while (Date.now() < until) {
    // spin
  }
}

describe('Inbox: the helper thread’s messages', () => {
  it('keeps messages that come before they are asked for, in order', async () => {
    const worker = new Worker("const { parentPort } = require('node:worker_threads'); parentPort.postMessage(1); parentPort.postMessage(2);", { eval: true });
    const inbox = new Inbox(worker);
    busy(300);
    expect(await inbox.next()).toBe(1);
    expect(await inbox.next()).toBe(2);
  });

  it('fails what is awaited when the thread ends without sending it', async () => {
    const worker = new Worker("require('node:worker_threads').parentPort.postMessage('only');", { eval: true });
    const inbox = new Inbox(worker);
    expect(await inbox.next()).toBe('only');
    await expect(inbox.next()).rejects.toThrow('ended');
  });

  it('fails what is awaited when the thread throws', async () => {
    const worker = new Worker("throw new Error('broken');", { eval: true });
    await expect(new Inbox(worker).next()).rejects.toThrow('broken');
  });
});

describe('readCsvFile: a file read in two halves, or again in one piece', () => {
  const dir = tempDir();
  const ledger = (unit: string): string =>
    'Period;Enhet;Konto;Budget;Utfall\n' + Array.from({ length: 400 }, (_, i) => `2025${String((i % 12) + 1).padStart(2, '0')};${unit} ${i % 7};${4000 + (i % 30)};${i * 3},50;${i * 2},25`).join('\n') + '\n';
  const file = path.join(dir, 'Huvudbok.csv');
  writeFileSync(file, ledger('Enhet'));

  /** The follow-up of a sheet, and its units, for comparing two reads of one file. */
  const outcome = (sheet: Sheet) => {
    const a = analyseWorkbook([sheet], { period: { year: 2025, month: 7, months: 2 }, lang: 'sv' });
    return { units: a.ledger.units, issues: a.issues, report: a.followUp && jsonReport(a.followUp, { lang: 'sv', warnings: [], summary: '' }) };
  };
  const inOnePiece = (at: string) => outcome(readCsvSheet(readFileSync(at), 'Huvudbok'));

  /** Threads for every size, whose helper runs `code` (with workerData a HalfToRead). */
  const helper = (code: string): Threads & { started: number } => {
    const threads = {
      fromBytes: 0,
      started: 0,
      start: (half: HalfToRead) => {
        threads.started++;
        return new Worker(code, { eval: true, workerData: half });
      },
    };
    return threads;
  };
  /** A helper that reads its half through the shared descriptor, runs `first`, and scans nothing. */
  const reading = (first = '') => `
    const { parentPort, workerData } = require('node:worker_threads');
    const fs = require('node:fs');
    ${first}
    const { fd, bytes, from } = workerData;
    let at = from;
    for (let n = 1; n > 0 && at < bytes.length; at += n) n = fs.readSync(fd, bytes, at, bytes.length - at, at);
    parentPort.postMessage({ read: at - from, split: bytes.indexOf(10, from) + 1 });
    parentPort.once('message', () => parentPort.postMessage(null));`;

  it('reads the whole file when the helper reads its half and leaves the scan to this thread', async () => {
    const threads = helper(reading());
    expect(outcome(await readCsvFile(file, 'Huvudbok', threads))).toEqual(inOnePiece(file));
    expect(threads.started).toBe(1);
  });

  it('the compiled helper (npm install builds it) reads and scans the second half', async () => {
    const parts: unknown[] = [];
    const threads: Threads = {
      fromBytes: 0,
      start: (half) => {
        const worker = new Worker(path.resolve('build/src/csv/scanWorker.js'), { workerData: half });
        worker.on('message', (m: unknown) => parts.push(m));
        return worker;
      },
    };
    expect(outcome(await readCsvFile(file, 'Huvudbok', threads))).toEqual(inOnePiece(file));
    expect(parts).toHaveLength(2);
    expect(parts[0]).toEqual({ read: expect.any(Number), split: expect.any(Number) });
    expect(parts[1]).toMatchObject({ sawQuote: false });
  });

  it.each([
    ['throws', "throw new Error('broken')"],
    ['ends without a word', ''],
    ['read less than its half', "require('node:worker_threads').parentPort.postMessage({ read: 5, split: 1 })"],
  ])('reads the file again in one piece when the helper %s', async (_, code) => {
    const threads = helper(code);
    const sheet = await readCsvFile(file, 'Huvudbok', threads);
    expect(threads.started).toBe(1);
    expect(outcome(sheet)).toEqual(inOnePiece(file));
  });

  it('reads the file it opened when another is renamed over it meanwhile', async () => {
    const original = path.join(dir, 'replaced.csv');
    const newer = path.join(dir, 'newer.csv');
    writeFileSync(original, ledger('Enhet'));
    const expected = inOnePiece(original);
    writeFileSync(newer, ledger('Ny'));
    const sheet = await readCsvFile(original, 'Huvudbok', helper(reading(`fs.renameSync(${JSON.stringify(newer)}, ${JSON.stringify(original)});`)));
    expect(outcome(sheet)).toEqual(expected);
    expect(inOnePiece(original)).not.toEqual(expected); // the path now names the newer file
  });
});

