/** @jest-environment jsdom */
/**
 * The rounding checkbox under "Fler inställningar": off by default, builds with the option when
 * ticked, and starts ticked when the latest follow-up was built with it.
 */
import { screen, waitFor } from '@testing-library/react';
import { aFollowUpSheet, anInspection, fakeApp, ok, someSettings } from './fakeApp';
import { openDisclosure, renderPane } from './render';

const buildButton = () => screen.getByRole('button', { name: 'Skapa uppföljning' });
const box = () => screen.getByRole('checkbox', { name: 'Avrunda så att delarna summerar till summan' });

describe('the rounding checkbox', () => {
  it('is off by default and builds without the option', async () => {
    const { user, app } = await renderPane();
    await openDisclosure(user, 'Fler inställningar');
    expect(box()).toHaveProperty('checked', false);
    await user.click(buildButton());
    await waitFor(() => expect(app.buildFollowUp).toHaveBeenCalled());
    expect(app.buildFollowUp.mock.calls[0]![0].settings).not.toHaveProperty('reconcileRounding');
  });

  it('builds with the option when ticked', async () => {
    const { user, app } = await renderPane();
    await openDisclosure(user, 'Fler inställningar');
    await user.click(box());
    await user.click(buildButton());
    await waitFor(() => expect(app.buildFollowUp).toHaveBeenCalled());
    expect(app.buildFollowUp.mock.calls[0]![0].settings.reconcileRounding).toBe(true);
  });

  it('starts ticked when the latest follow-up had it', async () => {
    const latest = someSettings({ period: { year: 2025, month: 6, months: 1 }, reconcileRounding: true });
    const { user } = await renderPane(fakeApp({ inspection: ok(anInspection({ followUps: [aFollowUpSheet({ settings: latest })] })) }));
    await openDisclosure(user, 'Fler inställningar');
    expect(box()).toHaveProperty('checked', true);
  });

  it('speaks English in the English pane', async () => {
    const { user } = await renderPane(fakeApp(), 'en');
    await openDisclosure(user, 'More settings');
    expect(screen.getByRole('checkbox', { name: 'Round so the parts add up to the total' })).toBeTruthy();
  });
});
