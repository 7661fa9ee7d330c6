/** @jest-environment jsdom */
/**
 * The threshold field under "Fler inställningar": shows the threshold (the latest follow-up's, else
 * 100 tkr, 5 %), builds with what is typed, and says what is wrong with a bad one, in either language.
 */
import { screen, waitFor } from '@testing-library/react';
import { moneyFromOre } from '../../src/core/money';
import { aFollowUpSheet, anInspection, fakeApp, ok, someSettings } from './fakeApp';
import { openDisclosure, renderPane } from './render';

const buildButton = () => screen.getByRole('button', { name: 'Skapa uppföljning' });
const field = () => screen.getByRole('textbox', { name: /Kommentar behövs vid avvikelse över/ });

describe('the explain-over field', () => {
  it('shows the default and builds with the threshold typed', async () => {
    const { user, app } = await renderPane();
    await openDisclosure(user, 'Fler inställningar');
    expect(field()).toHaveProperty('value', '100tkr, 5%');
    await user.clear(field());
    await user.type(field(), '1,5 mnkr');
    await user.click(buildButton());
    await waitFor(() => expect(app.buildFollowUp).toHaveBeenCalled());
    expect(app.buildFollowUp.mock.calls[0]![0].settings.explainOver).toEqual({ amount: moneyFromOre(150_000_000), percent: null });
  });

  it('starts from the latest follow-up’s threshold', async () => {
    const latest = someSettings({ period: { year: 2025, month: 6, months: 1 }, explainOver: { amount: null, percent: '2.5' } });
    const { user } = await renderPane(fakeApp({ inspection: ok(anInspection({ followUps: [aFollowUpSheet({ settings: latest })] })) }));
    await openDisclosure(user, 'Fler inställningar');
    expect(field()).toHaveProperty('value', '2,5%');
  });

  it('says what is wrong with "100 tkr,5" and does not build', async () => {
    const { user, app } = await renderPane();
    await openDisclosure(user, 'Fler inställningar');
    await user.clear(field());
    await user.type(field(), '100 tkr,5');
    expect(await screen.findByText('"5" saknar enhet (kr, tkr, mnkr eller %)')).toBeTruthy();
    await user.click(buildButton());
    expect(app.buildFollowUp).not.toHaveBeenCalled();
  });

  it('speaks English in the English pane', async () => {
    const { user } = await renderPane(fakeApp(), 'en');
    await openDisclosure(user, 'More settings');
    const en = screen.getByRole('textbox', { name: /A comment is needed for deviations over/ });
    await user.clear(en);
    await user.type(en, '-3 %');
    expect(await screen.findByText(/"-3 %" is negative/)).toBeTruthy();
  });
});
