/** Office.js values ↔ the engine's raw cells, and payload estimates for chunked reads. */
import type { Cell } from '../core/grid/grid';

/** One raw cell from a value and its valueType (errors are seen through valueTypes, not guessed). */
export function toCell(value: unknown, type: string | undefined): Cell {
  switch (type) {
    case 'Empty':
      return null;
    case 'Error':
      return { error: String(value) };
    default:
      if (typeof value === 'number' || typeof value === 'boolean') return value;
      if (typeof value === 'string') return value === '' ? null : value;
      return null;
  }
}

/** Convert a chunk of values with their valueTypes to rows of cells. */
export function toCellRows(values: readonly (readonly unknown[])[], types: readonly (readonly string[])[]): Cell[][] {
  const out: Cell[][] = new Array<Cell[]>(values.length);
  for (let r = 0; r < values.length; r++) {
    const v = values[r]!;
    const t = types[r]!;
    const row = new Array<Cell>(v.length);
    for (let c = 0; c < v.length; c++) row[c] = toCell(v[c], t[c]);
    out[r] = row;
  }
  return out;
}

/**
 * The JSON length of a values + valueTypes response for these rows: what Excel counts against its
 * 5 MB response limit. Cheap: no JSON.stringify of big arrays.
 */
export function responseBytes(values: readonly (readonly unknown[])[], types: readonly (readonly string[])[]): number {
  let n = 0;
  for (let r = 0; r < values.length; r++) {
    const v = values[r]!;
    const t = types[r]!;
    n += 4;
    for (let c = 0; c < v.length; c++) {
      const x = v[c];
      n += (typeof x === 'string' ? x.length * 1.1 + 2 : typeof x === 'number' ? String(x).length : 5) + 1;
      n += (t[c]?.length ?? 6) + 3;
    }
  }
  return Math.ceil(n);
}
