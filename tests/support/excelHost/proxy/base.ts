/**
 * The proxy base class. Like office.js: setting a property or calling a method queues an action;
 * `load()` queues a read answered at `context.sync()`; reading a property that was neither loaded
 * nor set locally throws PropertyNotLoaded. A proxy finds its object in the workbook the first
 * time an action needs it and keeps it (a renamed sheet is still the same sheet).
 */
import { hostError, propertyNotLoaded, withLocation } from '../errors';
import { ACTION_OVERHEAD, OBJECT_OVERHEAD, jsonSize } from '../payload';
import { itemTree, parseLoadOption, type LoadTree } from './loadOptions';
import { NULL_TARGET, requireApi, versionAtLeast, type QueuedOp, type Resolved, type SyncScope } from './runtime';

/** How a scalar property is read and written in the workbook. */
export interface PropertySpec<T> {
  get?(target: T, scope: SyncScope): unknown;
  set?(target: T, value: unknown, scope: SyncScope): void;
  /** ExcelApi version needed to read (and, unless `setApi`, to write). */
  api?: string;
  setApi?: string;
  /** Left out of a parameterless `load()` (like `numberFormatCategories` in Excel). */
  explicitOnly?: boolean;
}

/** What every proxy's context offers. */
export interface ProxyContext {
  _enqueue(op: QueuedOp): void;
}

/** Base of all proxies; `T` is what the proxy resolves to in the model. */
export abstract class HostObject<T> {
  /** Loaded (or locally set) scalar values. */
  protected readonly _values = new Map<string, unknown>();
  private _target: Resolved<T> | undefined;
  private _isNull: boolean | undefined;

  constructor(
    readonly context: ProxyContext,
    private readonly _resolver: (scope: SyncScope) => Resolved<T>,
  ) {}

  /** The Office.js type name ('Range'). */
  protected abstract get _typeName(): string;

  /** Scalar properties of this type. */
  protected abstract get _props(): Readonly<Record<string, PropertySpec<T>>>;

  /** A navigation property's proxy ('format' of a Range), or undefined. */
  protected _nav(_name: string): HostObject<unknown> | undefined {
    return undefined;
  }

  /** Resolve once, during a sync. */
  _resolve(scope: SyncScope): Resolved<T> {
    if (this._target === undefined) this._target = this._resolver(scope);
    return this._target;
  }

  /** Bind the target directly (objects created by an action, e.g. `worksheets.add`). */
  _bind(target: Resolved<T>): void {
    this._target = target;
  }

  /** True when the object does not exist; readable after a sync. */
  get isNullObject(): boolean {
    if (this._isNull === undefined) throw propertyNotLoaded('isNullObject', this._typeName);
    return this._isNull;
  }

  /** Read a scalar property (PropertyNotLoaded unless loaded or set). */
  protected _get<V>(name: string): V {
    if (this._isNull === true) return undefined as V;
    if (!this._values.has(name)) throw propertyNotLoaded(name, this._typeName);
    return this._values.get(name) as V;
  }

  /** Queue a property write; the proxy echoes the value locally, as office.js does. */
  protected _set(name: string, value: unknown): void {
    const spec = this._props[name];
    if (!spec?.set) throw new TypeError(`Cannot set read-only property ${this._typeName}.${name}`);
    this._values.set(name, value);
    const location = `${this._typeName}.${name}`;
    this._queue(location, ACTION_OVERHEAD + name.length + jsonSize(value), (target, scope) => {
      requireApi(scope, spec.setApi ?? spec.api, location);
      spec.set!(target, value, scope);
    });
  }

  /** Queue an action on the target (skipped on a null object). */
  protected _queue(location: string, requestBytes: number, run: (target: T, scope: SyncScope) => void, counted = true): void {
    this.context._enqueue({
      location,
      requestBytes,
      counted,
      run: (scope) => {
        try {
          const target = this._resolve(scope);
          if (target !== NULL_TARGET) run(target, scope);
        } catch (error) {
          throw withLocation(error, location);
        }
      },
    });
  }

  /** Queue a method call. */
  protected _call(name: string, args: unknown[], run: (target: T, scope: SyncScope) => void, api?: string): void {
    const location = `${this._typeName}.${name}`;
    this._queue(location, ACTION_OVERHEAD + name.length + jsonSize(args), (target, scope) => {
      requireApi(scope, api, location);
      run(target, scope);
    });
  }

  /** Queue the check that fills `isNullObject` (for `*OrNullObject` results). */
  _queueNullCheck(): this {
    this.context._enqueue({
      location: `${this._typeName}._instantiate`,
      requestBytes: ACTION_OVERHEAD / 2,
      counted: false,
      run: (scope) => {
        const isNull = this._resolve(scope) === NULL_TARGET;
        scope.deliveries.push(() => (this._isNull = isNull));
      },
    });
    return this;
  }

