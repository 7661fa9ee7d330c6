/**
 * `Worksheet.pageLayout` (ExcelApi 1.9) with `headersFooters`: print setup kept in the sheet's
 * PageLayout snapshot. Each rule quotes the line of Microsoft's Excel.PageLayout,
 * Excel.PageLayoutZoomOptions, Excel.HeaderFooterGroup or Excel.HeaderFooter reference it follows.
 */
import { formatRect, isEntireRows, type Rect } from '../address';
import { hostError } from '../errors';
import type { SheetModel } from '../sheetModel';
import type { HeaderFooterTexts, PageMargins } from '../snapshot';
import { HostObject, type PropertySpec } from './base';
import { Range as RangeProxy, type Range } from './range';
import { RangeAreas } from './rangeAreas';
import { NULL_TARGET, type SyncScope } from './runtime';
import { num, oneOf, ownedBy } from './targets';
import { rectOn } from './worksheet';

function sheet(scope: SyncScope, id: string): SheetModel {
  return scope.book.sheetById(id);
}

/** Excel.PaperType: "The worksheet's paper size of the page." Only these values are accepted. */
const PAPER_TYPES = [
  'Letter', 'LetterSmall', 'Tabloid', 'Ledger', 'Legal', 'Statement', 'Executive', 'A3', 'A4', 'A4Small', 'A5', 'B4', 'B5',
  'Folio', 'Quatro', 'Paper10x14', 'Paper11x17', 'Note', 'Envelope9', 'Envelope10', 'Envelope11', 'Envelope12', 'Envelope14',
  'Csheet', 'Dsheet', 'Esheet', 'EnvelopeDL', 'EnvelopeC5', 'EnvelopeC3', 'EnvelopeC4', 'EnvelopeC6', 'EnvelopeC65',
  'EnvelopeB4', 'EnvelopeB5', 'EnvelopeB6', 'EnvelopeItaly', 'EnvelopeMonarch', 'EnvelopePersonal', 'FanfoldUS',
  'FanfoldStdGerman', 'FanfoldLegalGerman',
] as const;

/** "The worksheet's left margin, in points, for use when printing." (and the others alike). */
function marginProp(side: keyof PageMargins): PropertySpec<string> {
  return {
    get: (id, scope) => sheet(scope, id).pageLayout.margins[side],
    set: (id, v, scope) => (sheet(scope, id).pageLayout.margins[side] = num(v, 0)),
  };
}

const PAGE_PROPS: Record<string, PropertySpec<string>> = {
  orientation: {
    get: (id, scope) => sheet(scope, id).pageLayout.orientation,
    set: (id, v, scope) => (sheet(scope, id).pageLayout.orientation = oneOf(v, ['Portrait', 'Landscape'] as const)),
  },
  paperSize: {
    get: (id, scope) => sheet(scope, id).pageLayout.paperSize,
    set: (id, v, scope) => (sheet(scope, id).pageLayout.paperSize = oneOf(v, PAPER_TYPES)),
  },
  topMargin: marginProp('top'),
  bottomMargin: marginProp('bottom'),
  leftMargin: marginProp('left'),
  rightMargin: marginProp('right'),
  headerMargin: marginProp('header'),
  footerMargin: marginProp('footer'),
  zoom: {
    // "The PageLayoutZoomOptions object must be set as a JSON object (use x.zoom = {...} instead of x.zoom.scale = ...)."
    get: (id, scope) => {
      const p = sheet(scope, id).pageLayout;
      return p.fitToWidth !== null || p.fitToHeight !== null
        ? { horizontalFitToPages: p.fitToWidth ?? 0, verticalFitToPages: p.fitToHeight ?? 0 }
        : { scale: p.scale ?? 100 };
    },
    set: (id, v, scope) => {
      if (v === null || typeof v !== 'object') throw hostError('InvalidArgument');
      const zoom = v as { horizontalFitToPages?: unknown; verticalFitToPages?: unknown; scale?: unknown };
      const p = sheet(scope, id).pageLayout;
      if (zoom.horizontalFitToPages !== undefined || zoom.verticalFitToPages !== undefined) {
        // "Number of pages to fit horizontally/vertically. This value can be null if percentage scale is used."
        p.fitToWidth = zoom.horizontalFitToPages === undefined ? 0 : num(zoom.horizontalFitToPages, 0, 32767);
        p.fitToHeight = zoom.verticalFitToPages === undefined ? 0 : num(zoom.verticalFitToPages, 0, 32767);
        p.scale = null;
      } else if (zoom.scale !== undefined) {
        // "Print page scale value can be between 10 and 400."
        p.scale = num(zoom.scale, 10, 400);
        p.fitToWidth = null;
        p.fitToHeight = null;
      } else throw hostError('InvalidArgument');
    },
  },
};

