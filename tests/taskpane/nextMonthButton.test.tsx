/** @jest-environment jsdom */
/** Nästa månad in the follow-up list: a button per follow-up that calls the use case with its sheet and lists the new follow-up. */
import { screen, waitFor } from '@testing-library/react';
import { aBuildOutcome, aFollowUpSheet, anInputError, anInspection, failed, fakeApp, ok, someSettings } from './fakeApp';
import { renderPane } from './render';

const summer = aFollowUpSheet({ id: 'sheet-7', name: 'Uppföljning 2025-07', position: 5, settings: someSettings({ period: { year: 2025, month: 7, months: 2 } }) });
const december = aFollowUpSheet({ id: 'sheet-12', name: 'Uppföljning 2025-12', position: 6, settings: someSettings({ period: { year: 2025, month: 12, months: 1 } }) });

describe('Nästa månad', () => {
  it('is there for each follow-up and builds the next one from it, listed with its period', async () => {
    const app = fakeApp({ inspection: ok(anInspection({ followUps: [summer, december] })), nextMonth: ok(aBuildOutcome({ sheetId: 'sheet-9', sheetName: 'Uppföljning 2025-09' })) });
    const { user } = await renderPane(app);
    expect(screen.getByRole('button', { name: 'Nästa månad efter Uppföljning 2025-12' }).textContent).toBe('Nästa månad');
    await user.click(screen.getByRole('button', { name: 'Nästa månad efter Uppföljning 2025-07' }));
    expect(app.buildNextMonth).toHaveBeenCalledWith('sheet-7', expect.any(Function));
    const heading = await screen.findByRole('heading', { name: 'Uppföljningen är klar' });
    await waitFor(() => expect(document.activeElement).toBe(heading));
    expect(screen.getByRole('button', { name: 'Gå till Uppföljning 2025-09' })).toBeTruthy();
    expect(screen.getByText('aug/sep 2025')).toBeTruthy();
  });

  it('moves December on to January of the next year in the list', async () => {
    const app = fakeApp({ inspection: ok(anInspection({ followUps: [december] })), nextMonth: ok(aBuildOutcome({ sheetId: 'sheet-1', sheetName: 'Uppföljning 2026-01' })) });
    const { user } = await renderPane(app);
    await user.click(screen.getByRole('button', { name: 'Nästa månad efter Uppföljning 2025-12' }));
    expect(await screen.findByText('januari 2026')).toBeTruthy();
  });

  it('shows what stopped it', async () => {
    const app = fakeApp({ inspection: ok(anInspection({ followUps: [summer] })), nextMonth: failed(anInputError([{ code: 'noDataForPeriod', severity: 'error', params: { year: 2025, sheet: 'Huvudbok' } }])) });
    const { user } = await renderPane(app);
    await user.click(screen.getByRole('button', { name: 'Nästa månad efter Uppföljning 2025-07' }));
    expect(await screen.findByRole('heading', { name: 'Uppföljningen kunde inte skapas' })).toBeTruthy();
  });
});
