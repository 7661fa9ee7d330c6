/** Reading a long ledger sheet: one row per period × unit [× account], amounts in columns or amount + kind. */
import { cellAddress, isBlank } from '../grid/grid';
import type { SheetRows } from '../grid/sheetRows';
import { anError, type IssueCollector } from '../issues/issue';
import { monthKey, monthOf, type MonthKey } from '../period/month';
import type { Money } from '../money';
import { cellText, readAmountCell } from './cells';
import { headerOf } from './detect';
import { KIND_CODE } from './facts';
import { codedColumnsOf, readCodedRows, type RowSteps } from './codedRows';
import { FiscalEvidence } from '../fiscal/detectFiscalStart';
import { fillDownOf, type FillDown } from './fillDown';
import { CumulativeColumn } from './cumulative';
import { placeInYear, readPeriodCell, readYearLabel, type PeriodReading, type YearReading } from './period';
import type { AmountKind } from './schema';
import {
  columnIssues, columnsOf, fromSheetName, internAccount, KeyCache, missingRoles, noteActualWord, NO_UNIT, readKind, RowUnits, SUBTOTAL, SUBTOTAL_ACCOUNT,
  type AmountColumn, type Columns, type Context, type LedgerSheet,
} from './sheetContext';

/** Read a long sheet into the context's facts. */
export function readLongSheet({ rows, layout }: LedgerSheet, ctx: Context): void {
  const cols = columnsOf(layout);
  const { issues } = ctx;
  const where = (r: number, c: number) => ({ sheet: rows.sheet, address: cellAddress(rows, r, c) });
  const missing = missingRoles({ rows, layout });
  if (missing.length > 0) {
    issues.addAll(missing);
    return;
  }
  issues.addAll(columnIssues({ rows, layout }));
  for (const a of cols.amounts) {
    if (a.kind === 'actual') noteActualWord(ctx, headerOf(layout, a.index));
  }
  const cumulative = cumulativeColumns({ rows, layout }, cols);
  // By amount column's place in cols.amounts: a Map lookup per cell would cost on a million rows.
  const ytdOf = cols.amounts.map((a) => cumulative.get(a));
  const seriesColumns = layout.columns.filter((c) => c.role !== 'period' && !cols.amounts.some((a) => a.index === c.index)).map((c) => c.index);
  const { year: sheetYear, kind: sheetKind } = fromSheetName(rows.sheet);
  const namedKind = cols.kind < 0 && cols.amounts.some((a) => a.kind === 'amount');
  if (namedKind && sheetKind === 'actual') noteActualWord(ctx, rows.sheet.split(/\s|_/)[0] ?? '');

  // What a label cell means is worked out once per distinct cell (by its key), not once per row.
  const fill = fillDownOf(rows, layout, cols, cols.amounts.map((a) => a.index));
  const units = new RowUnits(ctx, rows, cols.levels, fill);
  // In a pivot export, a blank label cell may stand for the one above: read that row's.
  const labelRow = (c: number, r: number): number => (fill === null ? r : fill.rowFor(c, r));
  const periods = new KeyCache<PeriodReading>();
  const periodOf = (r: number): PeriodReading => readPeriodCell(rows.cell(labelRow(cols.period, r), cols.period));
  const accounts = new KeyCache<number>();
  const accountOf = (r: number): number => internAccount(ctx, rows.cell(labelRow(cols.account, r), cols.account));
  const kindWords = new Map<string, AmountKind | null>();
  const kinds = new KeyCache<AmountKind | null>();
  const kindOf = (r: number): AmountKind | null => readKind(rows.cell(labelRow(cols.kind, r), cols.kind), kindWords, ctx);
  const years = new KeyCache<YearReading | null>();
  const yearOf = (r: number): YearReading | null => (cols.year < 0 ? null : years.of(rows.key(labelRow(cols.year, r), cols.year), r, (x) => readYearLabel(rows.cell(labelRow(cols.year, x), cols.year))));
  const fiscal = new SheetFiscal(rows, cols, ctx);
  const amounts = cols.amounts;
  const first = layout.headerRow + 1;
  let lastPeriodKey: unknown;
  let lastReading: PeriodReading | undefined;
  // The month each amount column's cell goes to depends on the row's month and period reading
  // only: worked out when those change (once per period in a sorted ledger), not once per cell.
  const columnMonths = new ColumnMonths(amounts, sheetYear, ctx.fiscalStart);
  /** Read row r, whose unit is `unit` (units.of(r)). */
  const readRow = (r: number, unit: number): void => {
    if (unit === NO_UNIT) {
      if (cols.amounts.some((a) => !isBlank(rows.cell(r, a.index)))) {
        issues.add(anError('missingUnit', where(r, cols.levels[0]!)));
      }
      return;
    }
    if (unit === SUBTOTAL) return;
    // The period too repeats row after row.
    const periodKey = rows.key(labelRow(cols.period, r), cols.period);
    if (periodKey !== lastPeriodKey || lastReading === undefined) {
      lastPeriodKey = periodKey;
      lastReading = periods.of(periodKey, r, periodOf);
    }
    const month = readRowMonth(rows, r, cols, lastReading, yearOf, fiscal);
    if (month === null) return;
    const account = cols.account >= 0 ? accounts.of(rows.key(labelRow(cols.account, r), cols.account), r, accountOf) : -1;
    if (account === SUBTOTAL_ACCOUNT) {
      // "Summa 4xxx" in the account column: the export's own subtotal, as in the unit column.
      units.subtotals.note(cellAddress(rows, r, cols.account));
      return;
    }
    let series: string | null = null;
    const ats = columnMonths.of(month, lastReading!);
    // An index loop: for…of makes an iterator per row until the optimising compiler removes it.
    for (let i = 0; i < amounts.length; i++) {
      const a = amounts[i]!;
      const at = ats[i]!;
      if (at === null) {
        // The period names only a month, and neither a year column, this column's header nor the sheet's name says the year.
        issues.add(anError('missingYear', where(r, cols.period), { text: cellText(rows.cell(r, cols.period)) }));
        break;
      }
      let amount = a.thousandsShift === 0 ? rows.amount(r, a.index) : NaN;
      if (amount === null) continue;
      if (Number.isNaN(amount)) {
        const cell = rows.cell(r, a.index);
        if (cell === null) continue;
        const reading = readAmountCell(cell, a.thousandsShift);
        if (!reading.ok) {
          issues.add(anError(reading.code, where(r, a.index), { text: reading.text }));
          continue;
        }
        amount = reading.amount;
      }
      let kind: AmountKind | null;
      if (a.kind === 'amount' && cols.kind < 0) kind = sheetKind!; // missingRoles made sure the name says it
      else if (a.kind === 'amount') {
        kind = kinds.of(rows.key(labelRow(cols.kind, r), cols.kind), r, kindOf);
        if (kind === null) {
          issues.add(anError('unknownKind', where(r, cols.kind), { text: cellText(rows.cell(r, cols.kind)) }));
          continue;
        }
      } else kind = a.kind;
      if (a.sign < 0) amount = 0 - amount; // 0 - x, not -x: a Kredit of 0 must not become -0
      const ytd = ytdOf[i];
      if (ytd === undefined) ctx.facts.push(unit, account, at, KIND_CODE[kind], amount as Money, r, a.index);
      else {
        series ??= seriesColumns.map((c) => cellText(rows.cell(labelRow(c, r), c))).join('\u001f');
        ytd.column.add({ row: r, series, unit, account, kind: KIND_CODE[kind], month: at, ytd: amount, twin: ytd.twin === null ? null : twinAmount(rows, r, ytd.twin) });
      }
    }
  };
  const coded = plainSheet(rows, cols, fill, cumulative.size) ? codedColumnsOf(rows, cols.levels, cols.period, cols.account, cols.kind) : null;
  if (coded === null) for (let r = first; r < rows.length; r++) readRow(r, units.of(r));
  else {
    const steps: RowSteps = {
      unitOf: (r) => units.of(r),
      monthsOf: (r) => plainMonths(periods.of(rows.key(r, cols.period), r, periodOf), amounts, sheetYear, ctx.fiscalStart),
      accountOf: (r) => accounts.of(rows.key(r, cols.account), r, accountOf),
      kindOf: (r) => {
        const kind = kinds.of(rows.key(r, cols.kind), r, kindOf);
        return kind === null ? null : KIND_CODE[kind];
      },
      readRow,
    };
    const codedAmounts = amounts.map((a) => ({ index: a.index, kind: a.kind !== 'amount' ? KIND_CODE[a.kind] : cols.kind < 0 ? KIND_CODE[sheetKind!] : null, negate: a.sign < 0 }));
    readCodedRows(rows, first, coded, codedAmounts, steps, ctx.facts);
  }
  units.subtotals.report(rows, issues);
  fiscal.finish(headerOf(layout, cols.year));
  fill?.report(rows, issues);
  // Year to date starts again with the fiscal year: the one the user gave, else the one the ledger says.
  const start = ctx.fiscalStart ?? ctx.detectedFiscalStart?.month ?? 1;
  for (const { column } of cumulative.values()) column.settle(ctx, start);
}

