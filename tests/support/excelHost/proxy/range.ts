/**
 * `Excel.Range`: values, formulas, number formats and types of a rectangle, the ranges derived from
 * it (rows, cells, resized and offset ranges), merging, clearing and `getCellProperties`.
 */
import { cellAddress, cellCount, contains, intersects, isEntireColumns, isEntireRows, isUnbounded, parseCell, splitSheet, type Rect } from '../address';
import { hostError, withLocation } from '../errors';
import { displayText } from '../numberFormat';
import { jsonSize } from '../payload';
import { clearFormats, merge, unmerge, writeNumberFormats } from '../sheetFormat';
import { gridReader, officeValue, valueType } from '../sheetModel';
import { MAX_COLUMNS, MAX_ROWS, type CellValue, type SheetSnapshot } from '../snapshot';
import { HostClientResult, HostObject, type PropertySpec } from './base';
import { cellProperties, type CellPropertiesOptions } from './cellProperties';
import { checkCopyType, copyRange } from '../copyRange';
import { RangeFormat } from './rangeFormat';
import { NULL_TARGET, requireApi, requireFocus, type Resolved, type SyncScope } from './runtime';
import { addressOf, checkReadSize, checkRect, ownedBy, sheetOf, type RangeTarget } from './targets';
import { rectOn, Worksheet } from './worksheet';

/** A grid read with the 5 000 000-cell check. */
function readGrid<V>(pick: (sheet: ReturnType<typeof sheetOf>, r: number, c: number) => V): PropertySpec<RangeTarget>['get'] {
  return (t, scope) => {
    checkReadSize(scope, t.rect);
    const sheet = sheetOf(scope, t);
    return sheet.grid(t.rect, (r, c) => pick(sheet, r, c));
  };
}

const RANGE_PROPS: Record<string, PropertySpec<RangeTarget>> = {
  address: { get: (t, scope) => addressOf(sheetOf(scope, t), [t.rect]) },
  addressLocal: { get: (t, scope) => addressOf(sheetOf(scope, t), [t.rect]) },
  rowIndex: { get: (t) => t.rect.r0 },
  columnIndex: { get: (t) => t.rect.c0 },
  rowCount: { get: (t) => t.rect.r1 - t.rect.r0 + 1 },
  columnCount: { get: (t) => t.rect.c1 - t.rect.c0 + 1 },
  cellCount: { get: (t) => cellCount(t.rect) },
  isEntireColumn: { api: '1.7', get: (t) => isEntireColumns(t.rect) },
  isEntireRow: { api: '1.7', get: (t) => isEntireRows(t.rect) },
  values: {
    get: readGrid((sheet, r, c) => officeValue(sheet.value(r, c))),
    set: (t, v, scope) => sheetOf(scope, t).write(t.rect, v, 'values'),
  },
  formulas: {
    get: readGrid((sheet, r, c) => sheet.formulaOf(r, c)),
    set: (t, v, scope) => sheetOf(scope, t).write(t.rect, v, 'formulas'),
  },
  valueTypes: { get: readGrid((sheet, r, c) => valueType(sheet.value(r, c))) },
  numberFormat: {
    get: readGrid((sheet, r, c) => sheet.format(r, c).numberFormat),
    set: (t, v, scope) => {
      if (isUnbounded(t.rect)) throw hostError('InvalidArgument', 'Cannot set numberFormat on an unbounded range (entire rows or columns).');
      writeNumberFormats(sheetOf(scope, t), t.rect, gridReader(t.rect, v, (x) => typeof x === 'string'));
    },
  },
  text: { get: readGrid((sheet, r, c) => displayText(sheet.value(r, c), sheet.format(r, c).numberFormat)) },
  // Range.rowHidden (ExcelApi 1.2): "Value is true when all rows in a range are hidden. Value is false
  // when no rows in the range are hidden. Value is null when some rows in a range are hidden and
  // other rows in the same range are not hidden." Rows a table filter hides count as hidden.
  rowHidden: {
    api: '1.2',
    get: (t, scope) => {
      const sheet = sheetOf(scope, t);
      const hidden = new Set([...sheet.hiddenRows, ...scope.book.tables.filter((x) => x.sheet === sheet).flatMap((x) => x.filteredRows())]);
      const inside = [...hidden].filter((r) => r >= t.rect.r0 && r <= t.rect.r1).length;
      return inside === 0 ? false : inside === t.rect.r1 - t.rect.r0 + 1 ? true : null;
    },
    set: (t, v, scope) => {
      if (typeof v !== 'boolean') throw hostError('InvalidArgument');
      const sheet = sheetOf(scope, t);
      for (let r = t.rect.r0; r <= t.rect.r1; r++) {
        if (v) sheet.hiddenRows.add(r);
        else sheet.hiddenRows.delete(r);
      }
    },
  },
  // Excel keeps one hyperlink per cell; a range's is set on each of its cells.
  hyperlink: {
    api: '1.7',
    get: (t, scope) => sheetOf(scope, t).hyperlinks.get(cellAddress(t.rect.r0, t.rect.c0)) ?? null,
    set: (t, v, scope) => {
      if (isUnbounded(t.rect)) throw hostError('InvalidArgument', 'Cannot set hyperlink on an unbounded range (entire rows or columns).');
      const sheet = sheetOf(scope, t);
      for (let r = t.rect.r0; r <= t.rect.r1; r++) for (let c = t.rect.c0; c <= t.rect.c1; c++) sheet.hyperlinks.set(cellAddress(r, c), { ...(v as object) });
    },
  },
};

