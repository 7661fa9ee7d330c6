/**
 * The ledger rows behind a figure of the follow-up ("what is behind this figure?"): for a unit, a
 * parent, the total or an account line, each part of the figure (a deviation has a budget and an
 * actual side) as groups by unit and account, with totals that equal the figure exactly.
 */
import type { AccountPlan } from '../accounts/accounts';
import type { FollowUp } from '../followup/computeFollowUp';
import { deviation } from '../followup/sign';
import { columnLetters, quoteSheetName, type A1Address, type SheetName } from '../grid/grid';
import type { Ledger, UnitPath } from '../ledger/ledger';
import { AMOUNT_KINDS, type AmountKind } from '../ledger/schema';
import { moneyFromOre, type Money } from '../money';
import { preOrder, type Organisation } from '../organisation/organisation';
import type { MonthKey } from '../period/month';
import { partsOf, type DrillFigure } from './figures';
import { isScopeProblem, scopeOf, type ScopeProblem } from './scope';
import { selectPart } from './select';

/** What to drill into: a node's path (empty for the total), optionally an account line, and a figure. */
export interface DrillTarget {
  readonly path: UnitPath;
  /** An account group's name, or 'revenue', 'cost', 'financial'. */
  readonly group?: string;
  /** Only the node's own rows (a parent's "own rows" line), not its children's. */
  readonly own?: boolean;
  readonly figure: DrillFigure;
}

/** The rows of one unit and account, as fact indexes (a million rows stay a typed array, not objects). */
export interface DrillGroup {
  readonly unit: UnitPath;
  readonly account: string | null;
  readonly facts: Int32Array;
  readonly total: Money;
}

/** One side of a figure: all of it, or a deviation's budget or actual side. */
export interface DrillPart {
  /** The amount figure this part is (a deviation's parts are its budget and actual figures). */
  readonly figure: DrillFigure;
  readonly groups: readonly DrillGroup[];
  readonly total: Money;
  readonly rowCount: number;
}

/** The rows behind a figure. `total` is the figure itself; null where the figure is empty (no forecast). */
export interface DrillDown {
  readonly figure: DrillFigure;
  readonly parts: readonly DrillPart[];
  readonly total: Money | null;
}

/** What rowsBehind needs: the analysis' ledger, organisation, plan and follow-up. */
export interface DrillSource {
  readonly ledger: Ledger;
  readonly organisation: Organisation;
  readonly plan: AccountPlan;
  readonly followUp: FollowUp;
}

/** The ledger rows behind a figure, or why the target names nothing. */
export function rowsBehind(source: DrillSource, target: DrillTarget): DrillDown | ScopeProblem {
  const { ledger, organisation, plan, followUp } = source;
  const scope = scopeOf(ledger, organisation, plan, target.path, target.group, target.own === true);
  if (isScopeProblem(scope)) return scope;
  const empty: DrillDown = { figure: target.figure, parts: [], total: null };
  // An absent figure needs no selection: each part's selection scans every fact.
  if (isAbsent(followUp, target.figure)) return empty;
  const selected = partsOf(target.figure, followUp.period).map((p) => ({ figure: p.figure, picked: selectPart(ledger.facts, organisation, scope, followUp.period, p) }));
  if (selected.some((s) => !s.picked.has)) return empty;
  const rank = unitRanks(ledger, organisation);
  const parts = selected.map((s) => partOf(ledger, s.figure, s.picked.facts, rank));
  const total = parts.length === 1 ? parts[0]!.total : deviation(parts[0]!.total, parts[1]!.total, followUp.sign.sign);
  return { figure: target.figure, parts, total };
}

/** Figures the follow-up leaves empty whatever the rows: the previous year without its actuals, the first month's previous month. */
function isAbsent(followUp: FollowUp, figure: DrillFigure): boolean {
  if (figure === 'ytdActualPreviousYear') return !followUp.hasPreviousYear;
  if (figure === 'ytdDeviationPreviousMonth') return followUp.total.ytdDeviationPreviousMonth === null;
  return false;
}

