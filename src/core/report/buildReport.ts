/**
 * Figures → the follow-up sheet's report model: title, key figures, unit table, account-group
 * table, result per area, summary text with a comment cell, and chart data. The one place the
 * layout lives; the Office.js and ExcelJS writers only translate it.
 */
import type { FollowUp } from '../followup/computeFollowUp';
import { fiscalStartOf, fiscalWindow } from '../fiscal/fiscalYear';
import type { IndicatorLine } from '../indicators/indicatorTable';
import { writeIndicatorTables } from './indicatorTables';
import { scaleWord, type Lang, type Scale } from '../money';
import { isoMonth, monthKey } from '../period/month';
import { writeAccountTable } from './accountTable';
import { amountCell, emptyCell, figureStyle, labelStyle, shownAmountCell, STYLES, textCell, percentCell } from './cells';
import { reconcileFollowUp } from './reconcile';
import { DEFAULT_THRESHOLD, type ExplainThreshold } from '../cycle/threshold';
import { explainedOf, unexplainedTitle, type Explained } from '../cycle/explained';
import { withDocuments } from './documentTables';
import type { SinceLock } from '../cycle/sinceLock';
import { hasAccountChanges, writeAccountChangesTable, writeChangesTable } from './changesTable';
import type { ChartSpec, HeaderFooterLine, HeaderFooterPart, ReportCell, ReportSection, ReportSheet } from './model';
import { pageSetupOf, readableWidth, type TableRows } from './pageSetup';
import { writeResultTable } from './resultTable';
import { SUMMARY_COMMENT_KEY, type ParentStyle } from './rows';
import { SheetBuilder } from './sheetBuilder';
import { summaryParagraphs } from './summary';
import { measureColumnWidths, measureRowHeights, POINTS_PER_WIDTH_UNIT, wrapLongLabels } from './sheetLayout';
import { textWidth } from './textWidth';
import { unitTableHeaders, writeUnitTable, type PreviousColumn } from './unitTable';
import { PREVIOUS_PREFIX } from '../cycle/previousComments';
import type { ForecastAccuracy } from '../forecast/accuracy';
import { writeForecastSection } from './forecastTable';
import { actualWord, monthName, periodText, reportTitle, reportWords } from './words';
import type { SectionName } from './sectionNames';

export { ALL_SECTIONS, type SectionName } from './sectionNames';

/** How the report is to be built. */
export interface ReportOptions {
  readonly lang: Lang;
  readonly scale: Scale;
  readonly parentStyle: ParentStyle;
  readonly sections: readonly SectionName[];
  /** The organisation's name for the title and the total row ("KLS"). */
  readonly organisation: string;
  /** The ledger's own word for actuals ("Redovisning"), if any. */
  readonly ledgerActualWord: string | null;
  readonly sourceSheets: readonly string[];
  /** What users typed, by comment key (unit path, or "summary"), kept across refreshes. */
  readonly comments: ReadonlyMap<string, string>;
  /** The date the sheet is built (YYYY-MM-DD), printed in its footer; today when absent. */
  readonly builtOn?: string;
  /** Rows whose deviation reaches it need a comment; DEFAULT_THRESHOLD when absent. */
  readonly explainOver?: ExplainThreshold;
  /** Rounding-reconciled display in the unit, result and forecast tables (./reconcile); off when absent. */
  readonly reconcileRounding?: boolean;
  /** Last month's comments (units' and the summary's) beside this month's; absent when not carried. */
  readonly previous?: PreviousColumn;
  /** Forecast accuracy (core/forecast): its section is written after the result table when given. */
  readonly forecastAccuracy?: ForecastAccuracy | null;
  /** The indicator lines of the period (core/indicators); no indicator tables when absent or empty. */
  readonly indicators?: readonly IndicatorLine[];
  /** What changed since the month was locked: a small table after the unit table and a summary sentence. */
  readonly sinceLock?: SinceLock;
  /**
   * The deviations explained and the summary's paragraphs, when the caller has worked them out
   * already for the same follow-up and options (compose has: they are its summary text too).
   */
  readonly explained?: Explained;
  readonly summary?: readonly string[];
}

/** The sheet's font. */
const FONT = { name: 'Calibri', size: 11 } as const;

