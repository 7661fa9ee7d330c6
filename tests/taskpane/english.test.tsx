/** @jest-environment jsdom */
/** The pane in English when Office's display language is not Swedish. */
import { act, screen, waitFor, within } from '@testing-library/react';
import type { BuildOutcome, OnProgress, Result } from '../../src/app';
import { aBuildOutcome, aFollowUpSheet, anInputError, anInspection, anOrganisationLayout, deferred, failed, fakeApp, ok } from './fakeApp';
import { openDisclosure, renderPane } from './render';

describe('the pane in English', () => {
  it('shows every part in English and builds an English follow-up', async () => {
    const app = fakeApp({ inspection: ok(anInspection({ followUps: [aFollowUpSheet()] })) });
    const pending = deferred<Result<BuildOutcome>>();
    let report: OnProgress = () => undefined;
    app.buildFollowUp.mockImplementation((_request, onProgress) => {
      report = onProgress ?? report;
      return pending.promise;
    });
    const { user } = await renderPane(app, 'en');
    expect(screen.getByRole('heading', { name: 'Budget follow-up', level: 1 })).toBeTruthy();
    await openDisclosure(user, 'Change columns');
    await openDisclosure(user, 'More settings');
    const ledger = screen.getByRole('group', { name: 'Ledger: Huvudbok' });
    expect(within(ledger).getByRole('combobox', { name: 'Redovisning' }).textContent).toBe('Actual');
    expect(within(ledger).getByRole('combobox', { name: 'Avdelning' }).textContent).toBe('Organisation level 1');
    expect(screen.getByRole('combobox', { name: 'Month' }).textContent).toBe('June');
    expect(screen.getByRole('radio', { name: 'Quarter (3 months)' })).toBeTruthy();
    expect(screen.getByRole('checkbox', { name: 'Key figures' })).toBeTruthy();
    // One word per unit, as the English sheet writes it (issue 8: "tkr (thousands)" wrapped).
    expect(screen.getAllByRole('radio', { name: /SEK$/ }).map((r) => r.getAttribute('value'))).toEqual(['kr', 'tkr', 'mnkr']);
    expect(screen.getByRole('radio', { name: 'kSEK' })).toHaveProperty('checked', true);
    expect(screen.getByRole('radio', { name: 'MSEK' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Refresh Uppföljning 2025-06' })).toBeTruthy();
    expect(screen.getByText('June 2025')).toBeTruthy();

    await user.click(screen.getByRole('button', { name: 'Build follow-up' }));
    // June 2025 has a follow-up already: the pane asks first.
    expect(screen.getByRole('alertdialog', { name: 'There is already a follow-up for June 2025' })).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Create another' }));
    expect(app.buildFollowUp.mock.calls[0]![0].settings.lang).toBe('en');
    act(() => report({ phase: 'reading', fraction: 0.2 }));
    expect(screen.getByRole('progressbar', { name: 'Reading the ledger…' })).toBeTruthy();
    await act(async () => pending.resolve(ok(aBuildOutcome({ sheetName: 'Follow-up 2025-06', settings: { lang: 'en' } }))));
    const heading = screen.getByRole('heading', { name: 'The follow-up is ready' });
    await waitFor(() => expect(document.activeElement).toBe(heading));
    expect(screen.getByRole('textbox', { name: 'Summary' })).toBeTruthy();
    for (const name of ['Copy text', 'Copy table', 'Go to the sheet']) expect(screen.getByRole('button', { name })).toBeTruthy();
  });

  it('says in English that no ledger was found, and shows errors in English', async () => {
    const error = anInputError([{ code: 'textInAmount', severity: 'error', address: 'Ledger!E40' as never, params: { text: 'abc' } }]);
    const { user } = await renderPane(fakeApp({ inspection: ok(anInspection({ layouts: [anOrganisationLayout()] })), build: failed(error) }), 'en');
    expect(screen.getByText('No ledger found')).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Build follow-up' }));
    expect(await screen.findByRole('heading', { name: 'The follow-up could not be built' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Ledger!E40: "abc" is not an amount' })).toBeTruthy();
  });
});
