/**
 * Workbook-scoped defined names (`workbook.names`, Excel.NamedItemCollection). From Microsoft's
 * reference: `add(name, reference, comment)` (ExcelApi 1.4) "Adds a new name to the collection of
 * the given scope"; NamedItem.formula (1.7) "The formula of the named item. Formulas always start
 * with an equal sign"; value "Represents the value computed by the name's formula. For a named
 * range, it will return the range address"; type "The type of the value returned by the name's
 * formula"; getRange() "Returns the range object that is associated with the name. If the named
 * item's type is not a range, then this method returns an ItemNotFound error"
 * (getRangeOrNullObject, 1.4: a null object). A name whose sheet was deleted refers to #REF!
 * (references.ts) and is of type Error.
 */
import { cellAddress, parseRect, quoteSheetName, splitSheet, type Rect } from '../address';
import { hostError } from '../errors';
import { HostCollection, HostObject, type PropertySpec } from './base';
import { Range } from './range';
import { NULL_TARGET, requireApi, type Resolved, type SyncScope } from './runtime';
import { ownedBy, sheetOf, type RangeTarget } from './targets';

/** What a name refers to: a range of a sheet, or null (#REF!, a constant, a formula). */
function rangeOf(scope: SyncScope, formula: string): RangeTarget | null {
  const { sheet, range } = splitSheet(formula.replace(/^=/, ''));
  const found = sheet === null ? undefined : scope.book.find(sheet);
  const rect = parseRect(range);
  return found && rect ? { sheetId: found.id, rect } : null;
}

/** '$F$12' or '$F$12:$G$13'. */
function absolute(rect: Rect): string {
  const one = (r: number, c: number) => cellAddress(r, c).replace(/^([A-Z]+)(\d+)$/, '$$$1$$$2');
  const first = one(rect.r0, rect.c0);
  return rect.r0 === rect.r1 && rect.c0 === rect.c1 ? first : `${first}:${one(rect.r1, rect.c1)}`;
}

function item(scope: SyncScope, key: string): { name: string; formula: string } {
  const found = scope.book.names.get(key);
  if (!found) throw hostError('ItemNotFound');
  return found;
}

const NAME_PROPS: Record<string, PropertySpec<string>> = {
  name: { get: (k, s) => item(s, k).name },
  formula: {
    api: '1.7',
    get: (k, s) => item(s, k).formula,
    set: (k, v, s) => {
      if (typeof v !== 'string') throw hostError('InvalidArgument');
      item(s, k).formula = v.startsWith('=') ? v : `=${v}`;
    },
  },
  value: { get: (k, s) => item(s, k).formula.replace(/^=/, '') },
  type: { get: (k, s) => (rangeOf(s, item(s, k).formula) ? 'Range' : item(s, k).formula.includes('#REF!') ? 'Error' : 'String') },
  scope: { api: '1.4', get: () => 'Workbook' },
  visible: { get: () => true },
};

/** `Excel.NamedItem` (keyed by lower-case name). */
export class NamedItem extends HostObject<string> {
  protected get _typeName(): string { return 'NamedItem'; }
  protected get _props(): Record<string, PropertySpec<string>> { return NAME_PROPS; }
  get name(): string { return this._get('name'); }
  get formula(): string { return this._get('formula'); }
  set formula(v: string) { this._set('formula', v); }
  get value(): string { return this._get('value'); }
  get type(): string { return this._get('type'); }

  private range(orNull: boolean): Range {
    const range = new Range(this.context, (scope): Resolved<RangeTarget> => {
      if (orNull) requireApi(scope, '1.4', 'NamedItem.getRangeOrNullObject');
      const key = this._resolve(scope);
      if (key === NULL_TARGET) return NULL_TARGET;
      const target = rangeOf(scope, item(scope, key).formula);
      if (target) return target;
      if (orNull) return NULL_TARGET;
      throw hostError('ItemNotFound', undefined, 'NamedItem.getRange');
    });
    return orNull ? range._queueNullCheck() : range;
  }

  /** The range the name refers to; ItemNotFound when it is not a range. */
  getRange(): Range { return this.range(false); }

  /** The range the name refers to, or a null object (ExcelApi 1.4). */
  getRangeOrNullObject(): Range { return this.range(true); }

  /** Delete the name (ExcelApi 1.4). */
  delete(): void {
    this._call('delete', [], (k, s) => {
      item(s, k);
      s.book.names.delete(k);
    }, '1.4');
  }
}

/** `workbook.names`. */
export class NamedItemCollection extends HostCollection<true, string, NamedItem> {
  protected get _typeName(): string { return 'NamedItemCollection'; }
  protected get _props(): Record<string, PropertySpec<true>> { return {}; }
  protected _keys(_t: true, s: SyncScope): string[] { return [...s.book.names.keys()]; }
  protected _makeItem(key: string): NamedItem { return new NamedItem(this.context, () => key); }

  /** Add a name referring to a range or a formula ('=Blad1!$A$1'); ItemAlreadyExists when taken. */
  add(name: string, reference: Range | string, _comment?: string): NamedItem {
    const key = String(name).toLowerCase();
    const added = new NamedItem(this.context, () => key);
    this._call('add', [name, typeof reference === 'string' ? reference : 'range'], (_t, s) => {
      if (typeof name !== 'string' || !/^[A-Za-z_\u00C0-\uFFFF][\w.\u00C0-\uFFFF]*$/.test(name) || parseRect(name)) throw hostError('InvalidArgument');
      if (s.book.names.has(key)) throw hostError('ItemAlreadyExists');
      let formula: string;
      if (typeof reference === 'string') formula = reference.startsWith('=') ? reference : `=${reference}`;
      else {
        ownedBy(s, reference, 'NamedItemCollection.add');
        const t = reference._resolve(s);
        if (t === NULL_TARGET) throw hostError('InvalidArgument');
        formula = `=${quoteSheetName(sheetOf(s, t).name)}!${absolute(t.rect)}`;
      }
      s.book.names.set(key, { name, formula });
    }, '1.4');
    return added;
  }

  private lookup(name: string, orNull: boolean): NamedItem {
    const key = String(name).toLowerCase();
    const found = new NamedItem(this.context, (s): Resolved<string> => {
      if (orNull) requireApi(s, '1.4', 'NamedItemCollection.getItemOrNullObject');
      if (s.book.names.has(key)) return key;
      if (orNull) return NULL_TARGET;
      throw hostError('ItemNotFound', undefined, 'NamedItemCollection.getItem');
    });
    return orNull ? found._queueNullCheck() : found;
  }

  /** A name (ItemNotFound at sync when missing). */
  getItem(name: string): NamedItem { return this.lookup(name, false); }

  /** A name, or a null object (ExcelApi 1.4). */
  getItemOrNullObject(name: string): NamedItem { return this.lookup(name, true); }
}