  /** Queue a load of the given properties. */
  load(option?: unknown): this {
    const tree = parseLoadOption(option);
    this.context._enqueue({
      location: `${this._typeName}.load`,
      requestBytes: ACTION_OVERHEAD / 2 + jsonSize(option ?? null),
      counted: true,
      run: (scope) => this._runLoad(tree, scope),
    });
    return this;
  }

  /** Answer a load during a sync (collections override). */
  _runLoad(tree: LoadTree, scope: SyncScope): void {
    const target = this._resolve(scope);
    if (target === NULL_TARGET) {
      scope.deliveries.push(() => (this._isNull = true));
      return;
    }
    scope.deliveries.push(() => (this._isNull = false));
    scope.responseBytes += OBJECT_OVERHEAD;
    // A parameterless load asks for what this Excel knows: newer properties are left out, not errors.
    const known = (n: string): boolean => !this._props[n]!.explicitOnly && versionAtLeast(scope.runtime.excelApi, this._props[n]!.api ?? '1.1');
    const names = tree.all ? [...Object.keys(this._props).filter(known), ...tree.props] : [...tree.props];
    for (const name of names) {
      const nav = this._nav(name);
      if (nav) {
        nav._runLoad(parseLoadOption(undefined), scope);
        continue;
      }
      const spec = this._props[name];
      if (!spec?.get) throw hostError('InvalidArgument', `The property '${name}' does not exist on type ${this._typeName}.`, `${this._typeName}.load`);
      const location = `${this._typeName}.${name}`;
      let value: unknown;
      try {
        requireApi(scope, spec.api, location);
        value = spec.get(target, scope);
      } catch (error) {
        throw withLocation(error, location);
      }
      scope.responseBytes += name.length + 4 + jsonSize(value);
      if (scope.runtime.outOfProcess) {
        // Excel's side writes the response; the add-in's side parses it (office.js does).
        const json = JSON.stringify(value) ?? 'null';
        scope.deliveries.push(() => this._values.set(name, JSON.parse(json)));
      } else scope.deliveries.push(() => this._values.set(name, value));
    }
    for (const [name, sub] of tree.navs) {
      const nav = this._nav(name);
      if (!nav) throw hostError('InvalidArgument', `The property '${name}' does not exist on type ${this._typeName}.`, `${this._typeName}.load`);
      nav._runLoad(sub, scope);
    }
  }

  /** Set several properties at once (`range.set({ format: { fill: { color } } })`). */
  set(properties: Record<string, unknown>): void {
    for (const [key, value] of Object.entries(properties)) {
      const nav = this._nav(key);
      if (nav && value !== null && typeof value === 'object' && !Array.isArray(value)) nav.set(value as Record<string, unknown>);
      else this._set(key, value);
    }
  }

  /** The loaded properties as a plain object. */
  toJSON(): Record<string, unknown> {
    return Object.fromEntries(this._values);
  }

  /** Office.js proxies can be tracked; the host keeps every object alive anyway. */
  track(): this {
    return this;
  }

  /** See `track`. */
  untrack(): this {
    return this;
  }
}

/** `OfficeExtension.ClientResult`: `value` readable after the sync. */
export class HostClientResult<V> {
  private _value: V | undefined;
  private _ready = false;

  /** The result; ValueNotLoaded before the sync. */
  get value(): V {
    if (!this._ready) throw hostError('ValueNotLoaded');
    return this._value as V;
  }

  /** Filled by the sync. */
  _resolveWith(value: V): void {
    this._value = value;
    this._ready = true;
  }
}

/** A collection proxy: `items` after a load, one item proxy per key (reused across loads). */
export abstract class HostCollection<T, K, Item extends HostObject<K>> extends HostObject<T> {
  private _items: Item[] | undefined;
  private readonly _byKey = new Map<K, Item>();

  /** Keys of the items, in order. */
  protected abstract _keys(target: T, scope: SyncScope): K[];

  /** A new item proxy for a key. */
  protected abstract _makeItem(key: K): Item;

  /** The loaded items (PropertyNotLoaded before a load). */
  get items(): Item[] {
    if (this._items === undefined) throw propertyNotLoaded('items', this._typeName);
    return this._items;
  }

  /** The item proxy of a key (same proxy for the same key). */
  protected _item(key: K): Item {
    let item = this._byKey.get(key);
    if (!item) {
      item = this._makeItem(key);
      item._bind(key);
      this._byKey.set(key, item);
    }
    return item;
  }

  override _runLoad(tree: LoadTree, scope: SyncScope): void {
    const target = this._resolve(scope);
    if (target === NULL_TARGET) {
      scope.deliveries.push(() => (this._items = []));
      return;
    }
    const sub = itemTree(tree);
    const items = this._keys(target, scope).map((k) => this._item(k));
    scope.responseBytes += OBJECT_OVERHEAD;
    for (const item of items) item._runLoad(sub, scope);
    scope.deliveries.push(() => (this._items = items));
  }

  override toJSON(): Record<string, unknown> {
    return { items: (this._items ?? []).map((i) => i.toJSON()) };
  }
}
