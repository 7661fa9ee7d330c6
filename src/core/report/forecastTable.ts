/**
 * The forecast-accuracy section of the sheet (core/forecast's figures, laid out here): for a
 * closed year, a table of each month's forecast against the outcome in the report's scale and one
 * in percent of the annual budget; for a running year, a table of the forecast change since the
 * previous forecast. Rows follow the unit table (parents summed, in the chosen parent style).
 */
import type { ChangeLine, ClosedAccuracy, ForecastAccuracy, Lines, RunningChange } from '../forecast/accuracy';
import type { FollowUp } from '../followup/computeFollowUp';
import { scaleWord, type Lang, type Money, type Scale } from '../money';
import { amountCell, emptyCell, figureStyle, labelStyle, percentCell, shownAmountCell, STYLES, textCell } from './cells';
import type { CellStyle, ReportCell } from './model';
import { unitRows, type ParentStyle, type UnitRow } from './rows';
import type { SheetBuilder } from './sheetBuilder';
import { forecastWords } from './forecastWords';
import { unitRowEmphasis, unitRowLabel } from './unitTable';
import { reportWords } from './words';
import { reconcileLines } from './reconcile';

/** What the section needs besides the figures. */
export interface ForecastTableOptions {
  readonly lang: Lang;
  readonly scale: Scale;
  readonly parentStyle: ParentStyle;
  readonly organisation: string;
  /** Rounding-reconciled display, as in the unit table: shown children add up to the shown parent (./reconcile). */
  readonly reconcileRounding?: boolean;
}

/** Write the section: each table its own 'forecastAccuracy' section (title, header, rows), then the note as one. */
export function writeForecastSection(b: SheetBuilder, f: FollowUp, a: ForecastAccuracy, o: ForecastTableOptions): void {
  const w = forecastWords(o.lang);
  if (a.kind === 'closed') {
    b.section('forecastAccuracy', () => writeClosedAmounts(b, f, a, o));
    // A4 portrait has 16 cm: a document shows the deviations (the outcome's and each month's) and
    // leaves the annual budget and the outcome, columns 1 and 2, to the sheet.
    const amounts = b.sections.length - 1;
    b.sections[amounts] = { ...b.sections[amounts]!, documentColumns: [0, 3, ...a.months.map((_, i) => 4 + i)] };
    b.blank();
    b.section('forecastAccuracy', () => writeClosedPercents(b, f, a, o));
  } else {
    b.section('forecastAccuracy', () => writeRunning(b, f, a, o));
  }
  // The note is a section of its own (one row, no table), so a pasted or .docx copy keeps it as a
  // paragraph under the tables: what the sign means and that an empty cell is no forecast.
  b.section('forecastAccuracy', () => b.add([textCell(a.kind === 'closed' ? w.closedNote : w.runningNote, STYLES.note)]));
}

function writeClosedAmounts(b: SheetBuilder, f: FollowUp, a: ClosedAccuracy, o: ForecastTableOptions): void {
  const w = forecastWords(o.lang);
  b.add([textCell(w.closedTitle(a.yearLabel, scaleWord(o.scale, o.lang)), STYLES.section)]);
  b.header([
    textCell(reportWords(o.lang).unit, STYLES.headerLeft),
    ...[w.annualBudget, w.outcome(a.yearLabel), w.outcomeDeviation, ...a.months.map(w.forecastIn)].map((h) => textCell(h, STYLES.header)),
  ]);
  const columns = [
    amountColumn(f, a, (line) => line.annualBudget, o, false),
    amountColumn(f, a, (line) => line.outcome, o, false),
    amountColumn(f, a, (line) => line.outcomeDeviation, o, true),
    // A month without a forecast is an empty cell, never 0.
    ...a.months.map((_, i) => amountColumn(f, a, (line) => line.cells[i]?.deviation ?? null, o, true)),
  ];
  writeRows(b, f, a, o, (line, s, row) => columns.map((cell) => cell(line, row, s)), columns.length);
}

function writeClosedPercents(b: SheetBuilder, f: FollowUp, a: ClosedAccuracy, o: ForecastTableOptions): void {
  const w = forecastWords(o.lang);
  b.add([textCell(w.percentTitle(a.yearLabel), STYLES.section)]);
  b.header([textCell(reportWords(o.lang).unit, STYLES.headerLeft), ...a.months.map((m) => textCell(w.forecastIn(m), STYLES.header))]);
  writeRows(b, f, a, o, (line, s) => line.cells.map((c) => (c === null ? emptyCell(s) : percentCell(c.percent, o.lang, s))), a.months.length);
}

function writeRunning(b: SheetBuilder, f: FollowUp, a: RunningChange, o: ForecastTableOptions): void {
  const w = forecastWords(o.lang);
  b.add([textCell(w.runningTitle(a.previous.month, a.previous.year, scaleWord(o.scale, o.lang)), STYLES.section)]);
  b.header([
    textCell(reportWords(o.lang).unit, STYLES.headerLeft),
    ...[w.annualBudget, w.deviationAt(a.previous.month), w.deviationAt(a.latest.month), w.changeSince(a.previous.month)].map((h) => textCell(h, STYLES.header)),
  ]);
  const columns = [
    amountColumn(f, a, (line: ChangeLine) => line.annualBudget, o, false),
    amountColumn(f, a, (line: ChangeLine) => line.previous, o, true),
    amountColumn(f, a, (line: ChangeLine) => line.latest, o, true),
    amountColumn(f, a, (line: ChangeLine) => line.change, o, true),
  ];
  writeRows(b, f, a, o, (line, s, row) => columns.map((cell) => cell(line, row, s)), columns.length);
}

/**
 * The cells of one amount column: each line's amount rounded on its own, or, with
 * reconcileRounding, as reconciled over the organisation (a month's forecasts made on a parent
 * alone do not add up from its children: those are rounded on their own, as reconcile does).
 */
function amountColumn<L>(f: FollowUp, lines: Lines<L>, amount: (line: L) => Money | null, o: ForecastTableOptions, deviation: boolean): (line: L, row: UnitRow, s: CellStyle) => ReportCell {
  if (!o.reconcileRounding) return (line, _row, s) => amountCell(amount(line), o.scale, o.lang, s, deviation);
  const shown = reconcileLines(f, lines, amount, o.scale);
  return (_line, row, s) => shownAmountCell(accuracyLineOf(shown, row), o.scale, o.lang, s, deviation);
}

/** A row per unit-table row: its label, then its line's cells (a heading's stay empty). */
function writeRows<L>(b: SheetBuilder, f: FollowUp, lines: Lines<L>, o: ForecastTableOptions, cells: (line: L, s: CellStyle, row: UnitRow) => ReportCell[], width: number): void {
  for (const row of unitRows(f, o.parentStyle)) {
    const emphasis = unitRowEmphasis(row);
    const s = figureStyle(emphasis);
    const line = accuracyLineOf(lines, row);
    b.add([textCell(unitRowLabel(row, o), labelStyle(emphasis, row.depth)), ...(line === null ? Array.from({ length: width }, () => emptyCell(s)) : cells(line, s, row))]);
  }
}

/** The accuracy line a unit-table row shows: the node's, its own rows' or the total's; none for a heading. */
export function accuracyLineOf<L>(lines: Lines<L>, row: UnitRow): L | null {
  switch (row.kind) {
    case 'total':
      return lines.total;
    case 'own':
      return lines.own[row.node!.id]!;
    case 'heading':
      return null;
    default:
      return lines.node[row.node!.id]!;
  }
}
