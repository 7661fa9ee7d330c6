/**
 * The report model: a device-independent picture of a follow-up sheet. One module (./build*)
 * turns figures into it; the writers (Office.js in src/excel, ExcelJS in src/xlsx) only translate
 * it, so the layout lives in one place.
 */

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

/** A clustered bar chart drawn from cells of the sheet itself (Excel only; ExcelJS has no charts). */
export interface ChartSpec {
  readonly title: string;
  /** Category labels (unit names), one column. */
  readonly categories: CellRange;
  /** Values, one column, parallel to the categories. */
  readonly values: CellRange;
  readonly seriesName: string;
  /** Where the chart's top-left corner goes. */
  readonly anchor: { readonly row: number; readonly column: number };
}

/** Where a comment the user may type sits, and what it is keyed by for refresh. */
export interface CommentCell {
  /** The unit path key ("TIA-avdelningen/Oförutsett") or "summary" for the summary comment. */
  readonly key: string;
  readonly row: number;
  readonly column: number;
}

/** A named block of rows (title, key figures, unit table …), for writers and the task pane's copy. */
export interface ReportSection {
  readonly kind: 'title' | 'keyFigures' | 'unitTable' | 'accountTable' | 'resultTable' | 'summary';
  /** First row and number of rows of the block. */
  readonly row: number;
  readonly rows: number;
  /** Number of columns used. */
  readonly columns: number;
}

/** The whole follow-up sheet. */
export interface ReportSheet {
  /** The sheet name wanted ("Uppföljning 2025-07"); writers pick another if it is taken. */
  readonly name: string;
  /** Rows of cells from A1; rows may be shorter than others. */
  readonly rows: readonly (readonly ReportCell[])[];
  readonly sections: readonly ReportSection[];
  /** Column widths in characters. */
  readonly columnWidths: readonly number[];
  /** Heights in points of rows that need more than one line (wrapped text in merged cells). */
  readonly rowHeights: readonly { readonly row: number; readonly height: number }[];
  readonly merges: readonly CellRange[];
  /** Rows and columns frozen at the top and left. */
  readonly freeze: { readonly rows: number; readonly columns: number };
  readonly print: { readonly orientation: 'landscape' | 'portrait'; readonly fitToWidth: 1 };
  readonly font: { readonly name: string; readonly size: number };
  readonly chart: ChartSpec | null;
  readonly comments: readonly CommentCell[];
}
