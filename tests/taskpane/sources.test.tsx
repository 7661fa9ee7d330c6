/** @jest-environment jsdom */
/** The source sheets: detected column roles shown and corrected, other sheets listed, no ledger said plainly. */
import { render, screen, waitFor, within } from '@testing-library/react';
import type { Inspection, Result } from '../../src/app';
import { App } from '../../src/taskpane/App';
import type { SheetLayout } from '../../src/core/ledger/detect';
import { aLedgerLayout, anInspection, anOrganisationLayout, columns, deferred, failed, fakeApp, ok } from './fakeApp';
import { choose, openDisclosure, renderPane } from './render';

/** The pane with "Ändra kolumner" open. */
async function withColumnsOpen(rendering: ReturnType<typeof renderPane>): ReturnType<typeof renderPane> {
  const pane = await rendering;
  await openDisclosure(pane.user, 'Ändra kolumner');
  return pane;
}

const ledger = () => screen.getByRole('group', { name: 'Huvudbok: Huvudbok' });
const roleOf = (header: string) => within(ledger()).getByRole('combobox', { name: header }).textContent;

describe('the source sheets', () => {
  it('shows that the workbook is being read, and waits for it before building', async () => {
    const app = fakeApp();
    const pending = deferred<Result<Inspection>>();
    app.inspectWorkbook.mockReturnValueOnce(pending.promise);
    render(<App api={app.api} lang="sv" />);
    expect(screen.getByRole('progressbar', { name: 'Läser arbetsboken…' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Skapa uppföljning' })).toHaveProperty('disabled', true);
    pending.resolve(ok(anInspection()));
    expect(await screen.findByText('Huvudbok: 7 kolumner, Avdelning › Enhet')).toBeTruthy();
    expect(screen.queryByRole('progressbar')).toBeNull();
    expect(screen.getByRole('button', { name: 'Skapa uppföljning' })).toHaveProperty('disabled', false);
  });

  it('names a column of amounts under an unknown header as one to choose a role for, in words', async () => {
    const layout = aLedgerLayout({ columns: columns([['Period', 'period'], ['Enhet', 'unit'], ['Budget', 'budget'], ['Budgetram', 'unknownAmount']]) });
    await withColumnsOpen(renderPane(fakeApp({ inspection: ok(anInspection({ layouts: [layout] })) })));
    expect(roleOf('Budgetram')).toBe('Okänt belopp: välj roll');
  });

  it('shows each ledger column with its detected role, and the other sheets found', async () => {
    await withColumnsOpen(renderPane());
    expect(roleOf('Period')).toBe('Period');
    expect(roleOf('Avdelning')).toBe('Organisationsnivå 1');
    expect(roleOf('Enhet')).toBe('Organisationsnivå 2');
    expect(screen.getByText('Organisationens nivåer: Avdelning › Enhet')).toBeTruthy();
    expect(roleOf('Konto')).toBe('Konto');
    expect(roleOf('Budget')).toBe('Budget');
    expect(roleOf('Redovisning')).toBe('Utfall');
    expect(roleOf('Prognos')).toBe('Prognos');
    expect(screen.getByText(/Rubrik på bladet: Kommunledningsstab/)).toBeTruthy();
    expect(screen.getByRole('heading', { name: 'Andra blad som används' })).toBeTruthy();
    expect(screen.getByText('Organisation: Organisation')).toBeTruthy();
  });

  it('offers every ledger role in Swedish', async () => {
    const { user } = await withColumnsOpen(renderPane());
    await user.click(within(ledger()).getByRole('combobox', { name: 'Konto' }));
    const options = (await screen.findAllByRole('option')).map((o) => o.textContent);
    expect(options).toEqual(['Period', 'År', 'Organisationsnivå', 'Konto', 'Budget', 'Utfall', 'Prognos', 'Årsbudget', 'Belopp', 'Beloppstyp', 'Används inte']);
  });

  it('sends a corrected role to the build, and only the corrected sheet', async () => {
    const { user, app } = await withColumnsOpen(renderPane());
    await choose(user, 'Prognos', 'Används inte');
    await choose(user, 'Enhet', 'Används inte');
    expect(roleOf('Prognos')).toBe('Används inte');
    expect(screen.getByText(/Du har ändrat kolumnerna/)).toBeTruthy();

    await user.click(screen.getByRole('button', { name: 'Skapa uppföljning' }));
    await waitFor(() => expect(app.buildFollowUp).toHaveBeenCalledTimes(1));
    const layouts = app.buildFollowUp.mock.calls[0]![0].layouts!;
    expect([...layouts.keys()]).toEqual(['Huvudbok']);
    const huvudbok = layouts.get('Huvudbok') as SheetLayout;
    expect(huvudbok.columns.map((c) => [c.header, c.role])).toEqual([
      ['Period', 'period'],
      ['Avdelning', 'unit'],
      ['Enhet', 'ignore'],
      ['Konto', 'account'],
      ['Budget', 'budget'],
      ['Redovisning', 'actual'],
      ['Prognos', 'ignore'],
    ]);
    expect(huvudbok.headerRow).toBe(aLedgerLayout().headerRow);
  });

  it('sends no layouts when nothing was corrected, or the correction was undone', async () => {
    const { user, app } = await withColumnsOpen(renderPane());
    await choose(user, 'Prognos', 'Används inte');
    await user.click(screen.getByRole('button', { name: 'Återställ' }));
    expect(roleOf('Prognos')).toBe('Prognos');
    await choose(user, 'Budget', 'Belopp');
    await choose(user, 'Budget', 'Budget');
    await user.click(screen.getByRole('button', { name: 'Skapa uppföljning' }));
    await waitFor(() => expect(app.buildFollowUp).toHaveBeenCalledTimes(1));
    expect(app.buildFollowUp.mock.calls[0]![0].layouts).toBeUndefined();
  });

  it('says plainly when no ledger was found', async () => {
    await renderPane(fakeApp({ inspection: ok(anInspection({ layouts: [anOrganisationLayout()] })) }));
    expect(screen.getByText('Ingen huvudbok hittades')).toBeTruthy();
    expect(screen.getByText(/Inget blad har en rubrikrad med belopp/)).toBeTruthy();
    expect(screen.queryByRole('combobox', { name: 'Period' })).toBeNull();
  });

  it('summarises the month columns of a wide ledger', async () => {
    const wide = aLedgerLayout({
      sheet: 'Utfall 2025' as SheetLayout['sheet'],
      shape: 'wide',
      columns: [
        ...columns([['Enhet', 'unit']]),
        ...['jan', 'feb', 'mar'].map((header, i) => ({ index: i + 1, header, role: 'month' as const, month: { month: i + 1, year: null, kind: null } })),
      ],
    });
    const { user } = await renderPane(fakeApp({ inspection: ok(anInspection({ layouts: [wide] })) }));
    await openDisclosure(user, 'Ändra kolumner');
    expect(screen.getByText('3 månadskolumner (jan – mar)')).toBeTruthy();
    expect(screen.getByText(/En kolumn per månad/)).toBeTruthy();
  });

  it('shows why the workbook could not be read, and tries again', async () => {
    const app = fakeApp({ inspection: failed({ kind: 'busy' }) });
    const { user } = await renderPane(app);
    expect(screen.getByText(/Excel är upptaget/)).toBeTruthy();
    app.inspectWorkbook.mockResolvedValueOnce(ok(anInspection()));
    await user.click(screen.getByRole('button', { name: 'Försök igen' }));
    expect(await screen.findByText('Huvudbok: 7 kolumner, Avdelning › Enhet')).toBeTruthy();
    expect(app.inspectWorkbook).toHaveBeenCalledTimes(2);
  });

  it('keeps corrections when the workbook is read again with the same headers', async () => {
    const { user, app } = await withColumnsOpen(renderPane());
    await choose(user, 'Prognos', 'Används inte');
    await user.click(screen.getByRole('button', { name: 'Läs in arbetsboken igen' }));
    await waitFor(() => expect(app.inspectWorkbook).toHaveBeenCalledTimes(2));
    await screen.findByRole('group', { name: 'Huvudbok: Huvudbok' });
    expect(roleOf('Prognos')).toBe('Används inte');
  });
});
