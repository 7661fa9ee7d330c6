/** @jest-environment jsdom */
/** Visa underlag in the pane: a button under the follow-up list, for the cell selected in a follow-up. */
import { screen } from '@testing-library/react';
import { aFollowUpSheet, anInspection, failed, fakeApp, ok } from './fakeApp';
import { renderPane } from './render';

const withFollowUp = (o: Parameters<typeof fakeApp>[0] = {}) => fakeApp({ inspection: ok(anInspection({ followUps: [aFollowUpSheet()] })), ...o });

describe('the Visa underlag button', () => {
  it('shows the rows behind the selected figure and says where', async () => {
    const { user, app } = await renderPane(withFollowUp());
    const button = screen.getByRole('button', { name: 'Visa underlag' });
    expect(button.getAttribute('aria-describedby')).toBeTruthy();
    expect(document.getElementById(button.getAttribute('aria-describedby')!)?.textContent).toMatch(/^Markera en siffra i enhets- eller kontotabellen/);
    await user.click(button);
    expect(app.showRowsBehindSelection).toHaveBeenCalledTimes(1);
    expect(await screen.findByText('12 rader bakom siffran visas i Underlag.')).toBeTruthy();
  });

  it('says to select a figure when the selected cell is none', async () => {
    const { user } = await renderPane(withFollowUp({ rowsBehind: failed({ kind: 'notAFigure' }) }));
    await user.click(screen.getByRole('button', { name: 'Visa underlag' }));
    expect(await screen.findByText(/^Markera en siffra i enhets- eller kontotabellen i en uppföljning och välj Visa underlag igen\.$/)).toBeTruthy();
  });

  it('is not offered before the workbook has a follow-up', async () => {
    await renderPane(fakeApp());
    expect(screen.queryByRole('button', { name: 'Visa underlag' })).toBeNull();
  });
});
