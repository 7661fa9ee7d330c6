/** @jest-environment jsdom */
/**
 * Issue 8, the pane's start: the month proposed is the latest with actuals, said in words; a
 * period without data is caught at the year and month fields; the main button comes right after
 * the month, period and organisation; the column roles and other settings wait behind disclosures.
 */
import { screen, waitFor, within } from '@testing-library/react';
import type { SheetLayout } from '../../src/core/ledger/detect';
import { aCoverage, aLedgerLayout, anInspection, columns, fakeApp, ok } from './fakeApp';
import { choose, openDisclosure, renderPane } from './render';

const buildButton = () => screen.getByRole('button', { name: 'Skapa uppföljning' });
const july = () => fakeApp({ inspection: ok(anInspection({ suggestedPeriod: { year: 2025, month: 7 }, coverage: aCoverage(2025, 7) })) });

describe('the period', () => {
  it('is the latest month with actuals, said in words', async () => {
    await renderPane(july());
    expect(screen.getByRole('combobox', { name: 'Månad' }).textContent).toBe('juli');
    expect((screen.getByRole('spinbutton', { name: 'År' }) as HTMLInputElement).value).toBe('2025');
    expect(screen.getByText('Utfall finns t.o.m. juli 2025')).toBeTruthy();
    expect(buildButton()).toHaveProperty('disabled', false);
  });

  it('without any amounts in its year is an error at the year field, naming the months that have data; nothing is built', async () => {
    const { user, app } = await renderPane(july());
    const year = screen.getByRole('spinbutton', { name: 'År' });
    await user.clear(year);
    await user.type(year, '2026');
    await user.tab();
    const message = 'Huvudboken har inga belopp för 2026. Belopp finns för januari–december 2025.';
    expect(screen.getByText(message)).toBeTruthy();
    expect(year.getAttribute('aria-invalid')).toBe('true');
    expect(document.getElementById(year.getAttribute('aria-describedby')?.split(' ')[0] ?? '')?.textContent).toBe(message);
    expect(buildButton()).toHaveProperty('disabled', true);
    await user.click(buildButton());
    expect(app.buildFollowUp).not.toHaveBeenCalled();
    // The ledger may have gained the year since the pane read it: reading it again is one click.
    app.inspectWorkbook.mockResolvedValueOnce(ok(anInspection({ suggestedPeriod: { year: 2025, month: 7 }, coverage: aCoverage(2026, 1) })));
    await user.click(screen.getByRole('button', { name: 'Läs in arbetsboken igen' }));
    await waitFor(() => expect(screen.queryByText(message)).toBeNull());
    expect(buildButton()).toHaveProperty('disabled', false);
  });

  it('without actuals yet is a warning at the month field, and may still be built', async () => {
    const { user, app } = await renderPane(july());
    await choose(user, 'Månad', 'november');
    expect(screen.getByText('Inget utfall för november 2025 ännu. Utfall finns t.o.m. juli 2025.')).toBeTruthy();
    await user.click(buildButton());
    await waitFor(() => expect(app.buildFollowUp).toHaveBeenCalledTimes(1));
  });
});

describe('the first screen', () => {
  it('reaches the main button after the columns disclosure, year, month, period and organisation', async () => {
    const { user } = await renderPane(july());
    const stops: string[] = [];
    for (let i = 0; i < 10 && document.activeElement !== buildButton(); i++) {
      await user.tab();
      const el = document.activeElement as HTMLElement;
      stops.push(el.getAttribute('aria-label') ?? el.textContent ?? el.tagName);
    }
    expect(document.activeElement).toBe(buildButton());
    expect(stops).toHaveLength(6);
  });

  it('shows the ledger in one line, and the column roles only when asked', async () => {
    const { user } = await renderPane();
    expect(screen.getByText('Huvudbok: 7 kolumner, Avdelning › Enhet')).toBeTruthy();
    expect(screen.queryByRole('combobox', { name: 'Konto' })).toBeNull();
    expect(screen.queryByRole('radio', { name: 'tkr' })).toBeNull();
    await openDisclosure(user, 'Ändra kolumner');
    expect(screen.getByRole('combobox', { name: 'Konto' })).toBeTruthy();
    await openDisclosure(user, 'Fler inställningar');
    expect(screen.getByRole('radio', { name: 'tkr' })).toBeTruthy();
  });

  it('warns when two columns are given one role, but not for organisation levels', async () => {
    const ledger = aLedgerLayout({
      columns: columns([
        ['Period', 'period'],
        ['Avdelning', 'unit'],
        ['Enhet', 'unit'],
        ['Budget', 'budget'],
        ['Budget 2026', 'budget'],
        ['Utfall', 'actual'],
      ]),
    });
    const { user } = await renderPane(fakeApp({ inspection: ok(anInspection({ layouts: [ledger as SheetLayout] })) }));
    await openDisclosure(user, 'Ändra kolumner');
    const sheet = screen.getByRole('group', { name: 'Huvudbok: Huvudbok' }).parentElement!;
    expect(within(sheet).getByText('Budget och Budget 2026 har båda rollen Budget. Bara en kolumn kan ha den; ge de andra en annan roll.')).toBeTruthy();
    expect(within(sheet).queryByText(/rollen Organisationsnivå/)).toBeNull();
    await choose(user, 'Budget 2026', 'Används inte');
    expect(within(sheet).queryByText(/har båda rollen/)).toBeNull();
  });
});
