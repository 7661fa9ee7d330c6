/**
 * `context.workbook` and `workbook.worksheets`.
 */
import { hostError } from '../errors';
import { HostClientResult, HostCollection, HostObject, type PropertySpec, type ProxyContext } from './base';
import { Range } from './range';
import { NULL_TARGET, requireApi, requireFocus, type HostRuntime, type Resolved, type SyncScope } from './runtime';
import { Worksheet } from './worksheet';
import { TableCollection } from './tables';
import { Application, SettingCollection } from './workbookParts';
import { NamedItemCollection } from './names';
import { CustomXmlPartCollection } from './customXmlParts';

/** `workbook.worksheets`: items in tab order. */
export class WorksheetCollection extends HostCollection<true, string, Worksheet> {
  protected get _typeName(): string { return 'WorksheetCollection'; }
  protected get _props(): Record<string, PropertySpec<true>> { return {}; }
  protected _keys(_t: true, s: SyncScope): string[] { return s.book.sheets.map((sheet) => sheet.id); }
  protected _makeItem(id: string): Worksheet { return new Worksheet(this.context, () => id); }

  private lookup(key: string, orNull: boolean): Worksheet {
    const name = orNull ? 'getItemOrNullObject' : 'getItem';
    const sheet = new Worksheet(this.context, (s): Resolved<string> => {
      requireApi(s, orNull ? '1.4' : undefined, `WorksheetCollection.${name}`);
      const found = typeof key === 'string' ? s.book.find(key) : undefined;
      if (found) return found.id;
      if (orNull) return NULL_TARGET;
      throw hostError('ItemNotFound', `The requested resource doesn't exist.`, `WorksheetCollection.${name}`);
    });
    return orNull ? sheet._queueNullCheck() : sheet;
  }

  /** A sheet by name (case-insensitive) or id; ItemNotFound at sync when missing. */
  getItem(key: string): Worksheet { return this.lookup(key, false); }

  /** A sheet by name or id, or a null object (ExcelApi 1.4). */
  getItemOrNullObject(key: string): Worksheet { return this.lookup(key, true); }

  /** Add a sheet after the last one; Excel's sheet-name rules apply at sync. */
  add(name?: string): Worksheet {
    const sheet = new Worksheet(this.context, () => {
      throw hostError('InvalidOperation', 'The worksheet was not created.');
    });
    this._call('add', [name ?? null], (_t, s) => {
      requireFocus(s, 'GeneralException', 'WorksheetCollection.add');
      sheet._bind(s.book.addSheet(name).id);
    });
    return sheet;
  }

  /** The active sheet. */
  getActiveWorksheet(): Worksheet {
    return new Worksheet(this.context, (s) => s.book.activeSheet().id);
  }

  /** The first (visible) sheet. */
  getFirst(visibleOnly = false): Worksheet {
    return new Worksheet(this.context, (s) => {
      const sheet = s.book.sheets.find((x) => !visibleOnly || x.visibility === 'Visible');
      if (!sheet) throw hostError('ItemNotFound');
      return sheet.id;
    });
  }

  /** The last (visible) sheet. */
  getLast(visibleOnly = false): Worksheet {
    return new Worksheet(this.context, (s) => {
      const sheet = [...s.book.sheets].reverse().find((x) => !visibleOnly || x.visibility === 'Visible');
      if (!sheet) throw hostError('ItemNotFound');
      return sheet.id;
    });
  }

  /** Number of sheets (ExcelApi 1.4). */
  getCount(visibleOnly = false): HostClientResult<number> {
    const result = new HostClientResult<number>();
    this._call('getCount', [visibleOnly], (_t, s) => {
      const n = s.book.sheets.filter((x) => !visibleOnly || x.visibility === 'Visible').length;
      s.deliveries.push(() => result._resolveWith(n));
    }, '1.4');
    return result;
  }
}

/** `context.workbook`. */
export class Workbook extends HostObject<true> {
  readonly worksheets: WorksheetCollection;
  readonly tables: TableCollection;
  readonly application: Application;
  /** Workbook-scoped defined names. */
  readonly names: NamedItemCollection;
  private _settings?: SettingCollection;
  private _customXmlParts?: CustomXmlPartCollection;

  constructor(context: ProxyContext, _runtime: HostRuntime) {
    super(context, () => true);
    this.worksheets = new WorksheetCollection(context, () => true);
    this.tables = new TableCollection(context);
    this.application = new Application(context, () => true);
    this.names = new NamedItemCollection(context, () => true);
  }

  protected get _typeName(): string { return 'Workbook'; }
  protected get _props(): Record<string, PropertySpec<true>> { return { name: { get: () => 'Book1.xlsx' } }; }

  protected override _nav(name: string): HostObject<unknown> | undefined {
    const navs: Record<string, HostObject<unknown>> = {
      worksheets: this.worksheets as HostObject<unknown>,
      tables: this.tables as HostObject<unknown>,
      application: this.application as HostObject<unknown>,
      settings: this.settings as HostObject<unknown>,
      names: this.names as HostObject<unknown>,
      customXmlParts: this.customXmlParts as HostObject<unknown>,
    };
    return navs[name];
  }

  get name(): string { return this._get('name'); }

  /** Document settings (ExcelApi 1.4). */
  get settings(): SettingCollection {
    return (this._settings ??= new SettingCollection(this.context, (s) => {
      requireApi(s, '1.4', 'Workbook.settings');
      return true;
    }));
  }

  /** Custom XML parts (ExcelApi 1.5; proxy/customXmlParts.ts). */
  get customXmlParts(): CustomXmlPartCollection {
    return (this._customXmlParts ??= new CustomXmlPartCollection(this.context, () => ({ namespaceUri: null })));
  }

  /** The selected range of the active sheet (A1 unless something was selected). */
  getSelectedRange(): Range {
    return new Range(this.context, (s) => {
      const sheet = s.book.activeSheet();
      return { sheetId: sheet.id, rect: sheet.selection };
    });
  }

  /** The active cell: top-left of the selection (ExcelApi 1.7). */
  getActiveCell(): Range {
    return new Range(this.context, (s) => {
      requireApi(s, '1.7', 'Workbook.getActiveCell');
      const sheet = s.book.activeSheet();
      const { r0, c0 } = sheet.selection;
      return { sheetId: sheet.id, rect: { r0, c0, r1: r0, c1: c0 } };
    });
  }
}
