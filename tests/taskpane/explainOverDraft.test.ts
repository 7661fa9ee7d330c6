/** Next month's follow-up keeps the explain-over threshold of the latest one (through the draft). */
import { initialDraft, toBuildSettings } from '../../src/taskpane/components/SettingsForm/settingsDraft';
import { moneyFromOre } from '../../src/core/money';
import { aFollowUpSheet, anInspection, someSettings } from './fakeApp';

describe('the settings draft and the explain-over threshold', () => {
  const today = new Date(2025, 7, 14);
  it('carries the latest follow-up’s threshold into the next build', () => {
    const explainOver = { amount: moneyFromOre(5_000_000), percent: '2.5' };
    const inspection = anInspection({
      followUps: [aFollowUpSheet({ settings: someSettings({ period: { year: 2025, month: 6, months: 1 }, explainOver }) })],
      suggestedPeriod: { year: 2025, month: 7 },
    });
    const draft = initialDraft(inspection, today);
    expect(toBuildSettings(draft, 'sv')).toMatchObject({ period: { year: 2025, month: 7 }, explainOver });
  });

  it('leaves it out (the default) when the latest follow-up has none', () => {
    const inspection = anInspection({ followUps: [aFollowUpSheet({ settings: someSettings({ period: { year: 2025, month: 6, months: 1 } }) })], suggestedPeriod: { year: 2025, month: 7 } });
    expect(toBuildSettings(initialDraft(inspection, today), 'sv')).not.toHaveProperty('explainOver');
  });
});
