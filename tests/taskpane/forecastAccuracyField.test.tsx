/** @jest-environment jsdom */
/**
 * The forecast-accuracy checkbox among the parts under "Fler inställningar": off by default (the
 * monthly report stays as the committee knows it), builds with the part when ticked, and starts
 * ticked when the latest follow-up was built with it, so next month's keeps it.
 */
import { screen, waitFor } from '@testing-library/react';
import { aFollowUpSheet, anInspection, fakeApp, ok, someSettings } from './fakeApp';
import { openDisclosure, renderPane } from './render';

const buildButton = () => screen.getByRole('button', { name: 'Skapa uppföljning' });
const box = () => screen.getByRole('checkbox', { name: 'Prognossäkerhet och prognosförändring' });

describe('the forecast-accuracy checkbox', () => {
  it('is off by default and builds without the part', async () => {
    const { user, app } = await renderPane();
    await openDisclosure(user, 'Fler inställningar');
    expect(box()).toHaveProperty('checked', false);
    await user.click(buildButton());
    await waitFor(() => expect(app.buildFollowUp).toHaveBeenCalled());
    expect(app.buildFollowUp.mock.calls[0]![0].settings).not.toHaveProperty('forecastAccuracy');
  });

  it('builds with the part when ticked', async () => {
    const { user, app } = await renderPane();
    await openDisclosure(user, 'Fler inställningar');
    await user.click(box());
    await user.click(buildButton());
    await waitFor(() => expect(app.buildFollowUp).toHaveBeenCalled());
    expect(app.buildFollowUp.mock.calls[0]![0].settings.forecastAccuracy).toBe(true);
  });

  it('starts ticked when the latest follow-up had it', async () => {
    const latest = someSettings({ period: { year: 2025, month: 6, months: 1 }, forecastAccuracy: true });
    const { user } = await renderPane(fakeApp({ inspection: ok(anInspection({ followUps: [aFollowUpSheet({ settings: latest })] })) }));
    await openDisclosure(user, 'Fler inställningar');
    expect(box()).toHaveProperty('checked', true);
  });

  it('speaks English in the English pane', async () => {
    const { user } = await renderPane(fakeApp(), 'en');
    await openDisclosure(user, 'More settings');
    expect(screen.getByRole('checkbox', { name: 'Forecast accuracy and forecast change' })).toBeTruthy();
  });
});
