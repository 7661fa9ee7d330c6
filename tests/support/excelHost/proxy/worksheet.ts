/**
 * `Excel.Worksheet` (resolves to a sheet id), with `freezePanes` and `pageLayout`.
 */
import { isEntireColumns, isEntireRows, parseRect, splitSheet, type Rect } from '../address';
import { normalizeColor } from '../colors';
import { hostError, withLocation } from '../errors';
import type { SheetModel } from '../sheetModel';
import { MAX_COLUMNS, MAX_ROWS } from '../snapshot';
import { HostObject, type PropertySpec } from './base';
import { ChartCollection } from './charts';
import { WorksheetCustomPropertyCollection } from './customProperties';
import { Range } from './range';
import { RangeAreas } from './rangeAreas';
import { NULL_TARGET, requireApi, requireFocus, type Resolved, type SyncScope } from './runtime';
import { checkRect, ownedBy } from './targets';
import { PageLayout } from './pageLayout';
import { TableCollection } from './tables';

/** The sheet a worksheet proxy stands for. */
function sheet(scope: SyncScope, id: string): SheetModel {
  return scope.book.sheetById(id);
}

/** Parse an address for `getRange` on `s` (a sheet-qualified address must name this sheet). */
export function rectOn(s: SheetModel, address: string): Rect {
  const { sheet: name, range } = splitSheet(address);
  if (name !== null && name.toLowerCase() !== s.name.toLowerCase()) throw hostError('InvalidArgument');
  const rect = parseRect(range);
  if (!rect) throw hostError('InvalidArgument', `The address '${address}' is not valid.`);
  return rect;
}

const SHEET_PROPS: Record<string, PropertySpec<string>> = {
  id: { get: (id) => id },
  name: {
    get: (id, scope) => sheet(scope, id).name,
    set: (id, v, scope) => scope.book.renameSheet(sheet(scope, id), v),
  },
  position: {
    get: (id, scope) => scope.book.sheets.findIndex((s) => s.id === id),
    set: (id, v, scope) => scope.book.moveSheet(sheet(scope, id), v),
  },
  visibility: {
    get: (id, scope) => sheet(scope, id).visibility,
    set: (id, v, scope) => scope.book.setVisibility(sheet(scope, id), v),
    setApi: '1.2',
  },
  tabColor: {
    api: '1.7',
    get: (id, scope) => sheet(scope, id).tabColor ?? '',
    set: (id, v, scope) => {
      const color = v === '' ? null : normalizeColor(v);
      if (v !== '' && !color) throw hostError('InvalidArgument');
      sheet(scope, id).tabColor = color;
    },
  },
};

/** `Excel.Worksheet`. */
export class Worksheet extends HostObject<string> {
  private _charts?: ChartCollection;
  private _custom?: WorksheetCustomPropertyCollection;
  private _freeze?: WorksheetFreezePanes;
  private _page?: PageLayout;
  private _tables?: TableCollection;

  protected get _typeName(): string { return 'Worksheet'; }
  protected get _props(): Record<string, PropertySpec<string>> { return SHEET_PROPS; }

  protected override _nav(name: string): HostObject<unknown> | undefined {
    const navs: Record<string, () => HostObject<unknown>> = {
      charts: () => this.charts as HostObject<unknown>,
      customProperties: () => this.customProperties as HostObject<unknown>,
      freezePanes: () => this.freezePanes as HostObject<unknown>,
      pageLayout: () => this.pageLayout as HostObject<unknown>,
      tables: () => this.tables as HostObject<unknown>,
    };
    return navs[name]?.();
  }

  private child<T>(api?: string, location?: string): (scope: SyncScope) => Resolved<T> {
    return (scope) => {
      if (location) requireApi(scope, api, location);
      return this._resolve(scope) as Resolved<T>;
    };
  }

  get id(): string { return this._get('id'); }
  get name(): string { return this._get('name'); }
  set name(v: string) { this._set('name', v); }
  get position(): number { return this._get('position'); }
  set position(v: number) { this._set('position', v); }
  get visibility(): string { return this._get('visibility'); }
  set visibility(v: string) { this._set('visibility', v); }
  get tabColor(): string { return this._get('tabColor'); }
  set tabColor(v: string) { this._set('tabColor', v); }

  get charts(): ChartCollection { return (this._charts ??= new ChartCollection(this.context, this.child())); }
  get customProperties(): WorksheetCustomPropertyCollection {
    return (this._custom ??= new WorksheetCustomPropertyCollection(this.context, this.child('1.12', 'Worksheet.customProperties')));
  }
  get freezePanes(): WorksheetFreezePanes {
    return (this._freeze ??= new WorksheetFreezePanes(this.context, this.child('1.7', 'Worksheet.freezePanes')));
  }
  get pageLayout(): PageLayout { return (this._page ??= new PageLayout(this.context, this.child('1.9', 'Worksheet.pageLayout'))); }
  get tables(): TableCollection { return (this._tables ??= new TableCollection(this.context, (scope) => this._resolve(scope))); }

  /** Delete the sheet. */
  delete(): void {
    this._call('delete', [], (id, scope) => {
      requireFocus(scope, 'InvalidSelection', 'Worksheet.delete');
      scope.book.deleteSheet(sheet(scope, id));
    });
  }

  /** Make the sheet active (a hidden sheet cannot be). */
  activate(): void {
    this._call('activate', [], (id, scope) => {
      requireFocus(scope, 'GeneralException', 'Worksheet.activate');
      if (sheet(scope, id).visibility !== 'Visible') throw hostError('InvalidOperation');
      scope.book.activeSheetId = id;
    });
  }

