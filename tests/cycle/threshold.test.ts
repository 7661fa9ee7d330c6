/** The explain-over threshold as typed: amounts and percents, sv/en decimals, errors as values. */
import { moneyFromOre } from '../../src/core/money';
import { DEFAULT_THRESHOLD, parseThreshold, thresholdInput, type ExplainThreshold } from '../../src/core/cycle/threshold';
import { thresholdErrorText, thresholdText } from '../../src/core/cycle/thresholdWords';
import fc from 'fast-check';

const ok = (text: string): ExplainThreshold => {
  const r = parseThreshold(text);
  if (!r.ok) throw new Error(`${text}: ${r.error.code}`);
  return r.threshold;
};
const kr = (k: number) => moneyFromOre(k * 100);

describe('parseThreshold', () => {
  it.each<[string, number | null, string | null]>([
    ['100tkr,5%', 100_000, '5'],
    ['100 tkr', 100_000, null],
    ['5%', null, '5'],
    ['50000kr', 50_000, null],
    ['50 000 kr', 50_000, null],
    ['1,5mnkr', 1_500_000, null],
    ['1.5 MSEK', 1_500_000, null],
    ['100tkr, 5 %', 100_000, '5'],
    ['100 kSEK; 2.5%', 100_000, '2.5'],
    ['2,5 %, 1,5 mnkr', 1_500_000, '2.5'],
    ['1,500 tkr', 1_500, null],
    ['0,5 kr', null, null],
  ])('%s', (text, kronor, percent) => {
    const t = ok(text);
    if (kronor === null && text.startsWith('0,5')) expect(t.amount).toBe(50);
    else expect(t.amount).toBe(kronor === null ? null : kr(kronor));
    expect(t.percent).toBe(percent);
  });

  it.each<[string, string]>([
    ['100 tkr,5', 'noUnit'],
    ['-3 %', 'negative'],
    ['−100 tkr', 'negative'],
    ['', 'empty'],
    ['  ', 'empty'],
    ['0 %', 'zero'],
    ['0 tkr', 'zero'],
    ['hundra tkr', 'unreadable'],
    ['100 tkr, 200 tkr', 'twice'],
    ['5 %, 6 %', 'twice'],
    ['100 euro', 'noUnit'],
  ])('%s is an error (%s), said in both languages', (text, code) => {
    const r = parseThreshold(text);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.error.code).toBe(code);
    expect(thresholdErrorText(r.error, 'sv')).not.toBe(thresholdErrorText(r.error, 'en'));
  });

  it('names the term at fault', () => {
    const r = parseThreshold('100 tkr,5');
    expect(!r.ok && thresholdErrorText(r.error, 'sv')).toContain('"5"');
  });

  it('reads back what it writes, for any amount in öre and any percent with one decimal', () => {
    fc.assert(
      fc.property(fc.option(fc.integer({ min: 1, max: 1e15 }), { nil: null }), fc.option(fc.integer({ min: 1, max: 10_000 }), { nil: null }), (ore, tenths) => {
        fc.pre(ore !== null || tenths !== null);
        const t: ExplainThreshold = { amount: ore === null ? null : moneyFromOre(ore), percent: tenths === null ? null : String(tenths / 10) };
        expect(ok(thresholdInput(t))).toEqual(t);
      }),
    );
  });
});

describe('thresholdText', () => {
  it('writes the default as prose', () => {
    expect(thresholdText(DEFAULT_THRESHOLD, 'sv')).toBe('100\u00a0tkr eller 5\u00a0%');
    expect(thresholdText(DEFAULT_THRESHOLD, 'en')).toBe('100\u00a0kSEK or 5%');
    expect(thresholdText(ok('1,5 mnkr'), 'sv')).toBe('1,5\u00a0mnkr');
    expect(thresholdText(ok('50 500 kr'), 'sv')).toBe('50,5\u00a0tkr');
    expect(thresholdText(ok('50 550 kr'), 'sv')).toBe('50\u00a0550\u00a0kr');
    expect(thresholdInput(DEFAULT_THRESHOLD)).toBe('100tkr, 5%');
    expect(thresholdInput({ amount: moneyFromOre(150_000_000), percent: '2.5' })).toBe('1,5mnkr, 2,5%');
    expect(thresholdInput({ amount: moneyFromOre(5_050), percent: null })).toBe('50,50kr');
  });
});
