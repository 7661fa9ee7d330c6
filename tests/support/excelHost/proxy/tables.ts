/**
 * `workbook.tables` / `worksheet.tables`, `Excel.Table` and its `autoFilter` (tableModel.ts has the
 * rules and the doc lines). Table ranges are plain Range proxies over the table's rectangles.
 */
import { parseRect, splitSheet, type Rect } from '../address';
import { hostError } from '../errors';
import type { TableModel } from '../tableModel';
import { HostClientResult, HostCollection, HostObject, type PropertySpec, type ProxyContext } from './base';
import { Range } from './range';
import { NULL_TARGET, requireApi, type Resolved, type SyncScope } from './runtime';
import { ownedBy } from './targets';
import { Worksheet } from './worksheet';

/** The table of an id (ItemNotFound once deleted). */
function tableOf(scope: SyncScope, id: string): TableModel {
  const table = scope.book.tables.find((t) => t.id === id);
  if (!table) throw hostError('ItemNotFound');
  return table;
}

const TABLE_PROPS: Record<string, PropertySpec<string>> = {
  id: { get: (id) => id },
  name: {
    get: (id, scope) => tableOf(scope, id).name,
    set: (id, v, scope) => {
      if (typeof v !== 'string' || !/^[\p{L}_\\][\p{L}\p{N}_.]*$/u.test(v)) throw hostError('InvalidArgument');
      if (scope.book.tables.some((t) => t.id !== id && t.name.toLowerCase() === v.toLowerCase())) throw hostError('ItemAlreadyExists');
      tableOf(scope, id).name = v;
    },
  },
  showTotals: {
    api: '1.3',
    get: (id, scope) => tableOf(scope, id).showTotals,
    set: (id, v, scope) => {
      if (typeof v !== 'boolean') throw hostError('InvalidArgument');
      tableOf(scope, id).setShowTotals(v, scope.book.defaultSheetPrefix === 'Blad' ? 'Summa' : 'Total');
    },
  },
  showHeaders: { api: '1.3', get: () => true },
};

/** `Excel.Table`. */
export class Table extends HostObject<string> {
  private _worksheet?: Worksheet;
  private _autoFilter?: AutoFilter;

  protected get _typeName(): string { return 'Table'; }
  protected get _props(): Record<string, PropertySpec<string>> { return TABLE_PROPS; }

  protected override _nav(name: string): HostObject<unknown> | undefined {
    if (name === 'worksheet') return this.worksheet as HostObject<unknown>;
    if (name === 'autoFilter') return this.autoFilter as HostObject<unknown>;
    return undefined;
  }

  get id(): string { return this._get('id'); }
  get name(): string { return this._get('name'); }
  set name(v: string) { this._set('name', v); }
  get showTotals(): boolean { return this._get('showTotals'); }
  set showTotals(v: boolean) { this._set('showTotals', v); }
  get showHeaders(): boolean { return this._get('showHeaders'); }

  /** The sheet the table is on. */
  get worksheet(): Worksheet {
    return (this._worksheet ??= new Worksheet(this.context, (scope) => {
      const id = this._resolve(scope);
      return id === NULL_TARGET ? NULL_TARGET : tableOf(scope, id).sheet.id;
    }));
  }

  /** The table's AutoFilter (ExcelApi 1.9). */
  get autoFilter(): AutoFilter {
    return (this._autoFilter ??= new AutoFilter(this.context, (scope) => {
      requireApi(scope, '1.9', 'Table.autoFilter');
      return this._resolve(scope);
    }));
  }

  private part(name: string, pick: (t: TableModel) => Rect | null): Range {
    return new Range(this.context, (scope) => {
      const id = this._resolve(scope);
      if (id === NULL_TARGET) return NULL_TARGET;
      const t = tableOf(scope, id);
      const rect = pick(t);
      if (!rect) throw hostError('ItemNotFound', undefined, `Table.${name}`);
      return { sheetId: t.sheet.id, rect };
    });
  }

  /** Header, body and total row. */
  getRange(): Range { return this.part('getRange', (t) => t.whole()); }
  /** The data body. */
  getDataBodyRange(): Range { return this.part('getDataBodyRange', (t) => t.body()); }
  /** The header row. */
  getHeaderRowRange(): Range { return this.part('getHeaderRowRange', (t) => ({ ...t.rect, r1: t.rect.r0 })); }
  /** The total row (ItemNotFound at sync when it is not shown). */
  getTotalRowRange(): Range { return this.part('getTotalRowRange', (t) => t.totalRow()); }

  /** Delete the table, leaving its cells. */
  delete(): void {
    this._call('delete', [], (id, scope) => {
      const i = scope.book.tables.findIndex((t) => t.id === id);
      if (i >= 0) scope.book.tables.splice(i, 1);
    });
  }
}

const FILTER_PROPS: Record<string, PropertySpec<string>> = {
  enabled: { get: () => true },
  isDataFiltered: { get: (id, scope) => tableOf(scope, id).filters.size > 0 },
};

