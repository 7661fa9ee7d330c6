/** @jest-environment jsdom */
/** Building a follow-up: the settings sent, the progress shown, the result and its copy buttons, errors with links. */
import { act, screen, waitFor } from '@testing-library/react';
import type { BuildOutcome, OnProgress, Result } from '../../src/app';
import { ALL_SECTIONS } from '../../src/core/report/buildReport';
import { aBuildOutcome, aFollowUpSheet, anInputError, anInspection, deferred, failed, fakeApp, ok, someSettings } from './fakeApp';
import { blobText, choose, installClipboard, openDisclosure, removeClipboard, renderPane } from './render';

const buildButton = () => screen.getByRole('button', { name: 'Skapa uppföljning' });

describe('the settings', () => {
  it('start from the suggested month and tkr with every part', async () => {
    const { user, app } = await renderPane();
    await openDisclosure(user, 'Fler inställningar');
    expect((screen.getByRole('spinbutton', { name: 'År' }) as HTMLInputElement).value).toBe('2025');
    expect(screen.getByRole('combobox', { name: 'Månad' }).textContent).toBe('juni');
    expect(screen.getByRole('radio', { name: 'tkr' })).toHaveProperty('checked', true);
    expect(screen.getByText('Perioden: juni 2025, ackumulerat från januari.')).toBeTruthy();
    expect((screen.getByRole('textbox', { name: 'Organisationens namn (valfritt)' }) as HTMLInputElement).placeholder).toBe('Kommunledningsstab');
    await user.click(buildButton());
    await waitFor(() => expect(app.buildFollowUp).toHaveBeenCalledTimes(1));
    expect(app.buildFollowUp.mock.calls[0]![0].settings).toEqual({
      period: { year: 2025, month: 6, months: 1 },
      scale: 'tkr',
      lang: 'sv',
      parentStyle: 'above',
      sections: ALL_SECTIONS,
    });
  });

  it('take the workbook\'s latest follow-up settings, with the suggested month', async () => {
    const latest = aFollowUpSheet({
      settings: someSettings({ period: { year: 2025, month: 5, months: 2 }, scale: 'mnkr', parentStyle: 'below', sections: ['unitTable', 'summary'], sign: 'result', organisation: 'KLS' }),
    });
    const older = aFollowUpSheet({ id: 'sheet-0', name: 'Uppföljning 2025-04', settings: someSettings({ period: { year: 2025, month: 4, months: 1 }, scale: 'kr' }) });
    const { user, app } = await renderPane(fakeApp({ inspection: ok(anInspection({ followUps: [latest, older] })) }));
    await openDisclosure(user, 'Fler inställningar');
    expect(screen.getByRole('radio', { name: 'mnkr' })).toHaveProperty('checked', true);
    expect((screen.getByRole('textbox', { name: 'Organisationens namn (valfritt)' }) as HTMLInputElement).value).toBe('KLS');
    await user.click(buildButton());
    await waitFor(() => expect(app.buildFollowUp).toHaveBeenCalledTimes(1));
    expect(app.buildFollowUp.mock.calls[0]![0].settings).toEqual({
      period: { year: 2025, month: 6, months: 1 },
      scale: 'mnkr',
      lang: 'sv',
      parentStyle: 'below',
      sections: ['unitTable', 'summary'],
      sign: 'result',
      organisation: 'KLS',
    });
  });

  it('send what the user chose to buildFollowUp', async () => {
    const { user, app } = await renderPane();
    const year = screen.getByRole('spinbutton', { name: 'År' });
    await user.clear(year);
    await user.type(year, '2024');
    await user.tab();
    await choose(user, 'Månad', 'september');
    await user.click(screen.getByRole('radio', { name: 'Kvartal (3 månader)' }));
    await openDisclosure(user, 'Fler inställningar');
    await user.click(screen.getByRole('radio', { name: 'mnkr' }));
    await user.click(screen.getByRole('checkbox', { name: 'Diagram' }));
    await user.click(screen.getByRole('checkbox', { name: 'Nyckeltal' }));
    await user.click(screen.getByRole('radio', { name: 'Rubrik ovanför och ”Summa …” under' }));
    await user.click(screen.getByRole('radio', { name: 'Intäkter positiva (resultat)' }));
    await user.type(screen.getByRole('textbox', { name: 'Organisationens namn (valfritt)' }), 'Förvaltningen');
    expect(screen.getByText('Perioden: jul–sep 2024, ackumulerat från januari.')).toBeTruthy();

    await user.click(buildButton());
    await waitFor(() => expect(app.buildFollowUp).toHaveBeenCalledTimes(1));
    expect(app.buildFollowUp.mock.calls[0]![0]).toEqual({
      settings: {
        period: { year: 2024, month: 9, months: 3 },
        scale: 'mnkr',
        lang: 'sv',
        parentStyle: 'below',
        sections: ['unitTable', 'accountTable', 'resultTable', 'summary', 'indicators'],
        sign: 'result',
        organisation: 'Förvaltningen',
      },
    });
  });

  it('keep the period within the year: no quarter ending in February', async () => {
    const { user } = await renderPane();
    await user.click(screen.getByRole('radio', { name: 'Kvartal (3 månader)' }));
    await choose(user, 'Månad', 'februari');
    expect(screen.getByRole('radio', { name: 'Kvartal (3 månader)' })).toHaveProperty('disabled', true);
    expect(screen.getByRole('radio', { name: '2 månader (t.ex. jun/jul)' })).toHaveProperty('checked', true);
  });

  it('say what is wrong and do not build without a year or without any part', async () => {
    const { user, app } = await renderPane();
    const year = screen.getByRole('spinbutton', { name: 'År' });
    await user.clear(year);
    await user.type(year, '20x5');
    await user.tab();
    expect(screen.getByText('Ange ett år mellan 1900 och 2100.')).toBeTruthy();
    expect(buildButton()).toHaveProperty('disabled', true);
    await user.type(year, '2025');
    await user.tab();
    expect(buildButton()).toHaveProperty('disabled', false);
    await openDisclosure(user, 'Fler inställningar');
    for (const part of ['Nyckeltal', 'Enhetstabell', 'Kontoanalys (analys av utfall)', 'Resultatanalys', 'Sammanfattning', 'Diagram', 'Indikatorer']) {
      await user.click(screen.getByRole('checkbox', { name: part }));
    }
    expect(screen.getByRole('alert').textContent).toBe('Välj minst en del.');
    expect(buildButton()).toHaveProperty('disabled', true);
    expect(app.buildFollowUp).not.toHaveBeenCalled();
  });
});

