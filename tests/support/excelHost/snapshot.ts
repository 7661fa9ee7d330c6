/**
 * The JSON model of a workbook that the in-memory Excel host reads and writes.
 *
 * `WorkbookSnapshot` is what `host.snapshot()` returns: every field filled, every cell with its full
 * style. `WorkbookInput` is what `createExcelHost` accepts: the same shape with almost everything
 * optional, plus `rows`, a dense block of values from A1 (the fast way to build a large sheet).
 * A snapshot is a valid input, so `createExcelHost(host.snapshot())` copies a workbook.
 *
 * Conventions: addresses are A1 without the sheet name; colours are '#RRGGBB' (upper case);
 * widths and heights are points, as in Office.js (`format.columnWidth`, `format.rowHeight`).
 */

/** A constant a cell can hold (Office.js `values` without the empty string). */
export type CellValue = number | string | boolean | null;

/** Any JSON value (settings). */
export type JsonValue = null | boolean | number | string | JsonValue[] | { [key: string]: JsonValue };

/** Office.js `BorderLineStyle` except 'None' (a missing border is `null`). */
export type BorderStyle = 'Continuous' | 'Dash' | 'DashDot' | 'DashDotDot' | 'Dot' | 'Double' | 'SlantDashDot';

/** Office.js `BorderWeight`. */
export type BorderWeight = 'Hairline' | 'Thin' | 'Medium' | 'Thick';

/** One cell edge. */
export interface Border {
  style: BorderStyle;
  weight: BorderWeight;
  color: string;
}

/** The four edges of a cell; `null` is no border. */
export interface Borders {
  top: Border | null;
  bottom: Border | null;
  left: Border | null;
  right: Border | null;
}

/** Office.js `HorizontalAlignment`. */
export type HorizontalAlignment =
  | 'General' | 'Left' | 'Center' | 'Right' | 'Fill' | 'Justify' | 'CenterAcrossSelection' | 'Distributed';

/** Office.js `VerticalAlignment`. */
export type VerticalAlignment = 'Top' | 'Center' | 'Bottom' | 'Justify' | 'Distributed';

/** Everything about a cell's look except its number format. */
export interface CellStyle {
  bold: boolean;
  italic: boolean;
  size: number;
  color: string;
  fontName: string;
  /** Solid fill colour, or `null` for no fill. */
  fill: string | null;
  borders: Borders;
  horizontal: HorizontalAlignment;
  vertical: VerticalAlignment;
  indent: number;
  wrap: boolean;
}

/** A cell as `snapshot()` returns it. */
export interface CellSnapshot {
  /** The value Excel shows (a formula's result; an error as its text, e.g. '#NAME?'). */
  value: CellValue;
  /** Present when the cell holds a formula, with its leading '='. */
  formula?: string;
  /** Present (true) when `value` is an error such as '#NAME?' rather than text. */
  error?: true;
  numberFormat: string;
  style: CellStyle;
}

/** A cell as `createExcelHost` accepts it: anything left out takes Excel's default. */
export interface CellInput {
  value?: CellValue;
  formula?: string;
  error?: true;
  numberFormat?: string;
  style?: Partial<Omit<CellStyle, 'borders'>> & { borders?: Partial<Borders> };
}

/** Frozen panes: how many top rows and left columns are frozen. */
export interface Freeze {
  rows: number;
  columns: number;
}

/** Print setup (Office.js `pageLayout`). `fitToWidth`/`fitToHeight` are null unless zoom fits to pages. */
export interface PageLayout {
  orientation: 'Portrait' | 'Landscape';
  fitToWidth: number | null;
  fitToHeight: number | null;
  scale: number | null;
  /** An Excel.PaperType value ('A4', 'Letter' …). */
  paperSize: string;
  /** Margins in points. */
  margins: PageMargins;
  /** headersFooters.defaultForAllPages, in Excel's header/footer codes. */
  headerFooter: HeaderFooterTexts;
  /** The print area as A1 ('A1:M47'), or null when none is set. */
  printArea: string | null;
  /** The rows repeated on each page as A1 ('10:10'), or null. */
  printTitleRows: string | null;
}

/** Page margins in points. */
export interface PageMargins {
  top: number;
  bottom: number;
  left: number;
  right: number;
  header: number;
  footer: number;
}

/** The six parts of a sheet's default header and footer. */
export interface HeaderFooterTexts {
  leftHeader: string;
  centerHeader: string;
  rightHeader: string;
  leftFooter: string;
  centerFooter: string;
  rightFooter: string;
}

/** A new sheet's print setup: portrait Letter at 100 %, Excel's "Normal" margins, no header, no print area. */
export function defaultPageLayout(): PageLayout {
  return {
    orientation: 'Portrait',
    fitToWidth: null,
    fitToHeight: null,
    scale: 100,
    paperSize: 'Letter',
    margins: { top: 54, bottom: 54, left: 50.4, right: 50.4, header: 21.6, footer: 21.6 },
    headerFooter: { leftHeader: '', centerHeader: '', rightHeader: '', leftFooter: '', centerFooter: '', rightFooter: '' },
    printArea: null,
    printTitleRows: null,
  };
}

