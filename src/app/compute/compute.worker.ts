/**
 * The task pane's computing worker (its own webpack chunk, from the pane's origin): the ledger's
 * rows arrive in encoded chunks, the jobs run here, off the thread Office watches for a pane
 * that stops answering. No Office API is used here; the Excel calls stay on the main thread.
 */
import { createComputeHandler } from './computeHandler';
import { WORKER_READY, type ComputeRequest } from './protocol';

/** The worker's own scope, typed as far as used (the project's lib is DOM, not WebWorker). */
const scope = self as unknown as { onmessage: ((e: MessageEvent<ComputeRequest>) => void) | null; postMessage(message: unknown): void };
const handle = createComputeHandler();

scope.onmessage = (e) => scope.postMessage(handle(e.data));
// Loaded and listening: the app sends rows only after this, and computes in its own thread if it never comes.
scope.postMessage(WORKER_READY);
