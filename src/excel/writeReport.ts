/**
 * Writing a report model into a worksheet with Office.js: values and number formats as whole 2-D
 * arrays (number formats first, so text cells are text before any value lands: a unit called
 * "=HYPERLINK(…)" stays text), styles by RangeAreas per distinct style, merges, widths, heights,
 * print setup and the chart (the frozen header apart: queueFreeze). Everything is queued; the caller syncs.
 */
import type { CellStyle, PageSetup, ReportSheet } from '../core/report/model';
import { headerFooterCode } from '../core/report/pageSetup';
import { POINTS_PER_WIDTH_UNIT } from '../core/report/sheetLayout';
import { inGroups, styleAreas } from './styleAreas';

const AREAS_PER_CALL = 60;
const BORDERS = ['EdgeTop', 'EdgeBottom', 'EdgeLeft', 'EdgeRight', 'InsideHorizontal', 'InsideVertical'] as const;

/** The width of the report in columns. */
export function reportWidth(report: ReportSheet): number {
  return Math.max(report.columnWidths.length, ...report.rows.map((r) => r.length), 1);
}

/** Queue the whole report into a (new, empty) worksheet. */
export function queueReport(ws: Excel.Worksheet, report: ReportSheet): void {
  const width = reportWidth(report);
  const height = Math.max(report.rows.length, 1);
  const all = ws.getRangeByIndexes(0, 0, height, width);
  const formats: string[][] = [];
  const values: (string | number)[][] = [];
  for (let r = 0; r < height; r++) {
    const row = report.rows[r] ?? [];
    const f: string[] = new Array<string>(width);
    const v: (string | number)[] = new Array<string | number>(width);
    for (let c = 0; c < width; c++) {
      const cell = row[c];
      f[c] = cell?.numberFormat ?? 'General';
      v[c] = cell?.value ?? '';
    }
    formats.push(f);
    values.push(v);
  }
  all.format.font.name = report.font.name;
  all.format.font.size = report.font.size;
  all.numberFormat = formats;
  all.values = values;
  for (const { style, areas } of styleAreas(report)) {
    for (const group of inGroups(areas, AREAS_PER_CALL)) applyStyle(ws.getRanges(group.join(',')).format, style);
  }
  queueShape(ws, report);
  queuePageLayout(ws, report.print);
  queueChart(ws, report);
}

/** Queue the report's column widths, row heights and merged areas. */
export function queueShape(ws: Excel.Worksheet, report: ReportSheet): void {
  report.columnWidths.forEach((w, c) => {
    // The model's widths are the file's unit (7 px); Office.js takes points.
    ws.getRangeByIndexes(0, c, 1, 1).getEntireColumn().format.columnWidth = w * POINTS_PER_WIDTH_UNIT;
  });
  for (const h of report.rowHeights) ws.getRangeByIndexes(h.row, 0, 1, 1).getEntireRow().format.rowHeight = h.height;
  for (const m of report.merges) ws.getRangeByIndexes(m.row, m.column, m.rows, m.columns).merge(false);
}

/** Queue the report's chart, if it has one, over the sheet's own cells. */
export function queueChart(ws: Excel.Worksheet, report: ReportSheet): void {
  if (!report.chart) return;
  const { chart: spec } = report;
  const source = ws.getRangeByIndexes(spec.categories.row, spec.categories.column, spec.categories.rows, 2);
  const chart = ws.charts.add('BarClustered', source, 'Columns');
  chart.title.text = spec.title;
  chart.legend.visible = false;
  chart.setPosition(ws.getRangeByIndexes(spec.anchor.row, spec.anchor.column, 1, 1));
  // Each bar in the model's colour for its sign (ChartPoint.format.fill, ExcelApi 1.1).
  const points = chart.series.getItemAt(0).points;
  spec.barFills.forEach((fill, i) => points.getItemAt(i).format.fill.setSolidColor(`#${fill}`));
}

/**
 * The model's print setup through Worksheet.pageLayout (ExcelApi 1.9), documented members only:
 * paperSize, orientation, the margins in points, zoom as one object with horizontalFitToPages and
 * verticalFitToPages ("Number of pages to fit vertically", a page count from the model, not 0),
 * headersFooters.defaultForAllPages, setPrintArea and setPrintTitleRows.
 */
