/** The add-in tests' 1 M-row ledger: 20 Förvaltningar, 400 Enheter, 300 accounts, 2025 with actuals through July. */
import type { CellValue } from './excelHost/snapshot';

/** Rows of the large ledger, header first (deterministic). */
export function largeLedgerRows(rows = 1_000_000): CellValue[][] {
  const grid: CellValue[][] = [['Period', 'Förvaltning', 'Enhet', 'Konto', 'Budget', 'Utfall']];
  for (let i = 0; i < rows; i++) {
    const month = (i % 12) + 1;
    grid.push([202500 + month, `Förvaltning ${i % 20}`, `Enhet ${i % 400}`, 4000 + (i % 300), ((i * 7919) % 100000) / 100, month <= 7 ? ((i * 104729) % 100000) / 100 : null]);
  }
  return grid;
}
