/**
 * `Range.format` and its parts: font, fill, borders, alignment, indent, widths and heights.
 * Writes apply to every area of the range; reads give the common value or null when cells differ.
 */
import type { Rect } from '../address';
import { normalizeColor } from '../colors';
import { hostError } from '../errors';
import { applyStyle, autofitColumns, readColumnWidth, readRowHeight, readStyle, setColumnWidth, setRowHeight } from '../sheetFormat';
import type { Border, BorderStyle, BorderWeight, HorizontalAlignment, VerticalAlignment } from '../snapshot';
import { borderChange, patchChange, type CellFormat, type Side, type StyleChange } from '../styles';
import { HostObject, type PropertySpec } from './base';
import type { ProxyContext } from './base';
import { NULL_TARGET, type Resolved, type SyncScope } from './runtime';
import { bool, fillColor, num, oneOf, sheetOf, type CellsTarget } from './targets';

const H_ALIGN: readonly HorizontalAlignment[] = ['General', 'Left', 'Center', 'Right', 'Fill', 'Justify', 'CenterAcrossSelection', 'Distributed'];
const V_ALIGN: readonly VerticalAlignment[] = ['Top', 'Center', 'Bottom', 'Justify', 'Distributed'];
const INDENTABLE: readonly HorizontalAlignment[] = ['Left', 'Right', 'Distributed'];

/** The common value over all areas, or null. */
function readAll<V>(scope: SyncScope, t: CellsTarget, pick: (f: CellFormat) => V): V | null {
  const sheet = sheetOf(scope, t);
  const values = t.rects.map((r) => readStyle(sheet, r, pick));
  const first = values[0] ?? null;
  return values.every((v) => JSON.stringify(v) === JSON.stringify(first)) ? first : null;
}

/** Apply a change to every area. */
function applyAll(scope: SyncScope, t: CellsTarget, change: StyleChange): void {
  const sheet = sheetOf(scope, t);
  for (const rect of t.rects) applyStyle(sheet, rect, change);
}

/** A style property read and written through a pick and a patch. */
function styleProp<V>(pick: (f: CellFormat) => V, change: (v: unknown) => StyleChange, api?: string): PropertySpec<CellsTarget> {
  return {
    api,
    get: (t, scope) => readAll(scope, t, pick),
    set: (t, v, scope) => applyAll(scope, t, change(v)),
  };
}

/** Resolve a child from its parent's target. */
function fromParent<T>(parent: HostObject<CellsTarget>): (scope: SyncScope) => Resolved<T> {
  return (scope) => parent._resolve(scope) as Resolved<T>;
}

const INDENT_CHANGE = (v: unknown): StyleChange => {
  const indent = num(v, 0, 250);
  if (!Number.isInteger(indent)) throw hostError('InvalidArgument');
  // Excel shows an indent only with Left/Right/Distributed alignment and switches General to Left.
  return {
    key: `indent:${indent}`,
    apply: (f) => ({ ...f, indent, horizontal: INDENTABLE.includes(f.horizontal) || indent === 0 ? f.horizontal : 'Left' }),
  };
};

const H_ALIGN_CHANGE = (v: unknown): StyleChange => {
  const horizontal = oneOf(v, H_ALIGN);
  return { key: `h:${horizontal}`, apply: (f) => ({ ...f, horizontal, indent: INDENTABLE.includes(horizontal) ? f.indent : 0 }) };
};

