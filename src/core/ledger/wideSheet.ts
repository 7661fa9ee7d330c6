/** Reading a wide ledger sheet: a row per unit [× account], one column per month. */
import { cellAddress, columnLetters, isBlank, type Cell } from '../grid/grid';
import { anError } from '../issues/issue';
import { monthKey } from '../period/month';
import type { Money } from '../money';
import { cellText, readAmountCell } from './cells';
import { headerOf } from './detect';
import { KIND_CODE } from './facts';
import { fillDownOf } from './fillDown';
import { readYearLabel, type YearReading } from './period';
import type { AmountKind } from './schema';
import { WideYears } from './wideYears';
import { CumulativeColumn } from './cumulative';
import { columnIssues, columnsOf, fromSheetName, internAccount, missingRoles, noteActualWord, NO_UNIT, readKind, RowUnits, SUBTOTAL, SUBTOTAL_ACCOUNT, type AmountColumn, type Context, type LedgerSheet } from './sheetContext';

/** Read a wide sheet into the context's facts. */
export function readWideSheet({ rows, layout }: LedgerSheet, ctx: Context): void {
  const cols = columnsOf(layout);
  const { issues } = ctx;
  const monthCols = layout.columns.filter((c) => c.role === 'month' && c.month !== undefined);
  const named = fromSheetName(rows.sheet);
  const missing = missingRoles({ rows, layout });
  if (missing.length > 0) {
    issues.addAll(missing);
    return;
  }
  issues.addAll(columnIssues({ rows, layout }));
  for (const a of cols.amounts.filter((x) => x.cumulative)) {
    new CumulativeColumn(rows, layout.headerRow, a.index, headerOf(layout, a.index)).refuse(ctx, 'wide');
  }
  const headerKinds = monthCols.some((c) => c.month!.kind !== null);
  if (cols.kind < 0 && named.kind === null) {
    // Some month headers say their kind ("Utfall jan") and some do not ("feb"): those cannot be read.
    for (const c of monthCols.filter((m) => m.month!.kind === null)) {
      issues.add(anError('missingRole', { sheet: rows.sheet, address: cellAddress(rows, layout.headerRow, c.index) }, { role: 'kind' }));
    }
  }
  if (named.kind === 'actual') noteActualWord(ctx, rows.sheet.split(/\s|_/)[0] ?? '');
  for (const c of monthCols) if (c.month!.kind === 'actual') noteActualWord(ctx, c.header.split(/\s/)[0] ?? '');
  const kindCache = new Map<string, AmountKind | null>();
  const annualColumns = cols.amounts.filter((a) => a.kind === 'annualBudget' && !a.cumulative);
  // The year of the month headers, when they all name the same one.
  const headerYears = new Set(monthCols.map((c) => c.month!.year));
  const monthsYear = headerYears.size === 1 ? [...headerYears][0]! : null;
  // Month columns running apr … mar start a fiscal year in April, unless the user said otherwise.
  const years = new WideYears(rows, monthCols, cols.year, ctx);
  const fill = fillDownOf(rows, layout, cols, [...monthCols.map((c) => c.index), ...annualColumns.map((a) => a.index)]);
  const units = new RowUnits(ctx, rows, cols.levels, fill);
  // In a pivot export, a blank label cell may stand for the one above: read that row's.
  const labelRow = (c: number, r: number): number => (fill === null ? r : fill.rowFor(c, r));
  const totals = new RowTotals({ rows, layout }, cols.amounts.filter((a) => a.kind !== 'annualBudget' && !a.cumulative), ctx);
  for (let r = layout.headerRow + 1; r < rows.length; r++) {
    const row = rows.row(r);
    const unit = units.of(r);
    if (unit === NO_UNIT) {
      // An Årsbudget alone is an amount too: never dropped without a word.
      if (monthCols.some((c) => !isBlank(row[c.index] ?? null)) || annualColumns.some((a) => !isBlank(row[a.index] ?? null))) {
        issues.add(anError('missingUnit', { sheet: rows.sheet, address: cellAddress(rows, r, cols.levels[0]!) }));
      }
      continue;
    }
    if (unit === SUBTOTAL) continue;
    const account = cols.account < 0 ? -1 : internAccount(ctx, rows.cell(labelRow(cols.account, r), cols.account));
    if (account === SUBTOTAL_ACCOUNT) {
      units.subtotals.note(cellAddress(rows, r, cols.account));
      continue;
    }
    let rowKind: AmountKind | null = null;
    if (cols.kind >= 0) {
      rowKind = readKind(rows.cell(labelRow(cols.kind, r), cols.kind), kindCache, ctx);
      if (rowKind === null && !headerKinds) {
        issues.add(anError('unknownKind', { sheet: rows.sheet, address: cellAddress(rows, r, cols.kind) }, { text: cellText(row[cols.kind] ?? null) }));
        continue;
      }
    }
    const rowYear = cols.year >= 0 ? readYearLabel(rows.cell(labelRow(cols.year, r), cols.year)) : null;
    // Summed only when there are total columns to check: a Map per row is a cost on a long sheet.
    const monthsTotal = totals.wanted ? new MonthsTotal() : null;
    for (let ci = 0; ci < monthCols.length; ci++) {
      const c = monthCols[ci]!;
      const cell = row[c.index] ?? null;
      if (cell === null) continue;
      const reading = readAmountCell(cell);
      if (!reading.ok) {
        issues.add(anError(reading.code, { sheet: rows.sheet, address: cellAddress(rows, r, c.index) }, { text: reading.text }));
        continue;
      }
      const kind = c.month!.kind ?? rowKind ?? named.kind;
      monthsTotal?.add(kind, reading.amount);
      if (kind === null) continue; // reported once for the column above
      const headerYear = c.month!.year ?? named.year;
      const year: YearReading | null = rowYear ?? (headerYear === null ? null : { year: headerYear, fiscal: false });
      if (year === null) {
        const at = cols.year >= 0 ? cols.year : c.index;
        issues.add(anError('missingYear', { sheet: rows.sheet, address: cellAddress(rows, r, at) }, { text: cellText(row[at] ?? null) }));
        break;
      }
      const at = years.monthOf(ci, year, r, row);
      if (at === null) break;
      // A forecast column's month is the month the full-year forecast was made (SPEC §3).
      ctx.facts.push(unit, account, at, KIND_CODE[kind], reading.amount as Money, r, c.index);
    }
    if (monthsTotal !== null) totals.check(row, r, monthsTotal);
    // An Årsbudget column beside the months: the row's annual budget, which wins over its months'.
    for (const a of annualColumns) {
      const cell = row[a.index] ?? null;
      if (cell === null) continue;
      const reading = readAmountCell(cell, a.thousandsShift);
      if (!reading.ok) {
        issues.add(anError(reading.code, { sheet: rows.sheet, address: cellAddress(rows, r, a.index) }, { text: reading.text }));
        continue;
      }
      const said = rowYear?.year ?? a.year ?? named.year ?? monthsYear;
      const year = said !== null && a.previousYear ? said - 1 : said;
      if (year === null) {
        const at = cols.year >= 0 ? cols.year : a.index;
        issues.add(anError('missingYear', { sheet: rows.sheet, address: cellAddress(rows, r, at) }, { text: cellText(row[at] ?? null) }));
        continue;
      }
      // The annual budget belongs to the fiscal year starting in that year.
      ctx.facts.push(unit, account, monthKey(year, years.sheetStart ?? 1), KIND_CODE.annualBudget, reading.amount as Money, r, a.index);
    }
  }
  units.subtotals.report(rows, issues);
  years.finish(headerOf(layout, cols.year));
  fill?.report(rows, issues);
}

