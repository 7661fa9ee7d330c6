/** @jest-environment jsdom */
/**
 * The forecast-accuracy checkbox among the parts under "Fler inställningar": off by default (the
 * monthly report stays as the committee knows it), builds with the part when ticked, and starts
 * ticked when the latest follow-up was built with it, so next month's keeps it.
 */
import { screen, waitFor } from '@testing-library/react';
import { composeFollowUp } from '../../src/core/compose';
import type { BuildOutcome } from '../../src/app';
import { aLedger } from '../support/builders';
import { fakeApp, ok, someSettings } from './fakeApp';
import { blobText, installClipboard, renderPane } from './render';
import { optionCheckboxTests } from './optionCheckbox';

const buildButton = () => screen.getByRole('button', { name: 'Skapa uppföljning' });

describe('the forecast-accuracy checkbox', () => {
  optionCheckboxTests({ setting: 'forecastAccuracy', sv: 'Prognossäkerhet och prognosförändring', en: 'Forecast accuracy and forecast change' });
});

/** A follow-up of July 2025 with forecasts made in March and June: the section shows the change. */
function anOutcomeWithForecasts(): BuildOutcome {
  const ledger = aLedger([
    { unit: 'Stab', budget: 100000, actual: 90000 },
    { period: 202503, unit: 'Stab', forecast: 1200000 },
    { period: 202506, unit: 'Stab', forecast: 1150000 },
  ]);
  const composed = composeFollowUp([ledger], someSettings({ organisation: 'KLS', forecastAccuracy: true }));
  if (!composed.ok) throw new Error('the test ledger does not build');
  return { sheetId: 's', sheetName: composed.report.name, summary: composed.summary, report: composed.report, warnings: [] };
}

describe('copying the forecast accuracy', () => {
  it('is offered when the follow-up has it, and copies its table', async () => {
    const { user } = await renderPane(fakeApp({ build: ok(anOutcomeWithForecasts()) }));
    const clipboard = installClipboard();
    await user.click(buildButton());
    await user.click(await screen.findByRole('button', { name: 'Kopiera prognossäkerhet' }));
    await waitFor(() => expect(clipboard.write).toHaveBeenCalledTimes(1));
    const html = await blobText(clipboard.write.mock.calls[0]![0][0]!.items['text/html']!);
    expect(html).toMatch(/<thead>.*Prognosförändring sedan mars|Prognosförändring sedan mars.*<thead>/s);
    expect(html).not.toContain('Verksamhetens kostnader');
  });

  it('is not offered when the follow-up has none', async () => {
    const { user } = await renderPane();
    await user.click(buildButton());
    await screen.findByRole('button', { name: 'Kopiera text' });
    expect(screen.queryByRole('button', { name: 'Kopiera prognossäkerhet' })).toBeNull();
  });
});