const FORMAT_PROPS: Record<string, PropertySpec<CellsTarget>> = {
  horizontalAlignment: styleProp((f) => f.horizontal, H_ALIGN_CHANGE),
  verticalAlignment: styleProp((f) => f.vertical, (v) => patchChange({ vertical: oneOf(v, V_ALIGN) })),
  wrapText: styleProp((f) => f.wrap, (v) => patchChange({ wrap: bool(v) })),
  indentLevel: styleProp((f) => f.indent, INDENT_CHANGE, '1.9'),
  columnWidth: {
    api: '1.2',
    get: (t, scope) => {
      const sheet = sheetOf(scope, t);
      const widths = t.rects.map((r) => readColumnWidth(sheet, r));
      return widths.every((w) => w === widths[0]) ? widths[0] ?? null : null;
    },
    set: (t, v, scope) => t.rects.forEach((r) => setColumnWidth(sheetOf(scope, t), r, v)),
  },
  rowHeight: {
    api: '1.2',
    get: (t, scope) => {
      const sheet = sheetOf(scope, t);
      const heights = t.rects.map((r) => readRowHeight(sheet, r));
      return heights.every((h) => h === heights[0]) ? heights[0] ?? null : null;
    },
    set: (t, v, scope) => t.rects.forEach((r) => setRowHeight(sheetOf(scope, t), r, v)),
  },
  // RangeFormat.useStandardHeight (ExcelApi 1.7): "Determines if the row height of the Range object
  // equals the standard height of the sheet. Returns True if the row height of the Range object
  // equals the standard height of the sheet. Returns Null if the range contains more than one row
  // and the rows aren't all the same height. Returns False otherwise." "Note: This property is only
  // intended to be set to `true`. Setting it to `false` has no effect." Set true, the rows go back
  // to the standard height.
  useStandardHeight: {
    api: '1.7',
    get: (t, scope) => {
      const sheet = sheetOf(scope, t);
      const all = t.rects.map((r) => readRowHeight(sheet, r));
      if (!all.every((h) => h !== null && h === all[0])) return null;
      return all[0] === sheet.defaultRowHeight;
    },
    set: (t, v, scope) => {
      if (typeof v !== 'boolean') throw hostError('InvalidArgument');
      if (!v) return;
      const sheet = sheetOf(scope, t);
      for (const r of t.rects) for (const row of [...sheet.rowHeights.keys()]) if (row >= r.r0 && row <= r.r1) sheet.rowHeights.delete(row);
    },
  },
  // RangeFormat.useStandardWidth (ExcelApi 1.7): "Specifies if the column width of the Range object
  // equals the standard width of the sheet. Returns true if the column width of the Range object
  // equals the standard width of the sheet. Returns null if the range contains more than one
  // column and the columns aren't all the same height [sic]. Returns false otherwise." Set true
  // only, as useStandardHeight.
  useStandardWidth: {
    api: '1.7',
    get: (t, scope) => {
      const sheet = sheetOf(scope, t);
      const all = t.rects.map((r) => readColumnWidth(sheet, r));
      if (!all.every((w) => w !== null && w === all[0])) return null;
      return all[0] === sheet.defaultColWidth;
    },
    set: (t, v, scope) => {
      if (typeof v !== 'boolean') throw hostError('InvalidArgument');
      if (!v) return;
      const sheet = sheetOf(scope, t);
      for (const r of t.rects) for (const col of [...sheet.colWidths.keys()]) if (col >= r.c0 && col <= r.c1) sheet.colWidths.delete(col);
    },
  },
};

/** `Range.format`. */
export class RangeFormat extends HostObject<CellsTarget> {
  private _font?: RangeFont;
  private _fill?: RangeFill;
  private _borders?: RangeBorderCollection;

  protected get _typeName(): string { return 'RangeFormat'; }
  protected get _props(): Record<string, PropertySpec<CellsTarget>> { return FORMAT_PROPS; }

  protected override _nav(name: string): HostObject<unknown> | undefined {
    if (name === 'font') return this.font as HostObject<unknown>;
    if (name === 'fill') return this.fill as HostObject<unknown>;
    if (name === 'borders') return this.borders as HostObject<unknown>;
    return undefined;
  }

  get font(): RangeFont { return (this._font ??= new RangeFont(this.context, fromParent(this))); }
  get fill(): RangeFill { return (this._fill ??= new RangeFill(this.context, fromParent(this))); }
  get borders(): RangeBorderCollection { return (this._borders ??= new RangeBorderCollection(this.context, fromParent(this))); }

  get horizontalAlignment(): HorizontalAlignment { return this._get('horizontalAlignment'); }
  set horizontalAlignment(v: HorizontalAlignment) { this._set('horizontalAlignment', v); }
  get verticalAlignment(): VerticalAlignment { return this._get('verticalAlignment'); }
  set verticalAlignment(v: VerticalAlignment) { this._set('verticalAlignment', v); }
  get wrapText(): boolean { return this._get('wrapText'); }
  set wrapText(v: boolean) { this._set('wrapText', v); }
  get indentLevel(): number { return this._get('indentLevel'); }
  set indentLevel(v: number) { this._set('indentLevel', v); }
  get columnWidth(): number { return this._get('columnWidth'); }
  set columnWidth(v: number) { this._set('columnWidth', v); }
  get rowHeight(): number { return this._get('rowHeight'); }
  set rowHeight(v: number) { this._set('rowHeight', v); }
  get useStandardHeight(): boolean | null { return this._get('useStandardHeight'); }
  set useStandardHeight(v: boolean | null) { this._set('useStandardHeight', v); }
  get useStandardWidth(): boolean | null { return this._get('useStandardWidth'); }
  set useStandardWidth(v: boolean | null) { this._set('useStandardWidth', v); }

