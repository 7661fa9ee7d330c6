/**
 * Ledger sheets (long or wide by month) → typed ledger facts, with every cell that cannot be read
 * reported as an issue naming sheet and cell. Several sheets are read together.
 */
import { anError, IssueCollector, type Issue } from '../issues/issue';
import { FactsBuilder } from './facts';
import { Interner, type Ledger, type UnitPath } from './ledger';
import { readLongSheet } from './longSheet';
import type { Context, LedgerSheet } from './sheetContext';
import { readWideSheet } from './wideSheet';

export { missingRoles, type LedgerSheet } from './sheetContext';

/** The ledger and the issues found reading it. */
export interface LedgerReading {
  readonly ledger: Ledger;
  readonly issues: readonly Issue[];
}

/** Read all ledger sheets into one ledger. */
export function readLedger(sheets: readonly LedgerSheet[]): LedgerReading {
  const ctx: Context = {
    units: new Interner<UnitPath>(),
    unitFirstSeen: [],
    accounts: new Interner<string>(),
    facts: new FactsBuilder(expectedFacts(sheets)),
    issues: new IssueCollector(),
    actualWord: null,
  };
  const ledgers = sheets.filter((s) => s.layout.kind === 'ledger');
  if (ledgers.length === 0) ctx.issues.add(anError('noLedger', {}));
  for (const s of ledgers) {
    if (s.layout.shape === 'wide') readWideSheet(s, ctx);
    else readLongSheet(s, ctx);
  }
  const ledger: Ledger = {
    units: ctx.units.values,
    unitFirstSeen: ctx.unitFirstSeen,
    accounts: ctx.accounts.values,
    facts: ctx.facts.build(),
    actualWord: ctx.actualWord,
    title: ledgers.map((s) => s.layout.title).find((t) => t !== null) ?? null,
    sheets: ledgers.map((s) => s.rows.sheet),
  };
  return { ledger, issues: ctx.issues.list() };
}


/** Amount cells the ledger sheets may hold: the facts builder's starting size. */
function expectedFacts(sheets: readonly LedgerSheet[]): number {
  let n = 0;
  for (const { rows, layout } of sheets) {
    if (layout.kind !== 'ledger') continue;
    const amounts = layout.columns.filter((c) => c.role === 'month' || c.role === 'budget' || c.role === 'actual' || c.role === 'forecast' || c.role === 'annualBudget' || c.role === 'amount').length;
    n += Math.max(0, rows.length - layout.headerRow - 1) * amounts;
  }
  return n;
}

