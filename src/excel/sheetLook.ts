/**
 * What a refresh in place overwrites besides the cells, read before it writes so a failed write
 * can put it back: the print setup members the writer sets (writeReport.queuePageLayout), column
 * widths and row heights, and the sheet's charts. The cells themselves (values, formats, merged
 * areas) are kept by copying them to a backup sheet (rewriteInPlace.ts).
 */

/** How far the sheet is used, from A1: rows and columns (0 when empty). */
export interface UsedExtent {
  readonly rows: number;
  readonly columns: number;
}

/** The loads of the first sync: the used extent, the charts and the print setup. */
export interface QueuedLook {
  readonly used: Excel.Range;
  readonly charts: Excel.ChartCollection;
  readonly layout: Excel.PageLayout;
  readonly state: Excel.HeaderFooterGroup;
  readonly texts: Excel.HeaderFooter;
  readonly area: Excel.RangeAreas;
  readonly titles: Excel.Range;
}

const LAYOUT_MEMBERS = 'paperSize,orientation,topMargin,bottomMargin,leftMargin,rightMargin,headerMargin,footerMargin,zoom';
const TEXTS = 'leftHeader,centerHeader,rightHeader,leftFooter,centerFooter,rightFooter';
const AT = 'rowIndex,columnIndex,rowCount,columnCount';

/** Queue reading the sheet's used extent, charts and print setup. */
export function queueLook(ws: Excel.Worksheet): QueuedLook {
  const used = ws.getUsedRangeOrNullObject();
  used.load(AT);
  const charts = ws.charts;
  charts.load('items/id');
  const layout = ws.pageLayout;
  layout.load(LAYOUT_MEMBERS);
  const state = layout.headersFooters;
  state.load('state');
  const texts = state.defaultForAllPages;
  texts.load(TEXTS);
  const area = layout.getPrintAreaOrNullObject();
  area.load('address');
  const titles = layout.getPrintTitleRowsOrNullObject();
  titles.load('rowIndex,rowCount');
  return { used, charts, layout, state, texts, area, titles };
}

/** The used extent, after the sync. */
export function usedExtent(q: QueuedLook): UsedExtent {
  if (q.used.isNullObject) return { rows: 0, columns: 0 };
  return { rows: q.used.rowIndex + q.used.rowCount, columns: q.used.columnIndex + q.used.columnCount };
}

/** The ids of the sheet's charts, after the sync. */
export function chartIds(q: QueuedLook): string[] {
  return q.charts.items.map((c) => c.id);
}

/** Widths and heights being read (one range per column and per row). */
export interface QueuedSizes {
  readonly columns: readonly Excel.RangeFormat[];
  readonly rows: readonly Excel.RangeFormat[];
}

/** Queue reading the widths of the first `columns` columns and heights of the first `rows` rows. */
export function queueSizes(ws: Excel.Worksheet, extent: UsedExtent): QueuedSizes {
  const columns = Array.from({ length: extent.columns }, (_, c) => ws.getRangeByIndexes(0, c, 1, 1).format.load('columnWidth'));
  const rows = Array.from({ length: extent.rows }, (_, r) => ws.getRangeByIndexes(r, 0, 1, 1).format.load('rowHeight'));
  return { columns, rows };
}

/** Queue putting back everything read: print setup, widths and heights (the charts: see rewriteInPlace). */
export function queueRestoreLook(ws: Excel.Worksheet, q: QueuedLook, sizes: QueuedSizes): void {
  sizes.columns.forEach((f, c) => (ws.getRangeByIndexes(0, c, 1, 1).getEntireColumn().format.columnWidth = f.columnWidth));
  sizes.rows.forEach((f, r) => (ws.getRangeByIndexes(r, 0, 1, 1).getEntireRow().format.rowHeight = f.rowHeight));
  const layout = ws.pageLayout;
  const was = q.layout;
  layout.paperSize = was.paperSize;
  layout.orientation = was.orientation;
  layout.topMargin = was.topMargin;
  layout.bottomMargin = was.bottomMargin;
  layout.leftMargin = was.leftMargin;
  layout.rightMargin = was.rightMargin;
  layout.headerMargin = was.headerMargin;
  layout.footerMargin = was.footerMargin;
  layout.zoom = was.zoom;
  layout.headersFooters.state = q.state.state;
  const hf = layout.headersFooters.defaultForAllPages;
  hf.leftHeader = q.texts.leftHeader;
  hf.centerHeader = q.texts.centerHeader;
  hf.rightHeader = q.texts.rightHeader;
  hf.leftFooter = q.texts.leftFooter;
  hf.centerFooter = q.texts.centerFooter;
  hf.rightFooter = q.texts.rightFooter;
  // The API documents no way to remove a print area or title rows: a follow-up whose user removed
  // them keeps those the failed write set (the only thing it does not put back).
  if (!q.area.isNullObject) layout.setPrintArea(localAddress(q.area.address));
  if (!q.titles.isNullObject) layout.setPrintTitleRows(ws.getRangeByIndexes(q.titles.rowIndex, 0, q.titles.rowCount, 1).getEntireRow());
}

/** "A1:M40" from Excel's "'Uppföljning 2025-07'!A1:M40" (each area of "…!A1:B2, …!D4:E5"). */
function localAddress(address: string): string {
  return address
    .split(',')
    .map((a) => a.slice(a.lastIndexOf('!') + 1).trim())
    .join(',');
}
