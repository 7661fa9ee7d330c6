/**
 * Excel's use cases (src/app/api's excelApp), loaded on first use. The app layer carries the whole
 * engine (ledger reading, figures, report model, decimal.js); splitting it into its own chunk lets
 * the pane render at once and keeps the JavaScript taskpane.html loads up front within its budget.
 * The first call (the inspection, on mount) fetches the chunk; later calls reuse it.
 */
import type { AppApi } from '../app';

let loading: Promise<AppApi> | null = null;

function load(): Promise<AppApi> {
  loading ??= import(/* webpackChunkName: "app" */ '../app/api').then(
    (m) => m.excelApp,
    (e: unknown) => {
      // Let the next action try again (a chunk that failed to download once may load now).
      loading = null;
      throw e;
    },
  );
  return loading;
}

/** Excel's AppApi, each use case loading the app layer before it runs. */
export const lazyExcelApp: AppApi = {
  inspectWorkbook: async (...args) => (await load()).inspectWorkbook(...args),
  buildFollowUp: async (...args) => (await load()).buildFollowUp(...args),
  refreshFollowUps: async (...args) => (await load()).refreshFollowUps(...args),
  buildNextMonth: async (...args) => (await load()).buildNextMonth(...args),
  goToSheet: async (...args) => (await load()).goToSheet(...args),
  selectCell: async (...args) => (await load()).selectCell(...args),
  showRowsBehindSelection: async (...args) => (await load()).showRowsBehindSelection(...args),
  takeRibbonNotice: async () => (await load()).takeRibbonNotice(),
  lockMonth: async (...args) => (await load()).lockMonth(...args),
};
