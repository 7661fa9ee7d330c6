/**
 * Whatever text a ledger brings — markup, a formula, control characters, U+FFFE (an `_xFFFE_`
 * escape), a lone surrogate — the committee document and the workbook's chart part stay
 * well-formed XML (one bad character makes Word or Excel refuse the whole file), and the text is
 * kept as text, less only the characters XML cannot hold.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import JSZip from 'jszip';
import { composeFollowUp } from '../../src/core/compose';
import { ALL_SECTIONS } from '../../src/core/report/buildReport';
import type { ReportSheet } from '../../src/core/report/model';
import { reportDocumentBytes } from '../../src/docx/writeDocument';
import { writeFollowUpWorkbook } from '../../src/xlsx/writeFollowUpWorkbook';
import { aLedger } from '../support/builders';
import { tempDir } from '../support/tmp';

const dir = tempDir();
const NAMES = ['<script>&"\'', '=HYPERLINK("x")', 'Vård\u0001och\u000Bomsorg', 'Skola\uFFFE', 'Kultur\uD800'];

function report(): ReportSheet {
  const rows = NAMES.map((unit, i) => ({ unit, budget: String(1000 * (i + 1)), actual: String(900 * (i + 1) + (i % 2 === 0 ? 300 : 0)) }));
  const composed = composeFollowUp([aLedger(rows)], {
    period: { year: 2025, month: 7, months: 1 }, scale: 'tkr', lang: 'sv', parentStyle: 'above', sections: ALL_SECTIONS, organisation: 'Nämnden <&>',
  });
  if (!composed.ok) throw new Error('does not compose');
  return composed.report;
}

function wellFormed(xml: string, name: string): void {
  const file = path.join(dir, name);
  writeFileSync(file, xml);
  expect(() => execFileSync('xmllint', ['--noout', file], { stdio: 'pipe' })).not.toThrow();
}

describe('ledger text in the documents', () => {
  it('keeps the committee document well-formed, the text as text', async () => {
    const zip = await JSZip.loadAsync(await reportDocumentBytes(report()));
    for (const part of ['word/document.xml', 'word/header1.xml', 'word/footer1.xml', 'docProps/core.xml']) {
      const file = zip.file(part);
      if (file !== null) wellFormed(await file.async('string'), part.replace(/\//g, '_'));
    }
    const xml = await zip.file('word/document.xml')!.async('string');
    expect(xml).toContain('&lt;script&gt;&amp;');
    expect(xml).toContain('=HYPERLINK(');
    expect(xml).toContain('Skola<');
  });

  it('keeps the chart part well-formed, its cached categories the text less what XML cannot hold', async () => {
    const r = report();
    const out = path.join(dir, 'strange.xlsx');
    await writeFollowUpWorkbook(r, { source: null, out });
    const zip = await JSZip.loadAsync(readFileSync(out));
    const chart = await zip.file('xl/charts/chart1.xml')!.async('string');
    wellFormed(chart, 'chart.xml');
    wellFormed(await zip.file('xl/drawings/drawing1.xml')!.async('string'), 'drawing.xml');
    expect(chart).toContain('&lt;script&gt;&amp;&quot;&apos;');
    expect(chart).toContain('<c:v>Skola</c:v>');
    expect(chart).toContain('<c:v>Kultur</c:v>');
  });
});
