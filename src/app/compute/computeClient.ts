/**
 * The app's side of the computation: the grids read from Excel are sent, encoded, to a Web Worker
 * that reads the ledger and composes the report, so the task pane's main thread only reads and
 * writes through Office.js and never blocks for long (Office restarts a pane that stops
 * answering). Where no worker can start (Jest's jsdom, Node, a browser that refuses one) the same
 * handler runs in this thread on the same encoded rows. Each finished job leaves a User Timing
 * measure ("followup compose (worker)"), which DevTools shows and the browser test reads.
 */
import type { ComposeOptions } from '../../core/compose';
import type { FollowUpSettings } from '../../core/followUpSettings';
import type { Grid } from '../../core/grid/grid';
import type { SheetLayout } from '../../core/ledger/detect';
import { createComputeHandler } from './computeHandler';
import type { RowSink } from '../../excel/readGrids';
import { encodeRows, encodeValues, transferablesOf, type GridChunk } from './gridCodec';
import type { Composed, LedgerGlance, RowsBehindFound, RowsBehindTarget } from './jobs';
import { WORKER_READY, type ComputeAnswers, type ComputeReply, type ComputeRequest } from './protocol';

/** One use case's computation: hand it the rows as they are read, then ask. */
export interface ComputeSession {
  /** Takes rows as Excel gives them, encodes them a few milliseconds at a time (pausing between) and sends them on. */
  readonly rows: RowSink;
  /** Send whole grids (rows already read as cells), the same way. */
  sendGrids(grids: readonly Grid[]): Promise<void>;
  /** The ledger's months and title (the pane's opening). */
  glance(layouts: readonly SheetLayout[]): Promise<LedgerGlance>;
  /** A follow-up composed from the rows sent. */
  compose(settings: Omit<FollowUpSettings, 'id'>, options: ComposeOptions): Promise<Composed>;
  /** The "Underlag" sheet of a figure of a follow-up, from the rows sent. */
  rowsBehind(settings: Omit<FollowUpSettings, 'id'>, options: ComposeOptions, target: RowsBehindTarget): Promise<RowsBehindFound>;
  /** Free the worker and the rows it holds. */
  close(): void;
}

/** Where the computation runs. */
export type ComputePlace = 'worker' | 'thread';

/** Main-thread time spent encoding before a pause (a long task is 50 ms; keep well under). */
const SLICE_MS = 25;
/** Rows encoded between clock checks. */
const ROWS_PER_STEP = 4096;

type Post = (request: ComputeRequest, transfer: Transferable[]) => Promise<unknown>;
type Distributed<R> = R extends unknown ? Omit<R, 'id'> : never;

/** Run `use` with a computing session, closing it after (the worker and its rows go). */
export async function withCompute<T>(pause: () => Promise<void>, use: (session: ComputeSession) => Promise<T>): Promise<T> {
  const session = await openCompute(pause);
  try {
    return await use(session);
  } finally {
    session.close();
  }
}

/** Open a session, in a worker where one starts, else in this thread; `pause` yields between slices. */
export async function openCompute(pause: () => Promise<void>): Promise<ComputeSession> {
  const worker = typeof Worker === 'undefined' ? null : await readyWorker();
  return worker ? workerSession(worker, pause) : sessionOver(threadPost(), () => undefined, 'thread', pause);
}

/** A session over a started worker that said it is ready (closing it terminates the worker). */
export function workerSession(worker: Worker, pause: () => Promise<void>): ComputeSession {
  return sessionOver(workerPost(worker), () => worker.terminate(), 'worker', pause);
}

/**
 * A worker that has loaded and said so, or null when it cannot start or its script fails to load
 * (blocked, not found): then nothing has been sent to it yet, and the computation runs here.
 */
async function readyWorker(): Promise<Worker | null> {
  const worker = (await import(/* webpackMode: "eager" */ './spawnWorker')).spawnComputeWorker();
  if (!worker) return null;
  const ready = await new Promise<boolean>((resolve) => {
    worker.onmessage = (e: MessageEvent<unknown>) => resolve(e.data === WORKER_READY);
    worker.onerror = (e) => {
      e.preventDefault();
      resolve(false);
    };
  });
  if (ready) return worker;
  worker.terminate();
  return null;
}

