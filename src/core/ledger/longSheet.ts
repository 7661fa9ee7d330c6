/** Reading a long ledger sheet: one row per period × unit [× account], amounts in columns or amount + kind. */
import { cellAddress, isBlank, type Cell, type Grid } from '../grid/grid';
import { anError, type IssueCollector } from '../issues/issue';
import { monthKey, type MonthKey } from '../period/month';
import { oreNearKronor, parseMoneyText, type Money } from '../money';
import { cellText, readAmountCell } from './cells';
import { KIND_CODE } from './facts';
import { readPeriodCell, readYearCell, toMonthKey, type PeriodReading } from './period';
import type { AmountKind } from './schema';
import { columnsOf, internAccount, keepsZero, missingRoles, noteActualWord, NO_UNIT, readKind, rowIsBlank, RowUnits, SUBTOTAL, type Columns, type Context, type LedgerSheet } from './sheetContext';

/** Read a long sheet into the context's facts. */
export function readLongSheet({ grid, layout }: LedgerSheet, ctx: Context): void {
  const cols = columnsOf(layout);
  const { issues } = ctx;
  const where = (r: number, c: number) => ({ sheet: grid.sheet, address: cellAddress(grid, r, c) });
  const missing = missingRoles({ grid, layout });
  if (missing.length > 0) {
    issues.addAll(missing);
    return;
  }
  for (const a of cols.amounts) {
    if (a.kind === 'actual') noteActualWord(ctx, layout.columns.find((c) => c.index === a.index)?.header ?? '');
  }

  const periodCache = new Map<Cell, PeriodReading>();
  const kindCache = new Map<string, AmountKind | null>();
  const units = new RowUnits(ctx, grid, cols.levels);
  const accounts = new Map<Cell, number>();
  const rows = grid.rows;
  for (let r = layout.headerRow + 1; r < rows.length; r++) {
    const row = rows[r];
    if (row === undefined || row.length === 0) continue;
    const unit = units.of(row, r);
    if (unit === NO_UNIT) {
      if (!rowIsBlank(row) && cols.amounts.some((a) => !isBlank(row[a.index] ?? null))) {
        issues.add(anError('missingUnit', where(r, cols.levels[0]!)));
      }
      continue;
    }
    if (unit === SUBTOTAL) continue;
    const month = readRowMonth(row, r, cols, periodCache, grid, issues);
    if (month === null) continue;
    let account = -1;
    if (cols.account >= 0) {
      const cell = row[cols.account] ?? null;
      const known = accounts.get(cell);
      account = known ?? internAccount(ctx, cell);
      if (known === undefined) accounts.set(cell, account);
    }
    for (const a of cols.amounts) {
      const cell = row[a.index] ?? null;
      if (cell === null) continue;
      let amount = amountOf(cell);
      if (Number.isNaN(amount)) {
        const reading = readAmountCell(cell);
        if (!reading.ok) {
          issues.add(anError(reading.code, where(r, a.index), { text: reading.text }));
          continue;
        }
        amount = reading.amount;
      }
      let kind: AmountKind | null;
      if (a.kind === 'amount') {
        kind = readKind(row[cols.kind] ?? null, kindCache, ctx);
        if (kind === null) {
          issues.add(anError('unknownKind', where(r, cols.kind), { text: cellText(row[cols.kind] ?? null) }));
          continue;
        }
      } else kind = a.kind;
      if (amount === 0 && !keepsZero(kind)) continue;
      ctx.facts.push(unit, account, month, KIND_CODE[kind], amount as Money);
    }
  }
  units.subtotals.report(grid, issues);
}


/** An amount cell in öre without allocating; NaN when it needs the full reader (errors, odd text). */
function amountOf(cell: Cell): number {
  if (typeof cell === 'number') return oreNearKronor(cell);
  if (typeof cell === 'string') {
    if (cell === '') return 0;
    const m = parseMoneyText(cell);
    return m === null ? NaN : m;
  }
  return NaN;
}


function readRowMonth(row: readonly Cell[], r: number, cols: Columns, cache: Map<Cell, PeriodReading>, grid: Grid, issues: IssueCollector): MonthKey | null {
  const cell = row[cols.period] ?? null;
  let reading = cache.get(cell);
  if (reading === undefined && !cache.has(cell)) {
    reading = readPeriodCell(cell);
    cache.set(cell, reading);
  }
  if (reading === null || reading === undefined) {
    issues.add(anError('badPeriod', { sheet: grid.sheet, address: cellAddress(grid, r, cols.period) }, { text: cellText(cell) }));
    return null;
  }
  if (reading.year !== null) return monthKey(reading.year, reading.month);
  const year = cols.year >= 0 ? readYearCell(row[cols.year] ?? null) : null;
  if (year === null) {
    const at = cols.year >= 0 ? cols.year : cols.period;
    issues.add(anError('missingYear', { sheet: grid.sheet, address: cellAddress(grid, r, at) }, { text: cellText(row[at] ?? null) }));
    return null;
  }
  return toMonthKey(reading, year);
}

