/**
 * The app layer's use cases: one function per user action, each exactly one Excel.run. The task
 * pane and the ribbon commands talk to these only.
 */
import type { buildFollowUp, refreshFollowUps } from './buildFollowUp';
import type { inspectWorkbook } from './inspect';
import type { buildNextMonth } from './nextMonth';
import type { goToSheet, selectCell } from './navigate';
import type { takeRibbonNotice } from './ribbonNotice';
import type { showRowsBehindSelection } from './rowsBehindSelection';
import type { lockMonth } from './lockMonth';

export { buildFollowUp, refreshFollowUps, type BuildOutcome, type BuildRequest, type RefreshOutcome } from './buildFollowUp';
export { inspectWorkbook, type Inspection, type InspectedCoverage } from './inspect';
export { buildNextMonth } from './nextMonth';
export { goToSheet, selectCell, splitAddress } from './navigate';
export { showRowsBehind, type RowsBehindOutcome, type RowsBehindRequest } from './rowsBehind';
export { showRowsBehindSelection } from './rowsBehindSelection';
export { errorMessages, type AppError, type Result } from './errors';
export { takeRibbonNotice } from './ribbonNotice';
export { lockMonth, type LockOutcome } from './lockMonth';
export type { LockListing } from './locks';
export { officeLanguage } from './excelRun';
export type { OnProgress, Phase, Progress } from './progress';

/** The use cases as one object, so the task pane can be given a fake in tests. */
export interface AppApi {
  readonly inspectWorkbook: typeof inspectWorkbook;
  readonly buildFollowUp: typeof buildFollowUp;
  readonly refreshFollowUps: typeof refreshFollowUps;
  /** Nästa månad: the next period's follow-up after a follow-up, its comments carried. */
  readonly buildNextMonth: typeof buildNextMonth;
  readonly goToSheet: typeof goToSheet;
  readonly selectCell: typeof selectCell;
  /** Visa underlag: the rows behind the figure in the selected cell of a follow-up. */
  readonly showRowsBehindSelection: typeof showRowsBehindSelection;
  /** The ribbon command's message that no dialog could show (empty when none), forgotten as it is taken. */
  readonly takeRibbonNotice: typeof takeRibbonNotice;
  /** Lås månaden: keep the follow-up's exact figures, settings and comments in the workbook. */
  readonly lockMonth: typeof lockMonth;
}
