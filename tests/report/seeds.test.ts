/**
 * The two seed reports reproduced from the sample ledgers in examples/, figure by figure: every
 * displayed figure of seed 004's unit table and key figures, and of seed 000's "Analys av utfall"
 * and "Resultatanalys".
 */
import { analyseWorkbook } from '../../src/core/engine';
import type { FollowUpPeriod } from '../../src/core/period/month';
import { ALL_SECTIONS, buildReport, type ReportOptions } from '../../src/core/report/buildReport';
import type { ReportSheet } from '../../src/core/report/model';
import { readXlsxGrids } from '../../src/xlsx/readXlsx';
import { FORVALTNING_SEPT_2024, KLS_JULY_2025 } from '../fixtures/seeds';

const plain = (s: string) => s.replace(/\u00a0/g, ' ');

async function reportOf(file: string, period: FollowUpPeriod, o: Partial<ReportOptions>): Promise<ReportSheet> {
  const grids = await readXlsxGrids(file);
  const a = analyseWorkbook(grids, { period, lang: 'sv' });
  expect(a.issues.filter((i) => i.severity === 'error')).toEqual([]);
  return buildReport(a.followUp!, {
    lang: 'sv',
    scale: 'tkr',
    parentStyle: 'above',
    sections: ALL_SECTIONS,
    organisation: 'KLS',
    ledgerActualWord: a.ledger.actualWord,
    sourceSheets: a.ledger.sheets,
    comments: new Map(),
    ...o,
  });
}

function sectionRows(r: ReportSheet, kind: string): string[][] {
  const s = r.sections.find((x) => x.kind === kind);
  if (!s) throw new Error(`no ${kind} section`);
  return r.rows.slice(s.row, s.row + s.rows).map((row) => row.map((c) => plain(c.text)));
}

describe('seed 004: Kommunledningsstab, July 2025, jun/jul', () => {
  let report: ReportSheet;
  beforeAll(async () => {
    report = await reportOf('examples/kls-2025.xlsx', KLS_JULY_2025.period, {});
  });

  it('has the seed columns, in the ledger\'s own words (Redovisning)', () => {
    const [header] = sectionRows(report, 'unitTable');
    expect(header).toEqual([
      'Enhet', 'Budget jun/jul', 'Redovisning jun/jul', 'Avvikelse jun/jul', '% av budget', 'Årsbudget',
      'Budget t.o.m. juli', 'Redovisning t.o.m. juli', 'Avvikelse t.o.m. juli', '% av budget',
      'Prognos efter mars', 'Avvikelse prognos', 'Kommentar',
    ]);
  });

  it('shows every figure of the unit table as the seed does, rows in the seed order', () => {
    const [, ...rows] = sectionRows(report, 'unitTable');
    expect(rows).toHaveLength(KLS_JULY_2025.rows.length);
    KLS_JULY_2025.rows.forEach((seed, i) => {
      const row = rows[i]!;
      expect(row[0]).toBe(seed.label);
      expect(row.slice(1, 10)).toEqual([...seed.figures]);
      if (seed.forecastDeviation !== undefined) expect(row[11]).toBe(seed.forecastDeviation);
      else expect(row[11]).toBe('');
    });
  });

  it('indents children under their parent and makes parents and the total bold', () => {
    const s = report.sections.find((x) => x.kind === 'unitTable')!;
    const rows = report.rows.slice(s.row + 1, s.row + s.rows);
    KLS_JULY_2025.rows.forEach((seed, i) => {
      expect(rows[i]![0]!.style.indent ?? 0).toBe(seed.depth);
      expect(rows[i]![0]!.style.bold ?? false).toBe(seed.kind !== 'unit');
    });
  });

  it('shows the protocol\'s key figures', () => {
    const rows = sectionRows(report, 'keyFigures');
    expect(rows.slice(1)).toEqual([
      ['Budget till och med juli', KLS_JULY_2025.keyFigures.budget],
      ['Redovisning till och med juli', KLS_JULY_2025.keyFigures.actual],
      ['Avvikelse till och med juli', KLS_JULY_2025.keyFigures.deviation],
      ['Procent av budget', KLS_JULY_2025.keyFigures.percent],
    ]);
  });
});

describe('seed 000: förvaltning, September 2024', () => {
  let report: ReportSheet;
  beforeAll(async () => {
    report = await reportOf('examples/forvaltning-2024.xlsx', FORVALTNING_SEPT_2024.period, {
      scale: 'mnkr',
      parentStyle: 'below',
      organisation: 'förvaltningen',
    });
  });

  it('reproduces "Analys av utfall" figure by figure', () => {
    const rows = sectionRows(report, 'accountTable');
    const body = rows.slice(2).filter((r) => r[0] !== 'varav');
    expect(rows.slice(2).map((r) => r[0])).toEqual([
      'Verksamhetens intäkter', 'Verksamhetens kostnader', 'varav',
      ...FORVALTNING_SEPT_2024.analysis.filter((a) => a.kind === 'group').map((a) => a.label),
    ]);
    FORVALTNING_SEPT_2024.analysis.forEach((seed, i) => {
      expect(body[i]![0]).toBe(seed.label);
      expect(body[i]!.slice(1, 7)).toEqual([...seed.figures]);
    });
  });

  it('reproduces "Resultatanalys" figure by figure, in the seed order', () => {
    const rows = sectionRows(report, 'resultTable').slice(2);
    let at = 0;
    for (const seed of FORVALTNING_SEPT_2024.result) {
      while (at < rows.length && rows[at]![0]!.toLowerCase() !== seed.label.toLowerCase()) at++;
      const row = rows[at];
      expect(row).toBeDefined();
      const figures = [seed.ytdDeviation ?? '', seed.previousMonth ?? ''].map((f) => (f === '0' ? '0,0' : f));
      expect(row!.slice(1, 3)).toEqual(figures);
      at++;
    }
  });
});
