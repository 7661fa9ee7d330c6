/** Period cells in the forms real exports write them. */
import { readPeriodCell } from '../../src/core/ledger/period';

describe('period forms of real exports', () => {
  it.each([
    ['07 Juli', { year: null, month: 7 }],
    ['7. juli', { year: null, month: 7 }],
    ['1 januari', { year: null, month: 1 }],
    ['Januari', { year: null, month: 1 }],
    ['DECEMBER', { year: null, month: 12 }],
  ])('"%s"', (text, expected) => {
    expect(readPeriodCell(text)).toEqual(expected);
  });

  it.each(['15 juli', '07 jul y', '13 december'])('"%s" is not a period', (text) => {
    expect(readPeriodCell(text)).toBeNull();
  });
});
