/**
 * `Excel.RangeAreas` (ExcelApi 1.9, from `worksheet.getRanges('A1:B2, D4:E5')`): format setters apply
 * to every area; `address` is "Sheet1!A1:B2, Sheet1!D4:E5"; booleans are true only when true for all.
 */
import { cellCount, isEntireColumns, isEntireRows } from '../address';
import { hostError } from '../errors';
import { clearFormats } from '../sheetFormat';
import { HostCollection, HostObject, type PropertySpec } from './base';
import { Range } from './range';
import { RangeFormat } from './rangeFormat';
import type { SyncScope } from './runtime';
import { addressOf, sheetOf, type CellsTarget, type RangeTarget } from './targets';

const AREAS_PROPS: Record<string, PropertySpec<CellsTarget>> = {
  address: { get: (t, scope) => addressOf(sheetOf(scope, t), t.rects) },
  addressLocal: { get: (t, scope) => addressOf(sheetOf(scope, t), t.rects) },
  areaCount: { get: (t) => t.rects.length },
  cellCount: { get: (t) => t.rects.reduce((n, r) => n + cellCount(r), 0) },
  isEntireColumn: { get: (t) => t.rects.every(isEntireColumns) },
  isEntireRow: { get: (t) => t.rects.every(isEntireRows) },
};

/** Several ranges on one sheet. */
export class RangeAreas extends HostObject<CellsTarget> {
  private _format?: RangeFormat;
  private _areas?: RangeCollection;

  protected get _typeName(): string { return 'RangeAreas'; }
  protected get _props(): Record<string, PropertySpec<CellsTarget>> { return AREAS_PROPS; }

  protected override _nav(name: string): HostObject<unknown> | undefined {
    if (name === 'format') return this.format as HostObject<unknown>;
    if (name === 'areas') return this.areas as HostObject<unknown>;
    return undefined;
  }

  get address(): string { return this._get('address'); }
  get addressLocal(): string { return this._get('addressLocal'); }
  get areaCount(): number { return this._get('areaCount'); }
  get cellCount(): number { return this._get('cellCount'); }
  get isEntireColumn(): boolean { return this._get('isEntireColumn'); }
  get isEntireRow(): boolean { return this._get('isEntireRow'); }

  /** Format of every area. */
  get format(): RangeFormat {
    return (this._format ??= new RangeFormat(this.context, (scope) => this._resolve(scope)));
  }

  /** The areas as ranges. */
  get areas(): RangeCollection {
    return (this._areas ??= new RangeCollection(this.context, (scope) => this._resolve(scope)));
  }

  /** Clear every area. */
  clear(applyTo: 'All' | 'Formats' | 'Contents' = 'All'): void {
    this._call('clear', [applyTo], (t, scope) => {
      if (!['All', 'Formats', 'Contents'].includes(applyTo)) throw hostError('InvalidArgument');
      const sheet = sheetOf(scope, t);
      for (const rect of t.rects) {
        if (applyTo !== 'Formats') sheet.clearContents(rect);
        if (applyTo !== 'Contents') clearFormats(sheet, rect);
      }
    });
  }
}

/** `RangeAreas.areas`. */
export class RangeCollection extends HostCollection<CellsTarget, RangeTarget, Range> {
  protected get _typeName(): string { return 'RangeCollection'; }
  protected get _props(): Record<string, PropertySpec<CellsTarget>> { return {}; }

  protected _keys(target: CellsTarget, _scope: SyncScope): RangeTarget[] {
    return target.rects.map((rect) => ({ sheetId: target.sheetId, rect }));
  }

  protected _makeItem(key: RangeTarget): Range {
    return new Range(this.context, () => key);
  }
}
