/**
 * Column widths and row heights of the follow-up sheet, measured from its cells: every column as
 * wide as its figures and its headers' longest words (headers wrap between words, never inside
 * one), the input column narrower than the widest, and every row as tall as its wrapped text, so
 * the model knows where printed pages end.
 */
import type { CellRange, CellStyle, ReportCell } from './model';
import { textWidth, widthForLines, wrappedLines } from './textWidth';

/** Points per unit of Excel's column width (7 pixels: Calibri 11's widest digit at 96 dpi). */
export const POINTS_PER_WIDTH_UNIT = 5.25;
/** What a cell keeps free around its text: Excel's 5-pixel padding and the grid line, in points. */
const CELL_PADDING = 5.25;
/** Excel's indent level, in points (about ten pixels). */
const INDENT_POINTS = 7.5;
/** The narrowest column and the widest label column, in width units; longer labels wrap between words. */
const MIN_WIDTH = 6;
const MAX_WIDTH = 36;
const MIN_LABEL_WIDTH = 20;
/** The input column's width: room for a short remark, and never the widest column. */
const COMMENT_WIDTH = 20;
/** The height of an empty row between sections, in points. */
const SPACER_HEIGHT = 4.5;
/** The most lines a wrapped header takes. */
const HEADER_LINES = 2;

/** Which cells are input cells (the comment column), known by their style. */
export type IsInput = (style: CellStyle) => boolean;

/** Calibri's line spacing (ascent + descent) as a share of the font size. */
const LINE_SPACING = 1.22;
/** Room above the first line, in points: the same for one line or many, so paragraphs sit evenly. */
const LEAD = 0.75;

/** The height of a row of `lines` lines at a font size, in points, snapped up to whole pixels as Excel does. */
export function rowHeight(lines: number, size: number): number {
  return Math.ceil((lines * size * LINE_SPACING + LEAD) / 0.75) * 0.75;
}

/** A cell's key in the merge index: a number, so a few thousand cells make no strings. */
function at(r: number, c: number): number {
  return r * 65_536 + c;
}

/**
 * Cells covered by a merge (not its top-left cell), and the merges by their top-left cell, by
 * at(r, c); `rows` holds every row a merge touches, so the many rows no merge touches (a unit
 * table's) skip both look-ups for each of their cells.
 */
function mergeIndex(merges: readonly CellRange[]): { covered: Set<number>; anchors: Map<number, CellRange>; rows: Set<number> } {
  const covered = new Set<number>();
  const anchors = new Map<number, CellRange>();
  const rows = new Set<number>();
  for (const m of merges) {
    anchors.set(at(m.row, m.column), m);
    for (let r = m.row; r < m.row + m.rows; r++) {
      rows.add(r);
      for (let c = m.column; c < m.column + m.columns; c++) if (r !== m.row || c !== m.column) covered.add(at(r, c));
    }
  }
  return { covered, anchors, rows };
}

/** The width a cell needs in points, or 0 when it may overflow or wrap freely. */
function neededWidth(row: readonly ReportCell[], c: number, fontSize: number): number {
  const cell = row[c]!;
  if (cell.text === '') return 0;
  const size = cell.style.fontSize ?? fontSize;
  const bold = cell.style.bold === true;
  // Wrapped text (headers) breaks between words only, on at most two lines.
  if (cell.style.wrap) return widthForLines(cell.text, HEADER_LINES, size, bold) + CELL_PADDING;
  const indent = (cell.style.indent ?? 0) * INDENT_POINTS;
  // Text in the last filled cell of a row runs on into the empty cells beside it, as Excel shows it.
  if (typeof cell.value !== 'number' && !cell.style.border && !hasTextAfter(row, c)) return 0;
  return textWidth(cell.text, size, bold) + indent + CELL_PADDING;
}

/** Whether a cell right of column c holds text (a loop, not a slice: this runs for every cell). */
function hasTextAfter(row: readonly ReportCell[], c: number): boolean {
  for (let i = c + 1; i < row.length; i++) if (row[i]!.text !== '') return true;
  return false;
}

/**
 * Column widths in width units for the rows, `columns` wide. When they add up to more than
 * `maxTotal` (what prints one page wide at a readable size), the input column shrinks to its
 * header's longest word and the label column down to MIN_LABEL_WIDTH (its labels then wrap).
 */
