/**
 * Reading a CSV file from disk for the command line. A large file is read and scanned in two parts
 * at once: a helper thread reads the second part into shared memory while this thread reads the
 * first; then each scans its part into one set of column arrays in shared memory, and this thread
 * closes the gap between the two (see scanInHalves). The helper loads the byte scanner alone
 * (csvScanner.ts), checks that its own part is UTF-8, and gets the smaller part, since it starts
 * later. Measured on 2 cores (the 73 MB, 1 M-row ledger, the bench on an idle machine): the
 * command line's read phase takes 217 ms (243 ms before the helper loaded the scanner alone and
 * the parts shared their arrays), against ~300 ms on one thread. The second thread costs ~60 ms of
 * CPU more (its start, its own compiling of the scanner, the merge), and on a busy machine its
 * start alone can take 50–150 ms: there one thread can be as fast.
 */
import { closeSync, existsSync, fstatSync, openSync, readFileSync, type Stats } from 'node:fs';
import * as path from 'node:path';
import { Worker } from 'node:worker_threads';
import type { Sheet } from '../core/grid/sheetRows';
import type { ScannedPart, ScanPlan } from './csvScanner';
import { readCsvSheet, scanInHalves } from './csvSheet';
import { readInto } from './readInto';

/** Files smaller than this are read on one thread: a second one would cost more than it saves. */
export const TWO_THREADS_BYTES = 48_000_000;

/**
 * How much more than half of the file this thread reads and scans: the helper starts ~30 ms later
 * (a thread's start, its loading of the scanner) and this thread merges the parts after both are
 * done. Measured on the 1 M-row ledger (73 MB): split in halves, this thread waited 20–90 ms for
 * the helper; with this, both finish within ~15 ms of each other, sorted or shuffled.
 */
export const HEAD_START_BYTES = 6_000_000;

/** The bytes this thread reads before it plans the scan (the header, the dialect's lines, a sample of rows). */
const FIRST_BYTES = 4 << 20;

/** The helper thread's script, compiled beside this module (absent when running from TypeScript). */
const WORKER = path.join(__dirname, 'scanWorker.js');

/** What the helper thread is given: the open file, the shared bytes, and where its half starts. */
export interface HalfToRead {
  readonly fd: number;
  readonly bytes: Uint8Array;
  readonly from: number;
}

/** What the helper says when its half is read: how many bytes, and where its rows start. */
export interface HalfRead {
  readonly read: number;
  readonly split: number;
}

/** From what size a file is read in two halves, and how the helper thread starts (null: it cannot). */
export interface Threads {
  readonly fromBytes: number;
  start(half: HalfToRead): Worker | null;
}

const THREADS: Threads = {
  fromBytes: TWO_THREADS_BYTES,
  start: (half) => (existsSync(WORKER) ? new Worker(WORKER, { workerData: half }) : null),
};

/**
 * Read a CSV file as a sheet for the engine (as readCsvSheet reads its bytes). Both threads read
 * through the one descriptor, so a file replaced meanwhile is never half old and half new. When
 * the halves fail — no helper, a helper that fails or ends early, a file that changed while it was
 * read — the file is read again in one piece.
 */
export async function readCsvFile(file: string, sheetName: string, threads: Threads = THREADS): Promise<Sheet> {
  const fd = openSync(file, 'r');
  try {
    const before = fstatSync(fd);
    if (before.size >= threads.fromBytes) {
      const sheet = await readInHalves(fd, before, sheetName, threads).catch(() => null);
      if (sheet !== null) return sheet;
    }
    return readCsvSheet(readFileSync(fd), sheetName);
  } finally {
    closeSync(fd);
  }
}

async function readInHalves(fd: number, before: Stats, sheetName: string, threads: Threads): Promise<Sheet | null> {
  const size = before.size;
  const bytes = new Uint8Array(new SharedArrayBuffer(size));
  // (On a small file, as in tests, the head start is a quarter of the file at most.)
  const middle = Math.floor((size + Math.min(HEAD_START_BYTES, size / 4)) / 2);
  const worker = threads.start({ fd, bytes, from: middle });
  if (worker === null) return null;
  const inbox = new Inbox(worker);
  let done = false;
  try {
    const halfRead = inbox.next<HalfRead>().then(({ read, split }) => {
      if (read !== size - middle) throw new Error('the file changed while it was read');
      return split;
    });
    // Awaited below; this keeps its failure from going unhandled when this thread fails first.
    void halfRead.catch(() => undefined);
    // The first bytes are enough to plan the scan: the helper gets its plan before this thread
    // reads the rest of its part.
    const first = Math.min(middle, FIRST_BYTES);
    if (readInto(fd, bytes, 0, first) !== first) throw new Error('the file changed while it was read');
    const readRest = (): void => {
      if (readInto(fd, bytes, first, middle) !== middle - first) throw new Error('the file changed while it was read');
    };
    const helper = {
      read: halfRead,
      scan: (plan: ScanPlan) => {
        worker.postMessage(plan);
        return halfRead.then(() => inbox.next<ScannedPart | null>());
      },
    };
    const sheet = await scanInHalves(bytes, sheetName, middle, helper, { read: first, readRest });
    const after = fstatSync(fd);
    if (after.size !== size || after.mtimeMs !== before.mtimeMs) throw new Error('the file changed while it was read');
    done = true;
    return sheet;
  } finally {
    const stopped = worker.terminate();
    // Until it has stopped, a failed helper may still be reading through the descriptor.
    if (!done) await stopped;
  }
}

/**
 * The messages of a thread in the order they came, however many come before they are asked for;
 * the thread's error, or its end, fails whatever is still awaited.
 */
export class Inbox {
  private readonly queued: unknown[] = [];
  private readonly waiting: { resolve: (m: unknown) => void; reject: (e: Error) => void }[] = [];
  private failure: Error | null = null;

  constructor(worker: Worker) {
    worker.on('message', (m: unknown) => {
      const waiter = this.waiting.shift();
      if (waiter) waiter.resolve(m);
      else this.queued.push(m);
    });
    const fail = (e: Error): void => {
      this.failure ??= e;
      for (const waiter of this.waiting.splice(0)) waiter.reject(e);
    };
    worker.on('error', fail);
    worker.on('exit', (code) => fail(new Error(`the helper thread ended (${code})`)));
  }

  next<T>(): Promise<T> {
    if (this.queued.length > 0) return Promise.resolve(this.queued.shift() as T);
    if (this.failure !== null) return Promise.reject(this.failure);
    return new Promise<T>((resolve, reject) => this.waiting.push({ resolve: resolve as (m: unknown) => void, reject }));
  }
}
