/**
 * What reading a ledger sheet needs, whatever its shape: the shared state, the columns by role,
 * the units of rows (through a trie over the level cells) and the checks of what a sheet lacks.
 */
import type { DetectedFiscalStart } from '../fiscal/detectFiscalStart';
import { cellAddress, columnLetters, type A1Address, type Cell, type Placement } from '../grid/grid';
import type { SheetRows } from '../grid/sheetRows';
import { anError, aWarning, type Issue, type IssueCollector } from '../issues/issue';
import { cellText } from './cells';
import { readAmountHeader } from './amountHeader';
import { headerParts, kindOfWord, type ColumnRole, type SheetLayout } from './detect';
import type { FactsBuilder } from './facts';
import type { FillDown } from './fillDown';
import { unitKey, type Interner, type UnitPath } from './ledger';
import { normalizeTokens, normalizeWord } from './normalize';
import { KIND_WORDS, SUBTOTAL_PREFIX, type AmountKind } from './schema';

/** A sheet to read with its (detected or corrected) layout. */
export interface LedgerSheet {
  readonly rows: SheetRows;
  readonly layout: SheetLayout;
}

/** The state shared by the sheets of one ledger. */
export interface Context {
  readonly units: Interner<UnitPath>;
  readonly unitFirstSeen: A1Address[];
  readonly accounts: Interner<string>;
  readonly facts: FactsBuilder;
  readonly issues: IssueCollector;
  actualWord: string | null;
  /** The fiscal start the user gave; null when not given (a fiscal year's label then needs the ledger to say it). */
  readonly fiscalStart: number | null;
  /** The fiscal start the first sheet to say one says. */
  detectedFiscalStart: DetectedFiscalStart | null;
}

/** Columns of a sheet by role. */
export interface Columns {
  readonly levels: readonly number[];
  readonly period: number;
  readonly year: number;
  readonly account: number;
  readonly kind: number;
  readonly amounts: readonly AmountColumn[];
}

/**
 * An amount column of a long sheet: its kind ('amount' = from the kind column); the decimal places
 * its amounts move to be kronor (3 for a header in tkr, 6 in mnkr); and the year its header names
 * ("Utfall 2024"), which its amounts belong to whatever the period's year.
 */
export interface AmountColumn {
  readonly index: number;
  readonly kind: AmountKind | 'amount';
  readonly thousandsShift: 0 | 3 | 6;
  readonly year: number | null;
  /** Year to date ("Utfall ack"): a row's amount is the sum of the months so far. */
  readonly cumulative: boolean;
  /** Its amounts are of the year before the row's period ("Utfall fg år"). */
  readonly previousYear: boolean;
  /** -1 for a Kredit column (its amounts are subtracted from the actuals); 1 otherwise. */
  readonly sign: 1 | -1;
  /** A Debet or Kredit column: the two of a pair hold one set of actuals together. */
  readonly side: boolean;
}

/** What an amount column's header says beside its kind: its unit, its year and whether it is cumulative. */
function amountHeaderParts(header: string): Pick<AmountColumn, 'thousandsShift' | 'year' | 'cumulative' | 'previousYear' | 'sign' | 'side'> {
  const reading = readAmountHeader(header);
  if (reading.is === 'amount') {
    const { thousandsShift, year, cumulative, previousYear, sign, side } = reading;
    return { thousandsShift, year, cumulative, previousYear, sign, side };
  }
  const { thousandsShift, year } = headerParts(header);
  return { thousandsShift, year, cumulative: false, previousYear: false, sign: 1, side: false };
}

function isAmountColumn(c: ColumnRole): c is ColumnRole & { role: AmountKind | 'amount' } {
  return c.role === 'budget' || c.role === 'actual' || c.role === 'forecast' || c.role === 'annualBudget' || c.role === 'amount';
}

