/**
 * A grid's rows as a few flat buffers, so they reach the computing worker by transfer: a
 * structured clone of a million rows of cells as objects costs the main thread as much as the
 * computation it hands off. Numbers go into a Float64Array, every string (text cells and error
 * texts) into one joined string with its lengths beside it, and each cell's kind into a byte.
 */
import type { Cell, Grid, RowMarks } from '../../core/grid/grid';
import { toCell } from '../../excel/cells';

/** Rows of one grid, from row `first`, encoded. */
export interface GridChunk {
  readonly sheet: string;
  readonly origin: { readonly row: number; readonly column: number };
  readonly marks?: RowMarks;
  /** The grid's row count in all (the chunks together fill it). */
  readonly totalRows: number;
  readonly first: number;
  /** Cells in each row (rows may be ragged). */
  readonly rowLengths: Uint32Array;
  /** Each cell's kind (see Kind). */
  readonly kinds: Uint8Array;
  /** The number cells' values, in order. */
  readonly numbers: Float64Array;
  /** The lengths of the text and error cells' strings, in order. */
  readonly textLengths: Uint32Array;
  /** The text and error cells' strings, joined. */
  readonly text: string;
}

const enum Kind {
  Empty = 0,
  Number = 1,
  Text = 2,
  True = 3,
  False = 4,
  Error = 5,
}

/** A chunk's place in its grid: the sheet, where its used range starts, and its rows in all. */
export interface ChunkPlace {
  readonly sheet: string;
  readonly origin: { readonly row: number; readonly column: number };
  readonly totalRows: number;
  readonly marks?: RowMarks;
}

/** Encode cells row by row: `rows` rows of at most `cells` cells in all. */
class ChunkWriter {
  private readonly rowLengths: Uint32Array;
  private readonly kinds: Uint8Array;
  private readonly numbers: Float64Array;
  private readonly textLengths: Uint32Array;
  private readonly texts: string[] = [];
  private row = 0;
  private i = 0;
  private n = 0;

  constructor(rows: number, cells: number) {
    this.rowLengths = new Uint32Array(rows);
    this.kinds = new Uint8Array(cells);
    this.numbers = new Float64Array(cells);
    this.textLengths = new Uint32Array(cells);
  }

  /** The next cell of the current row. */
  cell(cell: Cell): void {
    const i = this.i++;
    if (cell === null) return; // Kind.Empty is 0 already
    if (typeof cell === 'number') {
      this.kinds[i] = Kind.Number;
      this.numbers[this.n++] = cell;
    } else if (typeof cell === 'string') {
      this.kinds[i] = Kind.Text;
      this.text(cell);
    } else if (typeof cell === 'boolean') {
      this.kinds[i] = cell ? Kind.True : Kind.False;
    } else {
      this.kinds[i] = Kind.Error;
      this.text(cell.error);
    }
  }

  /** Close the current row, which had `length` cells. */
  endRow(length: number): void {
    this.rowLengths[this.row++] = length;
  }

  /** The chunk written, placed at row `first`. */
  finish(place: ChunkPlace, first: number): GridChunk {
    return {
      ...place,
      first,
      rowLengths: this.rowLengths,
      kinds: this.kinds,
      // Copies cut to size: the unused tails would be transferred for nothing.
      numbers: this.numbers.slice(0, this.n),
      textLengths: this.textLengths.slice(0, this.texts.length),
      text: this.texts.join(''),
    };
  }

  private text(s: string): void {
    this.textLengths[this.texts.length] = s.length;
    this.texts.push(s);
  }
}

/** Encode rows [first, end) of a grid. */
export function encodeRows(grid: Grid, first: number, end: number): GridChunk {
  const rows = grid.rows;
  let cells = 0;
  for (let r = first; r < end; r++) cells += rows[r]!.length;
  const w = new ChunkWriter(end - first, cells);
  for (let r = first; r < end; r++) {
    const row = rows[r]!;
    for (let c = 0; c < row.length; c++) w.cell(row[c]!);
    w.endRow(row.length);
  }
  return w.finish({ sheet: grid.sheet, origin: grid.origin, totalRows: rows.length, ...(grid.marks ? { marks: grid.marks } : {}) }, first);
}

/**
 * Encode rows [from, to) of values as Excel gives them, read as cells the way a grid read from
 * Excel holds them (`toCell`), placed at row `first + from` of their sheet.
 */
export function encodeValues(
  place: ChunkPlace,
  first: number,
  values: readonly (readonly unknown[])[],
  types: readonly (readonly string[])[],
  from: number,
  to: number,
): GridChunk {
  let cells = 0;
  for (let r = from; r < to; r++) cells += values[r]!.length;
  const w = new ChunkWriter(to - from, cells);
  for (let r = from; r < to; r++) {
    const v = values[r]!;
    const t = types[r]!;
    for (let c = 0; c < v.length; c++) w.cell(toCell(v[c], t[c]));
    w.endRow(v.length);
  }
  return w.finish(place, first + from);
}

/** The buffers a chunk's message can transfer (the joined text is copied: strings cannot move). */
export function transferablesOf(chunk: GridChunk): ArrayBuffer[] {
  return [chunk.rowLengths.buffer, chunk.kinds.buffer, chunk.numbers.buffer, chunk.textLengths.buffer] as ArrayBuffer[];
}

/** The chunk's rows as cells, written into `into` from the chunk's first row. */
export function decodeRows(chunk: GridChunk, into: Cell[][]): void {
  const { rowLengths, kinds, numbers, textLengths, text } = chunk;
  let i = 0;
  let n = 0;
  let t = 0;
  let at = 0;
  for (let r = 0; r < rowLengths.length; r++) {
    const row = new Array<Cell>(rowLengths[r]!);
    for (let c = 0; c < row.length; c++, i++) {
      switch (kinds[i]) {
        case Kind.Number:
          row[c] = numbers[n++]!;
          break;
        case Kind.Text:
        case Kind.Error: {
          const s = text.slice(at, at + textLengths[t]!);
          at += textLengths[t++]!;
          row[c] = kinds[i] === Kind.Text ? s : { error: s };
          break;
        }
        case Kind.True:
          row[c] = true;
          break;
        case Kind.False:
          row[c] = false;
          break;
        default:
          row[c] = null;
      }
    }
    into[chunk.first + r] = row;
  }
}
