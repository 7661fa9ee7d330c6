/**
 * Ledger sheets (long or wide by month) → typed ledger facts, with every cell that cannot be read
 * reported as an issue naming sheet and cell. Several sheets are read together.
 */
import { cellAddress, isBlank, type A1Address, type Cell, type Grid } from '../grid/grid';
import { anError, aWarning, IssueCollector, type Issue } from '../issues/issue';
import { monthKey, type MonthKey } from '../period/month';
import { oreNearKronor, parseMoneyText, type Money } from '../money';
import { cellText, readAmountCell } from './cells';
import { kindOfWord, type SheetLayout } from './detect';
import { FactsBuilder, KIND_CODE } from './facts';
import { Interner, unitKey, type Ledger, type UnitPath } from './ledger';
import { normalizeTokens, normalizeWord } from './normalize';
import { readPeriodCell, readYearCell, toMonthKey, type PeriodReading } from './period';
import { KIND_WORDS, SUBTOTAL_PREFIX, type AmountKind } from './schema';

/** A sheet to read with its (detected or corrected) layout. */
export interface LedgerSheet {
  readonly grid: Grid;
  readonly layout: SheetLayout;
}

/** The ledger and the issues found reading it. */
export interface LedgerReading {
  readonly ledger: Ledger;
  readonly issues: readonly Issue[];
}

interface Context {
  readonly units: Interner<UnitPath>;
  readonly unitFirstSeen: A1Address[];
  readonly accounts: Interner<string>;
  readonly facts: FactsBuilder;
  readonly issues: IssueCollector;
  actualWord: string | null;
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
    sheets: ledgers.map((s) => s.grid.sheet),
  };
  return { ledger, issues: ctx.issues.list() };
}

/** Amount cells the ledger sheets may hold: the facts builder's starting size. */
function expectedFacts(sheets: readonly LedgerSheet[]): number {
  let n = 0;
  for (const { grid, layout } of sheets) {
    if (layout.kind !== 'ledger') continue;
    const amounts = layout.columns.filter((c) => c.role === 'month' || c.role === 'budget' || c.role === 'actual' || c.role === 'forecast' || c.role === 'annualBudget' || c.role === 'amount').length;
    n += Math.max(0, grid.rows.length - layout.headerRow - 1) * amounts;
  }
  return n;
}

/** Columns of a sheet by role. */
interface Columns {
  readonly levels: readonly number[];
  readonly period: number;
  readonly year: number;
  readonly account: number;
  readonly kind: number;
  /** Amount columns of a long sheet with their kind ('amount' = kind from the kind column). */
  readonly amounts: readonly { readonly index: number; readonly kind: AmountKind | 'amount' }[];
}

function columnsOf(layout: SheetLayout): Columns {
  const first = (role: string): number => layout.columns.find((c) => c.role === role)?.index ?? -1;
  const amounts: { index: number; kind: AmountKind | 'amount' }[] = [];
  for (const c of layout.columns) {
    if (c.role === 'budget' || c.role === 'actual' || c.role === 'forecast' || c.role === 'annualBudget' || c.role === 'amount') {
      amounts.push({ index: c.index, kind: c.role });
    }
  }
  return {
    levels: layout.columns.filter((c) => c.role === 'unit').map((c) => c.index),
    period: first('period'),
    year: first('year'),
    account: first('account'),
    kind: first('kind'),
    amounts,
  };
}

function noteActualWord(ctx: Context, word: string): void {
  if (ctx.actualWord !== null) return;
  const key = normalizeWord(word);
  ctx.actualWord = KIND_WORDS.actual.find((w) => normalizeWord(w) === key) ?? null;
}

/** The unit of a row: its non-blank level texts; null for a row without a unit. */
function unitPathOf(row: readonly Cell[], levels: readonly number[]): string[] {
  const path: string[] = [];
  for (const c of levels) {
    const t = cellText(row[c] ?? null);
    if (t !== '') path.push(t);
  }
  return path;
}

function internUnit(ctx: Context, path: string[], address: () => A1Address): number {
  const key = path.length === 1 ? path[0]! : unitKey(path);
  return ctx.units.intern(key, () => {
    ctx.unitFirstSeen.push(address());
    return path;
  });
}

