/**
 * What the report model decides for print and reading, without rendering: the account table reads
 * revenue positive and costs negative whatever the ledger's convention (seed 000), columns with no
 * value are left out with a note, English reads as English with one unit word, the print setup is
 * data (A4, fit, print area before the chart data), header cells are never narrower than their
 * longest word, and the input column is never the widest.
 */
import { composeFollowUp } from '../../src/core/compose';
import { ALL_SECTIONS } from '../../src/core/report/buildReport';
import type { ReportSheet } from '../../src/core/report/model';
import { POINTS_PER_WIDTH_UNIT } from '../../src/core/report/sheetLayout';
import { longestWordWidth } from '../../src/core/report/textWidth';
import type { Lang } from '../../src/core/money';
import { readXlsxGrids } from '../../src/xlsx/readXlsx';
import { aLedger } from '../support/builders';

type Row = { unit: string; account: number; budget: string; actual: string; forecast?: string };

function reportOf(rows: Row[], sign: 'debit' | 'result', lang: Lang = 'sv'): ReportSheet {
  const composed = composeFollowUp([aLedger(rows.map((r) => ({ ...r, forecast: r.forecast ?? null })))], {
    period: { year: 2025, month: 7, months: 1 }, scale: 'tkr', lang, parentStyle: 'above', sections: ALL_SECTIONS, organisation: 'KLS', sign,
  });
  if (!composed.ok) throw new Error(JSON.stringify(composed.analysis.issues));
  return composed.report;
}

function accountRows(r: ReportSheet): string[][] {
  const s = r.sections.find((x) => x.kind === 'accountTable')!;
  return r.rows.slice(s.row, s.row + s.rows).map((row) => row.map((c) => c.text.replace(/\u00a0/g, ' ')));
}

// The same year booked both ways: revenue 1 000 tkr budget, 1 200 actual; costs 5 000 budget, 4 500 actual.
const DEBIT: Row[] = [
  { unit: 'Stab', account: 3010, budget: '-1000000', actual: '-1200000' },
  { unit: 'Stab', account: 5010, budget: '5000000', actual: '4500000' },
];
const RESULT: Row[] = DEBIT.map((r) => ({ ...r, budget: String(-Number(r.budget)), actual: String(-Number(r.actual)) }));

describe('the account table', () => {
  it.each([
    ['debit', DEBIT],
    ['result', RESULT],
  ] as const)('shows revenue positive and costs negative, deviations positive = favourable, for a %s ledger', (sign, rows) => {
    const [, header, revenue, costs] = accountRows(reportOf([...rows], sign));
    expect(header!.slice(1, 4)).toEqual(['Utfall ack', 'Budget ack', 'Budgetavvikelse']);
    expect(revenue!.slice(0, 4)).toEqual(['Verksamhetens intäkter', '1 200', '1 000', '200']);
    expect(costs!.slice(0, 4)).toEqual(['Verksamhetens kostnader', '-4 500', '-5 000', '500']);
  });

  it('leaves out columns with no value on any row, and says so beside the title', () => {
    const [title, header] = accountRows(reportOf(DEBIT, 'debit'));
    expect(header).not.toContain('Prognos helår');
    expect(header).not.toContain('Utfall ack föreg år');
    expect(title![1]).toBe('Visas inte, utan värden: Prognos helår, Utfall ack föreg år.');
    const withForecast = reportOf([...DEBIT, { unit: 'Stab', account: 5010, budget: '0', actual: '0', forecast: '9000000' }], 'debit');
    expect(accountRows(withForecast)[1]).toContain('Prognos helår');
  });
});

describe('English', () => {
  it('uses one unit word, kSEK, in every title, and agrees in number', () => {
    const r = reportOf(DEBIT, 'debit', 'en');
    const texts = r.rows.flatMap((row) => row.map((c) => c.text));
    expect(texts.filter((t) => /\b(tkr|mnkr|kr)\b/.test(t))).toEqual([]);
    expect(texts).toContain('Analysis of actuals (kSEK)');
    expect(texts).toContain('Result per area (kSEK)');
    const summary = texts.join(' ').replace(/\u00a0/g, ' ');
    expect(summary).toContain('Revenue is 200 kSEK higher than budget and costs are 500 kSEK lower than budget.');
    expect(summary).not.toMatch(/Revenue are/);
  });

  it('writes one item in the singular and two in the plural', () => {
    const rows: Row[] = [
      { unit: 'Stab', account: 5010, budget: '500000', actual: '400000' },
      { unit: 'IT', account: 5010, budget: '500000', actual: '600000' },
    ];
    const text = reportOf(rows, 'debit', 'en').rows.flatMap((row) => row.map((c) => c.text)).join(' ');
    expect(text).toContain('The largest surplus is in Stab (100\u00a0kSEK).');
    expect(text).toContain('The largest deficit is in IT (100\u00a0kSEK).');
  });
});

