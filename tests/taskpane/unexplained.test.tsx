/** @jest-environment jsdom */
/**
 * The pane lists the rows whose deviation needs a comment and has none, each a click to its comment
 * cell; the list is the last Build's or Refresh's.
 */
import { screen, waitFor, within } from '@testing-library/react';
import { aBuildOutcome, aFollowUpSheet, anInspection, fakeApp, ok } from './fakeApp';
import { renderPane } from './render';
import { unexplainedComments } from '../../src/core/cycle/unexplainedComments';

const buildButton = () => screen.getByRole('button', { name: 'Skapa uppföljning' });

describe('rows without a comment, in the pane', () => {
  it('lists them after a build, each selecting its comment cell on the sheet written', async () => {
    const outcome = aBuildOutcome({ sheetName: 'Uppföljning 2025-07 (2)' });
    const app = fakeApp({ build: ok(outcome) });
    const { user } = await renderPane(app);
    await user.click(buildButton());
    // Stab 10 %, IT › Drift 20 %, IT › Support 80 % of their YTD budgets: over 5 %; IT 3 % is not.
    const list = await screen.findByRole('region', { name: '3 avvikelser saknar kommentar' });
    expect(within(list).getAllByRole('button').map((b) => b.textContent)).toEqual(['Stab', 'Drift', 'Support']);
    await user.click(within(list).getByRole('button', { name: 'Gå till kommentaren för Drift' }));
    const drift = unexplainedComments(outcome.report, outcome.sheetName).find((r) => r.label === 'Drift')!;
    expect(drift.address).toMatch(/^'Uppföljning 2025-07 \(2\)'![A-Z]+\d+$/);
    await waitFor(() => expect(app.selectCell).toHaveBeenLastCalledWith(drift.address));
  });

  it('is the refreshed follow-up’s list after Refresh, and absent when every such row has a comment', async () => {
    const app = fakeApp({ inspection: ok(anInspection({ followUps: [aFollowUpSheet()] })) });
    const { user } = await renderPane(app);
    await user.click(await screen.findByRole('button', { name: 'Uppdatera alla' }));
    const list = await screen.findByRole('region', { name: '3 avvikelser saknar kommentar' });
    await user.click(within(list).getByRole('button', { name: 'Gå till kommentaren för Stab' }));
    await waitFor(() => expect(app.selectCell).toHaveBeenLastCalledWith(expect.stringMatching(/^'Uppföljning 2025-06'!/)));
    // Over 79 % only Support (80 %): one row; over 90 % none, and no list.
    const few = aBuildOutcome({ sheetId: 'r2', sheetName: 'Uppföljning 2025-06', settings: { explainOver: { amount: null, percent: '79' } } });
    app.refreshFollowUps.mockResolvedValueOnce(ok([{ sheetName: 'Uppföljning 2025-06', result: ok(few) }]));
    await user.click(screen.getByRole('button', { name: 'Uppdatera alla' }));
    await screen.findByRole('region', { name: '1 avvikelse saknar kommentar' });
    const none = aBuildOutcome({ sheetId: 'r3', sheetName: 'Uppföljning 2025-06', settings: { explainOver: { amount: null, percent: '90' } } });
    app.refreshFollowUps.mockResolvedValueOnce(ok([{ sheetName: 'Uppföljning 2025-06', result: ok(none) }]));
    await user.click(screen.getByRole('button', { name: 'Uppdatera alla' }));
    await waitFor(() => expect(screen.getByRole('textbox', { name: 'Sammanfattning' })).toHaveProperty('value', none.summary));
    expect(none.summary).not.toBe(few.summary);
    expect(screen.queryByRole('region', { name: /saknar kommentar/ })).toBeNull();
  });
});
