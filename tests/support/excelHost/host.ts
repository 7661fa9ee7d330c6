/**
 * The in-memory Excel host: `createExcelHost(snapshot, options)` gives `Excel`, `Office` and
 * `OfficeExtension` objects shaped like the real globals, so add-in code written against
 * @types/office-js runs unchanged, plus test handles (stats, snapshot, fault injection, ribbon
 * actions). Pure TypeScript: no Node APIs, so it also runs bundled in a browser (browser.ts).
 *
 *   const host = createExcelHost({ sheets: [{ name: 'Huvudbok', rows: [['Konto', 'Belopp']] }] });
 *   const restore = host.install(globalThis);   // Excel, Office, OfficeExtension
 *   await Excel.run(async (context) => { ... });
 *   expect(host.snapshot().sheets[0].cells.A1.value).toBe('Konto');
 */
import { EXCEL_ENUMS } from './enums';
import { HostError, OFFICE_EXTENSION_ERROR_CODES, hostError } from './errors';
import { createDialogs, type HostDialog } from './dialogs';
import { createOffice, LIGHT_THEME, type ActionEvent, type HostOffice, type OfficeTheme } from './office';
import { HostClientResult, HostObject } from './proxy/base';
import { RequestContext } from './proxy/context';
import type { Fault, HostLimits, HostRuntime, HostStats } from './proxy/runtime';
import type { WorkbookInput, WorkbookSnapshot } from './snapshot';
import { modelFromInput, snapshotOf } from './snapshotIO';
import { DEFAULT_WRITE_RULES, type WriteRules } from './writeRules';

export type { CellInput, CellSnapshot, CellStyle, SheetInput, SheetSnapshot, WorkbookInput, WorkbookSnapshot } from './snapshot';
export type { HostLimits, HostStats, SyncStats } from './proxy/runtime';
export { HostError } from './errors';

/** How the host behaves. */
export interface HostOptions {
  /** Highest ExcelApi requirement set supported (default '1.12'; '1.9' tests fallbacks). */
  excelApi?: string;
  /** Other requirement sets `isSetSupported` reports, e.g. { SharedRuntime: '1.1' }. */
  requirementSets?: Record<string, string>;
  /** `Office.context.displayLanguage` (default 'sv-SE'; also names new sheets 'Blad…' or 'Sheet…'). */
  displayLanguage?: string;
  /** `Office.context.officeTheme` (default light). */
  officeTheme?: Partial<OfficeTheme>;
  /** `Office.context.platform` (default 'PC'). */
  platform?: string;
  /** Payload and cell limits (defaults 5 000 000 bytes each way, 5 000 000 cells per read). */
  limits?: Partial<HostLimits>;
  /** Report focus loss with the documented 'InactiveWorkbook' (default: the older GeneralException/InvalidSelection). */
  focusErrorCode?: 'InactiveWorkbook';
  /** Undocumented write rules to turn off (writeRules.ts): an Excel where only the Range.values doc holds. */
  writeRules?: Partial<WriteRules>;
  /** Whether `Excel.run({ delayForCellEdit: true })` waits out cell-edit mode (default true; false: an Excel that ignores it). */
  honoursDelayForCellEdit?: boolean;
  /**
   * Work as Excel does it, out of the add-in's process (for the browser's long-task bench): each
   * sync's batch runs in a task of its own, timed as a User Timing measure 'excel host', and its
   * loaded values reach the add-in as JSON that is parsed in the add-in's task, as office.js
   * parses Excel's response. Default false: a sync runs at once, values passed by reference.
   */
  outOfProcess?: boolean;
}

/** Options of a planned failure. */
export interface FaultOptions {
  /** Operations of the batch applied before it fails (default 0: nothing applied). */
  afterOperations?: number;
  message?: string;
}

/** The `Excel` object the host provides. */
export interface HostExcel {
  run<T>(...args: unknown[]): Promise<T>;
  RequestContext: new () => RequestContext;
  [name: string]: unknown;
}

/** The `OfficeExtension` object the host provides. */
export interface HostOfficeExtension {
  Error: typeof HostError;
  ErrorCodes: typeof OFFICE_EXTENSION_ERROR_CODES;
  ClientResult: typeof HostClientResult;
  ClientObject: typeof HostObject;
  config: { extendedErrorLogging: boolean };
}

