/**
 * Account groups: from an account sheet (Konto — an account or a range such as 5000-5999 — and
 * Grupp, optional Typ), or by default the Kommun-Bas classes by first digit: 3 revenue, 4–7 costs,
 * 8 financial items.
 */
import { cellAddress, type Grid } from '../grid/grid';
import { anError, aWarning, type Issue } from '../issues/issue';
import { cellText } from '../ledger/cells';
import { columnOf, type SheetLayout } from '../ledger/detect';
import { normalizeWord } from '../ledger/normalize';
import { ACCOUNT_TYPE_STEMS } from '../ledger/schema';

/** Whether an account is revenue, a cost or a financial item. */
export type AccountType = 'revenue' | 'cost' | 'financial';

/** A group of accounts from the account sheet, in the sheet's order. */
export interface AccountGroup {
  readonly name: string;
  /** From the Typ column; otherwise from the Kommun-Bas class of its accounts. */
  readonly type: AccountType | null;
}

interface AccountRange {
  readonly from: number;
  readonly to: number;
  readonly group: number;
  /** Digits compared: a range "50-59" matches 5010 on its first two digits. */
  readonly digits: number;
}

/** The account plan: groups and how an account maps to a type and group. */
export interface AccountPlan {
  readonly groups: readonly AccountGroup[];
  readonly ranges: readonly AccountRange[];
}

/** An account's classification. */
export interface AccountClass {
  readonly type: AccountType | null;
  /** Index into AccountPlan.groups, or -1. */
  readonly group: number;
}

/** The Kommun-Bas default: classes by first digit, no groups. */
export const KOMMUN_BAS: AccountPlan = { groups: [], ranges: [] };

/** The type a Typ cell names ("Intäkt", "Expenditure", "Verksamhetens kostnader"), or null. */
export function accountTypeOfText(text: string): AccountType | null {
  const w = normalizeWord(text);
  if (w === '') return null;
  const names = (t: AccountType): boolean => ACCOUNT_TYPE_STEMS[t].some((stem) => w.includes(stem));
  if (names('financial')) return 'financial';
  const revenue = names('revenue');
  const cost = names('cost');
  return revenue === cost ? null : revenue ? 'revenue' : 'cost';
}

/** The Kommun-Bas class of an account by its first digit. */
export function kommunBasType(account: string): AccountType | null {
  const d = /^\s*(\d)/.exec(account)?.[1];
  if (d === '3') return 'revenue';
  if (d === '4' || d === '5' || d === '6' || d === '7') return 'cost';
  if (d === '8') return 'financial';
  return null;
}

/** Classify an account against the plan. */
export function classifyAccount(plan: AccountPlan, account: string): AccountClass {
  const digits = /^\s*(\d+)/.exec(account)?.[1];
  let group = -1;
  if (digits !== undefined) {
    for (const r of plan.ranges) {
      const n = Number(digits.slice(0, r.digits).padEnd(r.digits, '0'));
      if (n >= r.from && n <= r.to) {
        group = r.group;
        break;
      }
    }
  }
  const type = (group >= 0 ? plan.groups[group]!.type : null) ?? kommunBasType(account);
  return { type, group };
}

/** Read an account sheet into a plan. */
export function readAccountPlan(grid: Grid, layout: SheetLayout): { plan: AccountPlan; issues: readonly Issue[] } {
  const issues: Issue[] = [];
  const accountCol = columnOf(layout, 'account');
  const groupCol = columnOf(layout, 'group');
  const typeCol = columnOf(layout, 'accountType');
  const groups: { name: string; type: AccountType | null }[] = [];
  const groupIndex = new Map<string, number>();
  const ranges: AccountRange[] = [];
  for (let r = layout.headerRow + 1; r < grid.rows.length; r++) {
    const row = grid.rows[r] ?? [];
    const accountText = cellText(row[accountCol] ?? null);
    const groupName = cellText(row[groupCol] ?? null);
    if (accountText === '' && groupName === '') continue;
    const range = parseAccountRange(accountText);
    if (range === null || groupName === '') {
      issues.push(anError('badAccountRange', { sheet: grid.sheet, address: cellAddress(grid, r, range === null ? accountCol : groupCol) }, { text: accountText }));
      continue;
    }
    let g = groupIndex.get(groupName);
    if (g === undefined) {
      g = groups.length;
      groups.push({ name: groupName, type: null });
      groupIndex.set(groupName, g);
    }
    const typeText = typeCol >= 0 ? cellText(row[typeCol] ?? null) : '';
    const type = typeText === '' ? null : accountTypeOfText(typeText);
    if (typeText !== '' && type === null) {
      issues.push(aWarning('unknownAccountType', { sheet: grid.sheet, address: cellAddress(grid, r, typeCol) }, { text: typeText }));
    }
    groups[g]!.type ??= type ?? kommunBasType(String(range.from));
    ranges.push({ ...range, group: g });
  }
  return { plan: { groups, ranges }, issues };
}

/** "5000-5999", "5000–5999", "50-59", "5010", "5xxx", "50*" → a range; null when it is not one. */
export function parseAccountRange(text: string): Omit<AccountRange, 'group'> | null {
  // A class written with x's or a star ("5xxx", "50*"): every account that begins so.
  const wild = /^\s*(\d+)\s*(x+|\*)\s*$/i.exec(text);
  if (wild) {
    const prefix = Number(wild[1]);
    return { from: prefix, to: prefix, digits: wild[1]!.length };
  }
  const m = /^\s*(\d+)\s*(?:[-–—]|\.\.)\s*(\d+)\s*$/.exec(text) ?? /^\s*(\d+)\s*$/.exec(text);
  if (!m) return null;
  const a = m[1]!;
  const b = m[2] ?? a;
  const digits = Math.max(a.length, b.length);
  const from = Number(a.padEnd(digits, '0'));
  const to = Number(b.padEnd(digits, '9'));
  return from <= to ? { from, to, digits } : null;
}
