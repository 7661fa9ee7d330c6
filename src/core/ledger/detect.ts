/**
 * Finding what a sheet is: its header row (title rows above it skipped), the role of each column,
 * and whether it is a ledger (long or wide by month), an organisation sheet or an account sheet.
 * The task pane shows the result and lets the user correct any column's role.
 */
import { isBlank, type Cell, type Grid, type SheetName } from '../grid/grid';
import { isIndicatorHeader } from '../indicators/schema';
import { readAmountHeader } from './amountHeader';
import { columnData, DATA_ROWS_PROFILED, holdsNumbers } from './columnData';
import { normalizeTokens, normalizeWord, wordLookup } from './normalize';
import { monthFromWord, readPeriodCell } from './period';
import { AMOUNT_ROLES, HEADER_WORDS, KIND_WORDS, NOT_AMOUNT_PATTERNS, NOT_AMOUNT_WORDS, PERIOD_DATE_WORDS, type AmountKind, type Role } from './schema';

/** A month column of a wide ledger: its month, and year and kind when the header says them. */
export interface MonthColumn {
  readonly month: number;
  readonly year: number | null;
  readonly kind: AmountKind | null;
}

/** One column and what it holds. */
export interface ColumnRole {
  readonly index: number;
  readonly header: string;
  readonly role: Role | 'month';
  /** Set when role is 'month'. */
  readonly month?: MonthColumn;
}

/** What kind of sheet this is. */
export type SheetKind = 'ledger' | 'organisation' | 'accounts' | 'indicators' | 'other';

/** The detected (or user-corrected) layout of a sheet. */
export interface SheetLayout {
  readonly sheet: SheetName;
  readonly kind: SheetKind;
  /** Index of the header row in the grid's rows; -1 when none was found. */
  readonly headerRow: number;
  readonly shape: 'long' | 'wide';
  readonly columns: readonly ColumnRole[];
  /** The first title text above the header ("Kommunledningsstab"), if any. */
  readonly title: string | null;
}

const ROLE_BY_WORD = buildRoleLookup();
const KIND_BY_WORD = wordLookup<AmountKind>(KIND_WORDS);
/** The rows searched for the header: a sheet's first rows are all detectLayout reads. */
export const HEADER_SEARCH_ROWS = 50;

function buildRoleLookup(): ReadonlyMap<string, readonly Role[]> {
  const m = new Map<string, Role[]>();
  for (const [role, words] of Object.entries(HEADER_WORDS) as [Role, readonly string[]][]) {
    for (const w of words) {
      const key = normalizeWord(w);
      const roles = m.get(key) ?? [];
      if (!roles.includes(role)) roles.push(role);
      m.set(key, roles);
    }
  }
  return m;
}

/**
 * The roles a header text may name: a header word of the schema, ignoring a trailing year or unit
 * ("Budget 2025", "Utfall (tkr)"), else an amount header read by its parts ("Bokfört belopp",
 * "Summa av Budget", "Budget helår", "Utfall ack").
 */
export function rolesOfHeader(text: string): readonly Role[] {
  // "Utfall %" holds percentages: the % sign alone tells it from "Utfall", and normalising drops it.
  if (text.includes('%')) return [];
  const w = normalizeWord(text);
  const exact = ROLE_BY_WORD.get(w) ?? ROLE_BY_WORD.get(headerParts(text).word);
  if (exact !== undefined) return exact;
  const amount = readAmountHeader(text);
  return amount.is === 'amount' ? [amount.kind] : [];
}

const NOT_AMOUNT = new Set(NOT_AMOUNT_WORDS.map(normalizeWord));
const DATE_WORDS = new Set(PERIOD_DATE_WORDS.map(normalizeWord));

/** What an amount header says beside its word: the year and the unit of its amounts. */
export interface HeaderParts {
  /** The normalised word without them ("utfall"). */
  readonly word: string;
  /** The year its amounts belong to ("Utfall 2024"), or null. */
  readonly year: number | null;
  /** The decimal places its amounts move to be kronor: 3 in tkr or ksek, 6 in mnkr or msek. */
  readonly thousandsShift: 0 | 3 | 6;
}

const TRAILING_YEAR = /(19|20)\d\d$/;
const TRAILING_UNIT = /(mnkr|msek|tkr|ksek|kr|sek)$/;
const UNIT_SHIFT: Readonly<Record<string, 0 | 3 | 6>> = { mnkr: 6, msek: 6, tkr: 3, ksek: 3, kr: 0, sek: 0 };

