/**
 * The forecast-accuracy section of the sheet (core/forecast's figures, laid out here): for a
 * closed year, a table of each month's forecast against the outcome in the report's scale and one
 * in percent of the annual budget; for a running year, a table of the forecast change since the
 * previous forecast. Rows follow the unit table (parents summed, in the chosen parent style).
 */
import type { ChangeLine, ClosedAccuracy, ForecastAccuracy, Lines, RunningChange } from '../forecast/accuracy';
import type { FollowUp } from '../followup/computeFollowUp';
import { scaleWord, type Lang, type Scale } from '../money';
import { amountCell, emptyCell, figureStyle, labelStyle, percentCell, STYLES, textCell } from './cells';
import type { CellStyle, ReportCell } from './model';
import { unitRows, type ParentStyle, type UnitRow } from './rows';
import type { SheetBuilder } from './sheetBuilder';
import { forecastWords } from './forecastWords';
import { unitRowEmphasis, unitRowLabel } from './unitTable';
import { reportWords } from './words';

/** What the section needs besides the figures. */
export interface ForecastTableOptions {
  readonly lang: Lang;
  readonly scale: Scale;
  readonly parentStyle: ParentStyle;
  readonly organisation: string;
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
  writeRows(b, f, a, o, (line, s) => [
    amountCell(line.annualBudget, o.scale, o.lang, s),
    amountCell(line.outcome, o.scale, o.lang, s),
    amountCell(line.outcomeDeviation, o.scale, o.lang, s, true),
    // A month without a forecast is an empty cell, never 0.
    ...line.cells.map((c) => (c === null ? emptyCell(s) : amountCell(c.deviation, o.scale, o.lang, s, true))),
  ], 3 + a.months.length);
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
  writeRows(b, f, a, o, (line: ChangeLine, s) => [
    amountCell(line.annualBudget, o.scale, o.lang, s),
    amountCell(line.previous, o.scale, o.lang, s, true),
    amountCell(line.latest, o.scale, o.lang, s, true),
    amountCell(line.change, o.scale, o.lang, s, true),
  ], 4);
}

/** A row per unit-table row: its label, then its line's cells (a heading's stay empty). */
function writeRows<L>(b: SheetBuilder, f: FollowUp, lines: Lines<L>, o: ForecastTableOptions, cells: (line: L, s: CellStyle) => ReportCell[], width: number): void {
  for (const row of unitRows(f, o.parentStyle)) {
    const emphasis = unitRowEmphasis(row);
    const s = figureStyle(emphasis);
    const line = accuracyLineOf(lines, row);
    b.add([textCell(unitRowLabel(row, o), labelStyle(emphasis, row.depth)), ...(line === null ? Array.from({ length: width }, () => emptyCell(s)) : cells(line, s))]);
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
