/**
 * `Excel.RequestContext`: the queue of actions and `sync()`, which runs them in order against the
 * workbook. Excel batches are not transactions: when an action fails, the ones before it stay
 * applied, the failing one and the rest are dropped, and no loaded value reaches the proxies.
 * Request size is checked before anything runs; response size after the batch ran.
 */
import { HostError, hostError, withLocation } from '../errors';
import { ACTION_OVERHEAD } from '../payload';
import type { HostRuntime, QueuedOp, SyncScope, SyncStats } from './runtime';
import { Workbook } from './workbook';

/** The request context add-in code receives from `Excel.run`. */
export class RequestContext {
  readonly workbook: Workbook;
  readonly trackedObjects = { add: (_o: unknown): void => undefined, remove: (_o: unknown): void => undefined };
  readonly requestHeaders: Record<string, string> = {};
  private queue: QueuedOp[] = [];
  private closed = false;

  /** Set by `Excel.run({ delayForCellEdit: true }, …)`. */
  _delayForCellEdit = false;

  constructor(private readonly runtime: HostRuntime) {
    this.workbook = new Workbook(this, runtime);
  }

  /** `context.application` (same as `workbook.application`). */
  get application(): Workbook['application'] {
    return this.workbook.application;
  }

  /** Queue an action (proxies call this). */
  _enqueue(op: QueuedOp): void {
    this.queue.push(op);
  }

  /** Mark the context finished (end of its `Excel.run`). */
  _close(): void {
    this.closed = true;
  }

  /** `context.load(object, option)`. */
  load<O extends { load(option?: unknown): unknown }>(object: O, option?: unknown): O {
    object.load(option);
    return object;
  }

  /** office.js's trace: a no-op here. */
  trace(_message: string): void {}

  /** Run the queued actions and answer the loads. */
  async sync<V>(passThroughValue?: V): Promise<V | undefined> {
    const ops = this.queue;
    this.queue = [];
    if (ops.length === 0) return passThroughValue;
    if (this.closed) throw hostError('InvalidRequestContext', 'The request context was closed when its Excel.run finished.');
    await this.runtime.cellEditGate(this._delayForCellEdit);
    if (this.runtime.outOfProcess) {
      await this.outOfProcess(ops);
      return passThroughValue;
    }
    this.runSync(ops);
    await Promise.resolve();
    return passThroughValue;
  }

  /**
   * HostOptions.outOfProcess: the batch runs in a task of its own, as in Excel's process (timed as
   * 'excel host'), and its answer is delivered in the next task, as a message from Excel would be.
   */
  private async outOfProcess(ops: QueuedOp[]): Promise<void> {
    await nextTask();
    const start = performance.now();
    let deliver: () => void;
    try {
      deliver = this.runSync(ops, false);
    } finally {
      performance.measure('excel host', { start, end: performance.now() });
    }
    await nextTask();
    deliver();
  }

  /** The synchronous part of `sync`; with `deliver` false, the loaded values are given back undelivered. */
  private runSync(ops: QueuedOp[], deliver = true): () => void {
    const { runtime } = this;
    const entry: SyncStats = { requestBytes: ACTION_OVERHEAD, responseBytes: 0, operations: ops.length };
    for (const op of ops) entry.requestBytes += op.requestBytes;
    const stats = runtime.stats;
    stats.syncs++;
    stats.perSync.push(entry);
    stats.requestBytes += entry.requestBytes;
    stats.maxRequestBytes = Math.max(stats.maxRequestBytes, entry.requestBytes);
    if (entry.requestBytes > runtime.limits.requestBytes) {
      if (runtime.limits.payloadError) throw hostError(runtime.limits.payloadError);
      throw hostError('RequestPayloadSizeLimitExceeded', `The request payload size (${entry.requestBytes} bytes) has exceeded the limit (${runtime.limits.requestBytes} bytes).`);
    }
    const fault = runtime.takeFault();
    const scope: SyncScope = { runtime, book: runtime.book, responseBytes: 0, deliveries: [], context: this };
    let counted = 0;
    const fail = (op: QueuedOp | undefined): never => {
      throw new HostError(fault!.code, fault!.message, op?.location);
    };
    for (const op of ops) {
      if (fault && op.counted && counted === fault.afterOperations) fail(op);
      try {
        op.run(scope);
      } catch (error) {
        throw error instanceof HostError ? withLocation(error, op.location) : error;
      }
      if (op.counted) counted++;
    }
    if (fault) fail(undefined);
    entry.responseBytes = scope.responseBytes;
    stats.responseBytes += scope.responseBytes;
    stats.maxResponseBytes = Math.max(stats.maxResponseBytes, scope.responseBytes);
    if (scope.responseBytes > runtime.limits.responseBytes) {
      if (runtime.limits.payloadError) throw hostError(runtime.limits.payloadError);
      throw hostError('ResponsePayloadSizeLimitExceeded', `The response payload size (${scope.responseBytes} bytes) has exceeded the limit (${runtime.limits.responseBytes} bytes).`);
    }
    const delivery = (): void => {
      for (const d of scope.deliveries) d();
    };
    if (deliver) delivery();
    return delivery;
  }
}

/** A promise resolved in a later task (a message from Excel arrives in a task of its own). */
function nextTask(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}