/** `Worksheet.pageLayout` (ExcelApi 1.9). */
export class PageLayout extends HostObject<string> {
  private _headersFooters?: HeaderFooterGroup;
  protected get _typeName(): string { return 'PageLayout'; }
  protected get _props(): Record<string, PropertySpec<string>> { return PAGE_PROPS; }
  protected override _nav(name: string): HostObject<unknown> | undefined {
    return name === 'headersFooters' ? (this.headersFooters as HostObject<unknown>) : undefined;
  }

  get orientation(): string { return this._get('orientation'); }
  set orientation(v: string) { this._set('orientation', v); }
  get paperSize(): string { return this._get('paperSize'); }
  set paperSize(v: string) { this._set('paperSize', v); }
  get topMargin(): number { return this._get('topMargin'); }
  set topMargin(v: number) { this._set('topMargin', v); }
  get bottomMargin(): number { return this._get('bottomMargin'); }
  set bottomMargin(v: number) { this._set('bottomMargin', v); }
  get leftMargin(): number { return this._get('leftMargin'); }
  set leftMargin(v: number) { this._set('leftMargin', v); }
  get rightMargin(): number { return this._get('rightMargin'); }
  set rightMargin(v: number) { this._set('rightMargin', v); }
  get headerMargin(): number { return this._get('headerMargin'); }
  set headerMargin(v: number) { this._set('headerMargin', v); }
  get footerMargin(): number { return this._get('footerMargin'); }
  set footerMargin(v: number) { this._set('footerMargin', v); }
  get zoom(): { horizontalFitToPages?: number; verticalFitToPages?: number; scale?: number } { return this._get('zoom'); }
  set zoom(v: { horizontalFitToPages?: number; verticalFitToPages?: number; scale?: number }) { this._set('zoom', v); }

  /** "Header and footer configuration for the worksheet." */
  get headersFooters(): HeaderFooterGroup {
    return (this._headersFooters ??= new HeaderFooterGroup(this.context, (scope) => this._resolve(scope)));
  }

  /** The rectangle of a Range proxy or an A1 address on this sheet. */
  private rectOf(arg: Range | string, scope: SyncScope, id: string, location: string): Rect {
    if (typeof arg === 'string') return rectOn(sheet(scope, id), arg);
    ownedBy(scope, arg, location);
    const t = arg._resolve(scope);
    // A range of another sheet cannot be this sheet's print area.
    if (t === NULL_TARGET || t.sheetId !== id) throw hostError('InvalidArgument', undefined, location);
    return t.rect;
  }

  /**
   * "Gets the RangeAreas object, comprising one or more rectangular ranges, that represents the
   * print area for the worksheet. If there is no print area, then this method returns an object
   * with its isNullObject property set to true." (ExcelApi 1.9)
   */
  getPrintAreaOrNullObject(): RangeAreas {
    return new RangeAreas(this.context, (scope) => {
      const id = this._resolve(scope);
      if (id === NULL_TARGET) return NULL_TARGET;
      const text = sheet(scope, id).pageLayout.printArea;
      return text === null ? NULL_TARGET : { sheetId: id, rects: text.split(',').map((a) => rectOn(sheet(scope, id), a)) };
    })._queueNullCheck();
  }

  /** "Gets the range object representing the title rows. If not set, then this method returns an object with its isNullObject property set to true." (ExcelApi 1.9) */
  getPrintTitleRowsOrNullObject(): Range {
    return new RangeProxy(this.context, (scope) => {
      const id = this._resolve(scope);
      if (id === NULL_TARGET) return NULL_TARGET;
      const text = sheet(scope, id).pageLayout.printTitleRows;
      return text === null ? NULL_TARGET : { sheetId: id, rect: rectOn(sheet(scope, id), text) };
    })._queueNullCheck();
  }

