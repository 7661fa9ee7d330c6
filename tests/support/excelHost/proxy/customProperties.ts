/**
 * Worksheet custom properties (ExcelApi 1.12): keys are case-insensitive and at most 255
 * characters (longer: InvalidArgument); values are strings; `add` overwrites. On a host that only
 * supports an older ExcelApi, every use fails with ApiNotFound at sync.
 */
import { hostError } from '../errors';
import { HostClientResult, HostCollection, HostObject, type PropertySpec } from './base';
import { NULL_TARGET, type Resolved, type SyncScope } from './runtime';

/** A property by sheet and lower-case key. */
interface PropertyTarget {
  sheetId: string;
  key: string;
}

function entry(scope: SyncScope, t: PropertyTarget): { key: string; value: string } {
  const found = scope.book.sheetById(t.sheetId).customProperties.get(t.key);
  if (!found) throw hostError('ItemNotFound');
  return found;
}

const PROPS: Record<string, PropertySpec<PropertyTarget>> = {
  key: { api: '1.12', get: (t, s) => entry(s, t).key },
  value: {
    api: '1.12',
    get: (t, s) => entry(s, t).value,
    set: (t, v, s) => {
      if (typeof v !== 'string') throw hostError('InvalidArgument');
      entry(s, t).value = v;
    },
  },
};

/** `Excel.WorksheetCustomProperty`. */
export class WorksheetCustomProperty extends HostObject<PropertyTarget> {
  protected get _typeName(): string { return 'WorksheetCustomProperty'; }
  protected get _props(): Record<string, PropertySpec<PropertyTarget>> { return PROPS; }
  get key(): string { return this._get('key'); }
  get value(): string { return this._get('value'); }
  set value(v: string) { this._set('value', v); }

  /** Delete the property. */
  delete(): void {
    this._call('delete', [], (t, s) => {
      entry(s, t);
      s.book.sheetById(t.sheetId).customProperties.delete(t.key);
    }, '1.12');
  }
}

/** `Worksheet.customProperties`. */
export class WorksheetCustomPropertyCollection extends HostCollection<string, PropertyTarget, WorksheetCustomProperty> {
  protected get _typeName(): string { return 'WorksheetCustomPropertyCollection'; }
  protected get _props(): Record<string, PropertySpec<string>> { return {}; }
  protected _keys(sheetId: string, s: SyncScope): PropertyTarget[] {
    return [...s.book.sheetById(sheetId).customProperties.keys()].map((key) => ({ sheetId, key }));
  }
  protected _makeItem(key: PropertyTarget): WorksheetCustomProperty {
    return new WorksheetCustomProperty(this.context, () => key);
  }

  /** Add or overwrite a property. */
  add(key: string, value: string): WorksheetCustomProperty {
    const property = new WorksheetCustomProperty(this.context, () => {
      throw hostError('InvalidOperation', 'The custom property was not created.');
    });
    this._call('add', [key, value], (sheetId, s) => {
      if (typeof key !== 'string' || key.length === 0 || key.length > 255) {
        throw hostError('InvalidArgument', 'A custom property key must be 1 to 255 characters long.');
      }
      if (typeof value !== 'string') throw hostError('InvalidArgument');
      s.book.sheetById(sheetId).customProperties.set(key.toLowerCase(), { key, value });
      property._bind({ sheetId, key: key.toLowerCase() });
    });
    return property;
  }

  private lookup(key: string, orNull: boolean): WorksheetCustomProperty {
    const name = orNull ? 'getItemOrNullObject' : 'getItem';
    const property = new WorksheetCustomProperty(this.context, (s): Resolved<PropertyTarget> => {
      const sheetId = this._resolve(s);
      if (sheetId === NULL_TARGET) return NULL_TARGET;
      const lower = String(key).toLowerCase();
      if (s.book.sheetById(sheetId).customProperties.has(lower)) return { sheetId, key: lower };
      if (orNull) return NULL_TARGET;
      throw hostError('ItemNotFound', undefined, `WorksheetCustomPropertyCollection.${name}`);
    });
    return orNull ? property._queueNullCheck() : property;
  }

  /** A property by key (ItemNotFound at sync when missing). */
  getItem(key: string): WorksheetCustomProperty {
    return this.lookup(key, false);
  }

  /** A property by key, or a null object. */
  getItemOrNullObject(key: string): WorksheetCustomProperty {
    return this.lookup(key, true);
  }

  /** How many properties the sheet has. */
  getCount(): HostClientResult<number> {
    const result = new HostClientResult<number>();
    this._call('getCount', [], (sheetId, s) => {
      const n = s.book.sheetById(sheetId).customProperties.size;
      s.deliveries.push(() => result._resolveWith(n));
    });
    return result;
  }
}
