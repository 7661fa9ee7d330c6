/** The messages between the app and its computing worker (plain data, structured-clone safe). */
import type { ComposeOptions } from '../../core/compose';
import type { FollowUpSettings } from '../../core/followUpSettings';
import type { SheetLayout } from '../../core/ledger/detect';
import type { GridChunk } from './gridCodec';
import type { Composed, LedgerGlance, RowsBehindFound, RowsBehindTarget } from './jobs';

/** A request to the worker. Rows arrive first, in chunks; the jobs then read every grid received. */
export type ComputeRequest =
  | { readonly id: number; readonly kind: 'rows'; readonly chunk: GridChunk }
  | { readonly id: number; readonly kind: 'glance'; readonly layouts: readonly SheetLayout[] }
  | { readonly id: number; readonly kind: 'compose'; readonly settings: Omit<FollowUpSettings, 'id'>; readonly options: ComposeOptions }
  | { readonly id: number; readonly kind: 'rowsBehind'; readonly settings: Omit<FollowUpSettings, 'id'>; readonly options: ComposeOptions; readonly target: RowsBehindTarget };

/** What each request kind answers. */
export interface ComputeAnswers {
  readonly rows: null;
  readonly glance: LedgerGlance;
  readonly compose: Composed;
  readonly rowsBehind: RowsBehindFound;
}

/** The worker's reply to request `id`: its answer, or the message of what went wrong. */
export type ComputeReply = { readonly id: number; readonly ok: true; readonly value: unknown } | { readonly id: number; readonly ok: false; readonly message: string };

/** The worker's first message: its script loaded and it listens. */
export const WORKER_READY = 'followup-compute ready';
