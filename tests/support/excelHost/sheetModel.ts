/**
 * One worksheet's state: cells, formats (cell, row, column and sheet level, as Excel keeps them),
 * layout (widths, heights, merges, frozen panes, print setup), charts and custom properties.
 * Reading and writing cell contents lives here; formatting in sheetFormat.ts.
 */
import { isUnbounded, type Rect } from './address';
import { CellError, CellStore, type Stored } from './cellStore';
import { hostError } from './errors';
import { DEFAULT_COLUMN_WIDTH, DEFAULT_ROW_HEIGHT, defaultPageLayout, type CellValue, type PageLayout, type SheetVisibility } from './snapshot';
import { patchChange, type CellFormat, type StyleTable } from './styles';
import { contentFromFormula, contentFromValue, type CellContent, type WriteRules } from './writeRules';

/** A chart on a sheet. */
export interface ChartModel {
  id: string;
  name: string;
  type: string;
  title: string;
  sourceAddress: string;
  seriesBy: 'Auto' | 'Columns' | 'Rows';
  seriesNames: string[];
  topLeft: string | null;
  bottomRight: string | null;
  legend: { visible: boolean; position: string };
  titleVisible: boolean | null;
  /** Points per series, as charts.add read the source; unknown (unchecked) for charts loaded from a snapshot. */
  pointCount?: number;
  /** Point fills set with setSolidColor, '#RRGGBB' by "series:point". */
  pointFills?: Record<string, string>;
}

/** What a sheet needs from its workbook. */
export interface SheetServices {
  readonly styles: StyleTable;
  /** The value of a formula cell (evaluated, or its cached result). */
  evaluate(sheet: SheetModel, row: number, col: number): Stored | undefined;
  /** How written strings are read (writeRules.ts). */
  writeRules(): WriteRules;
}

/** Office.js `RangeValueType` of a stored value. */
export type ValueType = 'Empty' | 'String' | 'Double' | 'Boolean' | 'Error';

/** Globals in module bindings: global lookups are slow inside a vm context (Jest). */
const ArrayOf = Array;
const { isArray } = Array;
const { isFinite: isFiniteNumber } = Number;

/** The longest text a cell holds. */
const MAX_CELL_TEXT = 32_767;

/** Office.js value of a stored value: '' for empty, an error's text. */
export function officeValue(value: Stored | undefined): CellValue {
  if (value === undefined) return '';
  if (value instanceof CellError) return value.code;
  return value;
}

/** The Office.js type of a stored value. */
export function valueType(value: Stored | undefined): ValueType {
  if (value === undefined) return 'Empty';
  if (value instanceof CellError) return 'Error';
  if (typeof value === 'number') return 'Double';
  if (typeof value === 'boolean') return 'Boolean';
  return 'String';
}

/** Check a written grid's shape and cells; returns a reader of entry (i, j). Throws InvalidArgument. */
export function gridReader(rect: Rect, input: unknown, check: (v: unknown) => boolean): (i: number, j: number) => unknown {
  const rows = rect.r1 - rect.r0 + 1;
  const cols = rect.c1 - rect.c0 + 1;
  if (!isArray(input)) {
    if (input === null || input === undefined || !check(input)) throw hostError('InvalidArgument');
    return () => input;
  }
  const shapeError = (): never => {
    throw hostError('InvalidArgument', "The number of rows or columns in the input array doesn't match the size or dimensions of the range.");
  };
  if (input.length !== rows) shapeError();
  for (const row of input as unknown[]) {
    if (!isArray(row) || row.length !== cols) shapeError();
    for (const v of row as unknown[]) if (v !== null && !check(v)) throw hostError('InvalidArgument');
  }
  return (i, j) => (input as unknown[][])[i]![j];
}

/** Whether a value can be written into a cell. */
export function isWritableValue(v: unknown): boolean {
  if (typeof v === 'number') return isFiniteNumber(v);
  if (typeof v === 'string') return v.length <= MAX_CELL_TEXT;
  return typeof v === 'boolean';
}

/** One worksheet. */
export class SheetModel {
  readonly cells = new CellStore();
  /** Format ids of whole rows and whole columns; `sheetStyle` for the rest. */
  readonly rowStyles = new Map<number, number>();
  readonly colStyles = new Map<number, number>();
  sheetStyle = 0;
  readonly colWidths = new Map<number, number>();
  readonly rowHeights = new Map<number, number>();
  defaultColWidth = DEFAULT_COLUMN_WIDTH;
  defaultRowHeight = DEFAULT_ROW_HEIGHT;
  merges: Rect[] = [];
  freeze = { rows: 0, columns: 0 };
  pageLayout: PageLayout = defaultPageLayout();
  charts: ChartModel[] = [];
  /** Custom properties by lower-case key. */
  readonly customProperties = new Map<string, { key: string; value: string }>();
  tabColor: string | null = null;
  /** Hyperlinks (ExcelApi 1.7) by A1 address of their cell. */
  readonly hyperlinks = new Map<string, { address?: string; documentReference?: string; textToDisplay?: string; screenTip?: string }>();
  selection: Rect = { r0: 0, c0: 0, r1: 0, c1: 0 };
  /** Rows the user hid (Range.rowHidden); rows a table filter hides are the table's. */
  readonly hiddenRows = new Set<number>();