/**
 * Whether readCodedRows may read the sheet: each row's meaning then follows from its label codes
 * alone — no filled-down cells, year column, cumulative columns, thousands in the amounts, or rows
 * the file marks.
 */
function plainSheet(rows: SheetRows, cols: Columns, fill: FillDown | null, cumulativeColumns: number): boolean {
  const marks = rows.marks;
  return (
    fill === null &&
    cols.year < 0 &&
    cumulativeColumns === 0 &&
    cols.amounts.every((a) => a.thousandsShift === 0) &&
    (marks === undefined || ((marks.totals?.length ?? 0) === 0 && (marks.overlong?.length ?? 0) === 0))
  );
}

/**
 * By amount column, the month a row's cells go to, from its period cell's reading, as readRowMonth
 * and columnMonth give it on a sheet without a year column; null when the full reader has an issue
 * to raise (a period it cannot read, a month whose year nothing says).
 */
function plainMonths(reading: PeriodReading, amounts: readonly AmountColumn[], sheetYear: number | null, fiscalStart: number | null): readonly MonthKey[] | null {
  if (reading === null) return null;
  const month = reading.year !== null ? monthKey(reading.year, reading.month) : 'bare';
  const ats = amounts.map((a) => columnMonth(month, a, reading, sheetYear, fiscalStart));
  return ats.some((m) => m === null) ? null : (ats as MonthKey[]);
}

