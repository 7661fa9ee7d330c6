/** A follow-up's fiscal start is kept in its sheet's tag, so Refresh builds it in the same fiscal year. */
import { parseSettings, serializeSettings, type FollowUpSettings } from '../../src/core/followUpSettings';
import { ALL_SECTIONS } from '../../src/core/report/buildReport';

const settings: FollowUpSettings = { id: 'abc', period: { year: 2004, month: 8, months: 1 }, scale: 'tkr', lang: 'sv', parentStyle: 'above', sections: ALL_SECTIONS };

describe('the fiscal start in a follow-up tag', () => {
  it('round-trips', () => {
    const fiscal = { ...settings, period: { ...settings.period, fiscalStart: 4 } };
    expect(parseSettings(serializeSettings(fiscal))).toEqual(fiscal);
  });

  it('is absent from a calendar follow-up\'s tag, which reads as before', () => {
    const text = serializeSettings(settings);
    expect(text).not.toContain('fs');
    expect(parseSettings(text)).toEqual(settings);
  });

  it('is dropped when damaged (the calendar year, or what the ledger says)', () => {
    const text = serializeSettings(settings).replace('"p":', '"fs":13,"p":');
    expect(parseSettings(text)).toEqual(settings);
  });
});