  constructor(
    readonly id: string,
    public name: string,
    public visibility: SheetVisibility,
    readonly services: SheetServices,
  ) {}

  /** The format id that applies at (r, c): the cell's own, else its row's, column's or the sheet's. */
  styleId(r: number, c: number): number {
    return this.cells.style(r, c) ?? this.rowStyles.get(r) ?? this.colStyles.get(c) ?? this.sheetStyle;
  }

  /** The format at (r, c). */
  format(r: number, c: number): CellFormat {
    return this.services.styles.get(this.styleId(r, c));
  }

  /** The value Excel shows at (r, c) (formulas evaluated). */
  value(r: number, c: number): Stored | undefined {
    if (this.cells.formula(r, c) !== undefined) return this.services.evaluate(this, r, c);
    return this.cells.value(r, c);
  }

  /** A 2-D array of `pick(r, c)` over a bounded rectangle; null for unbounded ones (Office.js does the same). */
  grid<T>(rect: Rect, pick: (r: number, c: number) => T): T[][] | null {
    if (isUnbounded(rect)) return null;
    const out: T[][] = new ArrayOf<T[]>(rect.r1 - rect.r0 + 1);
    for (let r = rect.r0; r <= rect.r1; r++) {
      const row = new ArrayOf<T>(rect.c1 - rect.c0 + 1);
      for (let c = rect.c0; c <= rect.c1; c++) row[c - rect.c0] = pick(r, c);
      out[r - rect.r0] = row;
    }
    return out;
  }

  /** Office.js `formulas` of one cell. */
  formulaOf(r: number, c: number): CellValue {
    return this.cells.formula(r, c) ?? officeValue(this.cells.value(r, c));
  }

  /** Apply a write through `values` or `formulas` (validated first: all or nothing). */
  write(rect: Rect, input: unknown, via: 'values' | 'formulas'): void {
    if (isUnbounded(rect)) throw hostError('InvalidArgument', `Cannot set ${via} on an unbounded range (entire rows or columns).`);
    const read = gridReader(rect, input, isWritableValue);
    const parse = via === 'values' ? contentFromValue : contentFromFormula;
    for (let r = rect.r0; r <= rect.r1; r++) {
      for (let c = rect.c0; c <= rect.c1; c++) {
        const v = read(r - rect.r0, c - rect.c0) as string | number | boolean | null;
        if (v === null) continue;
        this.store(r, c, parse(v, this.format(r, c).numberFormat, this.services.writeRules()));
      }
    }
  }

  /** Put parsed content into a cell; Excel also adopts a date or percent format on General cells. */
  private store(r: number, c: number, content: CellContent): void {
    this.cells.setValue(r, c, content.value);
    this.cells.setFormula(r, c, content.formula);
    if (content.numberFormat && this.format(r, c).numberFormat === 'General') {
      this.cells.setStyle(r, c, this.services.styles.derive(this.styleId(r, c), patchChange({ numberFormat: content.numberFormat })));
    }
  }

  /** Empty the contents of every cell in `rect`. */
  clearContents(rect: Rect): void {
    const lastCol = Math.min(rect.c1, this.cells.columnSpan - 1);
    for (let c = rect.c0; c <= lastCol; c++) {
      const lastRow = Math.min(rect.r1, this.cells.rowSpan(c) - 1);
      for (let r = rect.r0; r <= lastRow; r++) {
        this.cells.setValue(r, c, undefined);
        this.cells.setFormula(r, c, undefined);
      }
    }
  }

  /** The smallest rectangle holding every non-empty cell (and formatted ones unless valuesOnly). */
  usedRect(valuesOnly: boolean): Rect | null {
    let r0 = Infinity;
    let r1 = -Infinity;
    let c0 = Infinity;
    let c1 = -Infinity;
    for (let c = 0; c < this.cells.columnSpan; c++) {
      const ext = this.cells.columnExtent(c, 0, Number.MAX_SAFE_INTEGER, valuesOnly);
      if (!ext) continue;
      r0 = Math.min(r0, ext[0]);
      r1 = Math.max(r1, ext[1]);
      c0 = Math.min(c0, c);
      c1 = Math.max(c1, c);
    }
    return r0 === Infinity ? null : { r0, r1, c0, c1 };
  }

  /** Width of a column in points. */
  columnWidth(c: number): number {
    return this.colWidths.get(c) ?? this.defaultColWidth;
  }

  /** Height of a row in points. */
  rowHeight(r: number): number {
    return this.rowHeights.get(r) ?? this.defaultRowHeight;
  }
}
