/**
 * The suite every option checkbox under "Fler inställningar" passes: off by default (the build's
 * settings leave the option out), in the settings when ticked, ticked from the start when the
 * latest follow-up was built with it (so next month's keeps it), and named in English in the
 * English pane.
 */
import { screen, waitFor } from '@testing-library/react';
import { aFollowUpSheet, anInspection, fakeApp, ok, someSettings } from './fakeApp';
import { openDisclosure, renderPane } from './render';

/** An option of the settings that is a checkbox: its key and its label in both languages. */
export interface OptionCheckbox {
  readonly setting: 'forecastAccuracy' | 'reconcileRounding';
  readonly sv: string;
  readonly en: string;
}

/** The four tests of an option checkbox (see the file's comment). */
export function optionCheckboxTests({ setting, sv, en }: OptionCheckbox): void {
  const buildButton = () => screen.getByRole('button', { name: 'Skapa uppföljning' });
  const box = () => screen.getByRole('checkbox', { name: sv });

  it('is off by default and builds without the option', async () => {
    const { user, app } = await renderPane();
    await openDisclosure(user, 'Fler inställningar');
    expect(box()).toHaveProperty('checked', false);
    await user.click(buildButton());
    await waitFor(() => expect(app.buildFollowUp).toHaveBeenCalled());
    expect(app.buildFollowUp.mock.calls[0]![0].settings).not.toHaveProperty(setting);
  });

  it('builds with the option when ticked', async () => {
    const { user, app } = await renderPane();
    await openDisclosure(user, 'Fler inställningar');
    await user.click(box());
    await user.click(buildButton());
    await waitFor(() => expect(app.buildFollowUp).toHaveBeenCalled());
    expect(app.buildFollowUp.mock.calls[0]![0].settings[setting]).toBe(true);
  });

  it('starts ticked when the latest follow-up had it', async () => {
    const latest = someSettings({ period: { year: 2025, month: 6, months: 1 }, [setting]: true });
    const { user } = await renderPane(fakeApp({ inspection: ok(anInspection({ followUps: [aFollowUpSheet({ settings: latest })] })) }));
    await openDisclosure(user, 'Fler inställningar');
    expect(box()).toHaveProperty('checked', true);
  });

  it('speaks English in the English pane', async () => {
    const { user } = await renderPane(fakeApp(), 'en');
    await openDisclosure(user, 'More settings');
    expect(screen.getByRole('checkbox', { name: en })).toBeTruthy();
  });
}