function internAccount(ctx: Context, cell: Cell): number {
  const t = cellText(cell);
  return t === '' ? -1 : ctx.accounts.intern(t, () => t);
}

/** Tracks skipped subtotal rows of a sheet, for one warning. */
class SubtotalRows {
  count = 0;
  first: A1Address | null = null;
  note(address: A1Address): void {
    this.count++;
    this.first ??= address;
  }
  report(grid: Grid, issues: IssueCollector): void {
    if (this.count > 0 && this.first !== null) {
      issues.add(aWarning('summaryRowsSkipped', { sheet: grid.sheet, address: this.first }, { count: this.count }));
    }
  }
}

function isSubtotal(path: readonly string[]): boolean {
  return path.some((p) => SUBTOTAL_PREFIX.test(p));
}

function rowIsBlank(row: readonly Cell[]): boolean {
  for (const c of row) if (!isBlank(c)) return false;
  return true;
}

/**
 * The roles a ledger sheet lacks to be read at all: a unit, and a period (long) or a kind (long
 * with amount + kind; wide without kinds in its headers or name). Empty when it can be read.
 */
export function missingRoles({ grid, layout }: LedgerSheet): Issue[] {
  const cols = columnsOf(layout);
  const lacks = (role: string): Issue => anError('missingRole', { sheet: grid.sheet }, { role });
  const out: Issue[] = [];
  if (cols.levels.length === 0) out.push(lacks('unit'));
  if (layout.shape === 'long') {
    if (cols.period < 0) out.push(lacks('period'));
    if (cols.amounts.length === 0) out.push(lacks('amount'));
    if (cols.amounts.some((a) => a.kind === 'amount') && cols.kind < 0) out.push(lacks('kind'));
  } else {
    const headerKinds = layout.columns.some((c) => c.role === 'month' && c.month?.kind != null);
    if (cols.kind < 0 && !headerKinds && fromSheetName(grid.sheet).kind === null) out.push(lacks('kind'));
  }
  return out;
}

function readLongSheet({ grid, layout }: LedgerSheet, ctx: Context): void {
  const cols = columnsOf(layout);
  const { issues } = ctx;
  const where = (r: number, c: number) => ({ sheet: grid.sheet, address: cellAddress(grid, r, c) });
  const missing = missingRoles({ grid, layout });
  if (missing.length > 0) {
    issues.addAll(missing);
    return;
  }
  for (const a of cols.amounts) {
    if (a.kind === 'actual') noteActualWord(ctx, layout.columns.find((c) => c.index === a.index)?.header ?? '');
  }

  const periodCache = new Map<Cell, PeriodReading>();
  const kindCache = new Map<string, AmountKind | null>();
  const units = new RowUnits(ctx, grid, cols.levels);
  const accounts = new Map<Cell, number>();
  const rows = grid.rows;
  for (let r = layout.headerRow + 1; r < rows.length; r++) {
    const row = rows[r];
    if (row === undefined || row.length === 0) continue;
    const unit = units.of(row, r);
    if (unit === NO_UNIT) {
      if (!rowIsBlank(row) && cols.amounts.some((a) => !isBlank(row[a.index] ?? null))) {
        issues.add(anError('missingUnit', where(r, cols.levels[0]!)));
      }
      continue;
    }
    if (unit === SUBTOTAL) continue;
    const month = readRowMonth(row, r, cols, periodCache, grid, issues);
    if (month === null) continue;
    let account = -1;
    if (cols.account >= 0) {
      const cell = row[cols.account] ?? null;
      const known = accounts.get(cell);
      account = known ?? internAccount(ctx, cell);
      if (known === undefined) accounts.set(cell, account);
    }
    for (const a of cols.amounts) {
      const cell = row[a.index] ?? null;
      if (cell === null) continue;
      let amount = amountOf(cell);
      if (Number.isNaN(amount)) {
        const reading = readAmountCell(cell);
        if (!reading.ok) {
          issues.add(anError(reading.code, where(r, a.index), { text: reading.text }));
          continue;
        }
        amount = reading.amount;
      }
      let kind: AmountKind | null;
      if (a.kind === 'amount') {
        kind = readKind(row[cols.kind] ?? null, kindCache, ctx);
        if (kind === null) {
          issues.add(anError('unknownKind', where(r, cols.kind), { text: cellText(row[cols.kind] ?? null) }));
          continue;
        }
      } else kind = a.kind;
      if (amount === 0 && !keepsZero(kind)) continue;
      ctx.facts.push(unit, account, month, KIND_CODE[kind], amount as Money);
    }
  }
  units.subtotals.report(grid, issues);
}

