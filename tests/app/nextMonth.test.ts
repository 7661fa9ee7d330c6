/**
 * Nästa månad on the add-in path (in-memory Excel host): the next period's follow-up is a new sheet
 * with the same settings, each unit's comment carried (by path) into "Kommentar jun/jul" beside an
 * empty Kommentar, the summary comment too; a renamed unit's comment is reported with its text;
 * Refresh keeps the carried column and what was typed; the syncs are few and counted.
 */
/// <reference types="office-js" />
import { buildFollowUp, refreshFollowUps } from '../../src/app/buildFollowUp';
import { buildNextMonth } from '../../src/app/nextMonth';
import { parseSettings } from '../../src/core/followUpSettings';
import type { SheetSnapshot } from '../support/excelHost/host';
import { hostWith, KLS_REQUEST, rowOf, sheet } from './appHost';

const KLS = 'examples/kls-2025.xlsx';
const JULY = 'Uppföljning 2025-07';
const SEPTEMBER = 'Uppföljning 2025-09';
const MARKED = '#F8CBAD';

/** The column letter of the unit table's header cell with this text. */
function columnOf(ws: SheetSnapshot, header: string): string {
  const row = rowOf(ws, 'Enhet');
  for (const [address, cell] of Object.entries(ws.cells)) {
    const m = /^([A-Z]+)(\d+)$/.exec(address);
    if (m && Number(m[2]) === row && cell.value === header) return m[1]!;
  }
  throw new Error(`no header "${header}" in ${ws.name}`);
}

/** Type into cells of a sheet, as a user would. */
async function type(name: string, cells: Readonly<Record<string, string>>): Promise<void> {
  await Excel.run(async (context) => {
    for (const [address, text] of Object.entries(cells)) context.workbook.worksheets.getItem(name).getRange(address).values = [[text]];
    await context.sync();
  });
}

/** The July follow-up with comments typed on IT, HR-avdelning and the summary. */
async function julyWithComments() {
  const host = await hostWith(KLS);
  const built = await buildFollowUp(KLS_REQUEST);
  if (!built.ok) throw new Error('build failed');
  const july = sheet(host.snapshot(), JULY);
  const summaryRow = built.value.report.comments.find((c) => c.key === 'summary')!.row + 1;
  await type(JULY, { [`M${rowOf(july, 'IT')}`]: 'Licenser i förskott', [`M${rowOf(july, 'HR-avdelning')}`]: 'Vakans från mars', [`A${summaryRow}`]: 'Prognosen håller.' });
  return { host, sheetId: built.value.sheetId };
}

describe('Nästa månad', () => {
  it('builds the next period with the same settings and carries each unit’s comment beside an empty Kommentar', async () => {
    const { host, sheetId } = await julyWithComments();
    host.resetStats();
    const next = await buildNextMonth(sheetId);
    expect(next.ok).toBe(true);
    const syncs = host.stats.perSync.length;
    const s = sheet(host.snapshot(), SEPTEMBER);
    const settings = parseSettings(String(s.customProperties.BudgetFollowUp))!;
    expect(settings.period).toEqual({ year: 2025, month: 9, months: 2 });
    expect(settings.organisation).toBe('KLS');
    expect(settings.previous).toEqual({ year: 2025, month: 7, months: 2 });
    const carried = columnOf(s, 'Kommentar jun/jul');
    const comment = columnOf(s, 'Kommentar');
    expect(comment.charCodeAt(0)).toBe(carried.charCodeAt(0) + 1);
    expect(s.cells[`${carried}${rowOf(s, 'IT')}`]?.value).toBe('Licenser i förskott');
    expect(s.cells[`${carried}${rowOf(s, 'HR-avdelning')}`]?.value).toBe('Vakans från mars');
    expect(s.cells[`${comment}${rowOf(s, 'IT')}`]?.value ?? '').toBe('');
    expect(s.cells[`A${rowOf(s, 'Kommentar jun/jul') + 1}`]?.value).toBe('Prognosen håller.');
    // The July sheet is only read.
    expect(sheet(host.snapshot(), JULY).cells[`M${rowOf(sheet(host.snapshot(), JULY), 'IT')}`]?.value).toBe('Licenser i förskott');
    // The read's syncs (sheets, first rows and tags, the ledger with the source's comments) and the write's three.
    expect(syncs).toBeLessThanOrEqual(6); // measured: 6
  });

  it('marks the new Kommentar where a deviation needs one', async () => {
    const { host, sheetId } = await julyWithComments();
    const next = await buildNextMonth(sheetId);
    expect(next.ok).toBe(true);
    const s = sheet(host.snapshot(), SEPTEMBER);
    const needing = next.ok ? next.value.report.comments.filter((c) => c.needsComment) : [];
    expect(needing.length).toBeGreaterThan(0);
    for (const c of needing) expect(s.cells[`${columnOf(s, 'Kommentar')}${c.row + 1}`]?.style.fill).toBe(MARKED);
  });

  it('reports a renamed unit’s comment with its text instead of guessing', async () => {
    const { host, sheetId } = await julyWithComments();
    // The ledger renames IT before the next month.
    const ledger = host.snapshot().sheets.find((x) => x.name !== JULY && Object.values(x.cells).some((c) => c.value === 'IT'))!;
    const renames = Object.fromEntries(Object.entries(ledger.cells).filter(([, c]) => c.value === 'IT').map(([a]) => [a, 'Digitalisering']));
    await type(ledger.name, renames);
    const next = await buildNextMonth(sheetId);
    expect(next.ok).toBe(true);
    const warnings = next.ok ? next.value.warnings : [];
    expect(warnings.filter((w) => w.includes('Licenser i förskott'))).toEqual([
      expect.stringMatching(/^Uppföljning 2025-07: kommentaren från jun\/jul till .*IT följer inte med/),
    ]);
    const s = sheet(host.snapshot(), SEPTEMBER);
    expect(Object.values(s.cells).some((c) => c.value === 'Licenser i förskott')).toBe(false);
    expect(s.cells[`${columnOf(s, 'Kommentar jun/jul')}${rowOf(s, 'HR-avdelning')}`]?.value).toBe('Vakans från mars');
  });

  it('keeps the carried column and the typed comments on Refresh', async () => {
    const { host, sheetId } = await julyWithComments();
    const next = await buildNextMonth(sheetId);
    expect(next.ok).toBe(true);
    const s = sheet(host.snapshot(), SEPTEMBER);
    await type(SEPTEMBER, { [`${columnOf(s, 'Kommentar')}${rowOf(s, 'IT')}`]: 'Licenserna periodiserade' });
    const refreshed = await refreshFollowUps(next.ok ? [next.value.sheetId] : []);
    expect(refreshed.ok && refreshed.value[0]?.result.ok).toBe(true);
    const after = sheet(host.snapshot(), SEPTEMBER);
    expect(after.cells[`${columnOf(after, 'Kommentar')}${rowOf(after, 'IT')}`]?.value).toBe('Licenserna periodiserade');
    expect(after.cells[`${columnOf(after, 'Kommentar jun/jul')}${rowOf(after, 'IT')}`]?.value).toBe('Licenser i förskott');
    expect(after.cells[`A${rowOf(after, 'Kommentar jun/jul') + 1}`]?.value).toBe('Prognosen håller.');
  });

  it('says so when the follow-up is gone', async () => {
    await hostWith(KLS);
    const next = await buildNextMonth('no-such-sheet');
    expect(next).toEqual({ ok: false, error: { kind: 'notFound', what: 'followUp' } });
  });
});