/** Build the follow-up sheet. */
export function buildReport(f: FollowUp, o: ReportOptions): ReportSheet {
  const w = reportWords(o.lang);
  const b = new SheetBuilder();
  const has = (s: SectionName): boolean => o.sections.includes(s);
  const month = monthName(f.period.month, o.lang);
  const unit = scaleWord(o.scale, o.lang);
  const period = periodText(f.period, o.lang);
  const actual = actualWord(o.ledgerActualWord, o.lang);
  const tableOptions = { ...o, actualWord: actual };
  const title = reportTitle(f.period, o.organisation, o.lang);
  const threshold = o.explainOver ?? DEFAULT_THRESHOLD;
  const explained = o.explained ?? explainedOf(f, o.parentStyle, threshold, o.comments);

  b.section('title', () => {
    if (has('unitTable')) writeTitleWithCount(b, textCell(title, STYLES.title), unexplainedTitle(explained.count, threshold, o.lang), unitTableHeaders(f, tableOptions).length - 1);
    else b.add([textCell(title, STYLES.title)]);
    b.add([textCell(`${w.subtitle(unit, period, o.sourceSheets.join(', '))} ${w.signNote[f.sign.sign]}${o.reconcileRounding ? ` ${w.reconciledNote}` : ''}`, STYLES.subtitle)]);
  });
  b.blank();
  if (has('keyFigures')) {
    b.section('keyFigures', () => writeKeyFigures(b, f, o, actual));
    b.blank();
  }
  let unitHeader: number | null = null;
  if (has('unitTable')) {
    b.section('unitTable', () => {
      unitHeader = writeUnitTable(b, f, tableOptions);
    });
    b.blank();
  }
  if (o.sinceLock) {
    const since = o.sinceLock;
    b.section('changesSinceLock', () => writeChangesTable(b, since, o));
    b.blank();
    if (hasAccountChanges(since)) {
      b.section('changesSinceLock', () => writeAccountChangesTable(b, since, o));
      b.blank();
    }
  }
  if (has('accountTable') && f.accountLines.length > 0) {
    b.section('accountTable', () => writeAccountTable(b, f, o));
    b.blank();
  }
  if (has('resultTable') && fiscalWindow(f.period).month > 1) {
    b.section('resultTable', () => writeResultTable(b, f, o));
    b.blank();
  }
  if (has('indicators') && (o.indicators ?? []).length > 0) {
    writeIndicatorTables(b, o.indicators ?? [], { lang: o.lang, fiscalStart: fiscalStartOf(f.period) });
    b.blank();
  }
  if (o.forecastAccuracy) {
    writeForecastSection(b, f, o.forecastAccuracy, o);
    b.blank();
  }
  if (has('summary')) writeSummary(b, f, o, explained);
  const lastPrinted = Math.max(0, ...b.sections.map((s) => s.row + s.rows - 1));
  b.blank();
  const chart = has('chart') ? writeChartData(b, f, o) : null;
  const { rows, widths, heights } = measure(b, lastPrinted);
  const print = pageSetupOf({
    widths,
    heights,
    lastRow: lastPrinted,
    fontSize: FONT.size,
    tables: tableRows(b.sections),
    ...headerAndFooter(o.lang, title, w.printPeriod(period), o.builtOn ?? todayIso()),
  });
  const captions = { title: `${title} (${unit})`, upTo: `${o.organisation}, ${w.upTo(month)} ${f.period.year}` };
  return {
    name: w.sheetName(isoMonth(monthKey(f.period.year, f.period.month))),
    rows,
    sections: withDocuments(rows, b.sections, f, captions),
    columnWidths: widths,
    rowHeights: heights.map((height, row) => ({ row, height })),
    merges: b.merges,
    freeze: { rows: unitHeader === null ? 0 : unitHeader + 1, columns: unitHeader === null ? 0 : 1 },
    print,
    font: FONT,
    chart,
    comments: b.comments,
    drills: b.drills,
  };
}

/**
 * The title row with, above the comment column, the count of rows still without a comment. The
 * title is merged up to that column, so it keeps its one row and does not widen column A.
 */
function writeTitleWithCount(b: SheetBuilder, title: ReportCell, count: string, commentColumn: number): void {
  const r = b.add([title, ...Array.from({ length: commentColumn - 1 }, () => emptyCell({})), textCell(count, STYLES.explainCount)]);
  b.merge({ row: r, column: 0, rows: 1, columns: commentColumn });
}

