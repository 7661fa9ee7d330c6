/**
 * The money functions' shortcuts give exactly what their plain decimal.js (or regular expression)
 * forms give: the percent rule compared in integers while both sides are safe, decimal.js beyond;
 * a figure shown once and then taken from the cache; digits grouped by a loop; a percent's rounding
 * kept per percent.
 */
import fc from 'fast-check';
import { Dec as Decimal } from '../../src/core/money/decimal';
import { formatPlainNumber, fractionOfRounded, moneyFromOre, percentOf, percentRounded, reachesPercentOf, showAmount, type Money, type Scale } from '../../src/core/money';

/** The rule in plain decimal.js, as reachesPercentOf wrote it before its integer comparison. */
function reachesInDecimal(part: number, whole: number, percent: string): boolean {
  if (whole === 0) return false;
  return new Decimal(part).abs().times(100).gte(new Decimal(percent).times(new Decimal(whole).abs()));
}

const safeOre = fc.oneof(
  fc.integer({ min: -1_000_000, max: 1_000_000 }),
  fc.maxSafeInteger().map((n) => Math.trunc(n / 7)),
  // Near the edge of safe integers, where one side's product is no longer safe.
  fc.integer({ min: -1000, max: 1000 }).map((d) => Math.sign(d || 1) * (Number.MAX_SAFE_INTEGER - Math.abs(d))),
  fc.integer({ min: -1000, max: 1000 }).map((d) => Math.trunc(Number.MAX_SAFE_INTEGER / 100) + d),
);
const percentText = fc.oneof(
  fc.constantFrom('5', '2.5', '0.3', '100', '0.75', '12.345', '05', '5.50', '0', '1e1', '.5', '5.', '123456789012345678', '0.0000000000000000001'),
  fc.tuple(fc.nat(100_000), fc.option(fc.stringMatching(/^\d{1,6}$/))).map(([i, f]) => (f === null ? `${i}` : `${i}.${f}`)),
);

describe('reachesPercentOf', () => {
  it('answers as the decimal.js comparison does, for any amounts and percents', () => {
    fc.assert(
      fc.property(safeOre, safeOre, percentText, (part, whole, percent) => {
        expect(reachesPercentOf(part as Money, whole as Money, percent)).toBe(reachesInDecimal(part, whole, percent));
      }),
      { numRuns: 5000 },
    );
  });

  it('is exact at the edge, one öre either side, with the percent changing between calls', () => {
    for (const [percent, whole, edge] of [
      ['5', 10_000, 500],
      ['2.5', 40, 1],
      ['0.3', 1000, 3],
      ['12.345', 200_000, 24_690],
    ] as const) {
      expect(reachesPercentOf(edge as Money, whole as Money, percent)).toBe(true);
      expect(reachesPercentOf((edge - 1) as Money, (-whole) as Money, percent)).toBe(false);
      expect(reachesPercentOf((-edge) as Money, (-whole) as Money, percent)).toBe(true);
    }
  });
});

describe('showAmount', () => {
  const scale = fc.constantFrom<Scale>('kr', 'tkr', 'mnkr');
  const units = { kr: '0.01', tkr: '0.00001', mnkr: '0.00000001' } as const;
  const decimals = { kr: 0, tkr: 0, mnkr: 1 } as const;

  it('shows what decimal.js scaling and rounding half away from zero show, the first time and the second', () => {
    fc.assert(
      fc.property(safeOre, scale, (ore, s) => {
        const rounded = new Decimal(ore).times(units[s]).toDecimalPlaces(decimals[s], Decimal.ROUND_HALF_UP);
        const plain = rounded.isZero() ? (0).toFixed(decimals[s]) : rounded.toFixed(decimals[s]);
        const expected = { value: Number(plain) === 0 ? 0 : Number(plain), plain, decimals: decimals[s] };
        expect(showAmount(moneyFromOre(ore), s)).toEqual(expected);
        expect(showAmount(moneyFromOre(ore), s)).toEqual(expected);
        expect(Object.is(showAmount(moneyFromOre(ore), s).value, -0)).toBe(false);
      }),
      { numRuns: 3000 },
    );
  });

  it('shows a negative amount rounding to nothing as 0, never -0 ("-0.0")', () => {
    expect(showAmount(moneyFromOre(-4_999_999), 'mnkr')).toEqual({ value: 0, plain: '0.0', decimals: 1 });
    expect(showAmount(moneyFromOre(-49), 'kr')).toEqual({ value: 0, plain: '0', decimals: 0 });
    expect(showAmount(moneyFromOre(-50), 'kr')).toEqual({ value: -1, plain: '-1', decimals: 0 });
  });
});

describe('formatPlainNumber', () => {
  it('groups digits in threes from the right as the regular expression does', () => {
    fc.assert(
      fc.property(fc.boolean(), fc.stringMatching(/^\d{1,20}$/), fc.option(fc.stringMatching(/^\d{1,3}$/)), fc.constantFrom<'sv' | 'en'>('sv', 'en'), (negative, int, frac, lang) => {
        const plain = `${negative ? '-' : ''}${int}${frac === null ? '' : `.${frac}`}`;
        const group = lang === 'sv' ? '\u00a0' : ',';
        const expected = `${negative ? '-' : ''}${int.replace(/\B(?=(\d{3})+(?!\d))/g, group)}${frac === null ? '' : (lang === 'sv' ? ',' : '.') + frac}`;
        expect(formatPlainNumber(plain, lang)).toBe(expected);
      }),
    );
  });
});

describe('percentRounded and fractionOfRounded', () => {
  it('round as decimal.js dividing and rounding half away from zero does, never "-0.0"', () => {
    fc.assert(
      fc.property(safeOre, safeOre, fc.integer({ min: 0, max: 3 }), (actual, budget, decimals) => {
        const p = percentOf(moneyFromOre(actual), moneyFromOre(budget));
        fc.pre(p !== null);
        const r = new Decimal(p!.numerator).times(100).div(p!.denominator).toDecimalPlaces(decimals, Decimal.ROUND_HALF_UP);
        const expected = r.isZero() ? (0).toFixed(decimals) : r.toFixed(decimals);
        expect(percentRounded(p!, decimals)).toBe(expected);
        expect(percentRounded(p!, decimals)).toBe(expected);
      }),
      { numRuns: 3000 },
    );
    expect(percentRounded(percentOf(moneyFromOre(-1), moneyFromOre(100_000))!)).toBe('0.0');
  });

  it('give the same rounding each time a percent is shown, and other decimals uncached', () => {
    const p = percentOf(moneyFromOre(2), moneyFromOre(3))!;
    expect(percentRounded(p)).toBe('66.7');
    expect(percentRounded(p)).toBe('66.7');
    expect(percentRounded(p, 2)).toBe('66.67');
    expect(percentRounded(p, 0)).toBe('67');
    expect(fractionOfRounded('66.7')).toBe(0.667);
    expect(fractionOfRounded('66.7')).toBe(0.667);
    expect(Object.is(fractionOfRounded('-0.0'), -0)).toBe(false);
  });
});