/** Zero budget and actual amounts add nothing; a zero forecast or Årsbudget is still a figure. */
function keepsZero(kind: AmountKind): boolean {
  return kind === 'forecast' || kind === 'annualBudget';
}

/** A row without a unit. */
const NO_UNIT = -2;
/** A Summa/Totalt row of the export. */
const SUBTOTAL = -1;

/**
 * The unit of each row, looked up by the raw texts of its level cells so a million rows make no
 * path arrays: a path is built only the first time a combination is seen.
 */
class RowUnits {
  /** A trie over the level cells: one map per level, the unit index at the leaf. */
  private readonly root = new Map<Cell, unknown>();
  readonly subtotals = new SubtotalRows();

  constructor(
    private readonly ctx: Context,
    private readonly grid: Grid,
    private readonly levels: readonly number[],
  ) {}

  /** The unit index of a row, NO_UNIT or SUBTOTAL. */
  of(row: readonly Cell[], r: number): number {
    const levels = this.levels;
    const last = levels.length - 1;
    let map = this.root;
    for (let i = 0; i < last; i++) {
      const cell = row[levels[i]!] ?? null;
      let next = map.get(cell) as Map<Cell, unknown> | undefined;
      if (next === undefined) {
        next = new Map<Cell, unknown>();
        map.set(cell, next);
      }
      map = next;
    }
    const leaf = row[levels[last]!] ?? null;
    let unit = map.get(leaf) as number | undefined;
    if (unit === undefined) {
      const path = unitPathOf(row, levels);
      if (path.length === 0) unit = NO_UNIT;
      else if (isSubtotal(path)) unit = SUBTOTAL;
      else unit = internUnit(this.ctx, path, () => cellAddress(this.grid, r, levels[0]!));
      map.set(leaf, unit);
    }
    if (unit === SUBTOTAL) this.subtotals.note(cellAddress(this.grid, r, levels[0]!));
    return unit;
  }
}

/** An amount cell in öre without allocating; NaN when it needs the full reader (errors, odd text). */
function amountOf(cell: Cell): number {
  if (typeof cell === 'number') return oreNearKronor(cell);
  if (typeof cell === 'string') {
    if (cell === '') return 0;
    const m = parseMoneyText(cell);
    return m === null ? NaN : m;
  }
  return NaN;
}

function readRowMonth(row: readonly Cell[], r: number, cols: Columns, cache: Map<Cell, PeriodReading>, grid: Grid, issues: IssueCollector): MonthKey | null {
  const cell = row[cols.period] ?? null;
  let reading = cache.get(cell);
  if (reading === undefined && !cache.has(cell)) {
    reading = readPeriodCell(cell);
    cache.set(cell, reading);
  }
  if (reading === null || reading === undefined) {
    issues.add(anError('badPeriod', { sheet: grid.sheet, address: cellAddress(grid, r, cols.period) }, { text: cellText(cell) }));
    return null;
  }
  if (reading.year !== null) return monthKey(reading.year, reading.month);
  const year = cols.year >= 0 ? readYearCell(row[cols.year] ?? null) : null;
  if (year === null) {
    const at = cols.year >= 0 ? cols.year : cols.period;
    issues.add(anError('missingYear', { sheet: grid.sheet, address: cellAddress(grid, r, at) }, { text: cellText(row[at] ?? null) }));
    return null;
  }
  return toMonthKey(reading, year);
}

function readKind(cell: Cell, cache: Map<string, AmountKind | null>, ctx: Context): AmountKind | null {
  const text = cellText(cell);
  let kind = cache.get(text);
  if (kind === undefined) {
    kind = kindOfWord(text);
    cache.set(text, kind);
    if (kind === 'actual') noteActualWord(ctx, text);
  }
  return kind;
}