export function queuePageLayout(ws: Excel.Worksheet, p: PageSetup): void {
  const layout = ws.pageLayout;
  layout.paperSize = p.paper;
  layout.orientation = p.orientation === 'landscape' ? 'Landscape' : 'Portrait';
  layout.topMargin = p.margins.top;
  layout.bottomMargin = p.margins.bottom;
  layout.leftMargin = p.margins.left;
  layout.rightMargin = p.margins.right;
  layout.headerMargin = p.margins.header;
  layout.footerMargin = p.margins.footer;
  layout.zoom = { horizontalFitToPages: p.fitToPages.wide, verticalFitToPages: p.fitToPages.tall };
  layout.headersFooters.state = 'Default';
  const hf = layout.headersFooters.defaultForAllPages;
  hf.leftHeader = headerFooterCode(p.header.left);
  hf.centerHeader = headerFooterCode(p.header.center);
  hf.rightHeader = headerFooterCode(p.header.right);
  hf.leftFooter = headerFooterCode(p.footer.left);
  hf.centerFooter = headerFooterCode(p.footer.center);
  hf.rightFooter = headerFooterCode(p.footer.right);
  layout.setPrintArea(ws.getRangeByIndexes(p.area.row, p.area.column, p.area.rows, p.area.columns));
  if (p.titleRows) layout.setPrintTitleRows(ws.getRangeByIndexes(p.titleRows.first, 0, p.titleRows.last - p.titleRows.first + 1, 1).getEntireRow());
}

/**
 * Queue freezing the report's header. Apart from queueReport: Excel refuses to freeze panes while
 * another workbook has the focus, so the writer freezes after the report is in place, best effort.
 */
export function queueFreeze(ws: Excel.Worksheet, report: ReportSheet): void {
  // freezeAt freezes the range's columns too: a sheet that freezes rows only (ExcelApi 1.7) says so.
  if (report.freeze.columns === 0 && report.freeze.rows > 0) ws.freezePanes.freezeRows(report.freeze.rows);
  else if (report.freeze.rows > 0 || report.freeze.columns > 0) {
    ws.freezePanes.freezeAt(ws.getRangeByIndexes(0, 0, Math.max(1, report.freeze.rows), Math.max(1, report.freeze.columns)));
  }
}

/** Apply one style to a range's (or range areas') format. */
function applyStyle(format: Excel.RangeFormat, s: CellStyle): void {
  if (s.bold !== undefined) format.font.bold = s.bold;
  if (s.italic !== undefined) format.font.italic = s.italic;
  if (s.fontSize !== undefined) format.font.size = s.fontSize;
  if (s.color !== undefined) format.font.color = `#${s.color}`;
  if (s.fill !== undefined) format.fill.color = `#${s.fill}`;
  if (s.horizontal !== undefined) format.horizontalAlignment = s.horizontal === 'left' ? 'Left' : s.horizontal === 'right' ? 'Right' : 'Center';
  if (s.vertical !== undefined) format.verticalAlignment = s.vertical === 'top' ? 'Top' : s.vertical === 'bottom' ? 'Bottom' : 'Center';
  if (s.indent !== undefined && s.indent > 0) format.indentLevel = s.indent;
  if (s.wrap !== undefined) format.wrapText = s.wrap;
  if (s.border) {
    for (const edge of BORDERS) {
      const b = format.borders.getItem(edge);
      b.style = 'Continuous';
      b.color = '#A6A6A6';
    }
  }
  if (s.topRule) {
    const top = format.borders.getItem('EdgeTop');
    top.style = 'Continuous';
    top.weight = 'Medium';
    top.color = '#404040';
  }
}

/** Links per sync: each is its own call, and a request must stay under Excel's 5 MB. */
export const LINKS_PER_SYNC = 4000;

/**
 * Queue the report's links [from, to) (ExcelApi 1.7, below the add-in's minimum 1.9); the cell
 * keeps its text. Written apart from queueReport so the caller can sync between chunks.
 */
export function queueLinks(ws: Excel.Worksheet, report: ReportSheet, from: number, to: number): void {
  for (const l of (report.links ?? []).slice(from, to)) {
    const text = report.rows[l.row]?.[l.column]?.text ?? '';
    ws.getRangeByIndexes(l.row, l.column, 1, 1).hyperlink = { documentReference: l.target, textToDisplay: text };
  }
}