/** A running host. */
export interface ExcelHost {
  readonly Excel: HostExcel;
  readonly Office: HostOffice;
  readonly OfficeExtension: HostOfficeExtension;
  /** Live counters (reset with `resetStats`). */
  readonly stats: HostStats;
  /** The workbook now, as JSON. */
  snapshot(): WorkbookSnapshot;
  resetStats(): void;
  /** Make the n-th sync from now fail (1 = the next one) with `code`. */
  failSyncAt(n: number, code: string, options?: FaultOptions): void;
  /** Make the next sync fail with `code` after `afterOperations` of its operations were applied. */
  failNextSync(code: string, options?: FaultOptions): void;
  /**
   * Another workbook takes the focus from the `fromSync`-th sync from now (default 1: the next one)
   * for `syncs` syncs (default: until `returnFocus`). See `requireFocus` for what then fails.
   */
  focusOtherWorkbook(options?: { fromSync?: number; syncs?: number }): void;
  /** This workbook has the focus again. */
  returnFocus(): void;
  /**
   * The user starts editing a cell: syncs fail with `code` (InvalidOperationInCellEditMode, the
   * documented code, by default), or wait for `endCellEdit` when the batch asked
   * `delayForCellEdit` (Excel.RunOptions: "the batch request is delayed until the user exits cell
   * edit mode").
   */
  startCellEdit(code?: 'InvalidOperationInCellEditMode' | 'InvalidOperation'): void;
  /** The user leaves cell-edit mode; delayed batches run. */
  endCellEdit(): void;
  /**
   * Run a ribbon command registered with `Office.actions.associate`; resolves on `event.completed()`.
   * Like Office, closes the command's runtime (its dialogs too) after `runtimeLimitMs` (default 5
   * minutes: "The runtime closes when either the function completes or 5 minutes have passed,
   * whichever is earlier", Office Add-ins docs on function commands) and then rejects.
   */
  invokeAction(actionId: string, options?: { runtimeLimitMs?: number }): Promise<void>;
  /** Dialogs the add-in opened with `Office.context.ui.displayDialogAsync`, in order. */
  readonly dialogs: readonly HostDialog[];
  /** Refuse dialogs from now with this error code (12009 on the web; see dialogs.ts); null: open them. */
  refuseDialogs(code: number | null): void;
  /** Put Excel, Office and OfficeExtension on `target` (globalThis); returns a function undoing it. */
  install(target?: object): () => void;
}

/** Default limits: Excel on the web's 5 MB payloads and 5 000 000-cell reads. */
export const DEFAULT_LIMITS: HostLimits = { requestBytes: 5_000_000, responseBytes: 5_000_000, cellsPerRead: 5_000_000 };

function emptyStats(): HostStats {
  return { syncs: 0, requestBytes: 0, responseBytes: 0, maxRequestBytes: 0, maxResponseBytes: 0, perSync: [] };
}

/** Create a host holding `snapshot` (a full snapshot or a partial input). */
export function createExcelHost(snapshot: WorkbookInput | WorkbookSnapshot, options: HostOptions = {}): ExcelHost {
  const displayLanguage = options.displayLanguage ?? 'sv-SE';
  const book = modelFromInput(snapshot, displayLanguage.toLowerCase().startsWith('sv') ? 'Blad' : 'Sheet');
  book.writeRules = { ...DEFAULT_WRITE_RULES, ...options.writeRules };
  const stats = emptyStats();
  const faults = new Map<number, Fault>();
  let syncCounter = 0;
  let cellEdit: { code: string; ended: Promise<void>; end: () => void } | null = null;
  let focusAway = { from: Number.POSITIVE_INFINITY, until: Number.POSITIVE_INFINITY };
  const runtime: HostRuntime = {
    book,
    stats,
    limits: { ...DEFAULT_LIMITS, ...options.limits },
    excelApi: options.excelApi ?? '1.12',
    takeFault() {
      syncCounter++;
      const fault = faults.get(syncCounter);
      faults.delete(syncCounter);
      return fault;
    },
    otherWorkbookFocused: () => syncCounter >= focusAway.from && syncCounter < focusAway.until,
    focusErrorCode: options.focusErrorCode,
    outOfProcess: options.outOfProcess === true,
    cellEditGate(delay) {
      if (!cellEdit) return Promise.resolve();
      if (delay && options.honoursDelayForCellEdit !== false) return cellEdit.ended;
      return Promise.reject(hostError(cellEdit.code as 'InvalidOperation'));
    },
  };
  const handlers = new Map<string, (event: ActionEvent) => unknown>();
  const dialogs = createDialogs();
  const Office = createOffice(
    {
      excelApi: runtime.excelApi,
      requirementSets: options.requirementSets ?? {},
      displayLanguage,
      platform: options.platform ?? 'PC',
      officeTheme: { ...LIGHT_THEME, ...options.officeTheme },
    },
    handlers,
    dialogs,
  );
  const Excel = createExcelObject(runtime);
  const OfficeExtension: HostOfficeExtension = {
    Error: HostError,
    ErrorCodes: OFFICE_EXTENSION_ERROR_CODES,
    ClientResult: HostClientResult,
    ClientObject: HostObject,
    config: { extendedErrorLogging: false },
  };
  const failSyncAt = (n: number, code: string, opts: FaultOptions = {}): void => {
    faults.set(syncCounter + n, { code, message: opts.message, afterOperations: opts.afterOperations ?? 0 });
  };
  return {
    Excel,
    Office,
    OfficeExtension,
    stats,
    snapshot: () => snapshotOf(book),
    resetStats: () => Object.assign(stats, emptyStats()),
    failSyncAt,
    failNextSync: (code, opts) => failSyncAt(1, code, opts),
    focusOtherWorkbook(opts = {}) {
      const from = syncCounter + (opts.fromSync ?? 1);
      focusAway = { from, until: opts.syncs === undefined ? Number.POSITIVE_INFINITY : from + opts.syncs };
    },
    returnFocus() {
      focusAway = { from: Number.POSITIVE_INFINITY, until: Number.POSITIVE_INFINITY };
    },
    startCellEdit(code = 'InvalidOperationInCellEditMode') {
      let end = () => undefined as void;
      const ended = new Promise<void>((resolve) => (end = resolve));
      cellEdit = { code, ended, end };
    },
    endCellEdit() {
      cellEdit?.end();
      cellEdit = null;
    },
    invokeAction: (actionId, opts) => invokeAction(handlers, actionId, opts?.runtimeLimitMs ?? RUNTIME_LIMIT_MS, () => dialogs.closeAll()),
    dialogs: dialogs.opened,
    refuseDialogs: (code) => void (dialogs.refuseWith = code),
    install(target: object = globalThis) {
      const record = target as Record<string, unknown>;
      const saved = { Excel: record.Excel, Office: record.Office, OfficeExtension: record.OfficeExtension };
      Object.assign(record, { Excel, Office, OfficeExtension });
      return () => Object.assign(record, saved);
    },
  };
}