  /** "Sets the worksheet's print area." "@param printArea The range or ranges of the content to print." */
  setPrintArea(printArea: Range | string): void {
    this._call('setPrintArea', [typeof printArea === 'string' ? printArea : 'range'], (id, scope) => {
      sheet(scope, id).pageLayout.printArea = formatRect(this.rectOf(printArea, scope, id, 'PageLayout.setPrintArea'));
    });
  }

  /**
   * "Sets the rows that contain the cells to be repeated at the top of each page of the worksheet
   * for printing." "The range must span the entire row to be valid."
   */
  setPrintTitleRows(printTitleRows: Range | string): void {
    this._call('setPrintTitleRows', [typeof printTitleRows === 'string' ? printTitleRows : 'range'], (id, scope) => {
      const rect = this.rectOf(printTitleRows, scope, id, 'PageLayout.setPrintTitleRows');
      if (!isEntireRows(rect)) throw hostError('InvalidArgument', undefined, 'PageLayout.setPrintTitleRows');
      sheet(scope, id).pageLayout.printTitleRows = `${rect.r0 + 1}:${rect.r1 + 1}`;
    });
  }
}

/** "The state by which headers/footers are set." Only the general header/footer is modelled. */
const GROUP_PROPS: Record<string, PropertySpec<string>> = {
  state: {
    get: () => 'Default',
    set: (_id, v) => {
      // "Default: Only one general header/footer is used for all pages printed." Others are not modelled.
      if (oneOf(v, ['Default', 'FirstAndDefault', 'OddAndEven', 'FirstOddAndEven'] as const) !== 'Default') throw hostError('NotImplemented');
    },
  },
};

/** `PageLayout.headersFooters` (ExcelApi 1.9). */
export class HeaderFooterGroup extends HostObject<string> {
  private _default?: HeaderFooter;
  protected get _typeName(): string { return 'HeaderFooterGroup'; }
  protected get _props(): Record<string, PropertySpec<string>> { return GROUP_PROPS; }
  protected override _nav(name: string): HostObject<unknown> | undefined {
    return name === 'defaultForAllPages' ? (this.defaultForAllPages as HostObject<unknown>) : undefined;
  }
  get state(): string { return this._get('state'); }
  set state(v: string) { this._set('state', v); }
  /** "The general header/footer, used for all pages unless even/odd or first page is specified." */
  get defaultForAllPages(): HeaderFooter {
    return (this._default ??= new HeaderFooter(this.context, (scope) => this._resolve(scope)));
  }
}

/** "The left header of the worksheet. To apply font formatting or insert a variable value, use format codes." */
function textProp(part: keyof HeaderFooterTexts): PropertySpec<string> {
  return {
    get: (id, scope) => sheet(scope, id).pageLayout.headerFooter[part],
    set: (id, v, scope) => {
      if (typeof v !== 'string') throw hostError('InvalidArgument');
      sheet(scope, id).pageLayout.headerFooter[part] = v;
    },
  };
}

const TEXT_PROPS: Record<string, PropertySpec<string>> = {
  leftHeader: textProp('leftHeader'),
  centerHeader: textProp('centerHeader'),
  rightHeader: textProp('rightHeader'),
  leftFooter: textProp('leftFooter'),
  centerFooter: textProp('centerFooter'),
  rightFooter: textProp('rightFooter'),
};

/** `HeaderFooterGroup.defaultForAllPages` (ExcelApi 1.9). */
export class HeaderFooter extends HostObject<string> {
  protected get _typeName(): string { return 'HeaderFooter'; }
  protected get _props(): Record<string, PropertySpec<string>> { return TEXT_PROPS; }
  get leftHeader(): string { return this._get('leftHeader'); }
  set leftHeader(v: string) { this._set('leftHeader', v); }
  get centerHeader(): string { return this._get('centerHeader'); }
  set centerHeader(v: string) { this._set('centerHeader', v); }
  get rightHeader(): string { return this._get('rightHeader'); }
  set rightHeader(v: string) { this._set('rightHeader', v); }
  get leftFooter(): string { return this._get('leftFooter'); }
  set leftFooter(v: string) { this._set('leftFooter', v); }
  get centerFooter(): string { return this._get('centerFooter'); }
  set centerFooter(v: string) { this._set('centerFooter', v); }
  get rightFooter(): string { return this._get('rightFooter'); }
  set rightFooter(v: string) { this._set('rightFooter', v); }
}