/** `Excel.RangeHyperlink`. */
type Hyperlink = NonNullable<SheetSnapshot['hyperlinks']>[string];

/** `Excel.Range`. */
export class Range extends HostObject<RangeTarget> {
  private _format?: RangeFormat;
  private _worksheet?: Worksheet;

  protected get _typeName(): string { return 'Range'; }
  protected get _props(): Record<string, PropertySpec<RangeTarget>> { return RANGE_PROPS; }

  protected override _nav(name: string): HostObject<unknown> | undefined {
    if (name === 'format') return this.format as HostObject<unknown>;
    if (name === 'worksheet') return this.worksheet as HostObject<unknown>;
    return undefined;
  }

  /** Font, fill, borders, alignment, widths. */
  get format(): RangeFormat {
    return (this._format ??= new RangeFormat(this.context, (scope) => {
      const t = this._resolve(scope);
      return t === NULL_TARGET ? NULL_TARGET : { sheetId: t.sheetId, rects: [t.rect] };
    }));
  }

  /** The sheet of the range. */
  get worksheet(): Worksheet {
    return (this._worksheet ??= new Worksheet(this.context, (scope) => {
      const t = this._resolve(scope);
      return t === NULL_TARGET ? NULL_TARGET : t.sheetId;
    }));
  }

  get address(): string { return this._get('address'); }
  get addressLocal(): string { return this._get('addressLocal'); }
  get rowIndex(): number { return this._get('rowIndex'); }
  get columnIndex(): number { return this._get('columnIndex'); }
  get rowCount(): number { return this._get('rowCount'); }
  get columnCount(): number { return this._get('columnCount'); }
  get cellCount(): number { return this._get('cellCount'); }
  get isEntireColumn(): boolean { return this._get('isEntireColumn'); }
  get isEntireRow(): boolean { return this._get('isEntireRow'); }
  get values(): CellValue[][] { return this._get('values'); }
  set values(v: CellValue[][]) { this._set('values', v); }
  get formulas(): CellValue[][] { return this._get('formulas'); }
  set formulas(v: CellValue[][]) { this._set('formulas', v); }
  get numberFormat(): string[][] { return this._get('numberFormat'); }
  set numberFormat(v: string[][]) { this._set('numberFormat', v); }
  get valueTypes(): string[][] { return this._get('valueTypes'); }
  get text(): string[][] { return this._get('text'); }
  get rowHidden(): boolean | null { return this._get('rowHidden'); }
  set rowHidden(v: boolean | null) { this._set('rowHidden', v); }
  get hyperlink(): Hyperlink { return this._get('hyperlink'); }
  set hyperlink(v: Hyperlink) { this._set('hyperlink', v); }

