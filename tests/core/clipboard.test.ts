/** The report's sections as clipboard HTML (for Word) and tab-separated text. */
import { composeFollowUp } from '../../src/core/compose';
import { ALL_SECTIONS } from '../../src/core/report/buildReport';
import { sectionsToHtml, sectionsToText } from '../../src/core/report/clipboard';
import type { ReportSheet } from '../../src/core/report/model';
import { aLedger } from '../support/builders';

function aReport(units: { unit: string; sub?: string; budget: string; actual: string }[]): ReportSheet {
  const grid = aLedger(units.map((u) => ({ unit: u.unit, sub: u.sub ?? null, budget: u.budget, actual: u.actual })));
  const composed = composeFollowUp(
    [grid],
    { period: { year: 2025, month: 7, months: 1 }, scale: 'tkr', lang: 'sv', parentStyle: 'above', sections: ALL_SECTIONS, organisation: 'KLS' },
  );
  if (!composed.ok) throw new Error(JSON.stringify(composed.analysis.issues));
  return composed.report;
}

/** The text content of an HTML fragment, parsed the way a browser would. */
function cellsOf(html: string): string[][] {
  const rows = [...html.matchAll(/<tr>(.*?)<\/tr>/g)].map((m) => m[1]!);
  return rows.map((row) => [...row.matchAll(/<t[dh][^>]*>(.*?)<\/t[dh]>/g)].map((m) => m[1]!));
}

describe('sectionsToHtml', () => {
  const report = aReport([
    { unit: 'Stab', budget: '100000', actual: '90000' },
    { unit: 'IT', sub: 'Drift', budget: '50000', actual: '60000' },
    { unit: 'IT', sub: 'Support', budget: '20000', actual: '10000' },
  ]);

  it('writes the unit table as one table with the header, the rows and the total', () => {
    const html = sectionsToHtml(report, ['unitTable']);
    expect(html.match(/<table/g)).toHaveLength(1);
    const rows = cellsOf(html);
    expect(rows[0]![0]).toBe('Enhet');
    expect(rows.map((r) => r[0])).toEqual(['Enhet', 'Stab', 'IT', 'Drift', 'Support', 'Totalt KLS']);
    expect(rows[1]!.slice(0, 5)).toEqual(['Stab', '100', '90', '10', '90,0%']);
  });

  it('styles cells inline: the report font, bold, header fill, borders, right-aligned numbers, indentation', () => {
    const html = sectionsToHtml(report, ['unitTable']);
    const header = html.match(/<th[^>]*>Enhet<\/th>/)![0];
    expect(header).toContain("font-family:'Calibri',sans-serif");
    expect(header).toContain('font-weight:bold');
    expect(header).toContain('background:#DDEBF7');
    expect(header).toContain('border:0.5pt solid #000000');
    const figure = html.match(/<td[^>]*>100<\/td>/)![0];
    expect(figure).toContain('text-align:right');
    expect(figure).not.toContain('font-weight:bold');
    const child = html.match(/<td[^>]*>Drift<\/td>/)![0];
    expect(child).toContain('padding:1pt 1.5pt 1pt 6.5pt');
    const parent = html.match(/<td[^>]*>IT<\/td>/)![0];
    expect(parent).toContain('font-weight:bold');
    expect(parent).toContain('padding:1pt 1.5pt 1pt 1.5pt');
    const total = html.match(/<td[^>]*>Totalt KLS<\/td>/)![0];
    expect(total).toContain('background:#F2F2F2');
    expect(total).toContain('border-top:1pt solid');
  });

  it('shows negative deviations in red, as Excel does', () => {
    const html = sectionsToHtml(report, ['unitTable']);
    const driftRow = html.match(/<tr><td[^>]*>Drift<\/td>.*?<\/tr>/)![0];
    expect(driftRow).toMatch(/<td[^>]*color:#FF0000[^>]*>-10<\/td>/);
  });

  it('writes section titles as table captions, the summary as paragraphs, and separates tables by a paragraph', () => {
    const html = sectionsToHtml(report, ['keyFigures', 'unitTable', 'accountTable', 'summary']);
    expect(html).toMatch(/<caption[^>]*><span style="[^"]*font-weight:bold[^"]*">Ekonomisk uppföljning över KLS \(tkr\)<\/span><\/caption>/);
    expect(html).toMatch(/<p style="[^"]*">Budgetavvikelsen ackumulerat juli 2025 för KLS/);
    expect(html).not.toMatch(/<\/table><table/);
    expect(html.match(/<table/g)!.length).toBeGreaterThanOrEqual(3);
    expect(html.indexOf('Ekonomisk uppföljning')).toBeLessThan(html.indexOf('>Enhet<'));
  });

  it('copies only the chosen sections', () => {
    const html = sectionsToHtml(report, ['accountTable']);
    expect(html).not.toContain('>Enhet<');
    expect(html).toContain('Verksamhetens kostnader');
    expect(sectionsToHtml(report, [])).not.toContain('<table');
  });

  it('escapes every text: a unit called <script> or =HYPERLINK(…) arrives as text', () => {
    const hostile = aReport([
      { unit: '<script>alert("x")</script>', budget: '100', actual: '50' },
      { unit: '=HYPERLINK("http://example.invalid","klick")', budget: '100', actual: '50' },
      { unit: 'Vård & omsorg', budget: '100', actual: '50' },
    ]);
    const html = sectionsToHtml(hostile, ['unitTable', 'summary']);
    expect(html).not.toContain('<script');
    expect(html).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;');
    expect(html).toContain('Vård &amp; omsorg');
    const formula = html.match(/<td[^>]*>=HYPERLINK\(&quot;http:\/\/example.invalid&quot;,&quot;klick&quot;\)<\/td>/);
    expect(formula).not.toBeNull();
    expect(formula![0]).toContain('mso-number-format:&quot;\\@&quot;');
    const text = sectionsToText(hostile, ['unitTable']);
    expect(text).toContain(`\n'=HYPERLINK("http://example.invalid","klick")\t`);
    expect(text).not.toContain("\t'"); // figures are numbers: never marked as text
  });
});

describe('sectionsToText', () => {
  const report = aReport([
    { unit: 'Stab', budget: '100000', actual: '90000' },
    { unit: 'IT', budget: '50000', actual: '60000' },
  ]);

  it('writes one line per row with tab-separated cells, sections apart by a blank line', () => {
    const text = sectionsToText(report, ['keyFigures', 'unitTable']);
    const [keyFigures, unitTable] = text.split('\n\n');
    expect(keyFigures!.split('\n')[0]).toBe('Budget till och med juli\t150');
    const lines = unitTable!.split('\n');
    expect(lines[0]!.split('\t')[0]).toBe('Enhet');
    expect(lines[1]!.split('\t').slice(0, 4)).toEqual(['Stab', '100', '90', '10']);
    expect(lines[lines.length - 1]!.startsWith('Totalt KLS\t')).toBe(true);
  });

  it('keeps a unit name with tabs or line breaks on its own cell', () => {
    const odd = aReport([{ unit: 'A\tB\nC', budget: '1', actual: '1' }]);
    const lines = sectionsToText(odd, ['unitTable']).split('\n');
    expect(lines[1]!.split('\t')[0]).toBe('A B C');
  });
});