describe('the print setup and widths of the KLS follow-up', () => {
  let r: ReportSheet;
  beforeAll(async () => {
    const composed = composeFollowUp(await readXlsxGrids('examples/kls-2025.xlsx'), {
      period: { year: 2025, month: 7, months: 2 }, scale: 'tkr', lang: 'sv', parentStyle: 'above', sections: ALL_SECTIONS, organisation: 'KLS',
    });
    if (!composed.ok) throw new Error('no');
    r = composed.report;
  });

  it('is A4 landscape, one page wide and one tall, ending before the note and the chart data', () => {
    expect(r.print).toMatchObject({ paper: 'A4', orientation: 'landscape', fitToPages: { wide: 1, tall: 1 }, titleRows: null });
    const summary = r.sections.find((s) => s.kind === 'summary')!;
    expect(r.print.area).toEqual({ row: 0, column: 0, rows: summary.row + summary.rows, columns: 13 });
    const printed = r.rows.slice(0, r.print.area.rows).flatMap((row) => row.map((c) => c.text));
    expect(printed).not.toContain('Diagramunderlag');
    expect(printed.some((t) => t.startsWith('↑'))).toBe(false);
    // The summary's comment cell prints (plain: nothing shows while empty).
    expect(r.comments.find((c) => c.key === 'summary')!.row).toBe(r.print.area.rows - 1);
  });

  it('makes every header cell at least as wide as its longest word, and Kommentar not the widest column', () => {
    for (const row of r.rows) {
      row.forEach((c, i) => {
        if (c.style.fill !== 'DDEBF7') return;
        expect(r.columnWidths[i]! * POINTS_PER_WIDTH_UNIT).toBeGreaterThanOrEqual(longestWordWidth(c.text, 11, true));
      });
    }
    const widths = r.columnWidths;
    expect(widths[12]).toBeLessThan(Math.max(...widths.slice(0, 12)));
    expect(widths.reduce((a, w) => a + w, 0)).toBeLessThan(234 * 0.8);
  });

  it('gives every row a height, the header rows two lines', () => {
    expect(r.rowHeights).toHaveLength(r.rows.length);
    const header = r.sections.find((s) => s.kind === 'unitTable')!.row;
    expect(r.rowHeights[header]!.height).toBe(27.75);
  });
});

describe('the print setup of a long follow-up', () => {
  it('runs over several pages tall at a readable scale, repeating the unit table header, long names wrapped', () => {
    const rows: Row[] = Array.from({ length: 120 }, (_, i) => ({
      unit: `Förvaltningen för samhällsbyggnad och särskilda insatser, enhet ${i + 1}`,
      account: 5010,
      budget: '1234567',
      actual: '1200000',
    }));
    const r = reportOf(rows, 'debit');
    const header = r.sections.find((s) => s.kind === 'unitTable')!.row;
    expect(r.print.fitToPages.tall).toBeGreaterThanOrEqual(3);
    expect(r.print.expectedScale).toBeGreaterThanOrEqual(73);
    expect(r.print.titleRows).toEqual({ first: header, last: header });
    expect(r.columnWidths[0]).toBeLessThanOrEqual(36);
    const long = r.rows[header + 1]![0]!;
    expect(long.style.wrap).toBe(true);
    expect(r.rowHeights[header + 1]!.height).toBe(27.75); // two lines
  });
});

describe('a wide follow-up (förvaltningen in kr, amounts in the billions)', () => {
  it('narrows the Kommentar and label columns until it prints one page wide at 8 pt or more', async () => {
    const composed = composeFollowUp(await readXlsxGrids('examples/forvaltning-2024.xlsx'), {
      period: { year: 2024, month: 9, months: 1 }, scale: 'kr', lang: 'sv', parentStyle: 'below', sections: ALL_SECTIONS, organisation: 'förvaltningen',
    });
    if (!composed.ok) throw new Error('no');
    const r = composed.report;
    expect(r.print.expectedScale).toBeGreaterThanOrEqual(73);
    const widths = r.columnWidths;
    expect(widths[0]).toBeGreaterThanOrEqual(20);
    expect(widths[12]).toBeLessThan(Math.max(...widths.slice(0, 12)));
    expect(r.rows.some((row) => row[0]?.style.wrap === true && typeof row[0].value === 'string')).toBe(true);
  });
});
