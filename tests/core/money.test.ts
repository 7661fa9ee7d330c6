import fc from 'fast-check';
import {
  formatAmount,
  formatAmountWithUnit,
  formatPercent,
  formatPlainNumber,
  moneyFromKronor,
  moneyFromOre,
  moneyToKronorString,
  parseMoneyText,
  percentOf,
  percentRounded,
  showAmount,
} from '../../src/core/money';

const plain = (s: string) => s.replace(/\u00a0/g, ' ');

describe('parseMoneyText', () => {
  it.each([
    ['1456', 3, 145600000],
    ['1 456,5', 3, 145650000],
    ['-0,0015', 3, -150],
    ['1,2345678', 3, 123457],
    ['31,2', 6, 3120000000],
    ['(0,5)', 6, -50000000],
  ] as const)('reads %s with the decimal mark moved %i places', (text, shift, ore) => {
    expect(parseMoneyText(text, shift)).toBe(ore);
  });

  it.each([
    ['1 064,1', 106410],
    ['1\u00a0064,1', 106410],
    ['1\u202f064,10', 106410],
    ['\u22123,8', -380],
    ['-3,8', -380],
    ['(3,8)', -380],
    ['3,8-', -380],
    ['1,064.10', 106410],
    ['1.064.100', 106410000],
    ['1064', 106400],
    ['1064.5', 106450],
    ['0,005', 1],
    ['0,125', 13],
    ['1,0640', 106],
    ['1 064', 106400],
    ['-0,004', 0],
    ['+12', 1200],
    ['12 kr', 1200],
  ])('reads %s as %d öre', (text, ore) => {
    expect(parseMoneyText(text)).toBe(ore);
  });

  it.each(['abc', '', '1,2,3.4.5', '12a', '1 0 64,1,1', '--3', '1.064,10,5', '1,064', '1.064', '-12,500', '(1,064)', '1,064 kr', '1,064-', '(1.064)', '1.064 kr', '\u22121,064', '+1.064'])('refuses %s', (text) => {
    expect(parseMoneyText(text)).toBeNull();
  });

  it('reads back any amount written in Swedish or English style', () => {
    fc.assert(
      fc.property(fc.integer({ min: -1e13, max: 1e13 }), (ore) => {
        const exact = moneyToKronorString(moneyFromOre(ore));
        expect(parseMoneyText(exact)).toBe(ore);
        expect(parseMoneyText(formatPlainNumber(exact, 'sv'))).toBe(ore);
        expect(parseMoneyText(formatPlainNumber(exact, 'en'))).toBe(ore);
      }),
    );
  });
});

describe('moneyFromKronor', () => {
  it('takes a double to its closest öre', () => {
    expect(moneyFromKronor(1064.1)).toBe(106410);
    expect(moneyFromKronor(0.1 + 0.2)).toBe(30);
    expect(moneyFromKronor(-3.8)).toBe(-380);
  });
  it('rounds sub-öre amounts half away from zero', () => {
    expect(moneyFromKronor(0.125)).toBe(13);
    expect(moneyFromKronor(-0.125)).toBe(-13);
  });
  it('refuses NaN and infinity', () => {
    expect(moneyFromKronor(NaN)).toBeNull();
    expect(moneyFromKronor(Infinity)).toBeNull();
  });
});

describe('showing amounts', () => {
  it('rounds half away from zero in tkr and mnkr', () => {
    expect(showAmount(moneyFromOre(550_000), 'tkr').value).toBe(6); // 5,5 tkr
    expect(showAmount(moneyFromOre(-550_000), 'tkr').value).toBe(-6);
    expect(showAmount(moneyFromOre(1_435_000_000), 'mnkr').plain).toBe('14.4'); // 14,35 mnkr
    expect(showAmount(moneyFromOre(-40_000), 'tkr').value).toBe(0); // never -0
    expect(Object.is(showAmount(moneyFromOre(-40_000), 'tkr').value, -0)).toBe(false);
  });
  it('writes numbers as Swedish and English reports do', () => {
    expect(plain(formatAmountWithUnit(moneyFromOre(136_400_000), 'tkr', 'sv'))).toBe('1 364 tkr');
    expect(plain(formatAmountWithUnit(moneyFromOre(3_120_000_000), 'mnkr', 'sv'))).toBe('31,2 mnkr');
    expect(formatAmountWithUnit(moneyFromOre(136_400_000), 'tkr', 'en')).toBe('1,364\u00a0kSEK');
    expect(plain(formatAmount(moneyFromOre(-10_600_000), 'tkr', 'sv'))).toBe('-106');
  });
});

describe('percent of budget', () => {
  it('is actual ÷ budget, rounded only when shown', () => {
    const p = percentOf(moneyFromOre(2_237_000_000), moneyFromOre(2_373_400_000))!;
    expect(percentRounded(p)).toBe('94.3');
    expect(plain(formatPercent(p, 'sv'))).toBe('94,3 %');
    expect(formatPercent(p, 'sv', 'cell')).toBe('94,3%');
    expect(formatPercent(p, 'en')).toBe('94.3%');
  });
  it('is 0,0 % for budget 0 and actual 0, and none for budget 0 otherwise', () => {
    expect(percentRounded(percentOf(moneyFromOre(0), moneyFromOre(0))!)).toBe('0.0');
    expect(percentOf(moneyFromOre(5), moneyFromOre(0))).toBeNull();
    expect(formatPercent(null, 'sv')).toBe('–');
  });
});
