/** @jest-environment jsdom */
/**
 * The indicators in the task pane: a part "Indikatorer" among the parts to include (on by default,
 * sent without it when unticked), and "Kopiera indikatorer" for a follow-up that has indicator
 * tables, copying the yearly and the monthly table together.
 */
import { screen, waitFor } from '@testing-library/react';
import type { BuildOutcome } from '../../src/app';
import { composeFollowUp } from '../../src/core/compose';
import { ALL_SECTIONS } from '../../src/core/report/buildReport';
import { aLedger, grid } from '../support/builders';
import type { SheetName } from '../../src/core/grid/grid';
import { aBuildOutcome, aLedgerLayout, anInspection, fakeApp, ok, someSettings } from './fakeApp';
import { blobText, installClipboard, openDisclosure, removeClipboard, renderPane } from './render';

const buildButton = () => screen.getByRole('button', { name: 'Skapa uppföljning' });

/** A follow-up of a small ledger and an indicator sheet with a yearly and a monthly indicator. */
function anOutcomeWithIndicators(): BuildOutcome {
  const indicators = grid('Indikatorer', [
    ['Indikator', 'Period', 'Utfall', 'Mål', 'Prognos', 'Utfall föreg år', 'Riktning', 'Enhet', 'Typ'],
    ['HME', 2025, null, 80, 78, 78, 'Högre', null, 'Index'],
    ['Sjukfrånvaro', '2025-06', 6.2, 5.5, null, null, 'Lägre', '%', '%'],
  ]);
  const composed = composeFollowUp([aLedger([{ unit: 'Stab', budget: 100000, actual: 90000 }]), indicators], someSettings({ organisation: 'KLS' }));
  if (!composed.ok) throw new Error(JSON.stringify(composed.analysis.issues));
  return { sheetId: 'new-sheet', sheetName: composed.report.name, summary: composed.summary, report: composed.report, warnings: [] };
}

describe('the indicators in the pane', () => {
  afterEach(removeClipboard);

  it('are a part to include, on by default, left out when unticked', async () => {
    const { user, app } = await renderPane();
    await openDisclosure(user, 'Fler inställningar');
    const part = screen.getByRole('checkbox', { name: 'Indikatorer' });
    expect(part).toHaveProperty('checked', true);
    await user.click(part);
    await user.click(buildButton());
    await waitFor(() => expect(app.buildFollowUp).toHaveBeenCalledTimes(1));
    expect(app.buildFollowUp.mock.calls[0]![0].settings.sections).toEqual(ALL_SECTIONS.filter((s) => s !== 'indicators'));
  });

  it('are copied with "Kopiera indikatorer": both tables, their captions and the status words', async () => {
    const { user } = await renderPane(fakeApp({ build: ok(anOutcomeWithIndicators()) }));
    const clipboard = installClipboard();
    await user.click(buildButton());
    await user.click(await screen.findByRole('button', { name: 'Kopiera indikatorer' }));
    await waitFor(() => expect(clipboard.write).toHaveBeenCalledTimes(1));
    const html = await blobText(clipboard.write.mock.calls[0]![0][0]!.items['text/html']!);
    expect(html.match(/<table/g)).toHaveLength(2);
    expect(html).toContain('Indikatorer per år');
    expect(html).toContain('Indikatorer per månad');
    expect(html).toContain('Ej uppfyllt');
    expect(html).not.toContain('>Enhet<');
    expect(screen.getByText(/Sjukfrånvaro \(6,2\s%\smot målet 5,5\s%\) når inte sitt mål/)).toBeTruthy();
  });

  it('name the indicator sheet among the other sheets used, as it is no ledger', async () => {
    const indicators = { sheet: 'Personal' as SheetName, kind: 'indicators' as const, headerRow: 0, shape: 'long' as const, columns: [], title: null };
    const { user } = await renderPane(fakeApp({ inspection: ok(anInspection({ layouts: [aLedgerLayout(), indicators] })) }));
    await openDisclosure(user, 'Ändra kolumner');
    expect(screen.getByRole('heading', { name: 'Andra blad som används' })).toBeTruthy();
    expect(screen.getByText('Indikatorer: Personal')).toBeTruthy();
  });

  it('are not offered for copying when the follow-up has none', async () => {
    const { user } = await renderPane(fakeApp({ build: ok(aBuildOutcome()) }));
    await user.click(buildButton());
    await screen.findByRole('button', { name: 'Kopiera text' });
    expect(screen.queryByRole('button', { name: 'Kopiera indikatorer' })).toBeNull();
  });
});
