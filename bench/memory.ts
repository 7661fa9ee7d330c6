/**
 * Peak memory of a synchronous piece of work. The engine's phases never yield to the event loop, so
 * a timer in the same thread would only fire between phases; instead:
 * - RSS is sampled every ~10 ms by a worker thread (process.memoryUsage.rss() is process-wide),
 *   and cross-checked with the kernel's high-water mark (VmHWM, reset through /proc/self/clear_refs);
 * - heapUsed of the main isolate peaks just before a garbage collection, so v8.GCProfiler's
 *   "before GC" statistics plus the heap at the end give its peak, and the time spent in GC.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { GCProfiler } from 'node:v8';
import { Worker } from 'node:worker_threads';

/** What one watched piece of work used. */
export interface MemoryPeak {
  /** Peak RSS of the process while watched (kernel high-water mark when available, else sampled). */
  readonly peakRssMb: number;
  /** Peak RSS as seen by the 10 ms sampler. */
  readonly sampledPeakRssMb: number;
  /** Peak heapUsed of the main isolate. */
  readonly peakHeapUsedMb: number;
  /** Time spent in garbage collection, and how many collections. */
  readonly gcMs: number;
  readonly gcCount: number;
}

const SAMPLER_SOURCE = `
const { workerData } = require('node:worker_threads');
const shared = new Int32Array(workerData.buffer);
const sample = () => {
  const kb = Math.round(process.memoryUsage.rss() / 1024);
  if (kb > Atomics.load(shared, 0)) Atomics.store(shared, 0, kb);
  Atomics.add(shared, 1, 1);
};
sample();
setInterval(sample, workerData.intervalMs);
`;

const MB = 1024 * 1024;

/** Read the kernel's peak RSS of this process in KiB; null where /proc is not there. */
function kernelPeakKb(): number | null {
  try {
    const m = /VmHWM:\s+(\d+)/.exec(readFileSync('/proc/self/status', 'utf8'));
    return m ? Number(m[1]) : null;
  } catch {
    return null;
  }
}

/** Reset the kernel's peak RSS to the current RSS (Linux ≥ 4.0); false when not possible. */
function resetKernelPeak(): boolean {
  try {
    writeFileSync('/proc/self/clear_refs', '5');
    return true;
  } catch {
    return false;
  }
}

/** Watches memory of work done between start() and stop(); one watch at a time. */
export class MemoryWatch {
  private readonly shared = new Int32Array(new SharedArrayBuffer(8));
  private readonly worker: Worker;
  private profiler: GCProfiler | null = null;
  private kernel = false;

  constructor(intervalMs = 10) {
    this.worker = new Worker(SAMPLER_SOURCE, { eval: true, workerData: { buffer: this.shared.buffer, intervalMs } });
    this.worker.unref();
  }

  /** Wait until the sampler runs (its first sample is in). */
  async ready(): Promise<void> {
    while (Atomics.load(this.shared, 1) === 0) await new Promise((r) => setTimeout(r, 5));
  }

  /** Start watching. */
  start(): void {
    this.kernel = resetKernelPeak();
    Atomics.store(this.shared, 0, Math.round(process.memoryUsage.rss() / 1024));
    this.profiler = new GCProfiler();
    this.profiler.start();
  }

  /** Stop watching and return the peaks. */
  stop(): MemoryPeak {
    const heapNow = process.memoryUsage().heapUsed;
    const stats = this.profiler?.stop().statistics ?? [];
    this.profiler = null;
    const sampledKb = Math.max(Atomics.load(this.shared, 0), Math.round(process.memoryUsage.rss() / 1024));
    const kernelKb = this.kernel ? kernelPeakKb() : null;
    const heapPeak = stats.reduce((max, s) => Math.max(max, s.beforeGC.heapStatistics.usedHeapSize), heapNow);
    return {
      peakRssMb: round1(Math.max(kernelKb ?? 0, sampledKb) / 1024),
      sampledPeakRssMb: round1(sampledKb / 1024),
      peakHeapUsedMb: round1(heapPeak / MB),
      // GCProfiler reports cost in microseconds.
      gcMs: Math.round(stats.reduce((sum, s) => sum + s.cost, 0) / 1000),
      gcCount: stats.length,
    };
  }

  /** Stop the sampler thread. */
  async close(): Promise<void> {
    await this.worker.terminate();
  }
}

/** Current RSS and heapUsed in MiB, after a full garbage collection when --expose-gc is on. */
export function settledMemory(): { rssMb: number; heapUsedMb: number } {
  collectGarbage();
  const m = process.memoryUsage();
  return { rssMb: round1(m.rss / MB), heapUsedMb: round1(m.heapUsed / MB) };
}

/** Run a full garbage collection when the process was started with --expose-gc. */
export function collectGarbage(): void {
  const gc = (globalThis as { gc?: () => void }).gc;
  if (gc) {
    gc();
    gc();
  }
}

function round1(x: number): number {
  return Math.round(x * 10) / 10;
}