describe('a build', () => {
  it('shows its progress with the phase, with the button disabled, then the result with focus on it', async () => {
    const app = fakeApp();
    const pending = deferred<Result<BuildOutcome>>();
    let report: OnProgress = () => undefined;
    app.buildFollowUp.mockImplementation((_request, onProgress) => {
      report = onProgress ?? report;
      return pending.promise;
    });
    const { user } = await renderPane(app);
    await user.click(buildButton());
    expect(buildButton()).toHaveProperty('disabled', true);

    act(() => report({ phase: 'reading', fraction: 0.35 }));
    const bar = screen.getByRole('progressbar', { name: 'Läser huvudboken…' });
    expect(bar.getAttribute('aria-valuenow')).toBe('0.35');
    act(() => report({ phase: 'computing', fraction: 0.7 }));
    expect(screen.getByRole('progressbar', { name: 'Beräknar…' })).toBeTruthy();
    act(() => report({ phase: 'writing', fraction: 0.9 }));
    expect(screen.getByRole('progressbar', { name: 'Skriver bladet…' })).toBeTruthy();
    expect(screen.getAllByRole('status').some((s) => s.textContent === 'Skriver bladet…')).toBe(true);

    await act(async () => pending.resolve(ok(aBuildOutcome({ sheetName: 'Uppföljning 2025-06' }))));
    expect(screen.queryByRole('progressbar')).toBeNull();
    const heading = screen.getByRole('heading', { name: 'Uppföljningen är klar' });
    await waitFor(() => expect(document.activeElement).toBe(heading));
    expect(buildButton()).toHaveProperty('disabled', false);
    expect(screen.getAllByRole('status').some((s) => s.textContent === 'Uppföljningen är klar: Uppföljning 2025-06.')).toBe(true);
  });

  it('shows the summary, the warnings and the buttons after success', async () => {
    const outcome = aBuildOutcome({ sheetId: 'ws-9', sheetName: 'Uppföljning 2025-06', warnings: ['Huvudbok!B7: 2 summeringsrader (Summa/Totalt) hoppades över'] });
    const { user, app } = await renderPane(fakeApp({ build: ok(outcome) }));
    await user.click(buildButton());
    const summary = (await screen.findByRole('textbox', { name: 'Sammanfattning' })) as HTMLTextAreaElement;
    expect(summary.value).toBe(outcome.summary);
    expect(summary.readOnly).toBe(true);
    expect(screen.getByText('Bladet ”Uppföljning 2025-06” är skapat.')).toBeTruthy();
    expect(screen.getByText('Att kontrollera')).toBeTruthy();
    expect(screen.getByText('Huvudbok!B7: 2 summeringsrader (Summa/Totalt) hoppades över')).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Gå till bladet' }));
    expect(app.goToSheet).toHaveBeenCalledWith('ws-9');
  });

  it('adds the new follow-up to the list', async () => {
    const { user } = await renderPane(fakeApp({ build: ok(aBuildOutcome({ sheetId: 'ws-9', sheetName: 'Uppföljning 2025-06' })) }));
    expect(screen.getByText('Inga uppföljningar ännu.')).toBeTruthy();
    await user.click(buildButton());
    expect(await screen.findByRole('button', { name: 'Uppdatera Uppföljning 2025-06' })).toBeTruthy();
    expect(screen.getByText('juni 2025')).toBeTruthy();
  });
});

