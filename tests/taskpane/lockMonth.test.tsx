/** @jest-environment jsdom */
/**
 * Lås månaden in the pane: a button on each follow-up, the list's "Låst 2025-07-31 14:02" line
 * (from the inspection, and after a lock), a lock again that says it replaced the earlier one, an
 * unreadable lock named as such, and a failed lock shown in the error bar.
 */
import { screen } from '@testing-library/react';
import { aFollowUpSheet, anInspection, failed, fakeApp, ok, someSettings } from './fakeApp';
import { renderPane } from './render';

const sheet = aFollowUpSheet({ settings: someSettings({ id: 'fu1', period: { year: 2025, month: 6, months: 1 } }) });
const withFollowUp = (o: Parameters<typeof fakeApp>[0] = {}, locks: NonNullable<Parameters<typeof anInspection>[0]>['locks'] = []) =>
  fakeApp({ inspection: ok(anInspection({ followUps: [sheet], locks })), ...o });

describe('Lås månaden in the follow-up list', () => {
  it('locks the follow-up, marks it "Låst …" in the list and says what it did', async () => {
    const { user, app } = await renderPane(withFollowUp());
    expect(screen.queryByText(/^Låst /)).toBeNull();
    await user.click(screen.getByRole('button', { name: 'Lås månaden för Uppföljning 2025-06' }));
    expect(app.lockMonth).toHaveBeenCalledWith('sheet-1');
    expect(await screen.findByText('Låst 2025-07-31 14:02')).toBeTruthy();
    const said = 'Uppföljning 2025-06 låst 2025-07-31 14:02. Uppdatera visar vad som ändrats sedan dess.';
    // Shown under the list, and announced once by the pane's live region.
    expect(screen.getAllByText(said).map((e) => e.getAttribute('role'))).toEqual(['status', null]);
  });

  it('lists the locks the workbook has, and says a lock again replaced the earlier one', async () => {
    const app = withFollowUp(
      { lock: ok({ sheetId: 'sheet-1', sheetName: 'Uppföljning 2025-06', followUpId: 'fu1', lockedAt: '2025-08-02T09:15:00+02:00', shownAt: '2025-08-02 09:15', replaced: true, size: 1 }) },
      [{ followUpId: 'fu1', lockedAt: '2025-07-31 14:02', problem: null }, { followUpId: 'other', lockedAt: '2025-01-01 00:00', problem: null }],
    );
    const { user } = await renderPane(app);
    expect(screen.getByText('Låst 2025-07-31 14:02')).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Lås månaden för Uppföljning 2025-06' }));
    expect(await screen.findByText('Låst 2025-08-02 09:15')).toBeTruthy();
    expect(screen.getByRole('status').textContent).toContain('(ersätter förra låsningen)');
    expect(screen.getAllByText(/ersätter förra låsningen/)).toHaveLength(2);
  });

  it('names a lock that cannot be read', async () => {
    await renderPane(withFollowUp({}, [{ followUpId: 'fu1', lockedAt: '2025-07-31 14:02', problem: 'damaged' }]));
    expect(screen.getByText('Låsningen 2025-07-31 14:02 kan inte läsas; lås igen')).toBeTruthy();
  });

  it('shows why a lock failed, and marks nothing', async () => {
    const { user } = await renderPane(withFollowUp({ lock: failed({ kind: 'busy' }) }));
    await user.click(screen.getByRole('button', { name: 'Lås månaden för Uppföljning 2025-06' }));
    expect(await screen.findByText('Excel är upptaget (en cell redigeras). Avsluta redigeringen och försök igen.')).toBeTruthy();
    expect(screen.queryByText(/^Låst /)).toBeNull();
  });

  it('is there in English too', async () => {
    await renderPane(withFollowUp({}, [{ followUpId: 'fu1', lockedAt: '2025-07-31 14:02', problem: null }]), 'en');
    expect(screen.getByRole('button', { name: 'Lock the month of Uppföljning 2025-06' })).toBeTruthy();
    expect(screen.getByText('Locked 2025-07-31 14:02')).toBeTruthy();
  });
});
