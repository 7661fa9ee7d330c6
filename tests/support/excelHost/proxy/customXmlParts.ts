/**
 * `workbook.customXmlParts` (ExcelApi 1.5), after the Excel.CustomXmlPartCollection,
 * CustomXmlPartScopedCollection and CustomXmlPart references:
 * - add(xml): "Adds a new custom XML part to the workbook"; "xml: XML content. Must be a valid XML
 *   fragment." (workbookModel.addCustomXmlPart: InvalidArgument otherwise, nothing added).
 * - getByNamespace(namespaceUri): "Gets a new scoped collection of custom XML parts whose namespaces
 *   match the given namespace" ("This must be a fully qualified schema URI"); "A scoped collection
 *   cannot be scoped any further" (it has no getByNamespace).
 * - getItem(id) / getItemOrNullObject(id): "Gets a custom XML part based on its ID" (ItemNotFound /
 *   a null object); in a scoped collection, only among its parts.
 * - getOnlyItem(): "If the collection contains exactly one item, this method returns it. Otherwise,
 *   this method produces an error." (the code is not documented: ItemNotFound here);
 *   getOnlyItemOrNullObject() gives a null object instead.
 * - CustomXmlPart: id, namespaceUri; getXml() "Gets the custom XML part's full XML content";
 *   setXml(xml) "Sets the custom XML part's full XML content" (well-formed, as add); delete()
 *   "Deletes the custom XML part" (a deleted part is ItemNotFound).
 */
import { hostError } from '../errors';
import { jsonSize } from '../payload';
import { HostClientResult, HostCollection, HostObject, type PropertySpec } from './base';
import { NULL_TARGET, requireApi, type Resolved, type SyncScope } from './runtime';
import type { CustomXmlPartModel } from '../workbookModel';

const API = '1.5';

function partOf(s: SyncScope, id: string): CustomXmlPartModel {
  const part = s.book.customXmlParts.find((p) => p.id === id);
  if (!part) throw hostError('ItemNotFound');
  return part;
}

const PART_PROPS: Record<string, PropertySpec<string>> = {
  id: { api: API, get: (id, s) => partOf(s, id).id },
  namespaceUri: { api: API, get: (id, s) => partOf(s, id).namespaceUri },
};

/** `Excel.CustomXmlPart`. */
export class CustomXmlPart extends HostObject<string> {
  protected get _typeName(): string { return 'CustomXmlPart'; }
  protected get _props(): Record<string, PropertySpec<string>> { return PART_PROPS; }
  get id(): string { return this._get('id'); }
  get namespaceUri(): string { return this._get('namespaceUri'); }

  /** The part's full XML, after the sync. */
  getXml(): HostClientResult<string> {
    const result = new HostClientResult<string>();
    this._call('getXml', [], (id, s) => {
      const xml = partOf(s, id).xml;
      s.responseBytes += jsonSize(xml);
      s.deliveries.push(() => result._resolveWith(xml));
    }, API);
    return result;
  }

  /** Replace the part's whole XML (well-formed, as add requires). */
  setXml(xml: string): void {
    this._call('setXml', [xml], (id, s) => {
      const part = partOf(s, id);
      part.namespaceUri = s.book.namespaceOfPart(xml);
      part.xml = xml;
    }, API);
  }

  /** Delete the part. */
  delete(): void {
    this._call('delete', [], (id, s) => {
      const part = partOf(s, id);
      s.book.customXmlParts.splice(s.book.customXmlParts.indexOf(part), 1);
    }, API);
  }
}

/** What a collection holds: every part, or those of one namespace. */
interface Scope {
  readonly namespaceUri: string | null;
}

abstract class PartCollection extends HostCollection<Scope, string, CustomXmlPart> {
  protected get _props(): Record<string, PropertySpec<Scope>> { return {}; }
  protected _keys(scope: Scope, s: SyncScope): string[] {
    requireApi(s, API, `${this._typeName}.load`);
    return s.book.customXmlParts.filter((p) => scope.namespaceUri === null || p.namespaceUri === scope.namespaceUri).map((p) => p.id);
  }
  protected _makeItem(id: string): CustomXmlPart { return new CustomXmlPart(this.context, () => id); }

  private lookup(id: string, orNull: boolean): CustomXmlPart {
    const name = orNull ? 'getItemOrNullObject' : 'getItem';
    const part = new CustomXmlPart(this.context, (s): Resolved<string> => {
      requireApi(s, API, `${this._typeName}.${name}`);
      const scope = this._resolve(s);
      if (scope !== NULL_TARGET && this._keys(scope, s).includes(id)) return id;
      if (orNull) return NULL_TARGET;
      throw hostError('ItemNotFound', undefined, `${this._typeName}.${name}`);
    });
    return orNull ? part._queueNullCheck() : part;
  }

  /** A part by id (ItemNotFound at sync when missing). */
  getItem(id: string): CustomXmlPart { return this.lookup(id, false); }

  /** A part by id, or a null object. */
  getItemOrNullObject(id: string): CustomXmlPart { return this.lookup(id, true); }

  /** How many parts the collection holds. */
  getCount(): HostClientResult<number> {
    const result = new HostClientResult<number>();
    this._call('getCount', [], (scope, s) => {
      const n = this._keys(scope, s).length;
      s.deliveries.push(() => result._resolveWith(n));
    }, API);
    return result;
  }
}

/** `workbook.customXmlParts`. */
export class CustomXmlPartCollection extends PartCollection {
  protected get _typeName(): string { return 'CustomXmlPartCollection'; }

  /** Add a part (its XML must be well-formed); the proxy is bound to it at the sync. */
  add(xml: string): CustomXmlPart {
    const part = new CustomXmlPart(this.context, () => {
      throw hostError('InvalidOperation', 'The custom XML part was not created.');
    });
    this._call('add', [xml], (_scope, s) => part._bind(s.book.addCustomXmlPart(xml).id), API);
    return part;
  }

  /** The parts whose root element is in `namespaceUri`. */
  getByNamespace(namespaceUri: string): CustomXmlPartScopedCollection {
    return new CustomXmlPartScopedCollection(this.context, (s) => {
      requireApi(s, API, 'CustomXmlPartCollection.getByNamespace');
      if (typeof namespaceUri !== 'string') throw hostError('InvalidArgument', undefined, 'CustomXmlPartCollection.getByNamespace');
      return { namespaceUri };
    });
  }
}

/** A collection of the parts of one namespace. */
export class CustomXmlPartScopedCollection extends PartCollection {
  protected get _typeName(): string { return 'CustomXmlPartScopedCollection'; }

  private only(orNull: boolean): CustomXmlPart {
    const name = orNull ? 'getOnlyItemOrNullObject' : 'getOnlyItem';
    const part = new CustomXmlPart(this.context, (s): Resolved<string> => {
      const scope = this._resolve(s);
      const ids = scope === NULL_TARGET ? [] : this._keys(scope, s);
      if (ids.length === 1) return ids[0]!;
      if (orNull) return NULL_TARGET;
      throw hostError('ItemNotFound', `The collection holds ${ids.length} items, not exactly one.`, `CustomXmlPartScopedCollection.${name}`);
    });
    return orNull ? part._queueNullCheck() : part;
  }

  /** The one part of the collection; an error unless it holds exactly one. */
  getOnlyItem(): CustomXmlPart { return this.only(false); }

  /** The one part of the collection, or a null object. */
  getOnlyItemOrNullObject(): CustomXmlPart { return this.only(true); }
}