export function measureColumnWidths(
  rows: readonly (readonly ReportCell[])[],
  merges: readonly CellRange[],
  columns: number,
  fontSize: number,
  isInput: IsInput,
  maxTotal = Infinity,
): number[] {
  const { covered, anchors, rows: merged } = mergeIndex(merges);
  const points = new Array<number>(columns).fill(0);
  const input = new Array<boolean>(columns).fill(false);
  rows.forEach((row, r) => {
    const inMerge = merged.has(r);
    row.forEach((cell, c) => {
      if (c >= columns || (inMerge && (covered.has(at(r, c)) || (anchors.get(at(r, c))?.columns ?? 1) > 1))) return;
      if (isInput(cell.style)) {
        input[c] = true;
        return;
      }
      points[c] = Math.max(points[c]!, neededWidth(row, c, fontSize));
    });
  });
  const units = points.map((p) => Math.min(MAX_WIDTH, Math.max(MIN_WIDTH, Math.ceil((p / POINTS_PER_WIDTH_UNIT) * 4) / 4)));
  const widest = Math.max(MIN_WIDTH, ...units.filter((_, c) => !input[c]));
  // The input column holds its header's longest word (measured above) and room for a remark.
  const roomy = units.map((u, c) => (input[c] ? Math.max(u, Math.min(COMMENT_WIDTH, widest - 2)) : u));
  return squeezed(roomy, units, maxTotal);
}

/** The widths within `maxTotal` where the input and label columns can give: input first, then labels. */
function squeezed(roomy: number[], least: readonly number[], maxTotal: number): number[] {
  const total = (w: readonly number[]): number => w.reduce((a, x) => a + x, 0);
  if (total(roomy) <= maxTotal) return roomy;
  // The excess is shared by the columns that can give (the input columns: this month's comment and
  // last month's), each in proportion to what it can give, so two of them do not both give it all.
  const give = roomy.map((w, c) => Math.max(0, w - least[c]!));
  const canGive = total(give);
  const share = canGive === 0 ? 0 : Math.min(1, (total(roomy) - maxTotal) / canGive);
  const widths = roomy.map((w, c) => w - Math.ceil(give[c]! * share * 4) / 4);
  const excess = total(widths) - maxTotal;
  if (excess > 0 && widths.length > 0) widths[0] = Math.max(Math.min(widths[0]!, MIN_LABEL_WIDTH), widths[0]! - Math.ceil(excess * 4) / 4);
  return widths;
}

/** The height of each row in points: its tallest cell's wrapped lines; `fixed` rows as given. */
export function measureRowHeights(
  rows: readonly (readonly ReportCell[])[],
  merges: readonly CellRange[],
  widths: readonly number[],
  fontSize: number,
  fixed: ReadonlyMap<number, number>,
): number[] {
  const { covered, anchors, rows: merged } = mergeIndex(merges);
  return rows.map((row, r) => {
    const given = fixed.get(r);
    if (given !== undefined) return given;
    if (row.every((cell) => cell.text === '')) {
      // An input cell stays one line tall when empty; a blank row is a small gap.
      return row.length === 0 ? SPACER_HEIGHT : Math.max(...row.map((cell) => rowHeight(1, cell.style.fontSize ?? fontSize)));
    }
    let height = 0;
    const inMerge = merged.has(r);
    row.forEach((cell, c) => {
      if (inMerge && covered.has(at(r, c))) return;
      const size = cell.style.fontSize ?? fontSize;
      const span = inMerge ? (anchors.get(at(r, c))?.columns ?? 1) : 1;
      const width = spannedWidth(widths, c, span) * POINTS_PER_WIDTH_UNIT - CELL_PADDING;
      const indent = (cell.style.indent ?? 0) * INDENT_POINTS;
      const lines = cell.style.wrap && cell.text !== '' ? wrappedLines(cell.text, width - indent, size, cell.style.bold === true) : 1;
      height = Math.max(height, rowHeight(lines, size));
    });
    return height;
  });
}

/** The widths of `span` columns from c added up, as a slice's reduce adds them, without a slice per cell. */
function spannedWidth(widths: readonly number[], c: number, span: number): number {
  let sum = 0;
  for (let i = c; i < c + span && i < widths.length; i++) sum += widths[i]!;
  return sum;
}

const wrapped = new WeakMap<CellStyle, CellStyle>();

/** The wrapping twin of a style, one per style object (writers group cells by style identity). */
function wrappedStyle(style: CellStyle): CellStyle {
  let w = wrapped.get(style);
  if (!w) {
    w = { ...style, wrap: true };
    wrapped.set(style, w);
  }
  return w;
}

/**
 * Rows whose labels are wider than their column get them wrapped between words, so no label runs
 * under the figures beside it (the label column stops at its widest allowed width).
 */
export function wrapLongLabels(rows: readonly (readonly ReportCell[])[], widths: readonly number[], fontSize: number): ReportCell[][] {
  return rows.map((row) =>
    row.map((cell, c) => {
      if (cell.style.wrap || typeof cell.value !== 'string' || c >= widths.length) return cell;
      const needed = neededWidth(row, c, fontSize);
      return needed > widths[c]! * POINTS_PER_WIDTH_UNIT ? { ...cell, style: wrappedStyle(cell.style) } : cell;
    }),
  );
}
