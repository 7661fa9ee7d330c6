/**
 * Smaller workbook parts: `settings` (ExcelApi 1.4; JSON values, case-sensitive keys, `add`
 * overwrites) and `application` (tables: tables.ts).
 */
import { hostError } from '../errors';
import type { JsonValue } from '../snapshot';
import { HostClientResult, HostCollection, HostObject, type PropertySpec } from './base';
import { NULL_TARGET, type Resolved, type SyncScope } from './runtime';

/** A JSON copy of a setting value (Dates become ISO strings, as JSON serialization makes them). */
function jsonCopy(value: unknown): JsonValue {
  if (value === undefined) throw hostError('InvalidArgument');
  return JSON.parse(JSON.stringify(value)) as JsonValue;
}

function settingValue(s: SyncScope, key: string): JsonValue {
  if (!s.book.settings.has(key)) throw hostError('ItemNotFound');
  return s.book.settings.get(key)!;
}

const SETTING_PROPS: Record<string, PropertySpec<string>> = {
  key: { api: '1.4', get: (key, s) => (settingValue(s, key), key) },
  value: {
    api: '1.4',
    get: (key, s) => jsonCopy(settingValue(s, key)),
    set: (key, v, s) => {
      settingValue(s, key);
      s.book.settings.set(key, jsonCopy(v));
    },
  },
};

/** `Excel.Setting`. */
export class Setting extends HostObject<string> {
  protected get _typeName(): string { return 'Setting'; }
  protected get _props(): Record<string, PropertySpec<string>> { return SETTING_PROPS; }
  get key(): string { return this._get('key'); }
  get value(): unknown { return this._get('value'); }
  set value(v: unknown) { this._set('value', v); }

  /** Remove the setting. */
  delete(): void {
    this._call('delete', [], (key, s) => {
      settingValue(s, key);
      s.book.settings.delete(key);
    }, '1.4');
  }
}

/** `workbook.settings`. */
export class SettingCollection extends HostCollection<true, string, Setting> {
  protected get _typeName(): string { return 'SettingCollection'; }
  protected get _props(): Record<string, PropertySpec<true>> { return {}; }
  protected _keys(_t: true, s: SyncScope): string[] { return [...s.book.settings.keys()]; }
  protected _makeItem(key: string): Setting { return new Setting(this.context, () => key); }

  /** Add or replace a setting. */
  add(key: string, value: unknown): Setting {
    const setting = new Setting(this.context, () => key);
    this._call('add', [key, value], (_t, s) => {
      if (typeof key !== 'string' || key === '') throw hostError('InvalidArgument');
      s.book.settings.set(key, jsonCopy(value));
    }, '1.4');
    return setting;
  }

  private lookup(key: string, orNull: boolean): Setting {
    const setting = new Setting(this.context, (s): Resolved<string> => {
      if (this._resolve(s) === NULL_TARGET) return NULL_TARGET;
      if (s.book.settings.has(key)) return key;
      if (orNull) return NULL_TARGET;
      throw hostError('ItemNotFound', undefined, 'SettingCollection.getItem');
    });
    return orNull ? setting._queueNullCheck() : setting;
  }

  /** A setting (ItemNotFound at sync when missing). */
  getItem(key: string): Setting { return this.lookup(key, false); }

  /** A setting, or a null object. */
  getItemOrNullObject(key: string): Setting { return this.lookup(key, true); }

  /** Number of settings. */
  getCount(): HostClientResult<number> {
    const result = new HostClientResult<number>();
    this._call('getCount', [], (_t, s) => {
      const n = s.book.settings.size;
      s.deliveries.push(() => result._resolveWith(n));
    }, '1.4');
    return result;
  }
}

/** `context.workbook.application`: calculation and screen-updating switches (no effect here). */
export class Application extends HostObject<true> {
  protected get _typeName(): string { return 'Application'; }
  protected get _props(): Record<string, PropertySpec<true>> {
    return { calculationMode: { get: () => 'Automatic', set: () => undefined } };
  }
  get calculationMode(): string { return this._get('calculationMode'); }
  set calculationMode(v: string) { this._set('calculationMode', v); }

  /** Suspend recalculation until the next sync (ExcelApi 1.6). */
  suspendApiCalculationUntilNextSync(): void {
    this._call('suspendApiCalculationUntilNextSync', [], () => undefined, '1.6');
  }

  /** Suspend screen updating until the next sync (ExcelApiDesktop 1.1 / ExcelApi 1.9 here). */
  suspendScreenUpdatingUntilNextSync(): void {
    this._call('suspendScreenUpdatingUntilNextSync', [], () => undefined);
  }

  /** Recalculate (formulas are evaluated on read anyway). */
  calculate(_calculationType?: string): void {
    this._call('calculate', [], () => undefined);
  }
}
