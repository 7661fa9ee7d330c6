/**
 * The indicator section of the report model on the Förvaltning sample: seed 000 §2.1's figures in
 * the seed's columns, yearly apart from monthly, a status in words and colour per row, a document
 * layout within A4 portrait for the committee document and the clipboard, and the summary's
 * sentence (in line, or the ones that miss) in Swedish and English.
 */
import { composeFollowUp } from '../../src/core/compose';
import type { IndicatorLine } from '../../src/core/indicators/indicatorTable';
import type { Lang, Measure } from '../../src/core/money';
import { ALL_SECTIONS } from '../../src/core/report/buildReport';
import { copySections } from '../../src/core/report/clipboard';
import { indicatorSentence } from '../../src/core/report/indicatorSummary';
import { STATUS_STYLES } from '../../src/core/report/indicatorTables';
import type { ReportSheet } from '../../src/core/report/model';
import { readXlsxGrids } from '../../src/xlsx/readXlsx';
import type { Sheet } from '../../src/core/grid/sheetRows';

const FV = 'examples/forvaltning-2024.xlsx';
const plain = (s: string): string => s.replace(/\u00a0/g, ' ');
/** A4 portrait's text width with 2,5 cm margins, in points. */
const A4_TEXT_WIDTH = (16 / 2.54) * 72;

let sheets: Sheet[];
beforeAll(async () => {
  sheets = await readXlsxGrids(FV);
});

function compose(lang: Lang, sections = ALL_SECTIONS) {
  const c = composeFollowUp(sheets, { period: { year: 2024, month: 9, months: 1 }, scale: 'mnkr', lang, parentStyle: 'below', sections, organisation: 'förvaltningen' });
  if (!c.ok) throw new Error(c.analysis.issues.map((i) => i.code).join(', '));
  return c;
}

function indicatorRows(r: ReportSheet): string[][][] {
  return r.sections.filter((s) => s.kind === 'indicators').map((s) => r.rows.slice(s.row, s.row + s.rows).map((row) => row.map((c) => plain(c.text))));
}

