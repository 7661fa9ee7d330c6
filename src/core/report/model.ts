/**
 * The report model: a device-independent picture of a follow-up sheet. One module (./build*)
 * turns figures into it; the writers (Office.js in src/excel, ExcelJS in src/xlsx) only translate
 * it, so the layout lives in one place.
 */
import type { DrillFigure } from '../drilldown/figures';
import type { UnitPath } from '../ledger/ledger';

/** How one cell looks. Writers group cells with the same style object to format ranges in blocks. */
export interface CellStyle {
  readonly bold?: boolean;
  readonly italic?: boolean;
  /** Font size in points; the sheet's font size when absent. */
  readonly fontSize?: number;
  /** Fill colour as RRGGBB. */
  readonly fill?: string;
  /** Font colour as RRGGBB. */
  readonly color?: string;
  /** Thin borders on all four sides. */
  readonly border?: boolean;
  /** A thin line above the cell (total rows). */
  readonly topRule?: boolean;
  readonly horizontal?: 'left' | 'center' | 'right';
  readonly vertical?: 'top' | 'center' | 'bottom';
  /** Indent level (Excel's IndentLevel, about three characters each). */
  readonly indent?: number;
  readonly wrap?: boolean;
}

/**
 * One cell. A number is a figure already rounded as shown; a string is always written as text,
 * never as a formula (a unit called "=HYPERLINK(…)" stays text).
 */
export interface ReportCell {
  readonly value: string | number | null;
  /** The cell as a reader sees it (Swedish or English style), for clipboard text and tests. */
  readonly text: string;
  /** An invariant Excel number format ("#,##0", "0.0%", "@"), or "General". */
  readonly numberFormat: string;
  readonly style: CellStyle;
}

/** A rectangle of cells, zero-based. */
export interface CellRange {
  readonly row: number;
  readonly column: number;
  readonly rows: number;
  readonly columns: number;
}

/**
 * A clustered bar chart drawn from cells of the sheet itself: the add-in draws it through Office.js,
 * the CLI's file writes it as a DrawingML chart part (src/xlsx/chartPart.ts).
 */
export interface ChartSpec {
  readonly title: string;
  /** Category labels (unit names), one column. */
  readonly categories: CellRange;
  /** Values, one column, parallel to the categories. */
  readonly values: CellRange;
  readonly seriesName: string;
  /**
   * Each bar's fill as RRGGBB, parallel to the values: by the shown value's sign, a favourable
   * (zero or positive) deviation in one colour and an unfavourable one in another.
   */
  readonly barFills: readonly string[];
  /** Where the chart's top-left corner goes. */
  readonly anchor: { readonly row: number; readonly column: number };
}

/** Where a comment the user may type sits, and what it is keyed by for refresh. */
export interface CommentCell {
  /** The unit path key ("TIA-avdelningen/Oförutsett") or "summary" for the summary comment. */
  readonly key: string;
  readonly row: number;
  readonly column: number;
  /** The row's YTD deviation reaches the explain-over threshold (core/cycle), so it wants a comment. */
  readonly needsComment?: boolean;
}

/**
 * A figure cell of the unit or account table and what it shows, so "Visa underlag" can find the
 * ledger rows behind the cell the user selected (src/core/drilldown).
 */
export interface DrillCell {
  readonly row: number;
  readonly column: number;
  /** The unit's path; empty for the total row and the account table. */
  readonly path: UnitPath;
  /** The account line (a group's name, or 'revenue', 'cost', 'financial'); absent in the unit table. */
  readonly group?: string;
  /** Only the unit's own rows (a parent's "own rows" line). */
  readonly own?: boolean;
  readonly figure: DrillFigure;
}

/** What a column of a table holds, which decides its width and whether a document shows it. */
export type ColumnKind = 'label' | 'amount' | 'percent' | 'comment';

/** A column of a table section as a committee document (the clipboard's HTML) shows it. */
export interface DocumentColumn {
  /** The sheet column it is taken from. */
  readonly column: number;
  readonly kind: ColumnKind;
  /** Width in points in the document. */
  readonly width: number;
}

/**
 * A table section as a committee document shows it: A4 portrait, the columns a committee reads
 * (not the input column unless a comment has text), widths that fit the page's text width with no
 * word or number broken, a caption naming organisation, period and unit.
 */