/** Units in the report's order: by their node's place in the tree, then as the ledger met them. */
function unitRanks(ledger: Ledger, organisation: Organisation): Int32Array {
  const nodeRank = new Int32Array(organisation.nodes.length);
  preOrder(organisation).forEach((n, i) => (nodeRank[n.id] = i));
  return Int32Array.from(ledger.units, (_, u) => nodeRank[organisation.nodeOfUnit[u]!]!);
}

function partOf(ledger: Ledger, figure: DrillFigure, facts: readonly number[], rank: Int32Array): DrillPart {
  const f = ledger.facts;
  const byPair = new Map<number, number[]>();
  const accountCount = ledger.accounts.length + 1;
  for (const i of facts) {
    // One key per unit × account (account -1, no account, as 0).
    const key = f.unit[i]! * accountCount + f.account[i]! + 1;
    const list = byPair.get(key);
    if (list === undefined) byPair.set(key, [i]);
    else list.push(i);
  }
  // Groups by unit (in the report's order) then account; each group's first fact names both.
  const lists = [...byPair.values()].sort((x, y) => {
    const a = x[0]!;
    const b = y[0]!;
    return rank[f.unit[a]!]! - rank[f.unit[b]!]! || f.unit[a]! - f.unit[b]! || compareAccounts(ledger, f.account[a]!, f.account[b]!);
  });
  const groups = lists.map((list) => groupOf(ledger, list));
  let total = 0;
  for (const g of groups) total += g.total;
  return { figure, groups, total: moneyFromOre(total), rowCount: facts.length };
}

function groupOf(ledger: Ledger, list: readonly number[]): DrillGroup {
  const f = ledger.facts;
  const sorted = Int32Array.from(list).sort((a, b) => f.sheet[a]! - f.sheet[b]! || f.row[a]! - f.row[b]! || f.column[a]! - f.column[b]!);
  let total = 0;
  for (const i of sorted) total += f.amount[i]!;
  const first = list[0]!;
  const a = f.account[first]!;
  return { unit: ledger.units[f.unit[first]!]!, account: a < 0 ? null : ledger.accounts[a]!, facts: sorted, total: moneyFromOre(total) };
}

function compareAccounts(ledger: Ledger, a: number, b: number): number {
  return (ledger.accounts[a] ?? '').localeCompare(ledger.accounts[b] ?? '', 'sv', { numeric: true });
}

/** One ledger row behind a figure, as it is shown. */
export interface DrillRow {
  readonly sheet: SheetName;
  /** The amount cell, sheet-qualified ("Huvudbok!E17"), to link to. */
  readonly address: A1Address;
  /** The cell without its sheet ("E17"). */
  readonly cell: string;
  /** The sheet row, from 1. */
  readonly row: number;
  readonly period: MonthKey;
  readonly unit: UnitPath;
  readonly account: string | null;
  readonly kind: AmountKind;
  readonly amount: Money;
}

/** The row of a fact, for writers: made one at a time so a million rows need not all exist at once. */
export function drillRow(ledger: Ledger, i: number): DrillRow {
  const f = ledger.facts;
  const sheet = ledger.sheets[f.sheet[i]!]!;
  const cell = `${columnLetters(f.column[i]!)}${f.row[i]! + 1}`;
  const a = f.account[i]!;
  return {
    sheet,
    address: `${quoteSheetName(sheet)}!${cell}` as A1Address,
    cell,
    row: f.row[i]! + 1,
    period: f.month[i]! as MonthKey,
    unit: ledger.units[f.unit[i]!]!,
    account: a < 0 ? null : ledger.accounts[a]!,
    kind: AMOUNT_KINDS[f.kind[i]!]!,
    amount: moneyFromOre(f.amount[i]!),
  };
}
