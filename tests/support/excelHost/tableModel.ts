/**
 * Excel tables (ListObjects) in the workbook model: a header row, the data body, an optional total
 * row below it, and value filters that hide body rows (as AutoFilter does). Doc lines followed:
 * - TableCollection.add: "Creates a new table. The range object or source address determines the
 *   worksheet under which the table will be added. If the table cannot be added (e.g., because the
 *   address is invalid, or the table would overlap with another table), an error will be thrown."
 * - Table.showTotals: "Specifies if the total row is visible. This value can be set to show or
 *   remove the total row." (the total row sits below the data body; Excel labels its first column
 *   and sums the last one with SUBTOTAL(109, …)).
 * - Table.getDataBodyRange: "Gets the range object associated with the data body of the table."
 * - AutoFilter.apply with `filterOn: Values`: rows whose cell is not among `values` are hidden;
 *   hidden rows are still in the range and its `values` (Range.values returns every row).
 */
import { intersects, type Rect } from './address';
import { hostError } from './errors';
import type { SheetModel } from './sheetModel';

/** A table on a sheet. */
export class TableModel {
  showTotals = false;
  /** Allowed values by table column index (as text); rows with another value are hidden. */
  readonly filters = new Map<number, Set<string>>();

  constructor(
    readonly id: string,
    public name: string,
    readonly sheet: SheetModel,
    /** Header row and data body (the total row is below, when shown). */
    readonly rect: Rect,
  ) {}

  /** The data body (rows under the header). */
  body(): Rect {
    return { ...this.rect, r0: this.rect.r0 + 1 };
  }

  /** The whole table: header, body and total row when shown. */
  whole(): Rect {
    return { ...this.rect, r1: this.rect.r1 + (this.showTotals ? 1 : 0) };
  }

  /** The total row, or null when hidden. */
  totalRow(): Rect | null {
    return this.showTotals ? { ...this.rect, r0: this.rect.r1 + 1, r1: this.rect.r1 + 1 } : null;
  }

  /** Show or remove the total row: first column labelled, last column summed with SUBTOTAL(109). */
  setShowTotals(show: boolean, label: string): void {
    if (show === this.showTotals) return;
    const row = this.rect.r1 + 1;
    const { c0, c1 } = this.rect;
    if (show) {
      this.sheet.cells.setValue(row, c0, label);
      let sum = 0;
      for (let r = this.rect.r0 + 1; r <= this.rect.r1; r++) {
        const v = this.sheet.value(r, c1);
        if (typeof v === 'number') sum += v;
      }
      this.sheet.cells.setFormula(row, c1, `=SUBTOTAL(109,${this.name}[[#Data],[Column${c1 - c0 + 1}]])`);
      this.sheet.cells.setValue(row, c1, sum);
    } else {
      for (let c = c0; c <= c1; c++) {
        this.sheet.cells.setValue(row, c, undefined);
        this.sheet.cells.setFormula(row, c, undefined);
      }
    }
    this.showTotals = show;
  }

  /** Body rows hidden by the filters. */
  filteredRows(): number[] {
    if (this.filters.size === 0) return [];
    const out: number[] = [];
    for (let r = this.rect.r0 + 1; r <= this.rect.r1; r++) {
      for (const [col, allowed] of this.filters) {
        const v = this.sheet.value(r, this.rect.c0 + col);
        if (!allowed.has(v === undefined ? '' : String(v))) {
          out.push(r);
          break;
        }
      }
    }
    return out;
  }
}

/** Throw unless a new table at `rect` on `sheet` would overlap none of `tables`. */
export function checkNoOverlap(tables: readonly TableModel[], sheet: SheetModel, rect: Rect): void {
  if (tables.some((t) => t.sheet === sheet && intersects(t.whole(), rect))) {
    throw hostError('InvalidOperation', 'A table cannot overlap another table.');
  }
}
