/**
 * What a drill-down covers: the ledger units under an organisation node (all of them for the
 * total) and, for a row of the account table, the accounts of that line.
 */
import { classifyAccount, type AccountPlan } from '../accounts/accounts';
import type { Ledger, UnitPath } from '../ledger/ledger';
import type { Organisation } from '../organisation/organisation';

/** The units and accounts a figure is taken over. */
export interface Scope {
  /** The node, or null for the total. */
  readonly node: number | null;
  /** 1 for each ledger unit in scope. */
  readonly units: Uint8Array;
  /** 1 for each account in scope; null when every row counts (also rows without an account). */
  readonly accounts: Uint8Array | null;
  /** Only the node's own rows, not its children's (the unit table's "own rows" line). */
  readonly own?: boolean;
}

/** The account lines one can name besides the plan's groups: all revenue, costs or financial items. */
const LINE_NAMES = ['revenue', 'cost', 'financial'] as const;
type LineName = (typeof LINE_NAMES)[number];

/** Why a target names nothing, with the names that would do. */
export interface ScopeProblem {
  readonly problem: 'unknownUnit' | 'unknownGroup';
  readonly choices: readonly string[];
}

/** The scope of a unit path (empty for the total) and an optional account line. */
export function scopeOf(ledger: Ledger, organisation: Organisation, plan: AccountPlan, path: UnitPath, group?: string, own = false): Scope | ScopeProblem {
  const node = path.length === 0 ? null : findNode(organisation, path);
  if (node === undefined) return { problem: 'unknownUnit', choices: organisation.nodes.map((n) => n.path.join(' / ')) };
  const inNode = node === null ? null : own ? new Set([node]) : subtreeOf(organisation, node);
  const units = Uint8Array.from(organisation.nodeOfUnit, (n) => (inNode === null || inNode.has(n) ? 1 : 0));
  if (group === undefined) return { node, units, accounts: null, ...(own && node !== null ? { own } : {}) };
  const accounts = accountsOf(ledger, plan, group);
  if (accounts === null) return { problem: 'unknownGroup', choices: [...plan.groups.map((g) => g.name), ...LINE_NAMES] };
  return { node, units, accounts };
}

/** A node by its path, or by its name alone when that is unambiguous ("IT" for "KLS / IT"). */
function findNode(organisation: Organisation, path: UnitPath): number | undefined {
  const key = path.join('\u001f').toLowerCase();
  const exact = organisation.nodes.find((n) => n.path.join('\u001f').toLowerCase() === key);
  if (exact !== undefined) return exact.id;
  if (path.length !== 1) return undefined;
  const named = organisation.nodes.filter((n) => n.name.toLowerCase() === key);
  return named.length === 1 ? named[0]!.id : undefined;
}

/** A node and all below it. */
export function subtreeOf(organisation: Organisation, node: number): Set<number> {
  const out = new Set<number>();
  const visit = (n: number): void => {
    out.add(n);
    for (const c of organisation.nodes[n]!.children) visit(c);
  };
  visit(node);
  return out;
}

/** The accounts of an account line, by group name or line name; null when it names none. */
function accountsOf(ledger: Ledger, plan: AccountPlan, group: string): Uint8Array | null {
  const classes = ledger.accounts.map((a) => classifyAccount(plan, a));
  const g = plan.groups.findIndex((x) => x.name.toLowerCase() === group.toLowerCase());
  if (g >= 0) return Uint8Array.from(classes, (c) => (c.type !== null && c.group === g ? 1 : 0));
  const line = group.toLowerCase();
  if (!isLineName(line)) return null;
  return Uint8Array.from(classes, (c) => (c.type === line ? 1 : 0));
}

function isLineName(s: string): s is LineName {
  return (LINE_NAMES as readonly string[]).includes(s);
}

/** Whether a scope is a problem. */
export function isScopeProblem(s: Scope | ScopeProblem): s is ScopeProblem {
  return 'problem' in s;
}
