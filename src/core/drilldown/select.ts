/**
 * The facts behind one part of a figure, chosen by the same rules the aggregation sums by
 * (../followup/selection): month slots, the forecasts used, the Årsbudget used.
 */
import { KIND_CODE, type Facts } from '../ledger/facts';
import type { Organisation } from '../organisation/organisation';
import type { FollowUpPeriod } from '../period/month';
import { isAnnualInYear, isForecastCandidate, pairKey, slotOf, slotsOf, usedAnnualBudgets, usedForecasts } from '../followup/selection';
import type { PartSpec } from './figures';
import { subtreeOf, type Scope } from './scope';

/** The facts (indexes into Facts) of a part; `has` false where the figure is absent (no forecast). */
export interface Selected {
  readonly facts: readonly number[];
  readonly has: boolean;
}

/** The facts behind a part of a figure over a scope. */
export function selectPart(facts: Facts, organisation: Organisation, scope: Scope, period: FollowUpPeriod, part: PartSpec): Selected {
  const inScope = (i: number): boolean => scope.units[facts.unit[i]!] === 1 && (scope.accounts === null || (facts.account[i]! >= 0 && scope.accounts[facts.account[i]!] === 1));
  switch (part.kind) {
    case 'months':
      return { facts: monthFacts(facts, period, part.amount, part.slots, inScope), has: true };
    case 'annualBudget':
      return { facts: annualFacts(facts, period).filter(inScope), has: true };
    case 'forecast':
      return forecastFacts(facts, organisation, scope, period, inScope);
  }
}

function monthFacts(facts: Facts, period: FollowUpPeriod, amount: 'budget' | 'actual', [from, to]: readonly [number, number], inScope: (i: number) => boolean): number[] {
  const slots = slotsOf(period);
  const code = KIND_CODE[amount];
  const out: number[] = [];
  for (let i = 0; i < facts.length; i++) {
    if (facts.kind[i] !== code) continue;
    const s = slotOf(facts.month[i]!, slots.base);
    if (s >= from && s < to && inScope(i)) out.push(i);
  }
  return out;
}

/** The annual budget's facts: the Årsbudget used, and the year's monthly budget of every other pair. */
function annualFacts(facts: Facts, period: FollowUpPeriod): number[] {
  const slots = slotsOf(period);
  const candidates: number[] = [];
  for (let i = 0; i < facts.length; i++) if (facts.kind[i] === KIND_CODE.annualBudget && isAnnualInYear(facts.month[i]!, slots)) candidates.push(i);
  const choice = usedAnnualBudgets(facts, candidates);
  const used = new Set(choice.rows);
  const out: number[] = [];
  for (let i = 0; i < facts.length; i++) {
    if (used.has(i)) out.push(i);
    else if (facts.kind[i] === KIND_CODE.budget && isAnnualInYear(facts.month[i]!, slots) && !choice.pairs.has(pairKey(facts, i))) out.push(i);
  }
  return out;
}

function usedForecastFacts(facts: Facts, period: FollowUpPeriod, unitCount: number): number[] {
  const slots = slotsOf(period);
  const candidates: number[] = [];
  for (let i = 0; i < facts.length; i++) if (facts.kind[i] === KIND_CODE.forecast && isForecastCandidate(facts.month[i]!, slots)) candidates.push(i);
  return usedForecasts(facts, candidates, unitCount);
}

/**
 * A forecast's facts. An account line's forecast is its accounts' forecasts used. A node's rolls
 * up as computeFollowUp's rollUpForecast does: its own forecast, plus each child's (the child's
 * annual budget where it has none) once any child has one; the total rolls up its top units.
 */
function forecastFacts(facts: Facts, organisation: Organisation, scope: Scope, period: FollowUpPeriod, inScope: (i: number) => boolean): Selected {
  const used = usedForecastFacts(facts, period, organisation.nodeOfUnit.length).filter(inScope);
  if (scope.accounts !== null) return { facts: used, has: used.length > 0 };
  const nodeOf = (i: number): number => organisation.nodeOfUnit[facts.unit[i]!]!;
  const ownForecast = bucket(used, nodeOf);
  const ownAnnual = bucket(annualFacts(facts, period).filter(inScope), nodeOf);
  const subtreeAnnual = (n: number): number[] => [...subtreeOf(organisation, n)].flatMap((x) => ownAnnual.get(x) ?? []);
  const rollUp = (own: readonly number[], ownAnnualFacts: readonly number[], children: readonly number[]): Selected => {
    const kids = children.map(ofNode);
    if (!kids.some((k) => k.has)) return { facts: own, has: own.length > 0 };
    const out = own.length > 0 ? [...own] : [...ownAnnualFacts];
    kids.forEach((k, j) => append(out, k.has ? k.facts : subtreeAnnual(children[j]!)));
    return { facts: out, has: true };
  };
  function ofNode(n: number): Selected {
    return rollUp(ownForecast.get(n) ?? [], ownAnnual.get(n) ?? [], organisation.nodes[n]!.children);
  }
  if (scope.node === null) return rollUp([], [], organisation.roots);
  // A parent's own rows: its own forecast, as computeFollowUp's nodeOwn has it, no children's.
  if (scope.own === true) return rollUp(ownForecast.get(scope.node) ?? [], [], []);
  return ofNode(scope.node);
}

function bucket(items: readonly number[], keyOf: (i: number) => number): Map<number, number[]> {
  const out = new Map<number, number[]>();
  for (const i of items) {
    const k = keyOf(i);
    const list = out.get(k);
    if (list === undefined) out.set(k, [i]);
    else list.push(i);
  }
  return out;
}

/** Push without spreading: a part may hold a million facts, more than a call's arguments. */
function append(to: number[], items: readonly number[]): void {
  for (const i of items) to.push(i);
}