/** A header's trailing year and unit, in either order ("Budget 2025 (tkr)", "Utfall tkr 2024"). */
export function headerParts(text: string): HeaderParts {
  let word = normalizeWord(text);
  let year: number | null = null;
  let unit: string | null = null;
  for (let pass = 0; pass < 2; pass++) {
    const y: RegExpExecArray | null = year === null ? TRAILING_YEAR.exec(word) : null;
    if (y !== null) {
      year = Number(y[0]);
      word = word.slice(0, -y[0].length);
      continue;
    }
    const u: RegExpExecArray | null = unit === null ? TRAILING_UNIT.exec(word) : null;
    if (u === null) break;
    unit = u[0];
    word = word.slice(0, -u[0].length);
  }
  return { word, year, thousandsShift: unit === null ? 0 : UNIT_SHIFT[unit]! };
}

/** The kind an amount word names ("Utfall" → actual), or null. */
export function kindOfWord(text: string): AmountKind | null {
  return KIND_BY_WORD.get(normalizeWord(text)) ?? null;
}

/** Read a header cell as a month column ("jan", "Budget jan", "2025-01", 202501, a date); null otherwise. */
export function monthColumnOf(cell: Cell): MonthColumn | null {
  if (typeof cell === 'number') {
    const p = readPeriodCell(cell);
    return p && p.year !== null ? { month: p.month, year: p.year, kind: null } : null;
  }
  if (typeof cell !== 'string') return null;
  const tokens = normalizeTokens(cell).split(' ').filter((t) => t !== '');
  let kind: AmountKind | null = null;
  if (tokens.length > 1) {
    const k = KIND_BY_WORD.get(tokens[0]!);
    if (k !== undefined) {
      kind = k;
      tokens.shift();
    }
  }
  const [a, b, ...rest] = tokens;
  if (a === undefined || rest.length > 0) return null;
  const month = monthFromWord(a);
  if (month !== null) {
    if (b === undefined) return { month, year: null, kind };
    if (/^\d{4}$/.test(b)) return { month, year: Number(b), kind };
    if (/^\d{2}$/.test(b)) return { month, year: 2000 + Number(b), kind };
    return null;
  }
  // "Budget 2025 jan": the year before the month.
  const yearFirst = b === undefined || !/^(19|20)\d\d$/.test(a) ? null : monthFromWord(b);
  if (yearFirst !== null) return { month: yearFirst, year: Number(a), kind };
  if (/^\d{6}$/.test(a) && b === undefined) return validMonth(Number(a.slice(0, 4)), Number(a.slice(4)), kind);
  if (/^\d{4}$/.test(a) && b !== undefined && /^\d{1,2}$/.test(b)) return validMonth(Number(a), Number(b), kind);
  return null;
}

function validMonth(year: number, month: number, kind: AmountKind | null): MonthColumn | null {
  return month >= 1 && month <= 12 && year >= 1900 && year <= 2100 ? { month, year, kind } : null;
}

interface HeaderCandidate {
  readonly index: number;
  readonly header: string;
  readonly roles: readonly Role[];
  readonly month: MonthColumn | null;
}

function headerCandidates(grid: Grid, row: number): HeaderCandidate[] {
  const cells = grid.rows[row] ?? [];
  const out: HeaderCandidate[] = [];
  for (let c = 0; c < cells.length; c++) {
    const cell = cells[c] ?? null;
    if (isBlank(cell)) continue;
    const header = typeof cell === 'string' ? cell.trim() : String(cell);
    const month = monthColumnOf(cell);
    const roles = month === null && typeof cell === 'string' ? yearOrAmount(grid, row, c, header, rolesOfHeader(cell)) : [];
    out.push({ index: c, header, roles, month });
  }
  return out;
}

/**
 * "Budgetår" (the budget year: 2025) and "Budget år" (Hogia's annual budget: 1 200 000) are one
 * header once spaces are ignored: the column's numbers tell which. A year column holding amounts
 * would be passed over whenever the period has its year, and the annual budget lost in silence.
 */
function yearOrAmount(grid: Grid, headerRow: number, c: number, header: string, roles: readonly Role[]): readonly Role[] {
  if (!roles.includes('year')) return roles;
  const amount = readAmountHeader(header);
  if (amount.is !== 'amount' || columnData(grid, headerRow, c).years !== false) return roles;
  return [amount.kind];
}

