import { UNCALCULATED } from '../../src/core/grid/grid';
import ExcelJS from 'exceljs';
import { toGridCell, UNKNOWN_ERROR } from '../../src/xlsx/gridCell';

/** A cell of a scratch sheet holding a value. */
function aCell(value: ExcelJS.CellValue): ExcelJS.Cell {
  const c = new ExcelJS.Workbook().addWorksheet('x').getCell('A1');
  c.value = value;
  return c;
}

describe('toGridCell', () => {
  it.each<[string, ExcelJS.CellValue, unknown]>([
    ['a number', 12.5, 12.5],
    ['a string', '1 234,50', '1 234,50'],
    ['a boolean', false, false],
    ['nothing', null, null],
    ['a date, as a serial', new Date(Date.UTC(2025, 6, 31, 12)), 45869.5],
    ['an error', { error: '#DIV/0!' }, { error: '#DIV/0!' }],
    ['rich text', { richText: [{ text: 'Skola ' }, { text: 'Öst', font: { bold: true } }] }, 'Skola Öst'],
    ['a hyperlink', { text: 'Länk', hyperlink: 'https://example.se' }, 'Länk'],
    ['a formula with a result', { formula: 'A2', result: 7 }, 7],
    ['a formula with result 0', { formula: 'A2-A2', result: 0 }, 0],
    ['a formula with an empty text result', { formula: 'T(1)', result: '' }, ''],
    ['a formula with a date result', { formula: 'TODAY()', result: new Date(Date.UTC(2025, 0, 1)) }, 45658],
    ['a formula with an error result', { formula: 'NA()', result: { error: '#N/A' } }, { error: '#N/A' }],
    ['a formula without a cached result (never calculated): unknown, not blank', { formula: 'A2' }, { error: UNCALCULATED }],
  ])('reads %s', (_, value, expected) => {
    expect(toGridCell(aCell(value))).toEqual(expected);
  });

  it('reads a number that is not one as an error', () => {
    expect(toGridCell(aCell(Number.NaN))).toEqual(UNKNOWN_ERROR);
  });
});
