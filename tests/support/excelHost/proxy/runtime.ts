/**
 * The contract between proxies, the request context and the host: queued operations, the scope a
 * sync runs them in, host options, and the requirement-set check.
 */
import { hostError } from '../errors';
import type { WorkbookModel } from '../workbookModel';

/** Limits of one sync (Excel on the web: 5 MB each way, 5 000 000 cells per range read). */
export interface HostLimits {
  requestBytes: number;
  responseBytes: number;
  cellsPerRead: number;
  /**
   * The code a payload over the limit fails with. Default: the documented
   * Request/ResponsePayloadSizeLimitExceeded. 'GeneralException' models older Excel on the web,
   * which answered "RichApi.Error: An internal error has occurred." (reported in
   * github.com/OfficeDev/office-js-docs-reference/issues/354, office-js/issues/1314, office-js-docs/issues/1247).
   */
  payloadError?: 'GeneralException';
}

/** Per-sync numbers. */
export interface SyncStats {
  requestBytes: number;
  responseBytes: number;
  operations: number;
}

/** What `host.stats` holds. */
export interface HostStats {
  syncs: number;
  requestBytes: number;
  responseBytes: number;
  maxRequestBytes: number;
  maxResponseBytes: number;
  perSync: SyncStats[];
}

/** A scheduled failure of one sync. */
export interface Fault {
  code: string;
  message?: string;
  /** How many of the batch's operations are applied before the failure (default 0). */
  afterOperations: number;
}

/** What proxies and contexts need from the host. */
export interface HostRuntime {
  readonly book: WorkbookModel;
  readonly limits: HostLimits;
  readonly stats: HostStats;
  /** Supported ExcelApi version, e.g. '1.12'. */
  readonly excelApi: string;
  /** The fault planned for the sync about to run, if any (consumes it). */
  takeFault(): Fault | undefined;
  /** Whether another workbook has the focus during the sync now running (`host.focusOtherWorkbook`). */
  otherWorkbookFocused(): boolean;
  /** The code focus errors come with: the documented 'InactiveWorkbook', or the older codes (default). */
  readonly focusErrorCode?: 'InactiveWorkbook';
  /** HostOptions.outOfProcess: batches run in a task of their own; loaded values arrive as JSON. */
  readonly outOfProcess?: boolean;
  /**
   * Before a sync: resolves at once unless the user is editing a cell; then waits for the edit to
   * end when the batch asked `delayForCellEdit` (and this Excel honours it), else throws.
   */
  cellEditGate(delayForCellEdit: boolean): Promise<void>;
}

/** The state of one running sync. */
export interface SyncScope {
  readonly runtime: HostRuntime;
  readonly book: WorkbookModel;
  responseBytes: number;
  /** Applied to proxies only when the whole batch succeeds. */
  readonly deliveries: (() => void)[];
  /** The context the batch belongs to (to reject objects from another context). */
  readonly context: object;
}

/** One queued action. */
export interface QueuedOp {
  /** 'Range.values', 'WorksheetCollection.add', … (becomes debugInfo.errorLocation). */
  readonly location: string;
  readonly requestBytes: number;
  /** Counted by `failNextSync(code, { afterOperations })`; internal bookkeeping is not. */
  readonly counted: boolean;
  run(scope: SyncScope): void;
}

/** Marks a proxy whose object does not exist (`*OrNullObject`). */
export const NULL_TARGET = Symbol('null object');

/** A resolved target or the null object. */
export type Resolved<T> = T | typeof NULL_TARGET;

/** Compare 'major.minor' versions. */
export function versionAtLeast(have: string, need: string): boolean {
  const [a1 = 0, a2 = 0] = have.split('.').map(Number);
  const [b1 = 0, b2 = 0] = need.split('.').map(Number);
  return a1 > b1 || (a1 === b1 && a2 >= b2);
}

/** Throw ApiNotFound (as Excel does for an API newer than it) unless ExcelApi `need` is supported. */
export function requireApi(scope: SyncScope, need: string | undefined, location: string): void {
  if (need !== undefined && !versionAtLeast(scope.runtime.excelApi, need)) {
    throw hostError('ApiNotFound', undefined, location);
  }
}

/**
 * Actions Excel refuses while another open workbook has the focus (Windows and Mac): adding a
 * sheet, activating, selecting and freezing panes fail with GeneralException, deleting a sheet
 * with InvalidSelection. Known issues, not documented API behaviour: "GeneralException when two
 * workbooks are opened" (github.com/OfficeDev/office-js/issues/771: worksheets.add(),
 * worksheet.delete(), fixed only in later builds) and "throws InvalidSelection when user views
 * different workbook" (office-js/issues/6365, also /5319 for getActiveCell). Newer Excel documents
 * the code `InactiveWorkbook`: "The operation failed because multiple workbooks are open and the
 * workbook being called by this API has lost focus" (Excel-specific error codes, error-handling
 * article); `options.focusErrorCode` gives that one instead.
 */
export function requireFocus(scope: SyncScope, code: 'GeneralException' | 'InvalidSelection', location: string): void {
  if (scope.runtime.otherWorkbookFocused()) throw hostError(scope.runtime.focusErrorCode ?? code, undefined, location);
}
