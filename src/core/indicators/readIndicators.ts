/**
 * An indicator sheet → typed indicator rows, with every cell that cannot be read reported as an
 * issue naming sheet and cell: a figure that is no number, a period that is neither a year nor a
 * month, a Riktning or Typ nobody knows, a row without a name, the same indicator and period twice.
 */
import { cellAddress, isBlank, isCellError, type A1Address, type Cell, type Grid, type SheetName } from '../grid/grid';
import { anError, type Issue } from '../issues/issue';
import { cellText } from '../ledger/cells';
import { readPeriodCell, readYearLabel } from '../ledger/period';
import { measureFromNumber, measureFromText, type Measure } from '../money';
import { monthKey, type MonthKey } from '../period/month';
import { directionOf, FIGURE_ROLES, indicatorRoleOf, isIndicatorHeader, indicatorTypeOf, type Direction, type FigureRole, type IndicatorRole, type IndicatorType } from './schema';

/** What a row's Period says: a (fiscal) year, named by the year it starts in, or a month. */
export type IndicatorPeriod = { readonly kind: 'year'; readonly year: number } | { readonly kind: 'month'; readonly key: MonthKey };

/** One row of an indicator sheet. */
export interface IndicatorRow {
  readonly name: string;
  readonly period: IndicatorPeriod;
  readonly figures: Readonly<Record<FigureRole, Measure | null>>;
  readonly direction: Direction | null;
  readonly measureUnit: string | null;
  readonly type: IndicatorType | null;
  /** A figure of the row was written with a percent sign ("5,6 %"). */
  readonly percentSign: boolean;
  /** A figure of the row was written as text (not a number cell). */
  readonly textFigures: boolean;
  readonly sheet: SheetName;
  /** The address of the row's name cell, for issues about the indicator. */
  readonly address: A1Address;
}

/** The rows of the indicator sheets and the issues found reading them. */
export interface IndicatorReading {
  readonly rows: readonly IndicatorRow[];
  readonly issues: readonly Issue[];
}

/** Column index per role, -1 where the sheet has none. */
type Columns = Readonly<Record<IndicatorRole, number>>;

/** A column naming a role an earlier column has. */
interface Repeated {
  readonly column: number;
  readonly first: number;
}

/** The columns of the header row: the first column of each role, and the columns naming a role already taken. */
function indicatorColumns(header: readonly Cell[]): { columns: Columns; repeated: readonly Repeated[] } {
  const columns: Record<IndicatorRole, number> = {
    indicator: -1, period: -1, year: -1, actual: -1, target: -1, yearActual: -1, yearTarget: -1, forecast: -1, previousYear: -1, direction: -1, measureUnit: -1, type: -1,
  };
  const repeated: Repeated[] = [];
  header.forEach((cell, c) => {
    const role = typeof cell === 'string' ? indicatorRoleOf(cell) : null;
    if (role === null) return;
    if (columns[role] < 0) columns[role] = c;
    else repeated.push({ column: c, first: columns[role] });
  });
  return { columns, repeated };
}

/** Read the indicator sheets (each with the row its header is in). */
export function readIndicatorSheets(sheets: readonly { readonly grid: Grid; readonly headerRow: number }[]): IndicatorReading {
  const rows: IndicatorRow[] = [];
  const issues: Issue[] = [];
  for (const { grid, headerRow } of sheets) readSheet(grid, headerRow, rows, issues);
  issues.push(...duplicates(rows));
  return { rows, issues };
}

function readSheet(grid: Grid, headerRow: number, rows: IndicatorRow[], issues: Issue[]): void {
  let table = tableAt(grid, headerRow, issues);
  for (let r = headerRow + 1; r < grid.rows.length; r++) {
    // A second table below the first (the seed's yearly, then its monthly): its own header row.
    if (isIndicatorHeader((grid.rows[r] ?? []).filter((c): c is string => typeof c === 'string'))) {
      table = tableAt(grid, r, issues);
      continue;
    }
    const row = table === null ? null : readRow(grid, r, table, issues);
    if (row !== null) rows.push(row);
  }
}

/** The columns of the table whose header is this row; null (with the issue) when they cannot be read. */
function tableAt(grid: Grid, headerRow: number, issues: Issue[]): { columns: Columns; header: readonly Cell[] } | null {
  const header = grid.rows[headerRow] ?? [];
  const { columns, repeated } = indicatorColumns(header);
  if (columns.period < 0 && columns.year < 0) {
    issues.push(anError('indicatorMissingPeriod', { sheet: grid.sheet }));
    return null;
  }
  // Two columns for one figure: which holds it is the user's to say, never a silent choice.
  for (const { column, first } of repeated) {
    issues.push(anError('indicatorRepeatedColumn', at(grid, headerRow, column), { header: cellText(header[column] ?? null), other: cellText(header[first] ?? null) }));
  }
  return repeated.length > 0 ? null : { columns, header };
}

/** Where a cell is, for an issue. */
function at(grid: Grid, r: number, c: number): { sheet: SheetName; address: A1Address } {
  return { sheet: grid.sheet, address: cellAddress(grid, r, c) };
}

/** The cells of one row, by role. */
type RowCells = (role: IndicatorRole) => Cell;

