/** The unit table (seed 004 layout): period and year-to-date figures per unit, subtotals, a total row, comments. */
import { fiscalStartOf } from '../fiscal/fiscalYear';
import type { FollowUp } from '../followup/computeFollowUp';
import type { Figures } from '../followup/figures';
import type { Lang, Scale } from '../money';
import { amountCell, emptyCell, shownAmountCell, figureStyle, labelStyle, percentCell, STYLES, textCell, type RowEmphasis } from './cells';
import type { CellStyle, ReportCell } from './model';
import { reconcileFollowUp, shownOfRow, type AmountColumn, type ShownFigures } from './reconcile';
import { rowKey, unitRows, type ParentStyle, type UnitRow } from './rows';
import type { SheetBuilder } from './sheetBuilder';
import { monthName, periodLabel, reportWords } from './words';
import { DEFAULT_THRESHOLD, type ExplainThreshold } from '../cycle/threshold';
import { rowNeedsComment } from '../cycle/needsComment';
import { isExplained } from '../cycle/explained';
import type { DrillFigure } from '../drilldown/figures';
import { PREVIOUS_PREFIX } from '../cycle/previousComments';

/** What the unit table needs. */
export interface UnitTableOptions {
  readonly lang: Lang;
  readonly scale: Scale;
  readonly parentStyle: ParentStyle;
  readonly organisation: string;
  readonly actualWord: string;
  readonly comments: ReadonlyMap<string, string>;
  /** Rows reaching it need a comment; DEFAULT_THRESHOLD when absent. */
  readonly explainOver?: ExplainThreshold;
  /** Rounding-reconciled display: shown children add up to the shown parent (./reconcile). */
  readonly reconcileRounding?: boolean;
  /** Last month's comments in a column of their own left of Kommentar (core/cycle/previousComments); absent when not carried. */
  readonly previous?: PreviousColumn;
}

/** The carried comments' column: its month ("juni") and the comments by row key. */
export interface PreviousColumn {
  readonly label: string;
  readonly comments: ReadonlyMap<string, string>;
}

/** Whether the table has forecast columns (only when the ledger has forecasts). */
export function hasForecastColumns(f: FollowUp): boolean {
  return f.forecastMonth !== null;
}

/** The header texts, in column order. */
export function unitTableHeaders(f: FollowUp, o: UnitTableOptions): string[] {
  const w = reportWords(o.lang);
  const p = periodLabel(f.period.month, f.period.months, o.lang, fiscalStartOf(f.period));
  const upTo = w.upTo(monthName(f.period.month, o.lang));
  const headers = [
    w.unit,
    `${w.budget} ${p}`,
    `${o.actualWord} ${p}`,
    `${w.deviation} ${p}`,
    w.percentOfBudget,
    w.annualBudget,
    `${w.budget} ${upTo}`,
    `${o.actualWord} ${upTo}`,
    `${w.deviation} ${upTo}`,
    w.percentOfBudget,
  ];
  if (hasForecastColumns(f)) headers.push(w.forecast(monthName(f.forecastMonth!, o.lang)), w.forecastDeviation);
  if (o.previous) headers.push(`${w.comment} ${o.previous.label}`);
  headers.push(w.comment);
  return headers;
}

/** How a unit-table row is set: the total, a parent's rows (heading, own sum) in bold, a unit plain. */
export function unitRowEmphasis(row: UnitRow): RowEmphasis {
  if (row.kind === 'total') return 'total';
  return row.kind === 'parent' || row.kind === 'sum' || row.kind === 'heading' ? 'bold' : 'normal';
}

/** A unit-table row's label: the unit's name, "Summa X", "X, övrigt" or the total's. */
export function unitRowLabel(row: UnitRow, o: { readonly lang: Lang; readonly organisation: string }): string {
  const w = reportWords(o.lang);
  switch (row.kind) {
    case 'total':
      return w.totalRow(o.organisation);
    case 'sum':
      return w.sumRow(row.node!.name);
    case 'own':
      return w.ownRows(row.node!.name);
    default:
      return row.node!.name;
  }
}