  /** Fit column widths to the text in the range. */
  autofitColumns(): void {
    this._call('autofitColumns', [], (t, scope) => t.rects.forEach((r) => autofitColumns(sheetOf(scope, t), r)), '1.2');
  }

  /** Fit row heights (single-line text: the default height). */
  autofitRows(): void {
    this._call('autofitRows', [], (t, scope) => {
      const sheet = sheetOf(scope, t);
      t.rects.forEach((r: Rect) => setRowHeight(sheet, r, sheet.defaultRowHeight));
    }, '1.2');
  }
}

const FONT_PROPS: Record<string, PropertySpec<CellsTarget>> = {
  bold: styleProp((f) => f.bold, (v) => patchChange({ bold: bool(v) })),
  italic: styleProp((f) => f.italic, (v) => patchChange({ italic: bool(v) })),
  size: styleProp((f) => f.size, (v) => patchChange({ size: num(v, 1, 409) })),
  name: styleProp((f) => f.fontName, (v) => {
    if (typeof v !== 'string' || v === '') throw hostError('InvalidArgument');
    return patchChange({ fontName: v });
  }),
  color: styleProp((f) => f.color, (v) => {
    const color = normalizeColor(v);
    if (!color) throw hostError('InvalidArgument');
    return patchChange({ color });
  }),
};

/** `Range.format.font`. */
export class RangeFont extends HostObject<CellsTarget> {
  protected get _typeName(): string { return 'RangeFont'; }
  protected get _props(): Record<string, PropertySpec<CellsTarget>> { return FONT_PROPS; }
  get bold(): boolean { return this._get('bold'); }
  set bold(v: boolean) { this._set('bold', v); }
  get italic(): boolean { return this._get('italic'); }
  set italic(v: boolean) { this._set('italic', v); }
  get size(): number { return this._get('size'); }
  set size(v: number) { this._set('size', v); }
  get name(): string { return this._get('name'); }
  set name(v: string) { this._set('name', v); }
  get color(): string { return this._get('color'); }
  set color(v: string) { this._set('color', v); }
}

const FILL_PROPS: Record<string, PropertySpec<CellsTarget>> = {
  color: styleProp(fillColor, (v) => {
    if (v === '') return patchChange({ fill: null });
    const color = normalizeColor(v);
    if (!color) throw hostError('InvalidArgument');
    return patchChange({ fill: color });
  }),
};

/** `Range.format.fill`. */
export class RangeFill extends HostObject<CellsTarget> {
  protected get _typeName(): string { return 'RangeFill'; }
  protected get _props(): Record<string, PropertySpec<CellsTarget>> { return FILL_PROPS; }
  get color(): string { return this._get('color'); }
  set color(v: string) { this._set('color', v); }

  /** Remove the fill. */
  clear(): void {
    this._call('clear', [], (t, scope) => applyAll(scope, t, patchChange({ fill: null })));
  }
}

/** Office.js `BorderIndex` values the host draws. */
export type BorderIndex = 'EdgeTop' | 'EdgeBottom' | 'EdgeLeft' | 'EdgeRight' | 'InsideVertical' | 'InsideHorizontal' | 'DiagonalDown' | 'DiagonalUp';
const INDEXES: readonly BorderIndex[] = ['EdgeTop', 'EdgeBottom', 'EdgeLeft', 'EdgeRight', 'InsideVertical', 'InsideHorizontal', 'DiagonalDown', 'DiagonalUp'];

/** The cells and side that a border index means in a rectangle (null: no such cells). */
function edgeCells(index: BorderIndex, r: Rect): { rect: Rect; side: Side } | null {
  switch (index) {
    case 'EdgeTop': return { rect: { ...r, r1: r.r0 }, side: 'top' };
    case 'EdgeBottom': return { rect: { ...r, r0: r.r1 }, side: 'bottom' };
    case 'EdgeLeft': return { rect: { ...r, c1: r.c0 }, side: 'left' };
    case 'EdgeRight': return { rect: { ...r, c0: r.c1 }, side: 'right' };
    case 'InsideHorizontal': return r.r1 > r.r0 ? { rect: { ...r, r1: r.r1 - 1 }, side: 'bottom' } : null;
    case 'InsideVertical': return r.c1 > r.c0 ? { rect: { ...r, c1: r.c1 - 1 }, side: 'right' } : null;
    default: return null;
  }
}

