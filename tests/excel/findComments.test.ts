/// <reference types="office-js" />
import { findComments, type RememberedComment } from '../../src/excel/followUpSheets';

const comments: RememberedComment[] = [
  { key: 'IT', row: 3, column: 4, anchor: 'IT', offset: 0 },
  { key: 'Stab\u001fEkonomi', row: 5, column: 4, anchor: 'Ekonomi', offset: 0 },
  { key: 'Skola\u001fEkonomi', row: 7, column: 4, anchor: 'Ekonomi', offset: 0 },
  { key: 'summary', row: 10, column: 0, anchor: 'Kommentar', offset: 1 },
];

function sheet(rows: [number, string, string][], height = 14): unknown[][] {
  const values = Array.from({ length: height }, () => ['', '', '', '', '']);
  for (const [r, a, e] of rows) {
    values[r]![0] = a;
    values[r]![4] = e;
  }
  return values;
}

describe('finding the comments users typed', () => {
  it('reads them where they were', () => {
    const v = sheet([[3, 'IT', 'licenser'], [5, 'Ekonomi', 'vakans'], [7, 'Ekonomi', 'inget'], [9, 'Kommentar', ''], [10, 'I balans.', '']]);
    expect(findComments(comments, v)).toEqual(new Map([['IT', 'licenser'], ['Stab\u001fEkonomi', 'vakans'], ['Skola\u001fEkonomi', 'inget'], ['summary', 'I balans.']]));
  });

  it('follows their units when the user inserted rows in the follow-up', () => {
    const v = sheet([[1, 'Min rad', ''], [4, 'IT', 'licenser'], [6, 'Ekonomi', 'vakans'], [8, 'Ekonomi', 'inget'], [11, 'Kommentar', ''], [12, 'I balans.', '']]);
    expect(findComments(comments, v)).toEqual(new Map([['IT', 'licenser'], ['Stab\u001fEkonomi', 'vakans'], ['Skola\u001fEkonomi', 'inget'], ['summary', 'I balans.']]));
  });

  it('leaves out a unit whose row the user deleted', () => {
    const v = sheet([[2, 'Ekonomi', 'vakans'], [4, 'Ekonomi', 'inget']]);
    expect(findComments(comments, v).has('IT')).toBe(false);
  });

  it('keeps two units of one name apart when rows inserted above put one where the other was', () => {
    // Two rows inserted at the top: Stab's Ekonomi now stands where Skola's was remembered (7).
    const v = sheet([[5, 'IT', 'licenser'], [7, 'Ekonomi', 'vakans'], [9, 'Ekonomi', 'inget'], [11, 'Kommentar', ''], [12, 'I balans.', ''], [13, 'Ekonomi', '']], 15);
    expect(findComments(comments, v)).toEqual(new Map([['IT', 'licenser'], ['Stab\u001fEkonomi', 'vakans'], ['Skola\u001fEkonomi', 'inget'], ['summary', 'I balans.']]));
  });

  it('finds the comment column by its header when the user inserted a column before it', () => {
    const v = sheet([[2, 'Enhet', 'Kommentar'], [3, 'IT', 'licenser'], [5, 'Ekonomi', 'vakans'], [7, 'Ekonomi', 'inget']]).map((row) => [...row.slice(0, 2), 42, ...row.slice(2)]);
    expect(findComments(comments, v)).toEqual(new Map([['IT', 'licenser'], ['Stab\u001fEkonomi', 'vakans'], ['Skola\u001fEkonomi', 'inget']]));
  });

  it('takes no number as a comment', () => {
    const v = sheet([[3, 'IT', 'licenser'], [5, 'Ekonomi', 'vakans'], [7, 'Ekonomi', '']]);
    v[7]![4] = 1364;
    expect(findComments(comments, v).has('Skola\u001fEkonomi')).toBe(false);
  });
});
