/**
 * The follow-up's figures: for every organisation node (its whole subtree), the total, and every
 * account line (revenue, costs, their groups, financial items). SPEC §3.
 */
import { classifyAccount, type AccountPlan, type AccountType } from '../accounts/accounts';
import { periodFiscalYearLabel } from '../fiscal/fiscalYear';
import { anError, aWarning, type Issue } from '../issues/issue';
import type { Ledger } from '../ledger/ledger';
import type { Organisation } from '../organisation/organisation';
import type { FollowUpPeriod } from '../period/month';
import { aggregateFacts } from './aggregate';
import { addLineSums, emptyLineSums, figuresOf, type Figures, type LineSums } from './figures';
import { detectSign, type SignConvention, type SignDecision } from './sign';

/** A row of the account-group table. */
export interface AccountLine {
  /** 'revenue' = all revenue, 'cost' = all costs, 'group' = a group of the account sheet ("varav"). */
  readonly kind: 'revenue' | 'cost' | 'financial' | 'group';
  /** The group's name (for kind 'group'). */
  readonly name: string | null;
  /** What the group's accounts are. */
  readonly type: AccountType;
  readonly figures: Figures;
}

/** What computeFollowUp needs. */
export interface FollowUpInput {
  readonly ledger: Ledger;
  readonly organisation: Organisation;
  readonly plan: AccountPlan;
  readonly period: FollowUpPeriod;
  /** The user's choice; detected from the data when absent. */
  readonly sign?: SignConvention;
}

/** All figures of a follow-up. */
export interface FollowUp {
  readonly period: FollowUpPeriod;
  readonly sign: SignDecision;
  readonly organisation: Organisation;
  /** Figures of each node's subtree, by node id. */
  readonly nodes: readonly Figures[];
  /** Whether a node has ledger rows of its own (a parent with own rows gets an own line). */
  readonly nodeHasRows: readonly boolean[];
  /** Figures of a node's own rows only (differs from `nodes` for parents with own rows). */
  readonly nodeOwn: readonly Figures[];
  readonly total: Figures;
  /** Empty when the ledger has no accounts. */
  readonly accountLines: readonly AccountLine[];
  /** The calendar month (1–12) the forecast used was made in; null when there is none. */
  readonly forecastMonth: number | null;
  readonly hasPreviousYear: boolean;
  readonly issues: readonly Issue[];
}

const TYPE_CODE: Readonly<Record<AccountType, number>> = { revenue: 1, cost: 2, financial: 3 };

/** Compute the follow-up's figures. */
export function computeFollowUp(input: FollowUpInput): FollowUp {
  const { ledger, organisation, plan, period } = input;
  const issues: Issue[] = [];
  const classes = ledger.accounts.map((a) => classifyAccount(plan, a));
  const accountType = new Uint8Array(classes.map((c) => (c.type === null ? 0 : TYPE_CODE[c.type])));
  const agg = aggregateFacts(ledger.facts, organisation.nodeOfUnit, organisation.nodes.length, ledger.accounts.length, accountType, period);
  const sign: SignDecision = input.sign ? { sign: input.sign, reason: 'chosen' } : detectSign(agg.signSums);
  if (sign.reason === 'netAmounts') issues.push(aWarning('signGuessed', {}, { sign: sign.sign }));
  if (!agg.hasSelectedYear) issues.push(anError('noDataForPeriod', {}, { year: periodFiscalYearLabel(period), sheet: ledger.sheets.join(', ') }));

  const own = agg.nodes;
  const subtree = own.map(copyLine);
  for (let n = organisation.nodes.length - 1; n >= 0; n--) {
    const node = organisation.nodes[n]!;
    rollUpForecast(subtree[n]!, own[n]!.annualBudget, node.children.map((c) => subtree[c]!));
    if (node.parent !== null) addLineSums(subtree[node.parent]!, subtree[n]!, false);
  }
  const total = emptyLineSums();
  const roots = organisation.roots.map((r) => subtree[r]!);
  for (const r of roots) addLineSums(total, r, false);
  rollUpForecast(total, 0, roots);

  const fig = (l: LineSums): Figures => figuresOf(l, period, sign.sign, agg.hasPreviousYear);
  const outside = ledger.accounts.filter((_, a) => classes[a]!.type === null);
  if (outside.length > 0) issues.push(aWarning('accountOutsideClasses', {}, { count: outside.length, accounts: outside.slice(0, 5).join(', ') }));
  return {
    period,
    sign,
    organisation,
    nodes: subtree.map(fig),
    nodeHasRows: Array.from(agg.nodeHasRows, (v) => v === 1),
    nodeOwn: own.map(fig),
    total: fig(total),
    accountLines: accountLines(plan, classes, agg.accounts).map((l) => ({ ...l, figures: fig(l.sums) })),
    forecastMonth: agg.forecastMonth === 0 ? null : agg.forecastMonth,
    hasPreviousYear: agg.hasPreviousYear,
    issues,
  };
}

/**
 * A parent's forecast: its own forecast rows, plus its children's forecasts when any child has
 * one; a child without a forecast then counts with its annual budget (no forecast = budget holds),
 * and so do the parent's own rows when they have none. A forecast made for a whole department on
 * the department itself, its children having none (seed 004), is not added to.
 */
function rollUpForecast(line: LineSums, ownAnnualBudget: number, children: readonly LineSums[]): void {
  if (!children.some((c) => c.hasForecast)) return;
  if (!line.hasForecast) line.forecast += ownAnnualBudget;
  for (const c of children) line.forecast += c.hasForecast ? c.forecast : c.annualBudget;
  line.hasForecast = true;
}

function copyLine(l: LineSums): LineSums {
  const c = emptyLineSums();
  addLineSums(c, l);
  return c;
}

interface DraftLine {
  readonly kind: AccountLine['kind'];
  readonly name: string | null;
  readonly type: AccountType;
  readonly sums: LineSums;
}

/** Revenue, its groups, costs, their groups, and financial items when there are any. */
function accountLines(plan: AccountPlan, classes: readonly { type: AccountType | null; group: number }[], sums: readonly LineSums[]): DraftLine[] {
  if (sums.length === 0) return [];
  const byType = { revenue: emptyLineSums(), cost: emptyLineSums(), financial: emptyLineSums() };
  const groups = plan.groups.map(() => emptyLineSums());
  const used = new Set<AccountType>();
  sums.forEach((s, a) => {
    const c = classes[a]!;
    if (c.type === null) return;
    used.add(c.type);
    addLineSums(byType[c.type], s);
    if (c.group >= 0) addLineSums(groups[c.group]!, s);
  });
  if (used.size === 0) return [];
  const groupLines = (type: AccountType): DraftLine[] =>
    plan.groups.flatMap((g, i) => ((g.type ?? 'cost') === type ? [{ kind: 'group' as const, name: g.name, type, sums: groups[i]! }] : []));
  const lines: DraftLine[] = [
    { kind: 'revenue', name: null, type: 'revenue', sums: byType.revenue },
    ...groupLines('revenue'),
    { kind: 'cost', name: null, type: 'cost', sums: byType.cost },
    ...groupLines('cost'),
  ];
  if (used.has('financial')) lines.push({ kind: 'financial', name: null, type: 'financial', sums: byType.financial });
  return lines;
}
