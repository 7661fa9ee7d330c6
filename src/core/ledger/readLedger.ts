/**
 * Ledger sheets (long or wide by month) → typed ledger facts, with every cell that cannot be read
 * reported as an issue naming sheet and cell. Several sheets are read together.
 */
import { anError, aWarning, IssueCollector, type Issue } from '../issues/issue';
import { FactsBuilder } from './facts';
import { Interner, type Ledger, type UnitPath } from './ledger';
import { readLongSheet } from './longSheet';
import { repeatedSheets, type SheetFacts } from './repeatedSheets';
import { columnsOf, type Context, type LedgerSheet } from './sheetContext';
import { organisationOfTitle } from './title';
import { readWideSheet } from './wideSheet';

export { missingRoles, type LedgerSheet } from './sheetContext';

/** The ledger and the issues found reading it. */
export interface LedgerReading {
  readonly ledger: Ledger;
  readonly issues: readonly Issue[];
}

/** How to read: the fiscal start the user gave, if any (P01 is its first month). */
export interface ReadOptions {
  readonly fiscalStart?: number;
}

/** Read all ledger sheets into one ledger. */
export function readLedger(sheets: readonly LedgerSheet[], options: ReadOptions = {}): LedgerReading {
  const ctx: Context = {
    units: new Interner<UnitPath>(),
    unitFirstSeen: [],
    accounts: new Interner<string>(),
    facts: new FactsBuilder(expectedFacts(sheets)),
    issues: new IssueCollector(),
    actualWord: null,
    fiscalStart: options.fiscalStart ?? null,
    detectedFiscalStart: null,
  };
  const ledgers = sheets.filter((s) => s.layout.kind === 'ledger');
  if (ledgers.length === 0) ctx.issues.add(anError('noLedger', {}));
  const firstSheet: { sheet: string; levels: number }[] = [];
  const sheetFacts: SheetFacts[] = [];
  for (const [index, s] of ledgers.entries()) {
    ctx.facts.startSheet(index, s.rows.origin);
    const before = ctx.units.values.length;
    const from = ctx.facts.length;
    if (s.layout.shape === 'wide') readWideSheet(s, ctx);
    else readLongSheet(s, ctx);
    sheetFacts.push({ sheet: s.rows.sheet, from, to: ctx.facts.length });
    const levels = columnsOf(s.layout).levels.length;
    for (let u = before; u < ctx.units.values.length; u++) firstSheet[u] = { sheet: s.rows.sheet, levels };
  }
  warnOfSplitUnits(ctx, firstSheet);
  const facts = ctx.facts.build();
  ctx.issues.addAll(repeatedSheets(facts, sheetFacts, ctx.units.values.length, ctx.accounts.values.length));
  const ledger: Ledger = {
    units: ctx.units.values,
    unitFirstSeen: ctx.unitFirstSeen,
    accounts: ctx.accounts.values,
    facts,
    actualWord: ctx.actualWord,
    title: firstOf(ledgers, organisationAbove),
    sheets: ledgers.map((s) => s.rows.sheet),
    fiscalStart: ctx.detectedFiscalStart,
  };
  return { ledger, issues: ctx.issues.list() };
}


/**
 * A unit named alone in one sheet ("IT") and under a parent in a sheet with more organisation
 * columns ("KLS / IT") is two units to the reader; most likely the user meant one, so say so.
 */
function warnOfSplitUnits(ctx: Context, firstSheet: readonly { sheet: string; levels: number }[]): void {
  const deeper = new Map<string, number[]>();
  ctx.units.values.forEach((path, u) => {
    if (path.length > 1) deeper.set(path.at(-1)!, [...(deeper.get(path.at(-1)!) ?? []), u]);
  });
  ctx.units.values.forEach((path, u) => {
    const here = firstSheet[u];
    if (path.length !== 1 || here === undefined) return;
    const v = (deeper.get(path[0]!) ?? []).find((d) => firstSheet[d] !== undefined && firstSheet[d].sheet !== here.sheet && firstSheet[d].levels > here.levels);
    if (v === undefined) return;
    ctx.issues.add(aWarning('unitSplitAcrossSheets', { address: ctx.unitFirstSeen[u]! }, { unit: path[0]!, sheet: here.sheet, other: firstSheet[v]!.sheet, path: ctx.units.values[v]!.join(' / ') }));
  });
}

/** The organisation's name in the title rows above a ledger sheet's header, if they name one. */
function organisationAbove({ rows, layout }: LedgerSheet): string | null {
  for (let r = 0; r < layout.headerRow; r++) {
    for (const cell of rows.row(r)) {
      const name = typeof cell === 'string' ? organisationOfTitle(cell) : null;
      if (name !== null) return name;
    }
  }
  return null;
}

function firstOf<T, R>(items: readonly T[], f: (item: T) => R | null): R | null {
  for (const item of items) {
    const r = f(item);
    if (r !== null) return r;
  }
  return null;
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

