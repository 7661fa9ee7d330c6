/** The real use cases bundled as an AppApi (the task pane's default). */
import { buildFollowUp, refreshFollowUps } from './buildFollowUp';
import type { AppApi } from './index';
import { inspectWorkbook } from './inspect';
import { buildNextMonth } from './nextMonth';
import { goToSheet, selectCell } from './navigate';
import { takeRibbonNotice } from './ribbonNotice';
import { showRowsBehindSelection } from './rowsBehindSelection';
import { lockMonth } from './lockMonth';

/** The app as Excel runs it. */
export const excelApp: AppApi = { inspectWorkbook, buildFollowUp, refreshFollowUps, buildNextMonth, goToSheet, selectCell, showRowsBehindSelection, takeRibbonNotice, lockMonth };