function isRecognised(h: HeaderCandidate): boolean {
  return h.month !== null || h.roles.length > 0;
}

/** Detect the layout of a sheet from its cells. */
export function detectLayout(grid: Grid): SheetLayout {
  const limit = Math.min(grid.rows.length, HEADER_SEARCH_ROWS);
  let first: SheetLayout | null = null;
  for (let r = 0; r < limit; r++) {
    // An indicator sheet has Period, Utfall and Prognos like a ledger: its Indikator column tells it first.
    if (isIndicatorHeader(headerTexts(grid, r))) return { sheet: grid.sheet, kind: 'indicators', headerRow: r, shape: 'long', columns: [], title: titleAbove(grid, r) };
    const candidates = headerCandidates(grid, r);
    if (candidates.filter(isRecognised).length < 2) continue;
    const layout = classify(grid, r, candidates);
    // A parameter row above the header ("Period | 202507") is not the header: look further down.
    if (layout.kind !== 'other') return layout;
    first ??= layout;
  }
  return first ?? { sheet: grid.sheet, kind: 'other', headerRow: -1, shape: 'long', columns: [], title: titleAbove(grid, limit) };
}

/** The text cells of a row, for schemas that match headers by their words. */
function headerTexts(grid: Grid, row: number): string[] {
  return (grid.rows[row] ?? []).filter((c): c is string => typeof c === 'string');
}

function titleAbove(grid: Grid, headerRow: number): string | null {
  for (let r = 0; r < headerRow; r++) {
    for (const cell of grid.rows[r] ?? []) {
      if (typeof cell === 'string' && cell.trim() !== '') return cell.trim();
    }
  }
  return null;
}

function classify(grid: Grid, headerRow: number, candidates: readonly HeaderCandidate[]): SheetLayout {
  const has = (role: Role): boolean => candidates.some((c) => c.roles.includes(role));
  const months = candidates.filter((c) => c.month !== null).length;
  const hasAmounts = candidates.some((c) => c.roles.some((r) => (AMOUNT_ROLES as readonly string[]).includes(r)));
  const base = { sheet: grid.sheet, headerRow, title: titleAbove(grid, headerRow) };
  if (has('parent')) {
    return { ...base, kind: 'organisation', shape: 'long', columns: assign(candidates, ['unit', 'name', 'parent', 'sort']) };
  }
  if (has('account') && has('group') && !hasAmounts && months === 0) {
    return { ...base, kind: 'accounts', shape: 'long', columns: assignAccounts(candidates) };
  }
  // Period and unit columns without a recognised amount column: a ledger whose amount headers are
  // the user's own words; the task pane lets the user say which column holds what.
  if (hasAmounts || months >= 2 || (has('period') && has('unit'))) {
    const wide = months >= 2;
    return { ...base, kind: 'ledger', shape: wide ? 'wide' : 'long', columns: assignLedger(grid, headerRow, candidates, wide) };
  }
  return { ...base, kind: 'other', shape: 'long', columns: [] };
}

/** Give each column the first of its roles that the sheet kind allows; others are ignored. */
function assign(candidates: readonly HeaderCandidate[], allowed: readonly Role[]): ColumnRole[] {
  const taken = new Set<Role>();
  return candidates.map((c) => {
    const role = c.roles.find((r) => allowed.includes(r) && !taken.has(r));
    if (role === undefined) return { index: c.index, header: c.header, role: 'ignore' };
    taken.add(role);
    return { index: c.index, header: c.header, role };
  });
}

function assignAccounts(candidates: readonly HeaderCandidate[]): ColumnRole[] {
  const taken = new Set<Role>();
  return candidates.map((c) => {
    // "Konto" is the account; "Kontogrupp"/"Grupp" the group; "Typ" the account type.
    const order: readonly Role[] = c.roles.includes('group') && c.roles.includes('account') ? ['group', 'account'] : ['account', 'group', 'accountType', 'name'];
    const role = order.find((r) => c.roles.includes(r) && !taken.has(r));
    if (role === undefined) return { index: c.index, header: c.header, role: 'ignore' };
    taken.add(role);
    return { index: c.index, header: c.header, role };
  });
}

const LEDGER_SINGLE_ROLES: readonly Role[] = ['period', 'year', 'account', 'budget', 'actual', 'forecast', 'annualBudget', 'amount', 'kind'];

