/**
 * The follow-up sheet's print setup written through Office.js (Worksheet.pageLayout, ExcelApi 1.9)
 * on the in-memory host: A4 landscape, one page wide and (for KLS) one tall, the model's margins,
 * a header and footer naming organisation, period, page and date, a print area that leaves out
 * the chart's data and the input note, and column widths in points that match the file's.
 */
/// <reference types="office-js" />
import { buildFollowUp } from '../../src/app/buildFollowUp';
import { hostWith, KLS_REQUEST, rowOf, sheet } from './appHost';

const KLS = 'examples/kls-2025.xlsx';

describe('print setup through Office.js', () => {
  it('is A4 landscape, one page wide and one tall for KLS, with margins, header and footer', async () => {
    const host = await hostWith(KLS);
    expect((await buildFollowUp(KLS_REQUEST)).ok).toBe(true);
    const ws = sheet(host.snapshot(), 'Uppföljning 2025-07');
    expect(ws.pageLayout).toMatchObject({ paperSize: 'A4', orientation: 'Landscape', fitToWidth: 1, fitToHeight: 1, scale: null });
    expect(ws.pageLayout.margins).toEqual({ top: 32.4, bottom: 32.4, left: 28.8, right: 28.8, header: 14.4, footer: 14.4 });
    expect(ws.pageLayout.headerFooter).toMatchObject({
      leftHeader: 'KLS – ekonomisk uppföljning till och med juli 2025',
      rightHeader: 'Period: jun/jul 2025',
      rightFooter: 'Sida &P av &N',
    });
    expect(ws.pageLayout.headerFooter.leftFooter).toMatch(/^Skapad \d{4}-\d{2}-\d{2}$/);
  });

  it('prints the report without the chart data and the note below the comment cell', async () => {
    const host = await hostWith(KLS);
    await buildFollowUp(KLS_REQUEST);
    const ws = sheet(host.snapshot(), 'Uppföljning 2025-07');
    const note = rowOf(ws, '↑ Kommentar: skriv i raden ovan – den behålls vid uppdatering och skrivs ut.');
    expect(ws.pageLayout.printArea).toBe(`A1:M${note - 1}`);
    expect(rowOf(ws, 'Diagramunderlag')).toBeGreaterThan(note);
    expect(ws.pageLayout.printTitleRows).toBeNull();
  });

  it('gives columns their widths in points (7 px a unit), Kommentar narrower than the widest', async () => {
    const host = await hostWith(KLS);
    await buildFollowUp(KLS_REQUEST);
    const widths = sheet(host.snapshot(), 'Uppföljning 2025-07').columnWidths;
    const others = Object.entries(widths).filter(([c]) => c !== 'M').map(([, w]) => w);
    expect(widths.M).toBeLessThan(Math.max(...others));
    for (const w of Object.values(widths)) expect((w / 0.75) % 1).toBe(0);
  });
});

describe('the host keeps pageLayout\'s documented rules', () => {
  it('refuses print title rows that are not whole rows ("The range must span the entire row to be valid.")', async () => {
    await hostWith(KLS);
    await expect(
      Excel.run(async (context) => {
        const ws = context.workbook.worksheets.getItem('Huvudbok');
        ws.pageLayout.setPrintTitleRows(ws.getRange('A3:C3'));
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: 'InvalidArgument' });
  });

  it('refuses a paper size that is not an Excel.PaperType, and a print area on another sheet', async () => {
    await hostWith(KLS);
    await expect(
      Excel.run(async (context) => {
        context.workbook.worksheets.getItem('Huvudbok').pageLayout.paperSize = 'A7' as Excel.PaperType;
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: 'InvalidArgument' });
    await expect(
      Excel.run(async (context) => {
        const sheets = context.workbook.worksheets;
        sheets.add('Annat');
        sheets.getItem('Huvudbok').pageLayout.setPrintArea(sheets.getItem('Annat').getRange('A1:B2'));
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: 'InvalidArgument' });
  });

  it('reads back what was set, in one sync', async () => {
    await hostWith(KLS);
    await Excel.run(async (context) => {
      const layout = context.workbook.worksheets.getItem('Huvudbok').pageLayout;
      layout.setPrintArea('A1:D10');
      layout.setPrintTitleRows('1:1');
      layout.headersFooters.defaultForAllPages.centerFooter = 'Sida &P';
      layout.load('paperSize, leftMargin');
      await context.sync();
      expect(layout.paperSize).toBe('Letter');
      expect(layout.leftMargin).toBe(50.4);
    });
  });
});