/** An amount cell of a row: rounded on its own, or as reconciled when the option is on. */
export function rowAmountCell(fig: Figures, shown: ShownFigures | null, column: AmountColumn, o: { scale: Scale; lang: Lang }, s: CellStyle, deviation = false): ReportCell {
  return shown === null ? amountCell(fig[column], o.scale, o.lang, s, deviation) : shownAmountCell(shown[column], o.scale, o.lang, s, deviation);
}

function figureCells(fig: Figures | null, shown: ShownFigures | null, withForecast: boolean, emphasis: RowEmphasis, o: UnitTableOptions): ReportCell[] {
  const s = figureStyle(emphasis);
  const count = withForecast ? 12 : 10;
  if (fig === null) return Array.from({ length: count - 1 }, () => emptyCell(s));
  const cell = (column: AmountColumn, deviation = false): ReportCell => rowAmountCell(fig, shown, column, o, s, deviation);
  const cells = [
    cell('periodBudget'),
    cell('periodActual'),
    cell('periodDeviation', true),
    percentCell(fig.periodPercentOfBudget, o.lang, s),
    cell('annualBudget'),
    cell('ytdBudget'),
    cell('ytdActual'),
    cell('ytdDeviation', true),
    percentCell(fig.ytdPercentOfBudget, o.lang, s),
  ];
  if (withForecast) cells.push(cell('forecast'), cell('forecastDeviation', true));
  return cells;
}

/** The figure each column after the label shows, in figureCells' order; null for a percent. */
const FIGURE_COLUMNS: readonly (DrillFigure | null)[] = [
  'periodBudget',
  'periodActual',
  'periodDeviation',
  null,
  'annualBudget',
  'ytdBudget',
  'ytdActual',
  'ytdDeviation',
  null,
  'forecast',
  'forecastDeviation',
];

/**
 * Record the figures of a row one can drill into: a unit's, a parent's subtotal ("Summa …" too)
 * the total, and a parent's own rows.
 */
function recordDrills(b: SheetBuilder, row: UnitRow, r: number, withForecast: boolean): void {
  if (row.figures === null) return;
  const path = row.node?.path ?? [];
  const own = row.kind === 'own' ? { own: true } : {};
  FIGURE_COLUMNS.slice(0, withForecast ? 11 : 9).forEach((figure, i) => {
    if (figure !== null) b.drill({ row: r, column: i + 1, path, ...own, figure });
  });
}

/** Write the unit table; returns the row index of its header. */
export function writeUnitTable(b: SheetBuilder, f: FollowUp, o: UnitTableOptions): number {
  const headers = unitTableHeaders(f, o);
  const headerRow = b.header(headers.map((h, i) => textCell(h, i === 0 ? STYLES.headerLeft : STYLES.header)));
  const withForecast = hasForecastColumns(f);
  const commentColumn = headers.length - 1;
  const reconciled = o.reconcileRounding ? reconcileFollowUp(f, o.scale) : null;
  const carried: { key: string; row: number }[] = [];
  for (const row of unitRows(f, o.parentStyle)) {
    const emphasis = unitRowEmphasis(row);
    const key = rowKey(row);
    const needs = rowNeedsComment(row, o.explainOver ?? DEFAULT_THRESHOLD) !== null;
    const r = b.add([
      textCell(unitRowLabel(row, o), labelStyle(emphasis, row.depth)),
      ...figureCells(row.figures, reconciled && shownOfRow(reconciled, row), withForecast, emphasis, o),
      ...(o.previous ? [textCell(o.previous.comments.get(key) ?? '', STYLES.previousComment)] : []),
      textCell(o.comments.get(key) ?? '', needs && !isExplained(o.comments, key) ? STYLES.commentNeeded : STYLES.comment),
    ]);
    b.comment(key, r, commentColumn, needs);
    if (o.previous) carried.push({ key, row: r });
    recordDrills(b, row, r, withForecast);
  }
  // After this month's cells: the first comment cell right of column A is the Kommentar column's,
  // which Refresh finds again by its header (excel/followUpSheets).
  for (const c of carried) b.comment(PREVIOUS_PREFIX + c.key, c.row, commentColumn - 1);
  return headerRow;
}
