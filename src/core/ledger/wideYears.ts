/**
 * The months of a wide sheet's columns in their year: a dated column ("Apr-25") is its own month;
 * an undated one lies in the row's year, the next calendar year after the columns turn the year
 * (apr … dec, jan … mar), or within the fiscal year its year column names ("2025/26"). What the
 * columns and labels say about the fiscal start is kept for the ledger.
 */
import { cellAddress, type Cell } from '../grid/grid';
import { afterTurnOfYear, FiscalEvidence, fiscalStartOfColumns } from '../fiscal/detectFiscalStart';
import { anError } from '../issues/issue';
import { monthKey, type MonthKey } from '../period/month';
import type { SheetRows } from '../grid/sheetRows';
import { cellText } from './cells';
import type { ColumnRole } from './detect';
import { placeInYear, type YearReading } from './period';
import type { Context } from './sheetContext';

/** Places a wide sheet's month columns in their years. */
export class WideYears {
  private readonly after: boolean[];
  /** The fiscal start the columns' order says (apr … mar: April), or null. */
  private readonly columnsStart: number | null;
  /** The start that places months in a fiscal year: the user's, else the columns'. */
  readonly sheetStart: number | null;
  private readonly evidence = new FiscalEvidence();
  private unknownStartReported = false;

  constructor(
    private readonly rows: SheetRows,
    private readonly monthCols: readonly ColumnRole[],
    private readonly yearColumn: number,
    private readonly ctx: Context,
  ) {
    const turns = monthTurns(monthCols);
    this.after = turns.after;
    this.columnsStart = turns.fiscalStart;
    this.sheetStart = ctx.fiscalStart ?? turns.fiscalStart;
  }

  /** The month of month column `ci` in row r of the year given; null (said once) when a fiscal year's start is unknown. */
  monthOf(ci: number, year: YearReading, r: number, row: readonly Cell[]): MonthKey | null {
    const m = this.monthCols[ci]!.month!;
    if (!year.fiscal) return monthKey(year.year + (this.after[ci] ? 1 : 0), m.month);
    if (m.year !== null) {
      // A dated column beside a fiscal year's label says where that year starts.
      const at = monthKey(m.year, m.month);
      this.evidence.note(year.year, at);
      return at;
    }
    const placed = placeInYear({ month: m.month }, year, this.sheetStart);
    if (placed !== 'needsFiscalStart') return placed;
    if (!this.unknownStartReported) {
      const address = cellAddress(this.rows, r, this.yearColumn);
      this.ctx.issues.add(anError('fiscalStartUnknown', { sheet: this.rows.sheet, address }, { text: cellText(row[this.yearColumn] ?? null) }));
    }
    this.unknownStartReported = true;
    return null;
  }

  /** Keep the start the sheet says (its labels beside dates, else its columns' order), unless an earlier sheet said one. */
  finish(yearHeader: string): void {
    if (this.ctx.detectedFiscalStart !== null) return;
    const said = this.evidence.fiscalStart();
    if (said !== null) this.ctx.detectedFiscalStart = { month: said, sheet: this.rows.sheet, column: yearHeader };
    else if (this.columnsStart !== null) {
      const first = this.monthCols.find((c) => c.month!.year === null)?.header ?? '';
      this.ctx.detectedFiscalStart = { month: this.columnsStart, sheet: this.rows.sheet, column: first };
    }
  }
}

/**
 * The undated month columns, per kind, in sheet order: which lie after a turn of the year
 * (jan … mar after apr … dec belong to the next calendar year), and the fiscal start the order says.
 */
function monthTurns(monthCols: readonly ColumnRole[]): { after: boolean[]; fiscalStart: number | null } {
  const after = monthCols.map(() => false);
  let fiscalStart: number | null = null;
  const byKind = new Map<string, number[]>();
  monthCols.forEach((c, i) => {
    if (c.month!.year !== null) return;
    const key = String(c.month!.kind);
    byKind.set(key, [...(byKind.get(key) ?? []), i]);
  });
  for (const indices of byKind.values()) {
    const months = indices.map((i) => monthCols[i]!.month!.month);
    afterTurnOfYear(months).forEach((t, j) => (after[indices[j]!] = t));
    fiscalStart ??= fiscalStartOfColumns(months);
  }
  return { after, fiscalStart };
}