/** The `Excel` namespace object: `run`, `RequestContext`, enums and `ErrorCodes`. */
function createExcelObject(runtime: HostRuntime): HostExcel {
  class BoundRequestContext extends RequestContext {
    constructor() {
      super(runtime);
    }
  }
  async function run<T>(...args: unknown[]): Promise<T> {
    const [first, second] = args;
    const batch = (typeof first === 'function' ? first : second) as ((ctx: RequestContext) => unknown) | undefined;
    if (typeof batch !== 'function') throw hostError('InvalidArgument', 'Excel.run needs a batch function.');
    let context: RequestContext;
    let owned = false;
    if (first instanceof RequestContext) context = first;
    else if (first instanceof HostObject) context = first.context as RequestContext;
    else if (Array.isArray(first) && first[0] instanceof HostObject) context = (first[0] as HostObject<unknown>).context as RequestContext;
    else {
      context = new RequestContext(runtime);
      owned = true;
    }
    if (first !== null && typeof first === 'object' && (first as { delayForCellEdit?: unknown }).delayForCellEdit === true) context._delayForCellEdit = true;
    try {
      const pending = batch(context);
      if (pending === null || typeof pending !== 'object' || typeof (pending as Promise<T>).then !== 'function') {
        throw hostError('RunMustReturnPromise');
      }
      const result = await (pending as Promise<T>);
      await context.sync();
      return result;
    } finally {
      if (owned) context._close();
    }
  }
  return { ...EXCEL_ENUMS, run, RequestContext: BoundRequestContext, ErrorCodes: EXCEL_ENUMS.ErrorCodes };
}

/** Office closes a function command's runtime after 5 minutes. */
const RUNTIME_LIMIT_MS = 5 * 60_000;

/** Call a registered ribbon action and wait for `event.completed()`, at most `limitMs`. */
function invokeAction(handlers: Map<string, (event: ActionEvent) => unknown>, actionId: string, limitMs: number, closeRuntime: () => void): Promise<void> {
  const handler = handlers.get(actionId);
  if (!handler) return Promise.reject(new Error(`No action is associated with '${actionId}'.`));
  return new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => {
      closeRuntime();
      reject(new Error(`The command's runtime was closed after ${limitMs} ms without event.completed().`));
    }, limitMs);
    const event: ActionEvent = {
      source: { id: actionId },
      // Event.completed: "the add-in has completed processing and will automatically be closed",
      // and its dialogs with it.
      completed: () => {
        clearTimeout(timer);
        closeRuntime();
        resolve();
      },
    };
    try {
      const result = handler(event);
      if (result && typeof (result as Promise<unknown>).then === 'function') {
        (result as Promise<unknown>).catch((error: unknown) => {
          clearTimeout(timer);
          reject(error);
        });
      }
    } catch (error) {
      clearTimeout(timer);
      reject(error);
    }
  });
}