describe('copying', () => {
  afterEach(removeClipboard);

  it('puts the unit table on the clipboard as HTML and as text', async () => {
    const { user } = await renderPane();
    const clipboard = installClipboard();
    await user.click(buildButton());
    await user.click(await screen.findByRole('button', { name: 'Kopiera tabell' }));
    await waitFor(() => expect(clipboard.write).toHaveBeenCalledTimes(1));
    const [item] = clipboard.write.mock.calls[0]![0];
    expect(item!.types.sort()).toEqual(['text/html', 'text/plain']);
    const html = await blobText(item!.items['text/html']!);
    const text = await blobText(item!.items['text/plain']!);
    expect(html).toContain('<table');
    expect(html).toMatch(/<td[^>]*>Stab<\/td>/);
    expect(html).not.toContain('Verksamhetens kostnader');
    expect(text.split('\n')[0]!.split('\t')[0]).toBe('Enhet');
    expect(text).toContain('Stab\t');
    expect(screen.getByText('Tabellen är kopierad. Klistra in den i Word.')).toBeTruthy();
  });

  it.each([
    ['Kopiera nyckeltal', /Ekonomisk uppföljning över KLS \(tkr\).*Budget till och med juli/, ['>Enhet<', 'Verksamhetens kostnader', '<thead>']],
    ['Kopiera kontoanalys', /<thead>.*Verksamhetens kostnader/, ['>Enhet<', 'Budget till och med juli']],
  ])('copies a block on its own with "%s"', async (button, wanted, unwanted) => {
    const { user } = await renderPane();
    const clipboard = installClipboard();
    await user.click(buildButton());
    await user.click(await screen.findByRole('button', { name: button }));
    await waitFor(() => expect(clipboard.write).toHaveBeenCalledTimes(1));
    const html = await blobText(clipboard.write.mock.calls[0]![0][0]!.items['text/html']!);
    expect(html).toMatch(wanted);
    for (const u of unwanted) expect(html).not.toContain(u);
  });

  it('offers only the blocks the follow-up holds', async () => {
    const outcome = aBuildOutcome();
    const { user } = await renderPane(fakeApp({ build: ok(outcome) }));
    await user.click(buildButton());
    await screen.findByRole('button', { name: 'Kopiera text' });
    const offered = ['Kopiera tabell', 'Kopiera nyckeltal', 'Kopiera kontoanalys'].filter((name) => screen.queryByRole('button', { name }) !== null);
    const kinds = outcome.report.sections.map((s) => s.kind);
    expect(offered).toEqual(
      [['Kopiera tabell', 'unitTable'], ['Kopiera nyckeltal', 'keyFigures'], ['Kopiera kontoanalys', 'accountTable']].filter(([, k]) => kinds.includes(k as never)).map(([n]) => n),
    );
  });

  it('puts the summary on the clipboard', async () => {
    const outcome = aBuildOutcome();
    const { user } = await renderPane(fakeApp({ build: ok(outcome) }));
    const clipboard = installClipboard();
    await user.click(buildButton());
    await user.click(await screen.findByRole('button', { name: 'Kopiera text' }));
    await waitFor(() => expect(clipboard.write).toHaveBeenCalledTimes(1));
    const item = clipboard.write.mock.calls[0]![0][0]!;
    expect(await blobText(item.items['text/plain']!)).toBe(outcome.summary);
    expect(await blobText(item.items['text/html']!)).toMatch(/^<p>Budgetavvikelsen/);
    expect(screen.getByText('Texten är kopierad.')).toBeTruthy();
  });

  it('falls back to execCommand(\'copy\') where the async clipboard is missing', async () => {
    const { user } = await renderPane();
    removeClipboard();
    const data = new Map<string, string>();
    const execCommand = jest.fn((command: string): boolean => {
      const event = new Event('copy', { cancelable: true }) as Event & { clipboardData: unknown };
      event.clipboardData = { setData: (type: string, value: string) => data.set(type, value) };
      document.dispatchEvent(event);
      return command === 'copy' && event.defaultPrevented;
    });
    Object.defineProperty(document, 'execCommand', { value: execCommand, configurable: true });
    try {
      await user.click(buildButton());
      const button = await screen.findByRole('button', { name: 'Kopiera tabell' });
      await user.click(button);
      await waitFor(() => expect(execCommand).toHaveBeenCalledWith('copy'));
      expect(data.get('text/html')).toContain('<table');
      expect(data.get('text/plain')).toContain('Stab\t');
      expect(await screen.findByText('Tabellen är kopierad. Klistra in den i Word.')).toBeTruthy();
      expect(document.activeElement).toBe(button);
    } finally {
      delete (document as { execCommand?: unknown }).execCommand;
    }
  });

  it('tells the user to copy by hand when no clipboard works', async () => {
    const { user } = await renderPane();
    removeClipboard();
    await user.click(buildButton());
    await user.click(await screen.findByRole('button', { name: 'Kopiera text' }));
    expect(await screen.findByText('Det gick inte att kopiera. Markera texten och tryck Ctrl+C.')).toBeTruthy();
  });
});

