/** The needs-comment rule: amount or percent of YTD budget reached (≥), either way; never the total. */
import fc from 'fast-check';
import { moneyFromOre, type Money } from '../../src/core/money';
import { rowNeedsComment, thresholdReached } from '../../src/core/cycle/needsComment';
import type { ExplainThreshold } from '../../src/core/cycle/threshold';
import type { UnitRow } from '../../src/core/report/rows';
import type { Figures } from '../../src/core/followup/figures';

const ore = moneyFromOre;
const t = (amount: number | null, percent: string | null): ExplainThreshold => ({ amount: amount === null ? null : ore(amount), percent });
const fig = (ytdDeviation: number, ytdBudget: number) => ({ ytdDeviation: ore(ytdDeviation), ytdBudget: ore(ytdBudget) });

describe('thresholdReached', () => {
  it('reaches the amount exactly at it, either way, and not one öre below', () => {
    const th = t(10_000_000, null);
    expect(thresholdReached(fig(10_000_000, 1e12), th)).toEqual({ amount: true, percent: false });
    expect(thresholdReached(fig(-10_000_000, 1e12), th)).toEqual({ amount: true, percent: false });
    expect(thresholdReached(fig(9_999_999, 1e12), th)).toBeNull();
    expect(thresholdReached(fig(-9_999_999, 1e12), th)).toBeNull();
  });

  it('reaches the percent exactly at it, of a negative budget too, and not one öre below', () => {
    const th = t(null, '5');
    expect(thresholdReached(fig(500, 10_000), th)).toEqual({ amount: false, percent: true });
    expect(thresholdReached(fig(-500, -10_000), th)).toEqual({ amount: false, percent: true });
    expect(thresholdReached(fig(499, 10_000), th)).toBeNull();
    expect(thresholdReached(fig(-499, 10_000), th)).toBeNull();
  });

  it('compares a fractional percent exactly (2.5 % of 0.03 kr is 0.00075 kr)', () => {
    expect(thresholdReached(fig(1, 3), t(null, '2.5'))).not.toBeNull();
    expect(thresholdReached(fig(1, 41), t(null, '2.5'))).toBeNull(); // 2.44 %
    expect(thresholdReached(fig(1, 40), t(null, '2.5'))).not.toBeNull(); // exactly 2.5 %
    // 0.1 is not exact in binary: 3 × 0.1 % of 1000 öre is 3 öre, exactly.
    expect(thresholdReached(fig(3, 1000), t(null, '0.3'))).not.toBeNull();
  });

  it('with a YTD budget of 0 applies the amount rule only', () => {
    expect(thresholdReached(fig(1, 0), t(null, '5'))).toBeNull();
    expect(thresholdReached(fig(10_000_000, 0), t(10_000_000, '5'))).toEqual({ amount: true, percent: false });
  });

  it('either part suffices', () => {
    expect(thresholdReached(fig(600, 10_000), t(10_000_000, '5'))).toEqual({ amount: false, percent: true });
    expect(thresholdReached(fig(10_000_000, 1e12), t(10_000_000, '5'))).toEqual({ amount: true, percent: false });
  });

  it('is symmetric in the sign of deviation and budget, and monotone in the deviation (property)', () => {
    const money = fc.integer({ min: -1e13, max: 1e13 });
    fc.assert(
      fc.property(money, money, fc.integer({ min: 1, max: 1e9 }), fc.integer({ min: 1, max: 2000 }), (dev, budget, amount, tenths) => {
        const th = t(amount, String(tenths / 10));
        const r = thresholdReached(fig(dev, budget), th);
        expect(thresholdReached(fig(-dev, budget), th)).toEqual(r);
        expect(thresholdReached(fig(dev, -budget), th)).toEqual(r);
        if (r !== null) expect(thresholdReached(fig(Math.abs(dev) + 1, budget), th)).not.toBeNull();
        // Reached iff |dev| ≥ amount or |dev| × 1000 ≥ tenths × |budget| (in integers: exact here).
        const expected = Math.abs(dev) >= amount || (budget !== 0 && BigInt(Math.abs(dev)) * 1000n >= BigInt(tenths) * BigInt(Math.abs(budget)));
        expect(r !== null).toBe(expected);
      }),
    );
  });
});

describe('rowNeedsComment', () => {
  const figures = { ...fig(20_000_000, 100_000_000) } as unknown as Figures;
  const row = (kind: UnitRow['kind']): UnitRow => ({ kind, node: null, depth: 0, figures: kind === 'heading' ? null : figures });
  it.each<[UnitRow['kind'], boolean]>([
    ['unit', true],
    ['parent', true],
    ['own', true],
    ['sum', true],
    ['heading', false],
    ['total', false],
  ])('%s row: %s', (kind, needs) => {
    expect(rowNeedsComment(row(kind), t(10_000_000 as Money, '5')) !== null).toBe(needs);
  });
});