export function columnsOf(layout: SheetLayout): Columns {
  const first = (role: string): number => layout.columns.find((c) => c.role === role)?.index ?? -1;
  const amounts: AmountColumn[] = [];
  for (const c of layout.columns) {
    if (isAmountColumn(c)) amounts.push({ index: c.index, kind: c.role, ...amountHeaderParts(c.header) });
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


export function noteActualWord(ctx: Context, word: string): void {
  if (ctx.actualWord !== null) return;
  const key = headerParts(word).word;
  ctx.actualWord = KIND_WORDS.actual.find((w) => normalizeWord(w) === key) ?? null;
}

/** The unit of a row: its non-blank level texts (filled down, in a pivot export); empty for a row without a unit. */
function unitPathOf(rows: SheetRows, r: number, levels: readonly number[], fill: FillDown | null): string[] {
  const path: string[] = [];
  for (let i = 0; i < levels.length; i++) {
    const t = cellText(rows.cell(fill === null ? r : fill.rowFor(levels[i]!, r), levels[i]!));
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

export function internAccount(ctx: Context, cell: Cell): number {
  const t = cellText(cell);
  if (t === '') return -1;
  return SUBTOTAL_PREFIX.test(t) ? SUBTOTAL_ACCOUNT : ctx.accounts.intern(t, () => t);
}

/** What internAccount gives for an account cell that says Summa/Totalt: the row is a subtotal. */
export const SUBTOTAL_ACCOUNT = -3;

/** Tracks skipped subtotal rows of a sheet, for one warning. */
export class SubtotalRows {
  count = 0;
  first: A1Address | null = null;
  note(address: A1Address): void {
    this.count++;
    this.first ??= address;
  }
  report(where: Placement, issues: IssueCollector): void {
    if (this.count > 0 && this.first !== null) {
      issues.add(aWarning('summaryRowsSkipped', { sheet: where.sheet, address: this.first }, { count: this.count }));
    }
  }
}

function isSubtotal(path: readonly string[]): boolean {
  return path.some((p) => SUBTOTAL_PREFIX.test(p));
}

/**
 * The roles a ledger sheet lacks to be read at all: a unit, and a period (long) or a kind (long
 * with amount + kind; wide without kinds in its headers or name). Empty when it can be read.
 */
export function missingRoles({ rows, layout }: LedgerSheet): Issue[] {
  const cols = columnsOf(layout);
  const lacks = (role: string): Issue => anError('missingRole', { sheet: rows.sheet }, { role });
  const out: Issue[] = [];
  if (cols.levels.length === 0) out.push(lacks('unit'));
  if (layout.shape === 'long') {
    if (cols.period < 0) out.push(lacks('period'));
    if (cols.amounts.length === 0) out.push(lacks('amount'));
    // A plain Belopp column takes its kind from a Typ column, else from the sheet's name ("Utfall 2025").
    if (cols.amounts.some((a) => a.kind === 'amount') && cols.kind < 0 && fromSheetName(rows.sheet).kind === null) out.push(lacks('kind'));
  } else {
    const headerKinds = layout.columns.some((c) => c.role === 'month' && c.month?.kind != null);
    if (cols.kind < 0 && !headerKinds && fromSheetName(rows.sheet).kind === null) out.push(lacks('kind'));
  }
  return out;
}

/**
 * What is wrong with a ledger sheet's columns, at their header cells: a column that holds amounts
 * under a header the reader does not understand, and two columns that hold the same figures
 * ("Budget" and "Budgetbelopp"; two "Budget jan" in a wide sheet), which would count twice.
 */
export function columnIssues({ rows, layout }: LedgerSheet): Issue[] {
  const at = (c: ColumnRole) => ({ sheet: rows.sheet, address: cellAddress(rows, layout.headerRow, c.index) });
  const named = (c: ColumnRole) => ({ column: columnLetters(rows.origin.column + c.index), header: c.header });
  const out: Issue[] = [];
  const same = new Map<string, ColumnRole[]>();
  for (const c of layout.columns) {
    if (c.role === 'unknownAmount') out.push(anError('unknownAmountColumn', at(c), named(c)));
    const key = sameFiguresKey(c);
    if (key !== null) same.set(key, [...(same.get(key) ?? []), c]);
  }
  for (const group of same.values()) {
    if (group.length < 2 || isDebitCreditPair(group)) continue;
    const other = named(group[0]!);
    for (const c of group.slice(1)) out.push(anError('duplicateAmountColumn', at(c), { ...named(c), otherColumn: other.column, otherHeader: other.header }));
  }
  return out;
}

/** Debet and Kredit side by side hold one set of actuals between them. */
function isDebitCreditPair(group: readonly ColumnRole[]): boolean {
  if (group.length !== 2) return false;
  const [a, b] = group.map((c) => amountHeaderParts(c.header));
  return a!.side && b!.side && a!.sign !== b!.sign;
}

/** Columns with the same key hold the same figures; null for columns that hold no amounts. */
function sameFiguresKey(c: ColumnRole): string | null {
  if (c.role === 'month' && c.month !== undefined) return `month ${c.month.kind ?? ''} ${c.month.year ?? ''} ${c.month.month}`;
  if (!isAmountColumn(c)) return null;
  const parts = amountHeaderParts(c.header);
  return `${c.role} ${parts.year ?? ''} ${parts.previousYear ? 'previous' : ''} ${parts.cumulative ? 'ytd' : ''}`;
}

/** Codes below this are cached in an array rather than a Map. */
const SMALL_KEYS = 1 << 16;

function isSmallKey(key: unknown): key is number {
  return typeof key === 'number' && key >= 0 && key < SMALL_KEYS && (key | 0) === key;
}

/**
 * What label cells mean, cached by the cells' keys (SheetRows.key). A scanned CSV's keys are small
 * integer codes: those index an array, a million rows of lookups costing no hashing; any other
 * key (a grid's cell values) goes to a Map.
 */
export class KeyCache<V> {
  // Starts with a slot: an array begun with a number would change its kind (and every cache's
  // optimised code) when the first gap is filled with undefined.
  private readonly small: (V | undefined)[] = [undefined];
  private readonly other = new Map<unknown, V>();

  /** The value cached for a key; undefined when there is none. */
  get(key: unknown): V | undefined {
    return isSmallKey(key) ? this.small[key] : this.other.get(key);
  }

  set(key: unknown, value: V): void {
    if (isSmallKey(key)) {
      while (this.small.length < key) this.small.push(undefined);
      this.small[key] = value;
    } else this.other.set(key, value);
  }

  /**
   * The value for a key, worked out as `meaning(r)` (r: a row holding the cell) the first time the
   * key is seen. One shared miss path for every cache, so the optimising compiler has seen it run
   * before a new period turns up mid-file (a path it had not seen would cost a deoptimisation).
   */
  of(key: unknown, r: number, meaning: (r: number) => V): V {
    let value = this.get(key);
    if (value === undefined) {
      value = meaning(r);
      this.set(key, value);
    }
    return value;
  }
}

/** A row without a unit. */
export const NO_UNIT = -2;
/** A Summa/Totalt row of the export. */
export const SUBTOTAL = -1;

/**
 * The unit of each row, looked up by the keys of its level cells so a million rows make no path
 * arrays: a path is built only the first time a combination is seen.
 */
export class RowUnits {
  /** A trie over the level cells' keys: one cache per level, the unit index at the leaf. */
  private readonly root = new KeyCache<unknown>();
  readonly subtotals = new SubtotalRows();

  /** The rows the file marks as totals rows, and as overlong lines (null when it marks none). */
  private readonly totals: ReadonlySet<number> | null;
  private readonly overlong: ReadonlySet<number> | null;

  constructor(
    private readonly ctx: Context,
    private readonly rows: SheetRows,
    private readonly levels: readonly number[],
    /** The label columns of a pivot-style export read as filled down, if any. */
    readonly fill: FillDown | null = null,
  ) {
    this.totals = rows.marks?.totals?.length ? new Set(rows.marks.totals) : null;
    this.overlong = rows.marks?.overlong?.length ? new Set(rows.marks.overlong) : null;
  }

  /** Whether row r is one the file marks: a table's totals row (noted) or an overlong line (an error). Either is skipped. */
  private isMarked(r: number): boolean {
    if (this.overlong?.has(r)) {
      this.ctx.issues.add(anError('overlongRow', { sheet: this.rows.sheet, address: cellAddress(this.rows, r, 0) }));
      return true;
    }
    if (this.totals?.has(r)) {
      this.subtotals.note(cellAddress(this.rows, r, this.levels[0] ?? 0));
      return true;
    }
    return false;
  }

  /** The level keys of the row before, and its unit: sorted ledgers repeat a unit row after row. */
  private readonly lastKeys: unknown[] = [];
  private lastUnit: number | undefined;

  /** The unit index of row r, NO_UNIT or SUBTOTAL (also for a row the file marks: see isMarked). */
  of(r: number): number {
    if ((this.totals !== null || this.overlong !== null) && this.isMarked(r)) return SUBTOTAL;
    const { levels, rows, lastKeys, fill } = this;
    if (fill !== null) fill.advance(r);
    let same = this.lastUnit !== undefined;
    for (let i = 0; i < levels.length; i++) {
      const key = rows.key(fill === null ? r : fill.rowFor(levels[i]!, r), levels[i]!);
      if (same && key !== lastKeys[i]) same = false;
      lastKeys[i] = key;
    }
    let unit: number | undefined = same ? this.lastUnit : undefined;
    if (unit === undefined) {
      const last = levels.length - 1;
      let map = this.root;
      for (let i = 0; i < last; i++) {
        const key = lastKeys[i];
        let next = map.get(key) as KeyCache<unknown> | undefined;
        if (next === undefined) {
          next = new KeyCache<unknown>();
          map.set(key, next);
        }
        map = next;
      }
      const leaf = lastKeys[last];
      unit = map.get(leaf) as number | undefined;
      if (unit === undefined) {
        const path = unitPathOf(rows, r, levels, fill);
        if (path.length === 0) unit = NO_UNIT;
        else if (isSubtotal(path)) unit = SUBTOTAL;
        else unit = internUnit(this.ctx, path, () => cellAddress(rows, r, levels[0]!));
        map.set(leaf, unit);
      }
      this.lastUnit = unit;
    }
    if (unit === SUBTOTAL) {
      // The cell that says Summa, not the first level's ("Vård | Summa Vård" names the second).
      const at = levels.find((c) => SUBTOTAL_PREFIX.test(cellText(rows.cell(r, c)))) ?? levels[0]!;
      this.subtotals.note(cellAddress(rows, r, at));
    }
    return unit;
  }
}


export function readKind(cell: Cell, cache: Map<string, AmountKind | null>, ctx: Context): AmountKind | null {
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
export function fromSheetName(name: string): { kind: AmountKind | null; year: number | null } {
  let kind: AmountKind | null = null;
  let year: number | null = null;
  for (const token of normalizeTokens(name).split(' ')) {
    kind ??= kindOfWord(token);
    if (/^(19|20)\d\d$/.test(token)) year ??= Number(token);
  }
  return { kind, year };
}

