/**
 * Column widths with two input columns (last month's comments beside this month's): when the
 * table is wider than prints readably, the excess is shared between them, so together they give
 * what is needed and no more (each giving it all left both narrower than they had to be).
 */
import { STYLES, textCell } from '../../src/core/report/cells';
import { measureColumnWidths } from '../../src/core/report/sheetLayout';

it('shares the excess between two input columns', () => {
  const figures = Array.from({ length: 6 }, () => textCell('1 234 567 890', STYLES.keyValue));
  const rows = [
    [textCell('Enhet', STYLES.headerLeft), ...figures.map(() => textCell('Budget', STYLES.header)), textCell('Kommentar juni', STYLES.header), textCell('Kommentar', STYLES.header)],
    [textCell('Administrativa avdelningen', { border: true }), ...figures.map((f) => ({ ...f, style: { ...f.style, border: true } })), textCell('', STYLES.previousComment), textCell('', STYLES.comment)],
  ];
  const isInput = (s: object) => s === STYLES.comment || s === STYLES.previousComment;
  const free = measureColumnWidths(rows, [], 9, 11, isInput);
  const total = free.reduce((a, w) => a + w, 0);
  const max = total - 10;
  const squeezed = measureColumnWidths(rows, [], 9, 11, isInput, max);
  expect(squeezed.slice(0, 7)).toEqual(free.slice(0, 7));
  expect(squeezed.reduce((a, w) => a + w, 0)).toBeGreaterThanOrEqual(max - 0.5);
  expect(squeezed.reduce((a, w) => a + w, 0)).toBeLessThanOrEqual(max + 0.5);
});
