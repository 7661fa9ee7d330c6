/**
 * What the task pane needs from the engine to show things: the types of settings and layouts and
 * period labels. The pane imports these from here, never from core directly (STYLE: the task pane
 * talks to app/ only). None of it pulls in decimal.js. The clipboard forms of a report are in
 * ./clipboardForms, which the pane loads only once a follow-up is shown.
 */
export type { FollowUpSettings } from '../core/followUpSettings';
export type { ColumnRole, SheetLayout } from '../core/ledger/detect';
export type { Role } from '../core/ledger/schema';
export type { Scale } from '../core/money';
export type { FollowUpPeriod } from '../core/period/month';
export type { SectionName } from '../core/report/buildReport';
export type { ParentStyle } from '../core/report/rows';
export type { ExplainThreshold } from '../core/cycle/threshold';
export { DEFAULT_THRESHOLD, parseThreshold, thresholdInput, type ThresholdError } from '../core/cycle/threshold';
export { thresholdErrorText } from '../core/cycle/thresholdErrors';
export { unexplainedComments, type UnexplainedComment } from '../core/cycle/unexplainedComments';
export { periodLabel } from '../core/report/words';
export { nextPeriod } from '../core/cycle/nextMonth';
export { columnIndex } from '../core/grid/grid';
export { fiscalYearLabel, fiscalYearOf } from '../core/fiscal/fiscalYear';
export type { SectionKind } from '../core/report/clipboard';