/** The protocol's key figures: budget, actual and deviation to the month, and percent of budget. */
function writeKeyFigures(b: SheetBuilder, f: FollowUp, o: ReportOptions, actual: string): void {
  const w = reportWords(o.lang);
  const month = monthName(f.period.month, o.lang);
  const t = f.total;
  b.add([textCell(w.keyFiguresTitle(o.organisation, scaleWord(o.scale, o.lang)), STYLES.section)]);
  b.add([textCell(w.keyBudget(month), STYLES.keyLabel), amountCell(t.ytdBudget, o.scale, o.lang, STYLES.keyValue)]);
  b.add([textCell(w.keyActual(actual, month), STYLES.keyLabel), amountCell(t.ytdActual, o.scale, o.lang, STYLES.keyValue)]);
  b.add([textCell(w.keyDeviation(month), STYLES.keyLabel), amountCell(t.ytdDeviation, o.scale, o.lang, STYLES.keyValue, true)]);
  b.add([textCell(w.keyPercent, STYLES.keyLabel), percentCell(t.ytdPercentOfBudget, o.lang, STYLES.keyValue, true)]);
}

/**
 * The summary: its paragraphs and the comment cell across the tables' width, then (outside the
 * section, so outside what prints) the note saying where to type.
 */
function writeSummary(b: SheetBuilder, f: FollowUp, o: ReportOptions, explained: Explained): void {
  const w = reportWords(o.lang);
  const columns = Math.max(4, ...b.rows.map((r) => r.length));
  b.section('summary', () => {
    b.add([textCell(w.summaryTitle, STYLES.section)]);
    writePreviousSummary(b, o, columns);
    for (const p of o.summary ?? summaryParagraphs(f, { ...o, explained, forecastAccuracy: o.forecastAccuracy ?? null })) {
      const r = b.add([textCell(p, STYLES.text)]);
      b.merge({ row: r, column: 0, rows: 1, columns });
    }
    const c = b.add([textCell(o.comments.get(SUMMARY_COMMENT_KEY) ?? '', STYLES.commentBox)]);
    b.merge({ row: c, column: 0, rows: 1, columns });
    b.comment(SUMMARY_COMMENT_KEY, c, 0);
  });
  b.add([textCell(w.summaryComment, STYLES.note)]);
}

/**
 * Last month's summary comment, when it had one: its heading ("Kommentar juni") and the text, under
 * the summary's title. Above the paragraphs, so neither it nor this month's comment cell is the
 * other's anchor row (a carried text the user edits must not lose this month's comment on Refresh).
 */
function writePreviousSummary(b: SheetBuilder, o: ReportOptions, columns: number): void {
  const text = o.previous?.comments.get(SUMMARY_COMMENT_KEY) ?? '';
  if (!o.previous || text.trim() === '') return;
  b.add([textCell(`${reportWords(o.lang).comment} ${o.previous.label}`, STYLES.note)]);
  const r = b.add([textCell(text, STYLES.previousSummary)]);
  b.merge({ row: r, column: 0, rows: 1, columns });
  b.comment(PREVIOUS_PREFIX + SUMMARY_COMMENT_KEY, r, 0);
}

/** Header and last rows of the tables, in sheet order (the unit table's header is its first row; others have a title above). */
function tableRows(sections: readonly ReportSection[]): TableRows[] {
  const kinds: readonly ReportSection['kind'][] = ['unitTable', 'changesSinceLock', 'accountTable', 'resultTable', 'indicators'];
  // The forecast-accuracy section may hold two tables, each with a title above its header (its note alone is none);
  // the changes since a lock are a table only when something changed (a title and a note otherwise).
  const tables = sections.filter((s) => (kinds.includes(s.kind) && !(s.kind === 'changesSinceLock' && s.rows <= 2)) || (s.kind === 'forecastAccuracy' && s.rows >= 3));
  return tables.map((s) => ({ header: s.kind === 'unitTable' ? s.row : s.row + 1, last: s.row + s.rows - 1 }));
}

/**
 * The title row's "Utan kommentar: …" count, once the widths are known: in the columns right of the
 * title up to the comment column, merged and right-aligned, so it ends at the printed page's edge
 * instead of running past it. When the title leaves too little room, it stays in the comment
 * column and wraps there.
 */