function sessionOver(post: Post, close: () => void, place: ComputePlace, pause: () => Promise<void>): ComputeSession {
  let next = 0;
  const ask = <K extends keyof ComputeAnswers>(request: Distributed<ComputeRequest> & { kind: K }, transfer: Transferable[] = []): Promise<ComputeAnswers[K]> =>
    post({ ...request, id: next++ } as ComputeRequest, transfer) as Promise<ComputeAnswers[K]>;
  const timed = async <T>(job: string, run: () => Promise<T>): Promise<T> => {
    const start = performance.now();
    const value = await run();
    measure(`followup ${job} (${place})`, start);
    return value;
  };
  // Every chunk's answer is awaited before a job, so a chunk the other side failed on is not lost.
  const sent: Promise<unknown>[] = [];
  let sliceStart = performance.now();
  const send = async (encode: (from: number, to: number) => GridChunk, rows: number): Promise<void> => {
    for (let from = 0; from < rows; from += ROWS_PER_STEP) {
      const chunk = encode(from, Math.min(rows, from + ROWS_PER_STEP));
      const answer = ask({ kind: 'rows', chunk }, transferablesOf(chunk));
      // Handled here so a failure is not reported as unhandled before the job awaits it (and fails with it).
      answer.catch(() => undefined);
      sent.push(answer);
      if (performance.now() - sliceStart > SLICE_MS) {
        await pause();
        sliceStart = performance.now();
      }
    }
  };
  const allSent = async (): Promise<void> => {
    await Promise.all(sent.splice(0));
  };
  return {
    rows: (sheet, start, values, types) =>
      send((from, to) => encodeValues({ sheet: sheet.name, origin: sheet.origin, totalRows: sheet.rowCount, ...(sheet.marks ? { marks: sheet.marks } : {}) }, start, values, types, from, to), values.length),
    async sendGrids(grids) {
      for (const g of grids) await send((from, to) => encodeRows(g, from, to), g.rows.length);
    },
    glance: (layouts) => timed('glance', async () => (await allSent(), ask({ kind: 'glance', layouts }))),
    compose: (settings, options) => timed('compose', async () => (await allSent(), ask({ kind: 'compose', settings, options }))),
    rowsBehind: (settings, options, target) => timed('rows behind', async () => (await allSent(), ask({ kind: 'rowsBehind', settings, options, target }))),
    close,
  };
}

/** Leave a User Timing measure where the runtime keeps them (jsdom and old runtimes may not). */
function measure(name: string, start: number): void {
  try {
    performance.measure(name, { start, end: performance.now() });
  } catch {
    // Only a trace for people and tests reading the timeline: nothing depends on it.
  }
}

/** Requests answered by a worker, matched by id. */
function workerPost(worker: Worker): Post {
  const waiting = new Map<number, { resolve: (v: unknown) => void; reject: (e: Error) => void }>();
  let failure: Error | null = null;
  const failAll = (why: string): void => {
    failure = new Error(why);
    for (const w of waiting.values()) w.reject(failure);
    waiting.clear();
  };
  worker.onmessage = (e: MessageEvent<ComputeReply>) => settle(waiting, e.data);
  // A worker that cannot load its script or dies: every job waiting fails as it would in-thread.
  worker.onerror = (e) => failAll(`The computing worker failed: ${e.message}`);
  worker.onmessageerror = () => failAll('The computing worker sent a message that could not be read.');
  return (request, transfer) =>
    new Promise((resolve, reject) => {
      // A worker that died answers nothing: what is asked after fails at once instead of waiting forever.
      if (failure) return reject(failure);
      waiting.set(request.id, { resolve, reject });
      worker.postMessage(request, transfer);
    });
}

/** Requests answered in this thread by the same handler a worker runs. */
function threadPost(): Post {
  const handle = createComputeHandler();
  const waiting = new Map<number, { resolve: (v: unknown) => void; reject: (e: Error) => void }>();
  return (request) =>
    new Promise((resolve, reject) => {
      waiting.set(request.id, { resolve, reject });
      settle(waiting, handle(request));
    });
}

function settle(waiting: Map<number, { resolve: (v: unknown) => void; reject: (e: Error) => void }>, reply: ComputeReply): void {
  const w = waiting.get(reply.id);
  if (!w) return;
  waiting.delete(reply.id);
  if (reply.ok) w.resolve(reply.value);
  else w.reject(new Error(reply.message));
}
