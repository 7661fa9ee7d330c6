/**
 * The committee document (`followup build --docx`) holds the indicator tables, as it holds every
 * table section with a document layout: both captions, the seed's headers as a repeated header
 * row, the figures and the status words, on the Förvaltning sample.
 */
import JSZip from 'jszip';
import { composeFollowUp } from '../../src/core/compose';
import { ALL_SECTIONS } from '../../src/core/report/buildReport';
import { reportDocumentBytes } from '../../src/docx/writeDocument';
import { readXlsxGrids } from '../../src/xlsx/readXlsx';

describe('the indicators in the committee document', () => {
  it('come as two tables with captions, header rows that repeat, the figures and the status', async () => {
    const c = composeFollowUp(await readXlsxGrids('examples/forvaltning-2024.xlsx'), {
      period: { year: 2024, month: 9, months: 1 }, scale: 'mnkr', lang: 'sv', parentStyle: 'below', sections: ALL_SECTIONS, organisation: 'förvaltningen',
    });
    if (!c.ok) throw new Error('the sample does not compose');
    const zip = await JSZip.loadAsync(await reportDocumentBytes(c.report));
    const xml = (await zip.file('word/document.xml')!.async('string')).replace(/\u00a0/g, ' ');
    const text = xml.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ');
    expect(text).toContain('Indikatorer per år – förvaltningen, t.o.m. september 2024');
    expect(text).toContain('Indikatorer per månad – förvaltningen, t.o.m. september 2024');
    expect(text).toContain('Utfall (ack period)');
    expect(text).toMatch(/Sjukfrånvaro Aug 2024 5,6 % 5,5 % 5 % 5,5 % 5,4 % Nära målet/);
    expect(text).toMatch(/Bemanning \(månadsarbetare\) Sep 2024 605,4 635 650 635 621,6 Nära målet/);
    // Every table's first row is a header row Word repeats on each page.
    expect((xml.match(/<w:tblHeader\/>/g) ?? []).length).toBeGreaterThanOrEqual(c.report.sections.filter((s) => s.document?.headerRow != null).length);
  });
});
