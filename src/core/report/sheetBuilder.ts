/** Accumulates the rows, merges, sections and comment cells of a report sheet, top to bottom. */
import type { CellRange, CommentCell, ReportCell, ReportSection } from './model';

/** A sheet under construction. */
export class SheetBuilder {
  readonly rows: ReportCell[][] = [];
  readonly merges: CellRange[] = [];
  readonly sections: ReportSection[] = [];
  readonly comments: CommentCell[] = [];

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

  /** Merge a block of cells. */
  merge(range: CellRange): void {
    this.merges.push(range);
  }

  /** Record a cell where the user types a comment kept across refreshes. */
  comment(key: string, row: number, column: number): void {
    this.comments.push({ key, row, column });
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