function readRow(grid: Grid, r: number, { columns, header }: { columns: Columns; header: readonly Cell[] }, issues: Issue[]): IndicatorRow | null {
  const cell: RowCells = (role) => (columns[role] < 0 ? null : (grid.rows[r]?.[columns[role]] ?? null));
  // An empty row, or a name alone (no period, no figure): a gap or a heading ("Medarbetare"), not a row.
  if (isBlank(cell('period')) && isBlank(cell('year')) && FIGURE_ROLES.every((role) => isBlank(cell(role)))) return null;
  const name = cellText(cell('indicator'));
  if (name === '') {
    issues.push(anError('indicatorMissingName', at(grid, r, Math.max(0, columns.indicator))));
    return null;
  }
  const before = issues.length;
  const period = readIndicatorPeriod(cell('period'), cell('year'));
  if (period === null) {
    const c = columns.period >= 0 && !isBlank(cell('period')) ? columns.period : columns.year >= 0 ? columns.year : columns.period;
    issues.push(anError('indicatorBadPeriod', at(grid, r, c), { text: cellText(grid.rows[r]?.[c] ?? null) }));
  }
  const { figures, percentSign } = readFigures(cell, (role, text) => issues.push(anError('indicatorNotNumber', at(grid, r, columns[role]), { text, header: cellText(header[columns[role]] ?? null) })));
  const direction = readWord(cell('direction'), directionOf, () => issues.push(anError('indicatorUnknownDirection', at(grid, r, columns.direction), { text: cellText(cell('direction')) })));
  const type = readWord(cell('type'), indicatorTypeOf, () => issues.push(anError('indicatorUnknownType', at(grid, r, columns.type), { text: cellText(cell('type')) })));
  if (issues.length > before || period === null) return null;
  const unit = cellText(cell('measureUnit'));
  const textFigures = FIGURE_ROLES.some((role) => typeof cell(role) === 'string' && !isBlank(cell(role)));
  return { name, period, figures, direction, measureUnit: unit === '' ? null : unit, type, percentSign, textFigures, sheet: grid.sheet, address: cellAddress(grid, r, columns.indicator) };
}

/** The row's figures, each bad one reported; whether any was written with a percent sign. */
function readFigures(cell: RowCells, bad: (role: FigureRole, text: string) => void): { figures: Record<FigureRole, Measure | null>; percentSign: boolean } {
  let percentSign = false;
  const figures = {} as Record<FigureRole, Measure | null>;
  for (const role of FIGURE_ROLES) {
    const read = readFigure(cell(role));
    if (read === 'bad') bad(role, shownText(cell(role)));
    figures[role] = read === 'bad' || read === null ? null : read.value;
    percentSign ||= read !== 'bad' && read !== null && read.percentSign;
  }
  return { figures, percentSign };
}

/** A cell as the user sees it, for a message. */
function shownText(cell: Cell): string {
  return isCellError(cell) ? cell.error : cellText(cell);
}

/**
 * A row's period from its Period and År cells: a year (2024, "2024", a fiscal year "2024/25") or a
 * month with its year (202409, "2024-09", "sep 2024", a date; "sep" or 9 with År 2024). Period
 * blank: the År cell's year. A month without any year is not enough.
 */
function readIndicatorPeriod(cell: Cell, yearCell: Cell = null): IndicatorPeriod | null {
  const yearOfRow = readYearLabel(yearCell);
  if (isBlank(cell)) return yearOfRow === null ? null : { kind: 'year', year: yearOfRow.year };
  const year = readYearLabel(cell);
  if (year !== null) return { kind: 'year', year: year.year };
  const p = readPeriodCell(cell);
  if (p === null) return null;
  if (p.year !== null) return { kind: 'month', key: monthKey(p.year, p.month) };
  // A bare month counts in a calendar year; in a fiscal year ("2024/25") its year is ambiguous here.
  return yearOfRow === null || yearOfRow.fiscal ? null : { kind: 'month', key: monthKey(yearOfRow.year, p.month) };
}

/** A figure cell: blank → null, a number or numeric text → its measure, anything else 'bad'. */
function readFigure(cell: Cell): { value: Measure; percentSign: boolean } | null | 'bad' {
  if (isBlank(cell)) return null;
  if (typeof cell === 'number') {
    const value = measureFromNumber(cell);
    return value === null ? 'bad' : { value, percentSign: false };
  }
  if (typeof cell === 'string') return measureFromText(cell) ?? 'bad';
  return 'bad';
}

/** A word cell read by a lookup: blank → null; an unknown word is reported and gives null. */
function readWord<T>(cell: Cell, lookUp: (text: string) => T | null, unknown: () => void): T | null {
  if (isBlank(cell)) return null;
  const v = lookUp(cellText(cell));
  if (v === null) unknown();
  return v;
}

/** A second row for the same indicator, Enhet and period would make the figures ambiguous. */
function duplicates(rows: readonly IndicatorRow[]): Issue[] {
  const seen = new Set<string>();
  const issues: Issue[] = [];
  for (const row of rows) {
    const key = `${row.name.toLowerCase()}|${row.measureUnit ?? ''}|${row.period.kind === 'year' ? `y${row.period.year}` : `m${row.period.key}`}`;
    if (seen.has(key)) issues.push(anError('indicatorDuplicate', { sheet: row.sheet, address: row.address }, { name: row.name }));
    seen.add(key);
  }
  return issues;
}