  /** A range computed from this one when an action first needs it. */
  private derive(name: string, compute: (rect: Rect, scope: SyncScope) => Rect | null, api?: string, orNull = false): Range {
    const range = new Range(this.context, (scope): Resolved<RangeTarget> => {
      requireApi(scope, api, `Range.${name}`);
      const t = this._resolve(scope);
      if (t === NULL_TARGET) return NULL_TARGET;
      try {
        const rect = compute(t.rect, scope);
        if (rect === null) {
          if (orNull) return NULL_TARGET;
          throw hostError('ItemNotFound');
        }
        return { sheetId: t.sheetId, rect: checkRect(rect) };
      } catch (error) {
        throw withLocation(error, `Range.${name}`);
      }
    });
    return orNull ? range._queueNullCheck() : range;
  }

  /** Row `i` of the range. */
  getRow(i: number): Range {
    return this.derive('getRow', (r) => {
      if (!Number.isInteger(i) || i < 0 || i > r.r1 - r.r0) throw hostError('InvalidArgument');
      return { ...r, r0: r.r0 + i, r1: r.r0 + i };
    });
  }

  /** Column `j` of the range. */
  getColumn(j: number): Range {
    return this.derive('getColumn', (r) => {
      if (!Number.isInteger(j) || j < 0 || j > r.c1 - r.c0) throw hostError('InvalidArgument');
      return { ...r, c0: r.c0 + j, c1: r.c0 + j };
    });
  }

  /** The cell at (row, column) from the top-left (may lie outside the range, inside the grid). */
  getCell(row: number, column: number): Range {
    return this.derive('getCell', (r) => ({ r0: r.r0 + row, r1: r.r0 + row, c0: r.c0 + column, c1: r.c0 + column }));
  }

  /** The range with its bottom-right corner moved by (deltaRows, deltaColumns). */
  getResizedRange(deltaRows: number, deltaColumns: number): Range {
    return this.derive('getResizedRange', (r) => ({ ...r, r1: r.r1 + deltaRows, c1: r.c1 + deltaColumns }), '1.2');
  }

  /** A range of numRows × numColumns from the same top-left cell. */
  getAbsoluteResizedRange(numRows: number, numColumns: number): Range {
    return this.derive('getAbsoluteResizedRange', (r) => ({ ...r, r1: r.r0 + numRows - 1, c1: r.c0 + numColumns - 1 }), '1.7');
  }

  /** The range moved by (rowOffset, columnOffset). */
  getOffsetRange(rowOffset: number, columnOffset: number): Range {
    return this.derive('getOffsetRange', (r) => ({ r0: r.r0 + rowOffset, r1: r.r1 + rowOffset, c0: r.c0 + columnOffset, c1: r.c1 + columnOffset }));
  }

  /** Whole rows of the range. */
  getEntireRow(): Range {
    return this.derive('getEntireRow', (r) => ({ r0: r.r0, r1: r.r1, c0: 0, c1: MAX_COLUMNS - 1 }));
  }

  /** Whole columns of the range. */
  getEntireColumn(): Range {
    return this.derive('getEntireColumn', (r) => ({ r0: 0, r1: MAX_ROWS - 1, c0: r.c0, c1: r.c1 }));
  }

  /** The used part of the range (ItemNotFound when it has none). */
  getUsedRange(valuesOnly = false): Range {
    return this.derive('getUsedRange', (r, scope) => usedPart(r, scope, this, valuesOnly));
  }

  /** The used part of the range, or a null object. */
  getUsedRangeOrNullObject(valuesOnly = false): Range {
    return this.derive('getUsedRangeOrNullObject', (r, scope) => usedPart(r, scope, this, valuesOnly), '1.4', true);
  }

  /** Merge the cells (each row separately when `across`). */
  merge(across = false): void {
    this._call('merge', [across], (t, scope) => merge(sheetOf(scope, t), t.rect, across), '1.2');
  }

  /** Unmerge every merged area in the range. */
  unmerge(): void {
    this._call('unmerge', [], (t, scope) => unmerge(sheetOf(scope, t), t.rect), '1.2');
  }