function isAmountRole(r: Role): boolean {
  return (AMOUNT_ROLES as readonly Role[]).includes(r);
}

/**
 * Roles of a ledger's columns. Amount columns keep their role even when two share one ("Budget"
 * and "Budgetbelopp"): the reader reports the pair rather than pick one in silence. A Period column
 * wins over a date column. Columns the header does not name are left unread, unless they hold
 * amounts (see unreadColumnRole), and so are columns without a header that hold amounts.
 */
function assignLedger(grid: Grid, headerRow: number, candidates: readonly HeaderCandidate[], wide: boolean): ColumnRole[] {
  const taken = new Set<Role>();
  const periods = candidates.filter((c) => c.roles.includes('period') && !c.roles.includes('unit'));
  const period = periods.find((c) => !DATE_WORDS.has(normalizeWord(c.header))) ?? periods[0];
  const amounts = candidates.some((c) => c.roles.some(isAmountRole) || (wide && c.month !== null));
  const columns = candidates.map((c): ColumnRole => {
    if (c.month !== null && wide) return { index: c.index, header: c.header, role: 'month', month: c.month };
    if (c.roles.includes('unit')) return { index: c.index, header: c.header, role: 'unit' };
    const role = c.roles.find((r) => LEDGER_SINGLE_ROLES.includes(r) && (isAmountRole(r) || !taken.has(r)) && (r !== 'period' || c === period));
    if (role === undefined) return { index: c.index, header: c.header, role: unreadColumnRole(grid, headerRow, c, amounts) };
    taken.add(role);
    return { index: c.index, header: c.header, role };
  });
  if (!amounts) return columns;
  // A column of amounts with no header at all is as much a question as one with an unknown header;
  // one of whole positive numbers is taken for the row numbers people add.
  const headed = new Set(candidates.map((c) => c.index));
  let width = 0;
  for (const row of grid.rows.slice(headerRow + 1, headerRow + 1 + DATA_ROWS_PROFILED)) width = Math.max(width, row.length);
  for (let c = 0; c < width; c++) {
    if (headed.has(c)) continue;
    const d = columnData(grid, headerRow, c);
    if (holdsNumbers(d) && d.moneyShaped) columns.push({ index: c, header: '', role: 'unknownAmount' });
  }
  return columns.sort((a, b) => a.index - b.index);
}

/**
 * A ledger column whose header names no role: 'unknownAmount' when it holds numbers and either
 * its header names money ("Ram", "Budgetram", "Antal av Belopp", "Tkr") or it stands beside the
 * sheet's amount columns. Left unread: derived figures (Avvikelse, "Utfall %", Summa/Totalt row
 * totals), codes, counts, rates and VAT (NOT_AMOUNT_WORDS, NOT_AMOUNT_PATTERNS), and text columns.
 */
function unreadColumnRole(grid: Grid, headerRow: number, c: HeaderCandidate, amounts: boolean): 'unknownAmount' | 'ignore' {
  const word = headerParts(c.header).word;
  if (NOT_AMOUNT.has(word) || c.roles.length > 0) return 'ignore';
  const reading = readAmountHeader(c.header);
  if (reading.is === 'derived' || !holdsNumbers(columnData(grid, headerRow, c.index))) return 'ignore';
  if (reading.is === 'unknownAmount' || reading.is === 'amount') return 'unknownAmount';
  return amounts && !NOT_AMOUNT_PATTERNS.some((p) => p.test(word)) ? 'unknownAmount' : 'ignore';
}

/** The header of the layout's column at an index; '' when there is none (a role that is absent: index -1). */
export function headerOf(layout: SheetLayout, index: number): string {
  return layout.columns.find((c) => c.index === index)?.header ?? '';
}

/** The index of the first column with a role, or -1. */
export function columnOf(layout: SheetLayout, role: Role): number {
  return layout.columns.find((c) => c.role === role)?.index ?? -1;
}

/**
 * The layout read with its header in this row: for a header row the user names (a column's role
 * given by its header) where detection found none, because too few headers were known words.
 */
export function layoutAtRow(grid: Grid, row: number): SheetLayout {
  const candidates = headerCandidates(grid, row);
  const layout = classify(grid, row, candidates);
  if (layout.kind !== 'other') return layout;
  const wide = candidates.filter((c) => c.month !== null).length >= 2;
  return { ...layout, shape: wide ? 'wide' : 'long', columns: assignLedger(grid, row, candidates, wide) };
}
