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

/** What was read, as plain values (a proxy echoes later writes to it, so it cannot hold them). */
export interface OldLook {
  readonly used: UsedExtent;
  readonly chartIds: readonly string[];
  readonly layout: Pick<Excel.PageLayout, 'paperSize' | 'orientation' | 'topMargin' | 'bottomMargin' | 'leftMargin' | 'rightMargin' | 'headerMargin' | 'footerMargin' | 'zoom'>;
  readonly state: Excel.HeaderFooterGroup['state'];
  readonly texts: Pick<Excel.HeaderFooter, 'leftHeader' | 'centerHeader' | 'rightHeader' | 'leftFooter' | 'centerFooter' | 'rightFooter'>;
  /** The print area ("A1:M40"), or null when none is set. */
  readonly area: string | null;
  readonly titles: { readonly row: number; readonly rows: number } | null;
}

/** The look read, after the sync. */
export function oldLookOf(q: QueuedLook): OldLook {
  const l = q.layout;
  const t = q.texts;
  return {
    used: q.used.isNullObject ? { rows: 0, columns: 0 } : { rows: q.used.rowIndex + q.used.rowCount, columns: q.used.columnIndex + q.used.columnCount },
    chartIds: q.charts.items.map((c) => c.id),
    layout: { paperSize: l.paperSize, orientation: l.orientation, topMargin: l.topMargin, bottomMargin: l.bottomMargin, leftMargin: l.leftMargin, rightMargin: l.rightMargin, headerMargin: l.headerMargin, footerMargin: l.footerMargin, zoom: { ...l.zoom } },
    state: q.state.state,
    texts: { leftHeader: t.leftHeader, centerHeader: t.centerHeader, rightHeader: t.rightHeader, leftFooter: t.leftFooter, centerFooter: t.centerFooter, rightFooter: t.rightFooter },
    area: q.area.isNullObject ? null : localAddress(q.area.address),
    titles: q.titles.isNullObject ? null : { row: q.titles.rowIndex, rows: q.titles.rowCount },
  };
}

/** Widths and heights being read (one range per column and per row). */
export interface QueuedSizes {
  readonly columns: readonly Excel.RangeFormat[];
  readonly rows: readonly Excel.RangeFormat[];
}

/** Column widths and row heights (points) from A1, as read. */
export interface OldSizes {
  readonly widths: readonly number[];
  readonly heights: readonly number[];
}

/** The sizes read, after the sync. */
export function oldSizesOf(q: QueuedSizes): OldSizes {
  return { widths: q.columns.map((f) => f.columnWidth), heights: q.rows.map((f) => f.rowHeight) };
}

/** Queue reading the widths of the first `columns` columns and heights of the first `rows` rows. */
export function queueSizes(ws: Excel.Worksheet, extent: UsedExtent): QueuedSizes {
  const columns = Array.from({ length: extent.columns }, (_, c) => ws.getRangeByIndexes(0, c, 1, 1).format.load('columnWidth'));
  const rows = Array.from({ length: extent.rows }, (_, r) => ws.getRangeByIndexes(r, 0, 1, 1).format.load('rowHeight'));
  return { columns, rows };
}

/** Queue putting back everything read: print setup, widths and heights (the charts: see rewriteInPlace). */
export function queueRestoreLook(ws: Excel.Worksheet, was: OldLook, sizes: OldSizes): void {
  sizes.widths.forEach((w, c) => (ws.getRangeByIndexes(0, c, 1, 1).getEntireColumn().format.columnWidth = w));
  sizes.heights.forEach((h, r) => (ws.getRangeByIndexes(r, 0, 1, 1).getEntireRow().format.rowHeight = h));
  const layout = ws.pageLayout;
  layout.set(was.layout);
  layout.headersFooters.state = was.state;
  layout.headersFooters.defaultForAllPages.set(was.texts);
  // The API documents no way to remove a print area or title rows: a follow-up whose user removed
  // them keeps those the failed write set (the only thing it does not put back).
  if (was.area !== null) layout.setPrintArea(was.area);
  if (was.titles) layout.setPrintTitleRows(ws.getRangeByIndexes(was.titles.row, 0, was.titles.rows, 1).getEntireRow());
}

/** "A1:M40" from Excel's "'Uppföljning 2025-07'!A1:M40" (each area of "…!A1:B2, …!D4:E5"). */
function localAddress(address: string): string {
  return address
    .split(',')
    .map((a) => a.slice(a.lastIndexOf('!') + 1).trim())
    .join(',');
}
