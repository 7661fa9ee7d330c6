/**
 * The CPU time of the page's long tasks, from a Chromium trace (each main-thread task's `tdur`,
 * thread time). On a busy machine a task's wall time includes the time the renderer waited for a
 * core; its CPU time is what the pane's code costs. Used by longTasks.ts beside the wall times the
 * PerformanceObserver reports.
 */
import type { CDPSession, Page } from 'playwright-core';

/** A main-thread task from the trace: start on the page's performance.now() clock, wall and CPU ms. */
export interface TracedTask {
  readonly start: number;
  readonly wallMs: number;
  readonly cpuMs: number;
}

/** The User Timing mark the init script sets at a known performance.now(), to align the clocks. */
export const ALIGN_MARK = 'longtasks-align';

interface TraceEvent {
  readonly name: string;
  readonly cat: string;
  readonly ph: string;
  readonly ts: number;
  readonly dur?: number;
  readonly tdur?: number;
  readonly pid: number;
  readonly tid: number;
  readonly args?: { readonly name?: string };
}

/** Start tracing the page; the function returned stops and gives its main thread's tasks over 50 ms. */
export async function startTrace(page: Page): Promise<(alignAt: number) => Promise<TracedTask[]>> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Tracing.start', { categories: 'toplevel,blink.user_timing', transferMode: 'ReturnAsStream' });
  return async (alignAt) => {
    const done = new Promise<string>((resolve) => cdp.once('Tracing.tracingComplete', (e) => resolve(e.stream ?? '')));
    await cdp.send('Tracing.end');
    const events = (JSON.parse(await readStream(cdp, await done)) as { traceEvents: TraceEvent[] }).traceEvents;
    const mark = events.find((e) => e.name === ALIGN_MARK);
    if (!mark) return [];
    const shift = mark.ts / 1000 - alignAt;
    return events
      .filter((e) => e.pid === mark.pid && e.tid === mark.tid && e.ph === 'X' && e.cat.includes('toplevel') && (e.dur ?? 0) > 50_000)
      .map((e) => ({ start: e.ts / 1000 - shift, wallMs: (e.dur ?? 0) / 1000, cpuMs: (e.tdur ?? e.dur ?? 0) / 1000 }));
  };
}

async function readStream(cdp: CDPSession, handle: string): Promise<string> {
  let text = '';
  for (;;) {
    const chunk = await cdp.send('IO.read', { handle });
    text += chunk.base64Encoded ? Buffer.from(chunk.data, 'base64').toString('utf8') : chunk.data;
    if (chunk.eof) break;
  }
  await cdp.send('IO.close', { handle });
  return text;
}

/** The CPU time of the traced task that matches a long task (same start within 3 ms), or null. */
export function cpuOf(traced: readonly TracedTask[], task: { readonly start: number; readonly duration: number }): number | null {
  let best: TracedTask | null = null;
  for (const t of traced) if (Math.abs(t.start - task.start) < 3 && (!best || Math.abs(t.wallMs - task.duration) < Math.abs(best.wallMs - task.duration))) best = t;
  return best ? best.cpuMs : null;
}
