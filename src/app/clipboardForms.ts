/**
 * The clipboard forms of a report (HTML for word processors, tab-separated text), for the task
 * pane's copy buttons. A module of its own so the pane loads it, with its column-width tables,
 * only once a follow-up is shown, not in its first screen's JavaScript.
 */
export { copySections, escapeHtml } from '../core/report/clipboard';