  private range(name: string, compute: (s: SheetModel) => Rect | null, api?: string, orNull = false): Range {
    const range = new Range(this.context, (scope) => {
      requireApi(scope, api, `Worksheet.${name}`);
      const id = this._resolve(scope);
      if (id === NULL_TARGET) return NULL_TARGET;
      try {
        const rect = compute(sheet(scope, id));
        if (!rect) return orNull ? NULL_TARGET : { sheetId: id, rect: { r0: 0, r1: 0, c0: 0, c1: 0 } };
        return { sheetId: id, rect: checkRect(rect) };
      } catch (error) {
        throw withLocation(error, `Worksheet.${name}`);
      }
    });
    return orNull ? range._queueNullCheck() : range;
  }

  /** The range at an A1 address; the whole sheet without one. */
  getRange(address?: string): Range {
    return this.range('getRange', (s) =>
      address === undefined || address === '' ? { r0: 0, c0: 0, r1: MAX_ROWS - 1, c1: MAX_COLUMNS - 1 } : rectOn(s, address));
  }

  /** The range from zero-based indexes (ExcelApi 1.7). */
  getRangeByIndexes(startRow: number, startColumn: number, rowCount: number, columnCount: number): Range {
    return this.range('getRangeByIndexes', () => {
      const ok = [startRow, startColumn, rowCount, columnCount].every((n) => Number.isInteger(n)) && rowCount > 0 && columnCount > 0;
      if (!ok) throw hostError('InvalidArgument');
      return { r0: startRow, c0: startColumn, r1: startRow + rowCount - 1, c1: startColumn + columnCount - 1 };
    }, '1.7');
  }

  /** One cell by zero-based row and column. */
  getCell(row: number, column: number): Range {
    return this.range('getCell', () => ({ r0: row, r1: row, c0: column, c1: column }));
  }

  /** Several ranges, e.g. 'A1:B2, D4:E5' (ExcelApi 1.9). */
  getRanges(address: string): RangeAreas {
    return new RangeAreas(this.context, (scope) => {
      requireApi(scope, '1.9', 'Worksheet.getRanges');
      const id = this._resolve(scope);
      if (id === NULL_TARGET) return NULL_TARGET;
      const s = sheet(scope, id);
      return { sheetId: id, rects: address.split(/[,;]/).map((a) => rectOn(s, a)) };
    });
  }

  /** The used range (A1 on an empty sheet). */
  getUsedRange(valuesOnly = false): Range {
    return this.range('getUsedRange', (s) => s.usedRect(valuesOnly));
  }

  /** The used range, or a null object on an empty sheet (ExcelApi 1.4). */
  getUsedRangeOrNullObject(valuesOnly = false): Range {
    return this.range('getUsedRangeOrNullObject', (s) => s.usedRect(valuesOnly), '1.4', true);
  }
}

/** `Worksheet.freezePanes` (ExcelApi 1.7). */
export class WorksheetFreezePanes extends HostObject<string> {
  protected get _typeName(): string { return 'WorksheetFreezePanes'; }
  protected get _props(): Record<string, PropertySpec<string>> { return {}; }

  private count(n: unknown): number {
    if (typeof n !== 'number' || !Number.isInteger(n) || n < 0) throw hostError('InvalidArgument');
    return n;
  }

  /** Freeze the top `count` rows (1 by default). */
  freezeRows(count = 1): void {
    this._call('freezeRows', [count], (id, scope) => {
      requireFocus(scope, 'GeneralException', 'WorksheetFreezePanes.freezeRows');
      sheet(scope, id).freeze = { rows: this.count(count), columns: 0 };
    });
  }

  /** Freeze the left `count` columns (1 by default). */
  freezeColumns(count = 1): void {
    this._call('freezeColumns', [count], (id, scope) => {
      requireFocus(scope, 'GeneralException', 'WorksheetFreezePanes.freezeColumns');
      sheet(scope, id).freeze = { rows: 0, columns: this.count(count) };
    });
  }

  /** Freeze the cells of the top-left pane given by a range or address. */
  freezeAt(frozenRange: Range | string): void {
    const scopeRect = (id: string, scope: SyncScope): Rect => {
      if (typeof frozenRange === 'string') return rectOn(sheet(scope, id), frozenRange);
      ownedBy(scope, frozenRange, 'WorksheetFreezePanes.freezeAt');
      const t = frozenRange._resolve(scope);
      if (t === NULL_TARGET) throw hostError('InvalidArgument');
      return t.rect;
    };
    this._call('freezeAt', [typeof frozenRange === 'string' ? frozenRange : 'range'], (id, scope) => {
      requireFocus(scope, 'GeneralException', 'WorksheetFreezePanes.freezeAt');
      const r = scopeRect(id, scope);
      sheet(scope, id).freeze = { rows: isEntireColumns(r) ? 0 : r.r1 + 1, columns: isEntireRows(r) ? 0 : r.c1 + 1 };
    });
  }

  /** Remove frozen panes. */
  unfreeze(): void {
    this._call('unfreeze', [], (id, scope) => (sheet(scope, id).freeze = { rows: 0, columns: 0 }));
  }

  /** The frozen cells, or a null object when nothing is frozen. */
  getLocationOrNullObject(): Range {
    return new Range(this.context, (scope) => {
      const id = this._resolve(scope);
      if (id === NULL_TARGET) return NULL_TARGET;
      const { rows, columns } = sheet(scope, id).freeze;
      if (rows === 0 && columns === 0) return NULL_TARGET;
      const rect: Rect = {
        r0: 0,
        c0: 0,
        r1: rows === 0 ? MAX_ROWS - 1 : rows - 1,
        c1: columns === 0 ? MAX_COLUMNS - 1 : columns - 1,
      };
      return { sheetId: id, rect };
    })._queueNullCheck();
  }
}