describe('seed 000 §2.1 from the Förvaltning sample, September 2024', () => {
  it('shows the yearly and the monthly indicators as the seed does, each a section of its own', () => {
    const [yearly, monthly] = indicatorRows(compose('sv').report);
    expect(yearly).toEqual([
      ['Indikatorer per år'],
      ['Indikator (år)', 'År', 'Utfall (helår)', 'Prognos (helår)', 'Mål (helår)', 'Utfall (föreg år)', 'Status'],
      ['Hållbart medarbetarengagemang HME', '2024', '', '78', '80', '78', 'Nära målet (prognos)'],
    ]);
    expect(monthly).toEqual([
      ['Indikatorer per månad'],
      ['Indikator (månad)', 'Månad', 'Utfall (ack period)', 'Mål (ack period)', 'Prognos (helår)', 'Mål (helår)', 'Utfall (föreg år)', 'Status'],
      ['Bemanning (månadsarbetare)', 'Sep 2024', '605,4', '635', '650', '635', '621,6', 'Nära målet'],
      ['Sjukfrånvaro', 'Aug 2024', '5,6 %', '5,5 %', '5 %', '5,5 %', '5,4 %', 'Nära målet'],
    ]);
  });

  it('writes figures as numbers with their own decimals, and percentages as fractions with a % format', () => {
    const r = compose('sv').report;
    const s = r.sections.filter((x) => x.kind === 'indicators')[1]!;
    const [staffing, sickLeave] = [r.rows[s.row + 2]!, r.rows[s.row + 3]!];
    expect(staffing.slice(2, 7).map((c) => [c.value, c.numberFormat])).toEqual([[605.4, '#,##0.0'], [635, '#,##0'], [650, '#,##0'], [635, '#,##0'], [621.6, '#,##0.0']]);
    expect(sickLeave.slice(2, 7).map((c) => [c.value, c.numberFormat])).toEqual([[0.056, '0.0 %'], [0.055, '0.0 %'], [0.05, '0 %'], [0.055, '0.0 %'], [0.054, '0.0 %']]);
    expect(staffing[7]!.style).toBe(STATUS_STYLES.near);
  });

  it('puts the indicators before the summary, with the summary\'s sentence on them', () => {
    const c = compose('sv');
    const kinds = c.report.sections.map((s) => s.kind);
    expect(kinds.indexOf('indicators')).toBeGreaterThan(kinds.indexOf('resultTable'));
    expect(kinds.lastIndexOf('indicators')).toBeLessThan(kinds.indexOf('summary'));
    expect(plain(c.summary)).toContain('Indikatorerna för hållbart medarbetarengagemang HME, bemanning och sjukfrånvaro ligger i linje med sina mål.');
    expect(c.indicators).toHaveLength(3);
  });

  it('speaks English', () => {
    const c = compose('en');
    const [yearly, monthly] = indicatorRows(c.report);
    expect(yearly![1]).toEqual(['Indicator (year)', 'Year', 'Actual (full year)', 'Forecast (full year)', 'Target (full year)', 'Actual (previous year)', 'Status']);
    expect(monthly![3]).toEqual(['Sjukfrånvaro', 'Aug 2024', '5.6%', '5.5%', '5%', '5.5%', '5.4%', 'Near target']);
    expect(c.summary).toContain('The indicators for hållbart medarbetarengagemang HME, bemanning and sjukfrånvaro are in line with their targets.');
  });

  it('leaves the tables and the sentence out when the sections do, and does not read the sheet then', () => {
    const c = compose('sv', ALL_SECTIONS.filter((s) => s !== 'indicators'));
    expect(c.report.sections.some((s) => s.kind === 'indicators')).toBe(false);
    expect(c.summary).not.toContain('Indikator');
    expect(c.indicators).toEqual([]);
    expect(c.analysis.indicators).toEqual([]);
  });

  it('lays each table out for a committee document: caption, repeated header, within A4 portrait, nothing wrapped but names', () => {
    const r = compose('sv').report;
    for (const s of r.sections.filter((x) => x.kind === 'indicators')) {
      const d = s.document!;
      expect(d.headerRow).toBe(s.row + 1);
      expect(d.bodyRows[0]).toBe(s.row + 2);
      expect(d.columns.reduce((a, c) => a + c.width, 0)).toBeLessThanOrEqual(A4_TEXT_WIDTH);
      expect(d.columns.map((c) => c.kind)).toEqual(['label', ...d.columns.slice(1).map(() => 'amount')]);
      expect(d.caption).toMatch(/^Indikatorer per (år|månad) – förvaltningen, t\.o\.m\. september 2024$/);
    }
  });

  it('copies both tables together for the pane\'s "Kopiera indikatorer", with the status colours', () => {
    const copied = copySections(compose('sv').report, ['indicators']);
    expect(copied.html.match(/<table/g)).toHaveLength(2);
    expect(copied.html).toContain('<thead>');
    expect(copied.html).toContain('background:#FFEB9C');
    expect(plain(copied.text)).toContain('Sjukfrånvaro\tAug 2024\t5,6 %\t5,5 %\t5 %\t5,5 %\t5,4 %\tNära målet');
  });
});

describe('the summary sentence', () => {
  const line = (name: string, kind: 'met' | 'near' | 'missed' | null, o: Partial<IndicatorLine> = {}): IndicatorLine => ({
    name,
    measureUnit: null,
    type: null,
    percent: false,
    direction: 'higher',
    frequency: 'month',
    year: 2024,
    month: null,
    actual: '605.4' as Measure,
    target: '635' as Measure,
    forecast: '70' as Measure,
    yearTarget: '80' as Measure,
    previousYear: null,
    status: kind === null ? null : { kind, basis: 'actual' },
    ...o,
  });

  it('names the ones that miss with their figure against the target, and the others as in line', () => {
    const lines = [
      line('Sjukfrånvaro', 'missed', { percent: true, actual: '6.2' as Measure, target: '5.5' as Measure }),
      line('HME', 'missed', { status: { kind: 'missed', basis: 'forecast' } }),
      line('Bemanning', 'near'),
      line('Ledtid', null),
    ];
    expect(plain(indicatorSentence(lines, 'sv'))).toBe('Sjukfrånvaro (6,2 % mot målet 5,5 %) och HME (prognos 70 mot målet 80) når inte sina mål, medan bemanning ligger i linje med sitt mål.');
    expect(plain(indicatorSentence(lines, 'en'))).toBe('Sjukfrånvaro (6.2% against a target of 5.5%) and HME (forecast 70 against a target of 80) miss their targets, while bemanning is in line with its target.');
    expect(indicatorSentence([lines[0]!], 'sv')).toMatch(/^Sjukfrånvaro \(.*\) når inte sitt mål\.$/);
  });

  it('says one in line in the singular, and nothing without a status', () => {
    expect(indicatorSentence([line('Bemanning', 'met')], 'sv')).toBe('Indikatorn för bemanning ligger i linje med sitt mål.');
    expect(indicatorSentence([line('Ledtid', null)], 'sv')).toBe('');
    expect(indicatorSentence([], 'en')).toBe('');
  });
});
