/**
 * The print setup of the follow-up sheet, decided here and only translated by the writers: A4
 * landscape, one page wide, as few pages tall as keep the text at 8 pt or more on paper, the
 * report without the chart's data and the input note, and a header and footer naming the
 * organisation, the period, the page and the date built.
 */
import type { CellRange, HeaderFooterLine, HeaderFooterPart, PageMargins, PageSetup } from './model';

/** A4 in points, landscape. */
const A4_LONG = 841.89;
const A4_SHORT = 595.28;

/** Margins in points: 0.45 in top and bottom, 0.4 in at the sides, header and footer 0.2 in from the edge. */
const MARGINS: PageMargins = { top: 32.4, bottom: 32.4, left: 28.8, right: 28.8, header: 14.4, footer: 14.4 };

/** The smallest text on paper, in points. */
const MIN_PRINTED_FONT = 8;

/**
 * Points per width unit on paper at 100 %, planned for the wider of the two programs: Excel draws a
 * unit as 7 px (5.25 pt), LibreOffice as Carlito's digit at 11 pt (about 5.6 pt).
 */
const PRINTED_POINTS_PER_UNIT = 5.6;
const EXCEL_POINTS_PER_UNIT = 5.25;

/** Room for what the estimate does not see (pixel rounding, page breaks between rows). */
const HEIGHT_SLACK = 0.98;
const SCALE_SLACK = 1.02;

/** What the page setup is made from. */
export interface PageInput {
  readonly widths: readonly number[];
  readonly heights: readonly number[];
  /** What prints: rows 0..lastRow, all columns. */
  readonly lastRow: number;
  /** The sheet's font size: text on paper is this times the scale. */
  readonly fontSize: number;
  /** The tables' header rows and last rows, unit table first, for repeating a header over a page break. */
  readonly tables: readonly TableRows[];
  readonly header: HeaderFooterLine;
  readonly footer: HeaderFooterLine;
}

/** The widest sheet, in width units, that prints one page wide with its text at the smallest size or more. */
export function readableWidth(fontSize: number): number {
  const pageWidth = A4_LONG - MARGINS.left - MARGINS.right;
  return Math.floor(pageWidth / ((MIN_PRINTED_FONT / fontSize) * SCALE_SLACK * PRINTED_POINTS_PER_UNIT));
}

/** A table's header row and last row. */
export interface TableRows {
  readonly header: number;
  readonly last: number;
}

/** The print setup for a sheet of these widths and heights. */
export function pageSetupOf(p: PageInput): PageSetup {
  const width = p.widths.reduce((a, w) => a + w, 0) * PRINTED_POINTS_PER_UNIT;
  const height = p.heights.slice(0, p.lastRow + 1).reduce((a, h) => a + h, 0);
  const pageWidth = A4_LONG - MARGINS.left - MARGINS.right;
  const pageHeight = (A4_SHORT - MARGINS.top - MARGINS.bottom) * HEIGHT_SLACK;
  const widthScale = Math.min(1, pageWidth / Math.max(width, 1));
  const minScale = Math.min(widthScale, (MIN_PRINTED_FONT / p.fontSize) * SCALE_SLACK);
  // The fewest pages tall at which fitting does not shrink the text below the smallest size.
  const tall = Math.max(1, Math.ceil((height * minScale) / pageHeight));
  const scale = Math.min(widthScale, (tall * pageHeight) / Math.max(height, 1));
  // Excel draws a width unit narrower than planned, so it may fit more rows on a page: both count.
  const excelScale = Math.min(1, pageWidth / Math.max(width * (EXCEL_POINTS_PER_UNIT / PRINTED_POINTS_PER_UNIT), 1), (tall * pageHeight) / Math.max(height, 1));
  const firstEnds = [scale, excelScale].map((s) => firstPageEnd(p.heights, pageHeight / s));
  const repeat = tall > 1 ? repeatedTable(p.tables, firstEnds, tall) : null;
  return {
    paper: 'A4',
    orientation: 'landscape',
    margins: MARGINS,
    fitToPages: { wide: 1, tall },
    expectedScale: Math.floor(scale * 100),
    area: { row: 0, column: 0, rows: p.lastRow + 1, columns: p.widths.length } satisfies CellRange,
    titleRows: repeat ? { first: repeat.header, last: repeat.header } : null,
    header: p.header,
    footer: p.footer,
  };
}

/**
 * The table whose header repeats on the following pages: on two pages, the table the first page
 * ends inside (in Excel's and LibreOffice's estimate alike), so its rest is not headless; on more,
 * the unit table when it runs over the first page (Excel repeats one set of rows on every page).
 */
function repeatedTable(tables: readonly TableRows[], firstEnds: readonly number[], tall: number): TableRows | null {
  const inside = (t: TableRows): boolean => firstEnds.every((end) => end >= t.header && end < t.last);
  if (tall === 2) return tables.find(inside) ?? null;
  const unit = tables[0];
  return unit && firstEnds.some((end) => end < unit.last) ? unit : null;
}

/** The last row that fits on the first page, for sheet heights summing to `capacity` per page. */
function firstPageEnd(heights: readonly number[], capacity: number): number {
  let used = 0;
  for (let r = 0; r < heights.length; r++) {
    used += heights[r]!;
    if (used > capacity) return r - 1;
  }
  return heights.length - 1;
}

/**
 * One section of an Excel header or footer as Excel's codes: text with "&" doubled, &P for the
 * page number, &N for the number of pages (the codes Office.js's HeaderFooter and the file's
 * headerFooter share).
 */
export function headerFooterCode(parts: readonly HeaderFooterPart[]): string {
  return parts
    .map((part) => {
      switch (part.kind) {
        case 'text':
          return part.text.replace(/&/g, '&&');
        case 'pageNumber':
          return '&P';
        case 'pageCount':
          return '&N';
      }
    })
    .join('');
}

/** A whole header or footer line as the file stores it: "&L…&C…&R…". */
export function headerFooterLineCode(line: HeaderFooterLine): string {
  const parts: string[] = [];
  if (line.left.length > 0) parts.push(`&L${headerFooterCode(line.left)}`);
  if (line.center.length > 0) parts.push(`&C${headerFooterCode(line.center)}`);
  if (line.right.length > 0) parts.push(`&R${headerFooterCode(line.right)}`);
  return parts.join('');
}