/** What a sheet's year column says about the fiscal year: evidence of its start, and the one "start unknown" error. */
class SheetFiscal {
  readonly evidence = new FiscalEvidence();
  private reported = false;

  constructor(
    private readonly rows: SheetRows,
    private readonly cols: Columns,
    readonly ctx: Context,
  ) {}

  /** A fiscal year's label needs the start month to place a bare month: said once per sheet. */
  startUnknown(r: number): void {
    if (this.reported) return;
    this.reported = true;
    const { rows, cols } = this;
    this.ctx.issues.add(anError('fiscalStartUnknown', { sheet: rows.sheet, address: cellAddress(rows, r, cols.year) }, { text: cellText(rows.cell(r, cols.year)) }));
  }

  /** Keep the start the sheet's rows say, unless an earlier sheet said one. */
  finish(column: string): void {
    const month = this.evidence.fiscalStart();
    if (month !== null && this.ctx.detectedFiscalStart === null) this.ctx.detectedFiscalStart = { month, sheet: this.rows.sheet, column };
  }
}

/** The cumulative columns of a sheet, each with the column of the month's amounts of the same kind and year, if there is one. */
function cumulativeColumns({ rows, layout }: LedgerSheet, cols: Columns): Map<AmountColumn, { column: CumulativeColumn; twin: AmountColumn | null }> {
  const out = new Map<AmountColumn, { column: CumulativeColumn; twin: AmountColumn | null }>();
  for (const a of cols.amounts.filter((x) => x.cumulative)) {
    const header = headerOf(layout, a.index);
    const twin = cols.amounts.find((m) => !m.cumulative && m.kind === a.kind && m.year === a.year && m.previousYear === a.previousYear) ?? null;
    out.set(a, { column: new CumulativeColumn(rows, layout.headerRow, a.index, header), twin });
  }
  return out;
}