/** `Table.autoFilter`: value filters per column. */
export class AutoFilter extends HostObject<string> {
  protected get _typeName(): string { return 'AutoFilter'; }
  protected get _props(): Record<string, PropertySpec<string>> { return FILTER_PROPS; }
  get enabled(): boolean { return this._get('enabled'); }
  get isDataFiltered(): boolean { return this._get('isDataFiltered'); }

  /** Filter `columnIndex` (of the table) to `criteria.values` (`filterOn: 'Values'` only). */
  apply(range: Range | string, columnIndex?: number, criteria?: { filterOn?: string; values?: unknown[] }): void {
    this._call('apply', [columnIndex ?? null], (id, scope) => {
      if (typeof range !== 'string') ownedBy(scope, range, 'AutoFilter.apply');
      const t = tableOf(scope, id);
      if (columnIndex === undefined || criteria === undefined) return;
      if (!Number.isInteger(columnIndex) || columnIndex < 0 || columnIndex > t.rect.c1 - t.rect.c0) throw hostError('InvalidArgument');
      if (criteria.filterOn !== 'Values' || !Array.isArray(criteria.values)) throw hostError('InvalidArgument', 'The host filters on values only.');
      t.filters.set(columnIndex, new Set(criteria.values.map(String)));
    });
  }

  /** Remove every filter. */
  clearCriteria(): void {
    this._call('clearCriteria', [], (id, scope) => tableOf(scope, id).filters.clear());
  }
}

/** `workbook.tables` (every sheet's) or `worksheet.tables` (one sheet's). */
export class TableCollection extends HostCollection<true, string, Table> {
  /** `sheetOf` gives the sheet id a worksheet's collection belongs to; absent for the workbook's. */
  constructor(context: ProxyContext, private readonly sheetOf?: (scope: SyncScope) => Resolved<string>) {
    super(context, () => true);
  }

  protected get _typeName(): string { return 'TableCollection'; }
  protected get _props(): Record<string, PropertySpec<true>> { return {}; }
  protected _keys(_t: true, scope: SyncScope): string[] {
    const sheet = this.sheetOf?.(scope);
    return scope.book.tables.filter((t) => sheet === undefined || t.sheet.id === sheet).map((t) => t.id);
  }
  protected _makeItem(id: string): Table { return new Table(this.context, () => id); }

  private lookup(name: string, orNull: boolean): Table {
    const location = orNull ? 'TableCollection.getItemOrNullObject' : 'TableCollection.getItem';
    const table = new Table(this.context, (scope) => {
      if (orNull) requireApi(scope, '1.4', location);
      const found = this._keys(true, scope).map((id) => tableOf(scope, id)).find((t) => t.name.toLowerCase() === name.toLowerCase() || t.id === name);
      if (found) return found.id;
      if (orNull) return NULL_TARGET;
      throw hostError('ItemNotFound', `There is no table named '${name}'.`, location);
    });
    return orNull ? table._queueNullCheck() : table;
  }

  /** A table by name or id. */
  getItem(name: string): Table { return this.lookup(name, false); }
  /** A table by name or id, or a null object (ExcelApi 1.4). */
  getItemOrNullObject(name: string): Table { return this.lookup(name, true); }

  /** Number of tables (ExcelApi 1.4). */
  getCount(): HostClientResult<number> {
    const result = new HostClientResult<number>();
    this._call('getCount', [], (_t, s) => {
      const n = this._keys(true, s).length;
      s.deliveries.push(() => result._resolveWith(n));
    }, '1.4');
    return result;
  }

  /** Make a table of `address` ('Huvudbok!A1:D40', or a Range); the header row must be there. */
  add(address: Range | string, hasHeaders: boolean): Table {
    const table = new Table(this.context, () => {
      throw hostError('InvalidOperation', 'The table was not created.');
    });
    this._call('add', [typeof address === 'string' ? address : 'range', hasHeaders], (_t, scope) => {
      if (!hasHeaders) throw hostError('InvalidArgument', 'The host makes tables with a header row only.');
      let sheetId: string;
      let rect: Rect;
      if (typeof address === 'string') {
        const { sheet, range } = splitSheet(address);
        const own = this.sheetOf?.(scope);
        const found = sheet !== null ? scope.book.find(sheet) : own !== undefined && own !== NULL_TARGET ? scope.book.sheetById(own) : undefined;
        const parsed = parseRect(range);
        if (!found || !parsed) throw hostError('InvalidArgument', `The address '${address}' is not valid.`);
        sheetId = found.id;
        rect = parsed;
      } else {
        ownedBy(scope, address, 'TableCollection.add');
        const t = address._resolve(scope);
        if (t === NULL_TARGET) throw hostError('InvalidArgument');
        sheetId = t.sheetId;
        rect = t.rect;
      }
      table._bind(scope.book.addTable(scope.book.sheetById(sheetId), rect).id);
    });
    return table;
  }
}
