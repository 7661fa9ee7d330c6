/**
 * The add-in writes the indicator tables (Office.js writer, on the in-memory Excel host): Build on
 * the Förvaltning sample gives seed 000 §2.1's figures with their formats and status colours, the
 * indicator sheet is read, never written, and never taken for a ledger.
 */
/// <reference types="office-js" />
import { buildFollowUp, refreshFollowUps } from '../../src/app/buildFollowUp';
import { ALL_SECTIONS } from '../../src/core/report/buildReport';
import { hostWith, rowOf, rowValues, sheet } from './appHost';

const FV = 'examples/forvaltning-2024.xlsx';

describe('Build follow-up on the Förvaltning sample: the indicators', () => {
  it('writes the yearly and monthly indicator tables with formats and status colours, the indicator sheet unchanged', async () => {
    const host = await hostWith(FV);
    const before = host.snapshot();
    const result = await buildFollowUp({
      settings: { period: { year: 2024, month: 9, months: 1 }, scale: 'mnkr', lang: 'sv', parentStyle: 'below', sections: ALL_SECTIONS, organisation: 'förvaltningen' },
    });
    expect(result.ok).toBe(true);
    const after = host.snapshot();
    const ws = sheet(after, 'Uppföljning 2024-09');
    expect(rowValues(ws, rowOf(ws, 'Hållbart medarbetarengagemang HME'), 7)).toEqual(['Hållbart medarbetarengagemang HME', '2024', null, 78, 80, 78, 'Nära målet (prognos)']);
    const staffing = rowOf(ws, 'Bemanning (månadsarbetare)');
    const sickLeave = rowOf(ws, 'Sjukfrånvaro');
    expect(rowValues(ws, staffing, 8)).toEqual(['Bemanning (månadsarbetare)', 'Sep 2024', 605.4, 635, 650, 635, 621.6, 'Nära målet']);
    expect(rowValues(ws, sickLeave, 8)).toEqual(['Sjukfrånvaro', 'Aug 2024', 0.056, 0.055, 0.05, 0.055, 0.054, 'Nära målet']);
    expect(ws.cells[`C${staffing}`]!.numberFormat).toBe('#,##0.0');
    expect(ws.cells[`C${sickLeave}`]!.numberFormat).toBe('0.0 %');
    expect(ws.cells[`H${sickLeave}`]!.style.fill).toBe('#FFEB9C');
    expect(ws.cells[`H${sickLeave}`]!.style.color).toBe('#9C5700');
    expect(sheet(after, 'Indikatorer')).toEqual(sheet(before, 'Indikatorer'));
    expect(result.ok && result.value.summary).toContain('bemanning och sjukfrånvaro ligger i linje med sina mål');
  });

  it('refreshes the indicators from the sheet as it is now (a new month\'s sick leave)', async () => {
    const host = await hostWith(FV);
    const settings = { period: { year: 2024, month: 9, months: 1 }, scale: 'mnkr' as const, lang: 'sv' as const, parentStyle: 'below' as const, sections: ALL_SECTIONS, organisation: 'förvaltningen' };
    expect((await buildFollowUp({ settings })).ok).toBe(true);
    await Excel.run(async (context) => {
      // Row 24 is Sjukfrånvaro 2024-09, reported late: its Utfall arrives.
      context.workbook.worksheets.getItem('Indikatorer').getRange('C24').values = [[6.2]];
      await context.sync();
    });
    expect((await refreshFollowUps('all')).ok).toBe(true);
    const ws = sheet(host.snapshot(), 'Uppföljning 2024-09');
    expect(rowValues(ws, rowOf(ws, 'Sjukfrånvaro'), 8)).toEqual(['Sjukfrånvaro', 'Sep 2024', 0.062, 0.055, 0.05, 0.055, 0.054, 'Ej uppfyllt']);
    expect(ws.cells[`H${rowOf(ws, 'Sjukfrånvaro')}`]!.style.fill).toBe('#FFC7CE');
  });
});
