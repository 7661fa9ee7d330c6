/** @jest-environment jsdom */
/** The settings' one fiscal-year field: the month the fiscal year starts in, January by default. */
import { screen, waitFor } from '@testing-library/react';
import { aFollowUpSheet, anInspection, fakeApp, ok, someSettings } from './fakeApp';
import { choose, openDisclosure, renderPane } from './render';

const buildButton = () => screen.getByRole('button', { name: 'Skapa uppföljning' });
const field = () => screen.getByRole('combobox', { name: 'Räkenskapsåret börjar' });

describe('the fiscal year field', () => {
  it('starts in January, which is left unsaid so the ledger may tell', async () => {
    const { user, app } = await renderPane();
    // The field sits under "Fler inställningar" (issue 8: the first screen holds month, period, organisation).
    await openDisclosure(user, 'Fler inställningar');
    expect(field().textContent).toBe('januari');
    await user.click(buildButton());
    await waitFor(() => expect(app.buildFollowUp).toHaveBeenCalledTimes(1));
    expect(app.buildFollowUp.mock.calls[0]![0].settings.period).toEqual({ year: 2025, month: 6, months: 1 });
  });

  it('sends the month chosen, and the preview counts from it', async () => {
    const { user, app } = await renderPane();
    // The field sits under "Fler inställningar" (issue 8: the first screen holds month, period, organisation).
    await openDisclosure(user, 'Fler inställningar');
    await choose(user, 'Räkenskapsåret börjar', 'april');
    expect(screen.getByText('Perioden: juni 2025, ackumulerat från april.')).toBeTruthy();
    await user.click(buildButton());
    await waitFor(() => expect(app.buildFollowUp).toHaveBeenCalledTimes(1));
    expect(app.buildFollowUp.mock.calls[0]![0].settings.period).toEqual({ year: 2025, month: 6, months: 1, fiscalStart: 4 });
  });

  it('shortens a quarter that would reach back past the fiscal year\'s start', async () => {
    const { user, app } = await renderPane();
    // The field sits under "Fler inställningar" (issue 8: the first screen holds month, period, organisation).
    await openDisclosure(user, 'Fler inställningar');
    await user.click(screen.getByRole('radio', { name: 'Kvartal (3 månader)' }));
    await choose(user, 'Räkenskapsåret börjar', 'maj');
    expect(screen.getByRole('radio', { name: 'Kvartal (3 månader)' })).toHaveProperty('disabled', true);
    await user.click(buildButton());
    await waitFor(() => expect(app.buildFollowUp).toHaveBeenCalledTimes(1));
    expect(app.buildFollowUp.mock.calls[0]![0].settings.period).toEqual({ year: 2025, month: 6, months: 2, fiscalStart: 5 });
  });

  it('takes the latest follow-up\'s fiscal start', async () => {
    const latest = aFollowUpSheet({ settings: someSettings({ period: { year: 2025, month: 5, months: 1, fiscalStart: 7 } }) });
    const { user } = await renderPane(fakeApp({ inspection: ok(anInspection({ followUps: [latest] })) }));
    await openDisclosure(user, 'Fler inställningar');
    expect(field().textContent).toBe('juli');
  });
});