describe('a failed build', () => {
  const issues = anInputError([
    { code: 'textInAmount', severity: 'error', sheet: 'Huvudbok' as never, address: 'Huvudbok!E40' as never, params: { text: 'abc' } },
    { code: 'badPeriod', severity: 'error', sheet: 'Huvudbok' as never, address: "'Utfall 2025'!A7" as never, params: { text: '2025-13' } },
    { code: 'summaryRowsSkipped', severity: 'warning', sheet: 'Huvudbok' as never, params: { count: 2 } },
    { code: 'noLedger', severity: 'error', params: {} },
  ]);

  it('lists the errors; each cell is a link that selects it in Excel', async () => {
    const { user, app } = await renderPane(fakeApp({ build: failed(issues) }));
    await user.click(buildButton());
    const heading = await screen.findByRole('heading', { name: 'Uppföljningen kunde inte skapas' });
    await waitFor(() => expect(document.activeElement).toBe(heading));
    expect(screen.getByText('Rätta följande i arbetsboken (klicka för att gå till cellen)')).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Huvudbok!E40: "abc" är inte ett belopp' }));
    expect(app.selectCell).toHaveBeenCalledWith('Huvudbok!E40');
    await user.click(screen.getByRole('button', { name: /^'Utfall 2025'!A7: "2025-13" är inte en period/ }));
    expect(app.selectCell).toHaveBeenLastCalledWith("'Utfall 2025'!A7");
    // An issue without a cell is text, not a link; warnings are not errors.
    expect(screen.getByText(/^Hittar inget huvudboksblad/)).toBeTruthy();
    expect(screen.queryByRole('button', { name: /^Hittar inget huvudboksblad/ })).toBeNull();
    expect(screen.queryByText(/summeringsrader/)).toBeNull();
  });

  it('shows Excel\'s own trouble in the user\'s language', async () => {
    const { user } = await renderPane(fakeApp({ build: failed({ kind: 'busy' }) }));
    await user.click(buildButton());
    expect(await screen.findByText('Excel är upptaget (en cell redigeras). Avsluta redigeringen och försök igen.')).toBeTruthy();
    expect(screen.getByText('Något gick fel')).toBeTruthy();
  });

  it('shows an error when the cell cannot be selected', async () => {
    const app = fakeApp({ build: failed(issues) });
    app.selectCell.mockResolvedValueOnce(failed({ kind: 'notFound', what: 'sheet' }));
    const { user } = await renderPane(app);
    await user.click(buildButton());
    await user.click(await screen.findByRole('button', { name: 'Huvudbok!E40: "abc" är inte ett belopp' }));
    expect(await screen.findByText('Bladet finns inte längre.')).toBeTruthy();
  });

  it('shows a use case that threw, and lets the user try again', async () => {
    const app = fakeApp();
    app.buildFollowUp.mockRejectedValueOnce(new Error('invariant broken'));
    const { user } = await renderPane(app);
    await user.click(buildButton());
    expect(await screen.findByText(/invariant broken/)).toBeTruthy();
    expect(buildButton()).toHaveProperty('disabled', false);
  });
});
