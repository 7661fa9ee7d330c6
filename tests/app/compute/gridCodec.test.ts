/**
 * The rows the pane sends its computing worker come out as they went in: any cells (numbers of
 * every kind, text with any characters, booleans, errors, empties, ragged rows), any slicing.
 */
import fc from 'fast-check';
import { decodeRows, encodeRows, encodeValues, transferablesOf } from '../../../src/app/compute/gridCodec';
import { makeGrid, type Cell } from '../../../src/core/grid/grid';
import { toCellRows } from '../../../src/excel/cells';

const cell: fc.Arbitrary<Cell> = fc.oneof(
  fc.constant(null),
  fc.double(),
  fc.integer(),
  fc.string({ unit: 'grapheme' }),
  fc.string({ unit: 'binary' }),
  fc.boolean(),
  fc.record({ error: fc.constantFrom('#N/A', '#DIV/0!', '#REF!', '#UNCALCULATED') }),
);

it('decodes what it encodes, whatever the cells and the chunking', () => {
  fc.assert(
    fc.property(fc.array(fc.array(cell, { maxLength: 8 }), { maxLength: 40 }), fc.integer({ min: 1, max: 7 }), (rows, step) => {
      const grid = makeGrid('Huvudbok', rows, { row: 3, column: 1 });
      const out: Cell[][] = new Array<Cell[]>(rows.length);
      for (let first = 0; first < rows.length; first += step) {
        const chunk = encodeRows(grid, first, Math.min(rows.length, first + step));
        expect(chunk).toMatchObject({ sheet: 'Huvudbok', origin: { row: 3, column: 1 }, totalRows: rows.length, first });
        decodeRows(chunk, out);
      }
      // -0 and NaN are numbers like any other: Object.is keeps them apart.
      expect(out).toEqual(rows);
    }),
  );
});

it('reads Excel values as the grid reader does (valueTypes decide errors and empties)', () => {
  const values = [
    ['Enhet', 12.5, '', true, '#N/A', null],
    ['Skola', -0, 'x', false, '#DIV/0!', 7],
  ];
  const types = [
    ['String', 'Double', 'Empty', 'Boolean', 'Error', 'Empty'],
    ['String', 'Double', 'String', 'Boolean', 'Error', 'Double'],
  ];
  const chunk = encodeValues({ sheet: 'Huvudbok', origin: { row: 0, column: 0 }, totalRows: 10 }, 4, values, types, 0, 2);
  const out: Cell[][] = [];
  decodeRows(chunk, out);
  expect(out.slice(4)).toEqual(toCellRows(values, types));
  expect(chunk.first).toBe(4);
});

it('moves its buffers to the worker instead of copying them', () => {
  const chunk = encodeRows(makeGrid('Huvudbok', [[1, 'a', null]]), 0, 1);
  const buffers = transferablesOf(chunk);
  expect(buffers).toHaveLength(4);
  expect(new Set(buffers).size).toBe(4);
  // Jest's realm has its own ArrayBuffer: compare by tag.
  expect(buffers.map((b) => Object.prototype.toString.call(b))).toEqual(Array(4).fill('[object ArrayBuffer]'));
  // Cut to size: one number, one text, three cells in one row.
  expect(buffers.map((b) => b.byteLength)).toEqual([4, 3, 8, 4]);
});
