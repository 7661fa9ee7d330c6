/** @jest-environment jsdom */
/** The workbook's follow-ups: listed with name and period, refreshed one by one or all at once. */
import { act, screen, waitFor } from '@testing-library/react';
import type { OnProgress, RefreshOutcome, Result } from '../../src/app';
import { aBuildOutcome, aFollowUpSheet, anInputError, anInspection, deferred, failed, fakeApp, ok, someSettings } from './fakeApp';
import { renderPane } from './render';

const june = aFollowUpSheet({ id: 'sheet-6', name: 'Uppföljning 2025-06', position: 4 });
const summer = aFollowUpSheet({ id: 'sheet-7', name: 'Uppföljning 2025-07', position: 5, settings: someSettings({ period: { year: 2025, month: 7, months: 2 } }) });
const withFollowUps = () => fakeApp({ inspection: ok(anInspection({ followUps: [summer, june] })) });

describe('the follow-up list', () => {
  it('lists the follow-ups in sheet order with name and period', async () => {
    await renderPane(withFollowUps());
    const names = screen.getAllByRole('button', { name: /^Gå till Uppföljning/ }).map((b) => b.textContent);
    expect(names).toEqual(['Uppföljning 2025-06', 'Uppföljning 2025-07']);
    expect(screen.getByText('juni 2025')).toBeTruthy();
    expect(screen.getByText('jun/jul 2025')).toBeTruthy();
  });

  it('goes to a follow-up\'s sheet', async () => {
    const { user, app } = await renderPane(withFollowUps());
    await user.click(screen.getByRole('button', { name: 'Gå till Uppföljning 2025-07' }));
    expect(app.goToSheet).toHaveBeenCalledWith('sheet-7');
  });

  it('refreshes one follow-up by its id and shows the result like a build\'s', async () => {
    const app = withFollowUps();
    app.refreshFollowUps.mockResolvedValue(ok([{ sheetName: 'Uppföljning 2025-07', result: ok(aBuildOutcome({ sheetId: 'sheet-7b', sheetName: 'Uppföljning 2025-07' })) }]));
    const { user } = await renderPane(app);
    await user.click(screen.getByRole('button', { name: 'Uppdatera Uppföljning 2025-07' }));
    expect(app.refreshFollowUps).toHaveBeenCalledWith(['sheet-7'], expect.any(Function));
    const heading = await screen.findByRole('heading', { name: 'Uppdateringen är klar' });
    await waitFor(() => expect(document.activeElement).toBe(heading));
    // The outcome is a chunk of its own (loaded on first use): it shows a moment after the heading.
    expect(await screen.findByText('”Uppföljning 2025-07” är uppdaterat.')).toBeTruthy();
    expect(screen.getByRole('textbox', { name: 'Sammanfattning' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Kopiera tabell' })).toBeTruthy();

    // The refresh replaced the sheet: the next refresh asks for the new one.
    await user.click(screen.getByRole('button', { name: 'Uppdatera Uppföljning 2025-07' }));
    expect(app.refreshFollowUps).toHaveBeenLastCalledWith(['sheet-7b'], expect.any(Function));
  });

  it('refreshes all, showing progress with the buttons disabled, then each outcome', async () => {
    const app = withFollowUps();
    const pending = deferred<Result<readonly RefreshOutcome[]>>();
    let report: OnProgress = () => undefined;
    app.refreshFollowUps.mockImplementation((_ids, onProgress) => {
      report = onProgress ?? report;
      return pending.promise;
    });
    const { user } = await renderPane(app);
    await user.click(screen.getByRole('button', { name: 'Uppdatera alla' }));
    expect(app.refreshFollowUps).toHaveBeenCalledWith('all', expect.any(Function));
    expect(screen.getByRole('button', { name: 'Uppdatera alla' })).toHaveProperty('disabled', true);
    expect(screen.getByRole('button', { name: 'Uppdatera Uppföljning 2025-06' })).toHaveProperty('disabled', true);
    expect(screen.getByRole('button', { name: 'Skapa uppföljning' })).toHaveProperty('disabled', true);
    act(() => report({ phase: 'computing', fraction: 0.75 }));
    expect(screen.getByRole('progressbar', { name: 'Beräknar…' })).toBeTruthy();

    const bad = anInputError([{ code: 'textInAmount', severity: 'error', address: 'Huvudbok!E40' as never, params: { text: 'abc' } }]);
    await act(async () =>
      pending.resolve(
        ok([
          { sheetName: 'Uppföljning 2025-06', result: ok(aBuildOutcome({ sheetId: 'sheet-6b', sheetName: 'Uppföljning 2025-06' })) },
          { sheetName: 'Uppföljning 2025-07', result: failed(bad) },
        ]),
      ),
    );
    expect(screen.queryByRole('progressbar')).toBeNull();
    expect(screen.getByRole('heading', { name: 'Uppdateringen är klar' })).toBeTruthy();
    await waitFor(() => expect(screen.getByRole('region', { name: 'Uppföljning 2025-06' }).textContent).toContain('”Uppföljning 2025-06” är uppdaterat.'));
    const failedRegion = screen.getByRole('region', { name: 'Uppföljning 2025-07' });
    expect(failedRegion.textContent).toContain('Huvudbok!E40: "abc" är inte ett belopp');
    await user.click(screen.getByRole('button', { name: 'Huvudbok!E40: "abc" är inte ett belopp' }));
    expect(app.selectCell).toHaveBeenCalledWith('Huvudbok!E40');
    expect(screen.getAllByRole('status').some((s) => s.textContent === '1 uppdaterade, 1 misslyckades.')).toBe(true);
  });

  it('drops a follow-up the workbook no longer has', async () => {
    const app = withFollowUps();
    app.refreshFollowUps.mockResolvedValue(failed({ kind: 'notFound', what: 'followUp' }));
    const { user } = await renderPane(app);
    await user.click(screen.getByRole('button', { name: 'Uppdatera Uppföljning 2025-06' }));
    expect(await screen.findByRole('heading', { name: 'Uppdateringen misslyckades' })).toBeTruthy();
    expect(screen.getByText('Uppföljningen finns inte längre i arbetsboken.')).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Uppdatera Uppföljning 2025-06' })).toBeNull();
    expect(screen.getByRole('button', { name: 'Uppdatera Uppföljning 2025-07' })).toBeTruthy();
  });

  it('says when there are none', async () => {
    await renderPane();
    expect(screen.getByText('Inga uppföljningar ännu.')).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Uppdatera alla' })).toBeNull();
  });
});