/** A chart made with `charts.add` (kept in the snapshot only: ExcelJS cannot write charts). */
export interface ChartSnapshot {
  name: string;
  type: string;
  title: string;
  /** Sheet-qualified address of the source data, as Office.js writes it. */
  sourceAddress: string;
  seriesBy: 'Auto' | 'Columns' | 'Rows';
  /** The first series' name. */
  seriesName: string;
  /** Names of all series, in order. */
  seriesNames: string[];
  /** Cell under the chart's top-left corner, or null before `setPosition`. */
  topLeft: string | null;
  bottomRight: string | null;
  legend: { visible: boolean; position: string };
  /** Point fills ('#RRGGBB' by "series:point"); absent when no point was filled. */
  pointFills?: Record<string, string>;
}

/** Worksheet visibility as Office.js names it. */
export type SheetVisibility = 'Visible' | 'Hidden' | 'VeryHidden';

/** One worksheet. */
export interface SheetSnapshot {
  /** Stable id in Excel's GUID form, e.g. '{00000001-0001-0000-0000-000000000000}'. */
  id: string;
  name: string;
  visibility: SheetVisibility;
  /** Non-empty cells (a value, a formula or a format other than the default), by A1 address. */
  cells: Record<string, CellSnapshot>;
  /** Merged areas as A1 ranges, e.g. 'A1:C1'. */
  merges: string[];
  /** Widths in points of columns that differ from the default, by column letters. */
  columnWidths: Record<string, number>;
  /** Heights in points of rows that differ from the default, by 1-based row number. */
  rowHeights: Record<string, number>;
  freeze: Freeze;
  pageLayout: PageLayout;
  charts: ChartSnapshot[];
  /** Worksheet custom properties (ExcelApi 1.12), key as added. */
  customProperties: Record<string, string>;
  tabColor: string | null;
  /** Hyperlinks by A1 address (ExcelApi 1.7); absent when the sheet has none. */
  hyperlinks?: Record<string, { address?: string; documentReference?: string; textToDisplay?: string; screenTip?: string }>;
}

/** A whole workbook. */
export interface WorkbookSnapshot {
  sheets: SheetSnapshot[];
  /** Name of the active sheet. */
  activeSheet: string;
  /** `workbook.settings` (ExcelApi 1.4), JSON values by key. */
  settings: Record<string, JsonValue>;
  /** Workbook-scoped defined names and their formulas ('=Blad1!$A$1'), when there are any. */
  names?: Record<string, string>;
  /** Custom XML parts (ExcelApi 1.5) in the order added; absent when the workbook has none. */
  customXmlParts?: CustomXmlPartSnapshot[];
}

/** A custom XML part: its id, its root's namespace and its XML as given. */
export interface CustomXmlPartSnapshot {
  id: string;
  namespaceUri: string;
  xml: string;
}

/** A worksheet as `createExcelHost` accepts it. */
export interface SheetInput {
  name: string;
  id?: string;
  visibility?: SheetVisibility;
  /** Dense values from A1: rows[0][0] is A1. Applied before `cells`. */
  rows?: readonly (readonly CellValue[])[];
  cells?: Record<string, CellInput>;
  merges?: string[];
  columnWidths?: Record<string, number>;
  rowHeights?: Record<string, number>;
  freeze?: Partial<Freeze>;
  pageLayout?: Partial<PageLayout>;
  charts?: (Partial<ChartSnapshot> & { type: string; sourceAddress: string })[];
  customProperties?: Record<string, string>;
  tabColor?: string | null;
}

/** A workbook as `createExcelHost` accepts it. */
export interface WorkbookInput {
  sheets: SheetInput[];
  activeSheet?: string;
  settings?: Record<string, JsonValue>;
  names?: Record<string, string>;
  /** Custom XML parts; each must be well-formed XML (as CustomXmlPartCollection.add requires). */
  customXmlParts?: { id?: string; xml: string }[];
}

/** Excel's defaults for a new workbook (Calibri 11, black, no fill, General). */
export const DEFAULT_STYLE: CellStyle = Object.freeze({
  bold: false,
  italic: false,
  size: 11,
  color: '#000000',
  fontName: 'Calibri',
  fill: null,
  borders: Object.freeze({ top: null, bottom: null, left: null, right: null }),
  horizontal: 'General',
  vertical: 'Bottom',
  indent: 0,
  wrap: false,
}) as CellStyle;

/** Default column width in points (8.43 characters of Calibri 11 = 64 px). */
export const DEFAULT_COLUMN_WIDTH = 48;

/** Default row height in points (Calibri 11). */
export const DEFAULT_ROW_HEIGHT = 15;

/** Excel's grid: 1 048 576 rows × 16 384 columns. */
export const MAX_ROWS = 1_048_576;
/** Excel's grid: 16 384 columns (A..XFD). */
export const MAX_COLUMNS = 16_384;
