/**
 * Dense, column-major cell storage: per column one array of values, and (only when used) one of
 * formulas and one of format ids. An empty cell is a hole. A column of a million numbers is a
 * single packed array of doubles, so a 1 000 000 × 6 ledger fits in a few tens of megabytes.
 */

/** An error value such as '#NAME?' or '#DIV/0!' (distinct from the text '#NAME?'). */
export class CellError {
  constructor(readonly code: string) {}
}

/** What a cell can hold; `undefined` is an empty cell. */
export type Stored = number | string | boolean | CellError;

/** One column's arrays. */
interface Column {
  values: (Stored | undefined)[];
  formulas: (string | undefined)[] | null;
  styles: (number | undefined)[] | null;
}

/** Row extent of a column's non-empty entries, or null. */
function extent<T>(array: readonly (T | undefined)[] | null, r0: number, r1: number): [number, number] | null {
  if (!array) return null;
  const end = Math.min(r1, array.length - 1);
  let first = -1;
  for (let r = r0; r <= end; r++) {
    if (array[r] !== undefined) {
      first = r;
      break;
    }
  }
  if (first < 0) return null;
  let last = first;
  for (let r = end; r > first; r--) {
    if (array[r] !== undefined) {
      last = r;
      break;
    }
  }
  return [first, last];
}

/** The cells of one sheet. */
export class CellStore {
  private readonly columns: (Column | undefined)[] = [];

  /** One past the last column that has ever been written. */
  get columnSpan(): number {
    return this.columns.length;
  }

  /** One past the last row of column `c` that may hold anything. */
  rowSpan(c: number): number {
    const col = this.columns[c];
    if (!col) return 0;
    return Math.max(col.values.length, col.formulas?.length ?? 0, col.styles?.length ?? 0);
  }

  private column(c: number): Column {
    let col = this.columns[c];
    if (!col) {
      col = { values: [], formulas: null, styles: null };
      this.columns[c] = col;
    }
    return col;
  }

  /** The value at (r, c), undefined when empty. */
  value(r: number, c: number): Stored | undefined {
    return this.columns[c]?.values[r];
  }

  /** The formula at (r, c) with its '=', or undefined. */
  formula(r: number, c: number): string | undefined {
    return this.columns[c]?.formulas?.[r];
  }

  /** The cell's own format id, undefined when it inherits (row, column or sheet format). */
  style(r: number, c: number): number | undefined {
    return this.columns[c]?.styles?.[r];
  }

  /** Store a value (undefined empties the cell's value). */
  setValue(r: number, c: number, value: Stored | undefined): void {
    if (value === undefined) {
      const col = this.columns[c];
      if (col && r < col.values.length) delete col.values[r];
      return;
    }
    this.column(c).values[r] = value;
  }

  /** Store or remove a formula. */
  setFormula(r: number, c: number, formula: string | undefined): void {
    if (formula === undefined) {
      const col = this.columns[c];
      if (col?.formulas && r < col.formulas.length) delete col.formulas[r];
      return;
    }
    const col = this.column(c);
    (col.formulas ??= [])[r] = formula;
  }

  /** Store or remove a cell's own format id. */
  setStyle(r: number, c: number, id: number | undefined): void {
    if (id === undefined) {
      const col = this.columns[c];
      if (col?.styles && r < col.styles.length) delete col.styles[r];
      return;
    }
    const col = this.column(c);
    (col.styles ??= [])[r] = id;
  }

  /** Visit every cell of column `c` in rows r0..r1 that has its own format id. */
  forEachStyled(c: number, r0: number, r1: number, visit: (r: number, id: number) => void): void {
    const styles = this.columns[c]?.styles;
    if (!styles) return;
    const end = Math.min(r1, styles.length - 1);
    for (let r = r0; r <= end; r++) {
      const id = styles[r];
      if (id !== undefined) visit(r, id);
    }
  }

  /** Visit every formula cell (for references to a renamed or deleted sheet). */
  forEachFormula(visit: (r: number, c: number, formula: string) => void): void {
    this.columns.forEach((col, c) => col?.formulas?.forEach((f, r) => {
      if (f !== undefined) visit(r, c, f);
    }));
  }

  /** Row extent of column `c` within r0..r1 holding values/formulas (and formats unless valuesOnly). */
  columnExtent(c: number, r0: number, r1: number, valuesOnly: boolean): [number, number] | null {
    const col = this.columns[c];
    if (!col) return null;
    const parts = [extent(col.values, r0, r1), extent(col.formulas, r0, r1)];
    if (!valuesOnly) parts.push(extent(col.styles, r0, r1));
    let lo = Infinity;
    let hi = -Infinity;
    for (const p of parts) {
      if (p) {
        lo = Math.min(lo, p[0]);
        hi = Math.max(hi, p[1]);
      }
    }
    return lo === Infinity ? null : [lo, hi];
  }
}