  /** Select the range (activating its sheet). */
  select(): void {
    this._call('select', [], (t, scope) => {
      requireFocus(scope, 'GeneralException', 'Range.select');
      scope.book.activeSheetId = t.sheetId;
      sheetOf(scope, t).selection = t.rect;
    });
  }

  /** Clear contents and/or formats ('All' by default). */
  clear(applyTo: 'All' | 'Formats' | 'Contents' = 'All'): void {
    this._call('clear', [applyTo], (t, scope) => {
      const sheet = sheetOf(scope, t);
      if (!['All', 'Formats', 'Contents'].includes(applyTo)) throw hostError('InvalidArgument');
      if (applyTo !== 'Formats') sheet.clearContents(t.rect);
      if (applyTo !== 'Contents') clearFormats(sheet, t.rect);
      // ClearApplyTo.all clears everything in the range, its hyperlinks too (the UI's Clear All).
      if (applyTo === 'All') for (const address of [...sheet.hyperlinks.keys()]) if (inRect(address, t.rect)) sheet.hyperlinks.delete(address);
    });
  }

  /**
   * Copy cells from a range of this workbook (ExcelApi 1.9): "Copies cell data or formatting from
   * the source range or RangeAreas to the current range" (copyRange.ts has the rules kept).
   */
  copyFrom(sourceRange: Range | string, copyType = 'All', skipBlanks = false, transpose = false): void {
    this._call('copyFrom', [typeof sourceRange === 'string' ? sourceRange : 'range', copyType, skipBlanks, transpose], (t, scope) => {
      const type = checkCopyType(copyType, transpose);
      const to = sheetOf(scope, t);
      let from = to;
      let source: Rect;
      if (typeof sourceRange === 'string') {
        const { sheet: name } = splitSheet(sourceRange);
        from = name === null ? to : scope.book.find(name) ?? (() => { throw hostError('InvalidArgument'); })();
        source = rectOn(from, sourceRange);
      } else {
        if (!(sourceRange instanceof Range)) throw hostError('InvalidArgument', 'copyFrom from RangeAreas is not modelled by the host.');
        ownedBy(scope, sourceRange, 'Range.copyFrom');
        const s = sourceRange._resolve(scope);
        if (s === NULL_TARGET) throw hostError('InvalidArgument');
        from = sheetOf(scope, s);
        source = s.rect;
      }
      copyRange(from, source, to, t.rect, type, skipBlanks === true);
    }, '1.9');
  }

  /** Per-cell formats (ExcelApi 1.9); `value` after the sync. */
  getCellProperties(options: CellPropertiesOptions): HostClientResult<Record<string, unknown>[][]> {
    const result = new HostClientResult<Record<string, unknown>[][]>();
    this._call('getCellProperties', [options], (t, scope) => {
      if (isUnbounded(t.rect)) throw hostError('InvalidArgument', 'getCellProperties needs a bounded range.');
      checkReadSize(scope, t.rect);
      const value = cellProperties(sheetOf(scope, t), t.rect, options);
      scope.responseBytes += jsonSize(value);
      scope.deliveries.push(() => result._resolveWith(value));
    }, '1.9');
    return result;
  }
}

/** Whether the cell at an A1 address lies in `rect`. */
function inRect(address: string, rect: Rect): boolean {
  const cell = parseCell(address);
  return cell !== null && contains(rect, { r0: cell.row, r1: cell.row, c0: cell.col, c1: cell.col });
}

/** The intersection of `rect` with the sheet's used range, or null. */
function usedPart(rect: Rect, scope: SyncScope, range: Range, valuesOnly: boolean): Rect | null {
  const t = range._resolve(scope);
  if (t === NULL_TARGET) return null;
  const used = sheetOf(scope, t).usedRect(valuesOnly);
  if (!used || !intersects(used, rect)) return null;
  return { r0: Math.max(used.r0, rect.r0), r1: Math.min(used.r1, rect.r1), c0: Math.max(used.c0, rect.c0), c1: Math.min(used.c1, rect.c1) };
}
