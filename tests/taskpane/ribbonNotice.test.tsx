/** @jest-environment jsdom */
/**
 * The ribbon's Refresh keeps its message in the workbook when no dialog can show it (refused, or
 * closed with the command at its time limit); the pane shows it when it opens, once.
 */
import { screen, within } from '@testing-library/react';
import { failed, fakeApp } from './fakeApp';
import { renderPane } from './render';

describe('the ribbon command\'s kept message', () => {
  it('is shown when the pane opens, with each line, and closed by the user', async () => {
    const app = fakeApp({ ribbonNotice: ['”Uppföljning 2025-06” är uppdaterat.', '”Uppföljning 2025-07” kunde inte uppdateras: tiden tog slut.'] });
    const { user } = await renderPane(app);
    const title = await screen.findByText('Från Uppdatera uppföljningar i menyfliksområdet');
    const bar = title.closest('[role="group"], div')!.parentElement!;
    expect(within(bar).getByText('”Uppföljning 2025-07” kunde inte uppdateras: tiden tog slut.')).toBeTruthy();
    expect(app.takeRibbonNotice).toHaveBeenCalledTimes(1);
    await user.click(screen.getByRole('button', { name: 'Stäng' }));
    expect(screen.queryByText('Från Uppdatera uppföljningar i menyfliksområdet')).toBeNull();
  });

  it('shows nothing when none was kept, or when it cannot be read', async () => {
    const app = fakeApp();
    app.takeRibbonNotice.mockResolvedValueOnce(failed({ kind: 'busy' }));
    await renderPane(app);
    expect(await screen.findByRole('button', { name: 'Skapa uppföljning' })).toBeTruthy();
    expect(app.takeRibbonNotice).toHaveBeenCalledTimes(1);
    expect(screen.queryByText('Från Uppdatera uppföljningar i menyfliksområdet')).toBeNull();
  });
});
