/** The follow-up's tag keeps rounding-reconciled display, so Refresh rebuilds with it; old tags read as off. */
import { parseSettings, serializeSettings, type FollowUpSettings } from '../../src/core/followUpSettings';

const base: FollowUpSettings = {
  id: 'abc',
  period: { year: 2025, month: 7, months: 2 },
  scale: 'tkr',
  lang: 'sv',
  parentStyle: 'above',
  sections: ['unitTable'],
};

describe('reconcileRounding in the settings tag', () => {
  it('round-trips when on', () => {
    expect(parseSettings(serializeSettings({ ...base, reconcileRounding: true }))).toEqual({ ...base, reconcileRounding: true });
  });

  it('is absent when off, and a tag without it (written before the option) reads as off', () => {
    const tag = serializeSettings({ ...base, reconcileRounding: false });
    expect(tag).toBe(serializeSettings(base));
    expect(parseSettings(tag)).toEqual(base);
  });

  it('ignores a damaged value', () => {
    const tag = JSON.parse(serializeSettings(base)) as Record<string, unknown>;
    expect(parseSettings(JSON.stringify({ ...tag, rr: 'yes' }))).toEqual(base);
  });
});