function placeTitleCount(b: SheetBuilder, widths: readonly number[]): void {
  const r = b.rows.findIndex((row) => row.some((cell) => cell.style === STYLES.explainCount));
  if (r < 0) return;
  const row = b.rows[r]!;
  const last = row.length - 1;
  const points = (from: number, to: number): number => widths.slice(from, to).reduce((a, w) => a + w, 0) * POINTS_PER_WIDTH_UNIT;
  const title = row[0]!;
  const titleWidth = textWidth(title.text, title.style.fontSize ?? FONT.size, title.style.bold === true) + TITLE_GAP;
  let first = 1;
  while (first < last && points(0, first) < titleWidth) first++;
  const count = row[last]!;
  if (first >= last || points(first, last + 1) < textWidth(count.text, FONT.size, true) + TITLE_GAP) return;
  b.rows[r] = [title, ...Array.from({ length: last - 1 }, () => emptyCell({}))];
  b.rows[r]![first] = { ...count, style: STYLES.explainCountBeside };
  const merged = b.merges.findIndex((m) => m.row === r && m.column === 0);
  if (merged >= 0) b.merges.splice(merged, 1);
  if (first > 1) b.merge({ row: r, column: 0, rows: 1, columns: first });
  b.merge({ row: r, column: first, rows: 1, columns: last - first + 1 });
}

/** Room kept between the title and the count, and at the count's ends, in points. */
const TITLE_GAP = 12;

/** Widths from the cells, long labels wrapped, and every row's height. */
function measure(b: SheetBuilder, lastPrinted: number): { rows: ReportCell[][]; widths: number[]; heights: number[] } {
  const columns = Math.max(1, ...b.rows.slice(0, lastPrinted + 1).map((r) => r.length));
  const widths = measureColumnWidths(b.rows, b.merges, columns, FONT.size, (s) => s === STYLES.comment || s === STYLES.commentNeeded || s === STYLES.previousComment || s === STYLES.explainCount, readableWidth(FONT.size));
  placeTitleCount(b, widths);
  const rows = wrapLongLabels(b.rows, widths, FONT.size);
  const fixed = new Map(b.rowHeights.map((h) => [h.row, h.height]));
  return { rows, widths, heights: measureRowHeights(rows, b.merges, widths, FONT.size, fixed) };
}

/** The printed header (title left, period right) and footer (date built left, "Sida 1 av 2" right). */
function headerAndFooter(lang: Lang, title: string, period: string, date: string): { header: HeaderFooterLine; footer: HeaderFooterLine } {
  const w = reportWords(lang);
  const text = (t: string): HeaderFooterPart => ({ kind: 'text', text: t });
  return {
    header: { left: [text(title)], center: [], right: [text(period)] },
    footer: { left: [text(w.printBuilt(date))], center: [], right: [text(w.printPage[0]), { kind: 'pageNumber' }, text(w.printPage[1]), { kind: 'pageCount' }] },
  };
}

/** Today as YYYY-MM-DD, for the footer when the caller gives no date. */
function todayIso(): string {
  const d = new Date();
  const two = (n: number): string => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${two(d.getMonth() + 1)}-${two(d.getDate())}`;
}

/** Bars by sign: Excel's green for a surplus, the red of the [Red] deviation format for a deficit. */
const CHART_FILLS = { positive: '70AD47', negative: 'C00000' } as const;

/** A small table of YTD deviation per top-level unit, and the chart drawn from it. */
function writeChartData(b: SheetBuilder, f: FollowUp, o: ReportOptions): ChartSpec | null {
  const roots = f.organisation.roots.map((r) => f.organisation.nodes[r]!);
  if (roots.length === 0) return null;
  const w = reportWords(o.lang);
  const month = monthName(f.period.month, o.lang);
  const unit = scaleWord(o.scale, o.lang);
  b.add([textCell(w.chartDataTitle, STYLES.section)]);
  b.header([textCell(w.unit, STYLES.headerLeft), textCell(`${w.deviation} ${w.upTo(month)}`, STYLES.header)]);
  const first = b.nextRow;
  const barFills: string[] = [];
  // With rounding that adds up, the chart shows the top-level figures the unit table shows.
  const reconciled = o.reconcileRounding ? reconcileFollowUp(f, o.scale) : null;
  for (const n of roots) {
    const s = figureStyle('normal');
    const cell = reconciled ? shownAmountCell(reconciled.node[n.id]!.ytdDeviation, o.scale, o.lang, s, true) : amountCell(f.nodes[n.id]!.ytdDeviation, o.scale, o.lang, s, true);
    b.add([textCell(n.name, labelStyle('normal', 0)), cell]);
    barFills.push(typeof cell.value === 'number' && cell.value < 0 ? CHART_FILLS.negative : CHART_FILLS.positive);
  }
  return {
    title: w.chartTitle(month, unit),
    categories: { row: first, column: 0, rows: roots.length, columns: 1 },
    values: { row: first, column: 1, rows: roots.length, columns: 1 },
    seriesName: w.chartSeries,
    barFills,
    anchor: { row: first - 2, column: 3 },
  };
}