/** What a RangeBorder resolves to. */
interface BorderTarget {
  cells: CellsTarget;
  index: BorderIndex;
}

const NO_BORDER = { style: 'None', color: '#000000', weight: 'Thin' } as const;

function readBorder<V>(scope: SyncScope, t: BorderTarget, pick: (b: Border | typeof NO_BORDER) => V): V | null {
  const sheet = sheetOf(scope, t.cells);
  const values = t.cells.rects.map((r) => {
    const edge = edgeCells(t.index, r);
    return edge ? readStyle(sheet, edge.rect, (f) => pick(f.borders[edge.side] ?? NO_BORDER)) : pick(NO_BORDER);
  });
  return values.every((v) => v === values[0]) ? values[0] ?? null : null;
}

function editBorder(scope: SyncScope, t: BorderTarget, key: string, edit: (b: Border | null) => Border | null): void {
  const sheet = sheetOf(scope, t.cells);
  for (const r of t.cells.rects) {
    const edge = edgeCells(t.index, r);
    if (edge) applyStyle(sheet, edge.rect, borderChange(edge.side, edit, key));
  }
}

const STYLES: readonly (BorderStyle | 'None')[] = ['None', 'Continuous', 'Dash', 'DashDot', 'DashDotDot', 'Dot', 'Double', 'SlantDashDot'];
const WEIGHTS: readonly BorderWeight[] = ['Hairline', 'Thin', 'Medium', 'Thick'];
const line = (b: Border | null): Border => b ?? { style: 'Continuous', weight: 'Thin', color: '#000000' };

const BORDER_PROPS: Record<string, PropertySpec<BorderTarget>> = {
  sideIndex: { get: (t) => t.index },
  style: {
    get: (t, scope) => readBorder(scope, t, (b) => b.style),
    set: (t, v, scope) => {
      const style = oneOf(v, STYLES);
      editBorder(scope, t, `style:${style}`, (b) => (style === 'None' ? null : { ...line(b), style }));
    },
  },
  weight: {
    get: (t, scope) => readBorder(scope, t, (b) => b.weight),
    set: (t, v, scope) => {
      const weight = oneOf(v, WEIGHTS);
      editBorder(scope, t, `weight:${weight}`, (b) => ({ ...line(b), weight }));
    },
  },
  color: {
    get: (t, scope) => readBorder(scope, t, (b) => b.color),
    set: (t, v, scope) => {
      const color = normalizeColor(v);
      if (!color) throw hostError('InvalidArgument');
      editBorder(scope, t, `color:${color}`, (b) => ({ ...line(b), color }));
    },
  },
};

/** One border of a range (`format.borders.getItem('EdgeBottom')`). */
export class RangeBorder extends HostObject<BorderTarget> {
  protected get _typeName(): string { return 'RangeBorder'; }
  protected get _props(): Record<string, PropertySpec<BorderTarget>> { return BORDER_PROPS; }
  get sideIndex(): BorderIndex { return this._get('sideIndex'); }
  get style(): string { return this._get('style'); }
  set style(v: string) { this._set('style', v); }
  get weight(): string { return this._get('weight'); }
  set weight(v: string) { this._set('weight', v); }
  get color(): string { return this._get('color'); }
  set color(v: string) { this._set('color', v); }
}

/** `Range.format.borders`. */
export class RangeBorderCollection extends HostObject<CellsTarget> {
  private readonly _items = new Map<string, RangeBorder>();
  protected get _typeName(): string { return 'RangeBorderCollection'; }
  protected get _props(): Record<string, PropertySpec<CellsTarget>> { return {}; }

  constructor(context: ProxyContext, resolver: (scope: SyncScope) => Resolved<CellsTarget>) {
    super(context, resolver);
  }

  /** The border for an index ('EdgeTop', …); InvalidArgument at sync for an unknown index. */
  getItem(index: BorderIndex): RangeBorder {
    let border = this._items.get(index);
    if (!border) {
      border = new RangeBorder(this.context, (scope) => {
        const cells = this._resolve(scope);
        if (cells === NULL_TARGET) return NULL_TARGET;
        return { cells, index: oneOf(index, INDEXES) };
      });
      this._items.set(index, border);
    }
    return border;
  }

  /** The border at a position of the BorderIndex order. */
  getItemAt(index: number): RangeBorder {
    return this.getItem(INDEXES[index] ?? ('Invalid' as BorderIndex));
  }
}