/** Kind and year from a sheet name such as "Utfall 2025" or "Budget_2024". */
function fromSheetName(name: string): { kind: AmountKind | null; year: number | null } {
  let kind: AmountKind | null = null;
  let year: number | null = null;
  for (const token of normalizeTokens(name).split(' ')) {
    kind ??= kindOfWord(token);
    if (/^(19|20)\d\d$/.test(token)) year ??= Number(token);
  }
  return { kind, year };
}

function readWideSheet({ grid, layout }: LedgerSheet, ctx: Context): void {
  const cols = columnsOf(layout);
  const { issues } = ctx;
  const monthCols = layout.columns.filter((c) => c.role === 'month' && c.month !== undefined);
  const named = fromSheetName(grid.sheet);
  const missing = missingRoles({ grid, layout });
  if (missing.length > 0) {
    issues.addAll(missing);
    return;
  }
  const headerKinds = monthCols.some((c) => c.month!.kind !== null);
  if (cols.kind < 0 && named.kind === null) {
    // Some month headers say their kind ("Utfall jan") and some do not ("feb"): those cannot be read.
    for (const c of monthCols.filter((m) => m.month!.kind === null)) {
      issues.add(anError('missingRole', { sheet: grid.sheet, address: cellAddress(grid, layout.headerRow, c.index) }, { role: 'kind' }));
    }
  }
  if (named.kind === 'actual') noteActualWord(ctx, grid.sheet.split(/\s|_/)[0] ?? '');
  for (const c of monthCols) if (c.month!.kind === 'actual') noteActualWord(ctx, c.header.split(/\s/)[0] ?? '');
  const kindCache = new Map<string, AmountKind | null>();
  const subtotals = new SubtotalRows();
  for (let r = layout.headerRow + 1; r < grid.rows.length; r++) {
    const row = grid.rows[r];
    if (row === undefined || row.length === 0) continue;
    const path = unitPathOf(row, cols.levels);
    if (path.length === 0) {
      if (!rowIsBlank(row) && monthCols.some((c) => !isBlank(row[c.index] ?? null))) {
        issues.add(anError('missingUnit', { sheet: grid.sheet, address: cellAddress(grid, r, cols.levels[0]!) }));
      }
      continue;
    }
    if (isSubtotal(path)) {
      subtotals.note(cellAddress(grid, r, cols.levels[0]!));
      continue;
    }
    const unit = internUnit(ctx, path, () => cellAddress(grid, r, cols.levels[0]!));
    const account = cols.account < 0 ? -1 : internAccount(ctx, row[cols.account] ?? null);
    let rowKind: AmountKind | null = null;
    if (cols.kind >= 0) {
      rowKind = readKind(row[cols.kind] ?? null, kindCache, ctx);
      if (rowKind === null && !headerKinds) {
        issues.add(anError('unknownKind', { sheet: grid.sheet, address: cellAddress(grid, r, cols.kind) }, { text: cellText(row[cols.kind] ?? null) }));
        continue;
      }
    }
    const rowYear = cols.year >= 0 ? readYearCell(row[cols.year] ?? null) : null;
    for (const c of monthCols) {
      const cell = row[c.index] ?? null;
      if (cell === null) continue;
      const reading = readAmountCell(cell);
      if (!reading.ok) {
        issues.add(anError(reading.code, { sheet: grid.sheet, address: cellAddress(grid, r, c.index) }, { text: reading.text }));
        continue;
      }
      const kind = c.month!.kind ?? rowKind ?? named.kind;
      if (kind === null) continue; // reported once for the column above
      if (reading.amount === 0 && !keepsZero(kind)) continue;
      const year = rowYear ?? c.month!.year ?? named.year;
      if (year === null) {
        const at = cols.year >= 0 ? cols.year : c.index;
        issues.add(anError('missingYear', { sheet: grid.sheet, address: cellAddress(grid, r, at) }, { text: cellText(row[at] ?? null) }));
        break;
      }
      // A forecast column's month is the month the full-year forecast was made (SPEC §3).
      ctx.facts.push(unit, account, monthKey(year, c.month!.month), KIND_CODE[kind], reading.amount as Money);
    }
  }
  subtotals.report(grid, issues);
}
