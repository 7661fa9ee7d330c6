import { readPeriodCell } from '../../src/core/ledger/period';

/** The month a cell names, the year taken from `year` when the cell has none. */
const iso = (cell: Parameters<typeof readPeriodCell>[0], year: number | null = null) => {
  const reading = readPeriodCell(cell);
  const y = reading === null ? null : (reading.year ?? year);
  return reading === null || y === null ? null : `${y}-${String(reading.month).padStart(2, '0')}`;
};

describe('reading period cells', () => {
  it.each([
    [202507, '2025-07'],
    ['202507', '2025-07'],
    ['2025-07', '2025-07'],
    ['2025-7', '2025-07'],
    ['2025/07', '2025-07'],
    ['2025-07-31', '2025-07'],
    ['2025-07-31T00:00:00', '2025-07'],
    ['31.07.2025', '2025-07'],
    [45869, '2025-07'], // Excel serial of 2025-07-31
    [45839, '2025-07'], // 2025-07-01
    ['juli 2025', '2025-07'],
    ['Juli 2025', '2025-07'],
    ['jul-25', '2025-07'],
    ['July 2025', '2025-07'],
    ['okt 2024', '2024-10'],
    [20250731, '2025-07'],
    ['20250731', '2025-07'],
    ['07/2025', '2025-07'],
    ['7.2025', '2025-07'],
    ['2025 juli', '2025-07'],
  ])('%p is %s', (cell, expected) => {
    expect(iso(cell)).toBe(expected);
  });

  it.each([
    ['P07', 2025, '2025-07'],
    ['P7', 2024, '2024-07'],
    [7, 2025, '2025-07'],
    ['07', 2025, '2025-07'],
    ['juli', 2025, '2025-07'],
  ])('%p with year %d is %s', (cell, year, expected) => {
    expect(iso(cell, year)).toBe(expected);
  });

  it.each([['abc'], ['2025-13'], ['P13'], [true], [null], [''], [-4]])('%p is not a period', (cell) => {
    expect(iso(cell as never, 2025)).toBeNull();
  });

  it('needs a year for a bare month', () => {
    expect(iso('P07')).toBeNull();
  });
});