export interface DocumentTable {
  /** "KLS, jun/jul 2025 (tkr)". */
  readonly caption: string;
  /** The sheet row of the header, repeated on every page of the document; null for a block without one. */
  readonly headerRow: number | null;
  /** The sheet rows of the body, in order. */
  readonly bodyRows: readonly number[];
  readonly columns: readonly DocumentColumn[];
  /** Font size in points. */
  readonly fontSize: number;
}

/** A named block of rows (title, key figures, unit table …), for writers and the task pane's copy. */
export interface ReportSection {
  /** 'indicators' may come twice: the yearly and the monthly indicators, each a table of its own. */
  readonly kind: 'title' | 'keyFigures' | 'unitTable' | 'accountTable' | 'resultTable' | 'indicators' | 'forecastAccuracy' | 'summary' | 'rowsBehind' | 'changesSinceLock';
  /** First row and number of rows of the block. */
  readonly row: number;
  readonly rows: number;
  /** Number of columns used. */
  readonly columns: number;
  /** How a document shows the block, where it is a table; absent for prose. */
  readonly document?: DocumentTable;
  /** The sheet columns a document shows of a table, where it leaves some out; every column when absent. */
  readonly documentColumns?: readonly number[];
}

/** A piece of a printed header or footer. */
export type HeaderFooterPart =
  | { readonly kind: 'text'; readonly text: string }
  | { readonly kind: 'pageNumber' }
  | { readonly kind: 'pageCount' };

/** The three parts of a printed header or footer. */
export interface HeaderFooterLine {
  readonly left: readonly HeaderFooterPart[];
  readonly center: readonly HeaderFooterPart[];
  readonly right: readonly HeaderFooterPart[];
}

/** Page margins in points. */
export interface PageMargins {
  readonly top: number;
  readonly bottom: number;
  readonly left: number;
  readonly right: number;
  readonly header: number;
  readonly footer: number;
}

/**
 * How the sheet prints: paper, orientation, margins, the fit (one page wide, at most `tall` pages
 * tall, chosen so the text stays readable), what prints (the report without the chart's data and
 * the input note), the rows repeated on each page, header and footer.
 */
export interface PageSetup {
  readonly paper: 'A4';
  readonly orientation: 'landscape' | 'portrait';
  readonly margins: PageMargins;
  readonly fitToPages: { readonly wide: 1; readonly tall: number };
  /** The scale in percent the fit gives, as the model estimates it (for tests and the README). */
  readonly expectedScale: number;
  readonly area: CellRange;
  /** Rows printed at the top of every page: the header of the table a page break falls in (see pageSetup). */
  readonly titleRows: { readonly first: number; readonly last: number } | null;
  readonly header: HeaderFooterLine;
  readonly footer: HeaderFooterLine;
}

/** A cell that links to a cell of the workbook (a ledger row behind a figure). */
export interface ReportLink {
  readonly row: number;
  readonly column: number;
  /** Sheet-qualified A1 address ("'Huvudbok'!G17"), as Excel's documentReference takes it. */
  readonly target: string;
}

/** The whole follow-up sheet. */
export interface ReportSheet {
  /** The sheet name wanted ("Uppföljning 2025-07"); writers pick another if it is taken. */
  readonly name: string;
  /** Rows of cells from A1; rows may be shorter than others. */
  readonly rows: readonly (readonly ReportCell[])[];
  readonly sections: readonly ReportSection[];
  /**
   * Column widths in Excel's file unit (the `width` of an .xlsx column: 7 pixels, 5.25 points, per
   * unit for the Calibri 11 the workbook's Normal style uses).
   */
  readonly columnWidths: readonly number[];
  /** Heights in points of every row of the report, so print and screen agree on where pages end. */
  readonly rowHeights: readonly { readonly row: number; readonly height: number }[];
  readonly merges: readonly CellRange[];
  /** Rows and columns frozen at the top and left. */
  readonly freeze: { readonly rows: number; readonly columns: number };
  readonly print: PageSetup;
  readonly font: { readonly name: string; readonly size: number };
  readonly chart: ChartSpec | null;
  readonly comments: readonly CommentCell[];
  /** The figure cells one can drill into; absent where the sheet has none. */
  readonly drills?: readonly DrillCell[];
  /** Cells that link into the workbook; absent in a follow-up. */
  readonly links?: readonly ReportLink[];
}
