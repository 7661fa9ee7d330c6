/**
 * The app's side of a worker session, with a stand-in worker (the compute handler behind
 * postMessage, answering in a later task): jobs are answered through messages, and a worker that
 * dies fails the job waiting and every job after it — none waits forever.
 */
import { workerSession } from '../../../src/app/compute/computeClient';
import { createComputeHandler } from '../../../src/app/compute/computeHandler';
import type { ComputeRequest } from '../../../src/app/compute/protocol';
import { ALL_SECTIONS } from '../../../src/core/report/buildReport';
import { largeLedgerRows } from '../../support/largeLedger';
import { grid } from '../../support/builders';

const SETTINGS = { period: { year: 2025, month: 7, months: 1 as const }, scale: 'tkr' as const, lang: 'sv' as const, parentStyle: 'above' as const, sections: ALL_SECTIONS };
const pause = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));

/** A Worker-shaped object running the compute handler; `die()` fires its error event. */
class StandInWorker {
  onmessage: ((e: { data: unknown }) => void) | null = null;
  onerror: ((e: { message: string; preventDefault(): void }) => void) | null = null;
  onmessageerror: (() => void) | null = null;
  terminated = false;
  dead = false;
  private readonly handle = createComputeHandler();

  postMessage(request: ComputeRequest): void {
    if (this.dead) return; // a dead worker answers nothing
    setTimeout(() => this.onmessage?.({ data: this.handle(request) }), 0);
  }

  die(): void {
    this.dead = true;
    this.onerror?.({ message: 'out of memory', preventDefault: () => undefined });
  }

  terminate(): void {
    this.terminated = true;
  }
}

it('answers jobs through the worker\'s messages and terminates it on close', async () => {
  const w = new StandInWorker();
  const session = workerSession(w as unknown as Worker, pause);
  await session.sendGrids([grid('Huvudbok', largeLedgerRows(300))]);
  const composed = await session.compose(SETTINGS, {});
  expect(composed.ok).toBe(true);
  session.close();
  expect(w.terminated).toBe(true);
});

it('fails the job waiting, and every later one at once, when the worker dies', async () => {
  const w = new StandInWorker();
  const session = workerSession(w as unknown as Worker, pause);
  await session.sendGrids([grid('Huvudbok', largeLedgerRows(300))]);
  const waiting = session.compose(SETTINGS, {});
  w.die();
  await expect(waiting).rejects.toThrow('The computing worker failed: out of memory');
  await expect(session.compose(SETTINGS, {})).rejects.toThrow('The computing worker failed: out of memory');
  session.close();
});
