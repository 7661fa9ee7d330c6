/** @jest-environment jsdom */
/**
 * Issue 8, the pane after a build: the result is scrolled to the top; the same month twice asks
 * to refresh the follow-up it has; errors come grouped by sheet, column and kind with their
 * ranges, every group reachable and selecting its first cell.
 */
import { screen, waitFor } from '@testing-library/react';
import type { Issue } from '../../src/core/issues/issue';
import { aBuildOutcome, aFollowUpSheet, anInputError, anInspection, failed, fakeApp, ok } from './fakeApp';
import { renderPane } from './render';

const buildButton = () => screen.getByRole('button', { name: 'Skapa uppföljning' });

function textIn(address: string, text = 'abc', code: Issue['code'] = 'textInAmount'): Issue {
  return { code, severity: 'error', address: address as never, params: { text } };
}

describe('the result', () => {
  const original = Element.prototype.scrollIntoView;
  afterEach(() => {
    Element.prototype.scrollIntoView = original;
  });

  it('is scrolled to the top of the pane, with focus on its heading', async () => {
    const scrolled: { el: Element; arg: unknown }[] = [];
    Element.prototype.scrollIntoView = function (this: Element, arg?: boolean | ScrollIntoViewOptions) {
      scrolled.push({ el: this, arg });
    };
    const { user } = await renderPane();
    await user.click(buildButton());
    const heading = await screen.findByRole('heading', { name: 'Uppföljningen är klar' });
    await waitFor(() => expect(document.activeElement).toBe(heading));
    expect(scrolled).toContainEqual({ el: heading, arg: { block: 'start' } });
  });
});

describe('the same month again', () => {
  const june = () => fakeApp({ inspection: ok(anInspection({ followUps: [aFollowUpSheet()] })) });

  it('offers to refresh the follow-up the month has', async () => {
    const app = june();
    const { user } = await renderPane(app);
    await user.click(buildButton());
    const prompt = screen.getByRole('alertdialog', { name: 'Det finns redan en uppföljning för juni 2025' });
    expect(prompt.textContent).toContain('Uppföljning 2025-06');
    await waitFor(() => expect(document.activeElement).toBe(prompt));
    expect(app.buildFollowUp).not.toHaveBeenCalled();
    await user.click(screen.getByRole('button', { name: 'Uppdatera den' }));
    await waitFor(() => expect(app.refreshFollowUps).toHaveBeenCalledTimes(1));
    expect(app.refreshFollowUps.mock.calls[0]![0]).toEqual(['sheet-1']);
    expect(app.buildFollowUp).not.toHaveBeenCalled();
    expect(screen.queryByRole('alertdialog')).toBeNull();
  });

  it('builds another when asked to', async () => {
    const app = june();
    const { user } = await renderPane(app);
    await user.click(buildButton());
    await user.click(screen.getByRole('button', { name: 'Skapa en till' }));
    await waitFor(() => expect(app.buildFollowUp).toHaveBeenCalledTimes(1));
    expect(app.refreshFollowUps).not.toHaveBeenCalled();
  });

  it('is not asked about for another month', async () => {
    const app = fakeApp({ inspection: ok(anInspection({ followUps: [aFollowUpSheet({ settings: { ...aFollowUpSheet().settings, period: { year: 2025, month: 5, months: 1 } } })] })) });
    const { user } = await renderPane(app);
    await user.click(buildButton());
    await waitFor(() => expect(app.buildFollowUp).toHaveBeenCalledTimes(1));
    expect(screen.queryByRole('alertdialog')).toBeNull();
  });

  it('is asked about after a build of that month in this session', async () => {
    const app = fakeApp();
    const { user } = await renderPane(app);
    await user.click(buildButton());
    await screen.findByRole('heading', { name: 'Uppföljningen är klar' });
    app.buildFollowUp.mockResolvedValue(ok(aBuildOutcome({ sheetId: 'other' })));
    await user.click(buildButton());
    expect(screen.getByRole('alertdialog', { name: 'Det finns redan en uppföljning för juni 2025' })).toBeTruthy();
    expect(app.buildFollowUp).toHaveBeenCalledTimes(1);
  });
});

describe('errors', () => {
  it('are grouped by column and kind with their ranges, every group reachable, each selecting its first cell', async () => {
    // 40 cells of text in the actuals (column F, "Redovisning"), then 35 single problems elsewhere.
    const issues: Issue[] = [
      ...Array.from({ length: 40 }, (_, i) => textIn(`Huvudbok!F${600 + i}`)),
      textIn('Huvudbok!F700'),
      ...Array.from({ length: 35 }, (_, i) => textIn(`Huvudbok!A${10 + 2 * i}`, 'x', 'badPeriod')),
      { code: 'errorInCell', severity: 'error', address: 'Huvudbok!E5' as never, params: { text: '#REF!' } },
    ];
    const app = fakeApp({ build: failed(anInputError(issues)) });
    const { user } = await renderPane(app);
    await user.click(buildButton());
    await screen.findByRole('heading', { name: 'Uppföljningen kunde inte skapas' });
    const text = screen.getByRole('button', { name: '41 celler i kolumn F (Redovisning) innehåller text: F600–F639, F700' });
    const periods = screen.getByRole('button', { name: '35 celler i kolumn A (Period) har ingen giltig period: A10, A12, A14, A16, A18, A20, A22, A24 …' });
    // A single problem keeps its own words.
    expect(screen.getByRole('button', { name: /^Huvudbok!E5: .*#REF!/ })).toBeTruthy();
    expect(screen.queryByText(/och \d+ till/)).toBeNull();
    await user.click(text);
    await waitFor(() => expect(app.selectCell).toHaveBeenLastCalledWith('Huvudbok!F600'));
    await user.click(periods);
    await waitFor(() => expect(app.selectCell).toHaveBeenLastCalledWith('Huvudbok!A10'));
  });
});