/** The month's amount beside a cumulative one, in öre; blank is 0, and a cell that is no amount was reported where it was read. */
function twinAmount(rows: SheetRows, r: number, twin: AmountColumn): number | null {
  const reading = readAmountCell(rows.cell(r, twin.index), twin.thousandsShift);
  return reading.ok ? reading.amount : null;
}

/** The month of each amount column's cell (see columnMonth) for a row's month and period reading, kept while they repeat. */
class ColumnMonths {
  private month: MonthKey | 'bare' | undefined;
  private reading: PeriodReading = null;
  private readonly ats: (MonthKey | null)[];

  constructor(
    private readonly amounts: readonly AmountColumn[],
    private readonly sheetYear: number | null,
    private readonly fiscalStart: number | null,
  ) {
    this.ats = amounts.map(() => null);
  }

  /** By amount column (cols.amounts' order): the month its cell goes to, or null when nothing says the year. */
  of(month: MonthKey | 'bare', reading: NonNullable<PeriodReading>): readonly (MonthKey | null)[] {
    if (month !== this.month || reading !== this.reading) {
      for (let i = 0; i < this.amounts.length; i++) this.ats[i] = columnMonth(month, this.amounts[i]!, reading, this.sheetYear, this.fiscalStart);
      this.month = month;
      this.reading = reading;
    }
    return this.ats;
  }
}

/**
 * The month an amount column's cell belongs to: the row's month, moved to the year the column's
 * header names ("Utfall 2024") or a year before ("Utfall fg år"); for a bare month ('bare': "januari", 7, no year column) the year
 * comes from the header, else the sheet's name ("Budget 2025"); null when nothing says it.
 */
function columnMonth(month: MonthKey | 'bare', a: AmountColumn, reading: NonNullable<PeriodReading>, sheetYear: number | null, fiscalStart: number | null): MonthKey | null {
  // "Utfall fg år": the same month a year before.
  if (month !== 'bare') return a.year !== null ? monthKey(a.year, monthOf(month)) : a.previousYear ? ((month - 12) as MonthKey) : month;
  const year = a.year ?? (sheetYear !== null && a.previousYear ? sheetYear - 1 : sheetYear);
  if (year === null) return null;
  const placed = placeInYear(reading, { year, fiscal: false }, fiscalStart);
  return placed === 'needsFiscalStart' ? null : placed;
}

/**
 * Row r's month from the reading of its period cell and its year cell; 'bare' when the period names
 * only a month and there is no year column (see columnMonth); null with an issue.
 */
function readRowMonth(rows: SheetRows, r: number, cols: Columns, reading: PeriodReading, yearOf: (r: number) => YearReading | null, fiscal: SheetFiscal): MonthKey | 'bare' | null {
  const issues: IssueCollector = fiscal.ctx.issues;
  if (reading === null) {
    issues.add(anError('badPeriod', { sheet: rows.sheet, address: cellAddress(rows, r, cols.period) }, { text: cellText(rows.cell(r, cols.period)) }));
    return null;
  }
  if (reading.year !== null) {
    const k = monthKey(reading.year, reading.month);
    // A dated month beside a fiscal year's label says where that year starts.
    if (cols.year >= 0) {
      const label = yearOf(r);
      if (label !== null && label.fiscal) fiscal.evidence.note(label.year, k);
    }
    return k;
  }
  if (cols.year < 0) return 'bare';
  const year = yearOf(r);
  if (year === null) {
    issues.add(anError('missingYear', { sheet: rows.sheet, address: cellAddress(rows, r, cols.year) }, { text: cellText(rows.cell(r, cols.year)) }));
    return null;
  }
  const placed = placeInYear(reading, year, fiscal.ctx.fiscalStart);
  if (placed !== 'needsFiscalStart') return placed;
  fiscal.startUnknown(r);
  return null;
}