/**
 * Budget, Utfall or Prognos columns beside the months of a wide sheet: read nowhere, so each must
 * be the row's total of its months ("Budget" after jan … dec); one that is not is an error, once
 * per column, rather than figures left out in silence.
 */
class RowTotals {
  private readonly reported = new Set<number>();
  /** Whether the sheet has such columns: without them, no row's months need summing. */
  readonly wanted: boolean;

  constructor(
    private readonly sheet: LedgerSheet,
    private readonly columns: readonly AmountColumn[],
    private readonly ctx: Context,
  ) {
    this.wanted = columns.length > 0;
  }

  check(row: readonly Cell[], r: number, monthsTotal: MonthsTotal): void {
    for (const a of this.columns) {
      if (this.reported.has(a.index) || isBlank(row[a.index] ?? null)) continue;
      const reading = readAmountCell(row[a.index] ?? null, a.thousandsShift);
      if (reading.ok && reading.amount === monthsTotal.of(a.kind)) continue;
      this.reported.add(a.index);
      const { rows, layout } = this.sheet;
      const header = headerOf(layout, a.index);
      this.ctx.issues.add(anError('amountBesideMonths', { sheet: rows.sheet, address: cellAddress(rows, r, a.index) }, { column: columnLetters(rows.origin.column + a.index), header }));
    }
  }
}

/** A row's month cells summed by kind, in öre. */
class MonthsTotal {
  private readonly byKind = new Map<AmountKind | null, number>();
  private all = 0;

  add(kind: AmountKind | null, amount: number): void {
    this.byKind.set(kind, (this.byKind.get(kind) ?? 0) + amount);
    this.all += amount;
  }

  /** The total of one kind's months; of all months for a plain amount column. */
  of(kind: AmountKind | 'amount'): number {
    return kind === 'amount' ? this.all : (this.byKind.get(kind) ?? 0);
  }
}
