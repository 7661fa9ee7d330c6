/**
 * Rounding-reconciled display, as properties: on any tree of exact amounts whose parents are the
 * sums of their children, the shown children add up to the shown parent at every level, the root
 * is rounded as usual, and no shown figure is a whole display unit or more from its exact amount.
 */
import fc from 'fast-check';
import { moneyFromOre, roundedUnits, showAmount, SCALES, type Money, type Scale } from '../../src/core/money';
import { reconcileTree, type AmountTree, type ShownTree } from '../../src/core/report/reconcile';

const UNIT_ORE: Record<Scale, number> = { kr: 100, tkr: 100_000, mnkr: 10_000_000 };

/** Shown value in whole display units (0,1 mnkr is one unit). */
const units = (t: ShownTree, scale: Scale): number => Math.round(t.shown!.value * (scale === 'mnkr' ? 10 : 1));

/** Amounts near unit boundaries and halves are where rounding goes wrong, so they are drawn often. */
const amount = fc.oneof(
  fc.integer({ min: -5_000_000_000, max: 5_000_000_000 }),
  fc.integer({ min: -2000, max: 2000 }).chain((u) => fc.constantFrom(50, 49_999, 50_000, 5_000_000, 0).map((h) => u * 100_000 + h)),
  fc.integer({ min: -1_000_000, max: 1_000_000 }),
);

interface Shape {
  readonly leaf?: number;
  readonly kids?: readonly Shape[];
}
const shape: fc.Arbitrary<Shape> = fc.letrec<{ node: Shape }>((tie) => ({
  node: fc.oneof({ depthSize: 'small', withCrossShrink: true }, amount.map((leaf) => ({ leaf })), fc.array(tie('node'), { minLength: 1, maxLength: 6 }).map((kids) => ({ kids }))),
})).node;

/** A tree whose parents are exactly the sums of their children. */
function treeOf(s: Shape): AmountTree {
  if (s.kids === undefined) return { amount: moneyFromOre(s.leaf!), children: [] };
  const children = s.kids.map(treeOf);
  return { amount: moneyFromOre(children.reduce((sum, c) => sum + c.amount!, 0)), children };
}

function walk(a: AmountTree, s: ShownTree, visit: (a: AmountTree, s: ShownTree) => void): void {
  visit(a, s);
  a.children.forEach((c, i) => walk(c, s.children[i]!, visit));
}

describe('reconcileTree', () => {
  it('shown children add up to the shown parent at every level, in every scale', () => {
    fc.assert(
      fc.property(shape, fc.constantFrom(...SCALES), (sh, scale) => {
        const tree = treeOf(sh);
        walk(tree, reconcileTree(tree, scale), (a, s) => {
          if (a.children.length > 0) expect(s.children.reduce((sum, c) => sum + units(c, scale), 0)).toBe(units(s, scale));
        });
      }),
      { numRuns: 500 },
    );
  });

  it('changes no figure by a whole display unit or more, and rounds the root as usual', () => {
    fc.assert(
      fc.property(shape, fc.constantFrom(...SCALES), (sh, scale) => {
        const tree = treeOf(sh);
        const shown = reconcileTree(tree, scale);
        expect(shown.shown).toEqual(showAmount(tree.amount!, scale));
        walk(tree, shown, (a, s) => expect(Math.abs(units(s, scale) * UNIT_ORE[scale] - a.amount!)).toBeLessThan(UNIT_ORE[scale]));
      }),
      { numRuns: 500 },
    );
  });

  it('rounds children on their own where they do not add up to the parent (a forecast made on the parent)', () => {
    fc.assert(
      fc.property(fc.array(amount, { minLength: 1, maxLength: 5 }), amount, fc.constantFrom(...SCALES), (kids, extra, scale) => {
        const children = kids.map((k) => ({ amount: moneyFromOre(k), children: [] }));
        const sum = kids.reduce((s, k) => s + k, 0);
        const parent = moneyFromOre(sum + (extra === 0 ? 1 : extra));
        const shown = reconcileTree({ amount: parent, children }, scale);
        shown.children.forEach((c, i) => expect(c.shown).toEqual(showAmount(children[i]!.amount, scale)));
      }),
    );
  });

  it('leaves a figure not shown (null) empty and rounds its siblings on their own', () => {
    const a = (ore: number): Money => moneyFromOre(ore);
    const shown = reconcileTree({ amount: a(150_000), children: [{ amount: a(60_000), children: [] }, { amount: null, children: [] }] }, 'tkr');
    expect(shown.children.map((c) => c.shown?.plain ?? null)).toEqual(['1', null]);
  });

  it('rounds in display units exactly as showAmount does', () => {
    fc.assert(
      fc.property(amount, fc.constantFrom(...SCALES), (ore, scale) => {
        const n = roundedUnits(moneyFromOre(ore), scale);
        expect(showAmount(moneyFromOre(ore), scale).value).toBe(scale === 'mnkr' ? n / 10 : n);
      }),
    );
  });

  it('gives the missing unit to the largest remainder, ties to the earlier part', () => {
    // 0,4 + 0,4 + 0,4 tkr = 1,2 tkr: shown 1, so one part gets the unit and the others 0 (ties: the first).
    const part = { amount: moneyFromOre(40_000), children: [] };
    const shown = reconcileTree({ amount: moneyFromOre(120_000), children: [part, part, part] }, 'tkr');
    expect(shown.children.map((c) => c.shown!.plain)).toEqual(['1', '0', '0']);
  });
});
