/** Accumulates the rows, merges, sections and comment cells of a report sheet, top to bottom. */
import type { CellRange, CommentCell, DrillCell, ReportCell, ReportSection } from './model';

/** A sheet under construction. */
export class SheetBuilder {
  readonly rows: ReportCell[][] = [];
  readonly merges: CellRange[] = [];
  readonly sections: ReportSection[] = [];
  readonly comments: CommentCell[] = [];
  readonly rowHeights: { row: number; height: number }[] = [];
  readonly drills: DrillCell[] = [];

  /** The index the next row gets. */
  get nextRow(): number {
    return this.rows.length;
  }

  /** Append a row; returns its index. */
  add(cells: ReportCell[]): number {
    this.rows.push(cells);
    return this.rows.length - 1;
  }

  /** Append an empty row. */
  blank(): void {
    this.rows.push([]);
  }

  /** Give a row a height in points, overriding the measured one (see sheetLayout). */
  height(row: number, points: number): void {
    this.rowHeights.push({ row, height: points });
  }

  /** Append a table's header row (its cells wrap between words; the row is measured to fit). */
  header(cells: ReportCell[]): number {
    return this.add(cells);
  }

  /** Merge a block of cells. */
  merge(range: CellRange): void {
    this.merges.push(range);
  }

  /** Record a cell where the user types a comment kept across refreshes. */
  comment(key: string, row: number, column: number, needsComment = false): void {
    this.comments.push({ key, row, column, ...(needsComment ? { needsComment } : {}) });
  }

  /** Record what figure a cell shows, for "Visa underlag". */
  drill(cell: DrillCell): void {
    this.drills.push(cell);
  }

  /** Run `write`, recording the rows it adds as a section. */
  section(kind: ReportSection['kind'], write: () => void): void {
    const start = this.nextRow;
    write();
    const rows = this.rows.slice(start);
    if (rows.length === 0) return;
    this.sections.push({ kind, row: start, rows: rows.length, columns: Math.max(...rows.map((r) => r.length)) });
  }
}
