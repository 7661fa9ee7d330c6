/**
 * The synthetic ledger's rows in a random order (deterministic for the seed): a ledger sorted by
 * period and unit, as exports are, is kind to readers that cache the previous row's labels; one
 * re-sorted by hand or merged from two systems is not. The reader must be as fast on both.
 */
import { mulberry32 } from '../examples/generate/prng';
import { ledgerRows, type LedgerRow, type LedgerSpec } from './ledgerModel';

/** The ledger's rows, each a copy, shuffled (Fisher–Yates, seeded by spec.seed + 1). */
export function shuffledLedgerRows(spec: LedgerSpec): LedgerRow[] {
  const rows: LedgerRow[] = [];
  for (const r of ledgerRows(spec)) rows.push({ ...r });
  const random = mulberry32(spec.seed + 1);
  for (let i = rows.length - 1; i > 0; i--) {
    const j = random.int(0, i);
    [rows[i], rows[j]] = [rows[j]!, rows[i]!];
  }
  return rows;
}
