/**
 * Rounding-reconciled display on the two sample ledgers: with the option on, every parent's shown
 * children add up to its shown figure and the top-level units to the total, in every amount column
 * of the unit and result tables; no figure moves a whole unit; the subtitle says so; off, the
 * report is exactly what it was.
 */
import { analyseWorkbook } from '../../src/core/engine';
import type { FollowUp } from '../../src/core/followup/computeFollowUp';
import type { Figures } from '../../src/core/followup/figures';
import type { Scale } from '../../src/core/money';
import { ALL_SECTIONS, buildReport, type ReportOptions } from '../../src/core/report/buildReport';
import type { ReportCell, ReportSheet } from '../../src/core/report/model';
import { unitRows, type ParentStyle } from '../../src/core/report/rows';
import { readXlsxGrids } from '../../src/xlsx/readXlsx';
import { aLedger, analyse } from '../support/builders';

interface Case {
  readonly name: string;
  readonly file: string;
  readonly period: { year: number; month: number; months: number };
  readonly scale: Scale;
  readonly parentStyle: ParentStyle;
}

const CASES: readonly Case[] = [
  { name: 'KLS jun/jul 2025, tkr, parents above', file: 'examples/kls-2025.xlsx', period: { year: 2025, month: 7, months: 2 }, scale: 'tkr', parentStyle: 'above' },
  { name: 'KLS jun/jul 2025, mnkr, parents below', file: 'examples/kls-2025.xlsx', period: { year: 2025, month: 7, months: 2 }, scale: 'mnkr', parentStyle: 'below' },
  { name: 'förvaltning Sept 2024, tkr, parents above', file: 'examples/forvaltning-2024.xlsx', period: { year: 2024, month: 9, months: 1 }, scale: 'tkr', parentStyle: 'above' },
  { name: 'förvaltning Sept 2024, mnkr, parents below', file: 'examples/forvaltning-2024.xlsx', period: { year: 2024, month: 9, months: 1 }, scale: 'mnkr', parentStyle: 'below' },
];

/** Unit-table columns and the figure each holds. */
const UNIT_COLUMNS: readonly [number, keyof Figures][] = [
  [1, 'periodBudget'], [2, 'periodActual'], [3, 'periodDeviation'], [5, 'annualBudget'], [6, 'ytdBudget'],
  [7, 'ytdActual'], [8, 'ytdDeviation'], [10, 'forecast'], [11, 'forecastDeviation'],
];
const RESULT_COLUMNS: readonly [number, keyof Figures][] = [[1, 'ytdDeviation'], [2, 'ytdDeviationPreviousMonth']];

async function followUpOf(c: Case): Promise<{ f: FollowUp; options: ReportOptions }> {
  const grids = await readXlsxGrids(c.file);
  const a = analyseWorkbook(grids, { period: c.period, lang: 'sv' });
  const options: ReportOptions = {
    lang: 'sv', scale: c.scale, parentStyle: c.parentStyle, sections: ALL_SECTIONS, organisation: 'KLS',
    ledgerActualWord: a.ledger.actualWord, sourceSheets: a.ledger.sheets, comments: new Map(), builtOn: '2025-08-15',
  };
  return { f: a.followUp!, options };
}

function body(r: ReportSheet, kind: 'unitTable' | 'resultTable'): (readonly ReportCell[])[] {
  const s = r.sections.find((x) => x.kind === kind)!;
  const header = r.rows.findIndex((row, i) => i >= s.row && row[0]?.style.fill === 'DDEBF7');
  return r.rows.slice(header + 1, s.row + s.rows).filter((row) => row.length > 1);
}

/** Each sum and the body rows of its parts: a parent's own rows and children, the total's top-level units. */
function sumsOf(f: FollowUp, style: ParentStyle): { at: number; parts: number[]; exact: (k: keyof Figures) => boolean }[] {
  const rows = unitRows(f, style);
  const figureRow = (id: number): number => rows.findIndex((r) => r.node?.id === id && r.kind !== 'heading' && r.kind !== 'own');
  const ownRow = (id: number): number => rows.findIndex((r) => r.node?.id === id && r.kind === 'own');
  const adds = (whole: Figures, parts: Figures[]) => (k: keyof Figures): boolean =>
    parts.every((p) => p[k] !== null) && whole[k] !== null && parts.reduce((s, p) => s + (p[k] as number), 0) === whole[k];
  const sums = f.organisation.nodes.filter((n) => n.children.length > 0).map((n) => {
    const own = ownRow(n.id);
    const parts = [...(own >= 0 ? [own] : []), ...n.children.map(figureRow)];
    return { at: figureRow(n.id), parts, exact: adds(f.nodes[n.id]!, parts.map((i) => rows[i]!.figures!)) };
  });
  const roots = f.organisation.roots.map(figureRow);
  sums.push({ at: rows.length - 1, parts: roots, exact: adds(f.total, roots.map((i) => rows[i]!.figures!)) });
  return sums;
}

const tenths = (c: ReportCell | undefined): number => Math.round(((c?.value as number | null) ?? 0) * 10);

describe.each(CASES)('rounding-reconciled display: $name', (c) => {
  let f: FollowUp;
  let off: ReportSheet;
  let on: ReportSheet;
  beforeAll(async () => {
    const x = await followUpOf(c);
    f = x.f;
    off = buildReport(f, x.options);
    on = buildReport(f, { ...x.options, reconcileRounding: true });
  });

  it('off is the report as it was (absent and false alike)', async () => {
    const x = await followUpOf(c);
    expect(buildReport(f, { ...x.options, reconcileRounding: false })).toEqual(off);
  });

  it.each([['unitTable', UNIT_COLUMNS], ['resultTable', RESULT_COLUMNS]] as const)('%s: shown parts add up to the shown sum wherever the exact parts do', (kind, columns) => {
    const rows = body(on, kind);
    let checked = 0;
    for (const s of sumsOf(f, c.parentStyle)) {
      for (const [col, key] of columns) {
        if (!s.exact(key) || rows[s.at]![col]?.value === undefined) continue;
        expect(s.parts.reduce((sum, p) => sum + tenths(rows[p]![col]), 0)).toBe(tenths(rows[s.at]![col]));
        checked++;
      }
    }
    expect(checked).toBeGreaterThanOrEqual(4);
  });

  it('the chart shows the top-level deviations the unit table shows', () => {
    const table = body(on, 'unitTable');
    const v = on.chart!.values;
    for (let r = v.row; r < v.row + v.rows; r++) {
      const label = on.rows[r]![0]!.text;
      const row = table.find((t) => t[0]!.text === `Summa ${label}`) ?? table.find((t) => t[0]!.text === label)!;
      expect(on.rows[r]![v.column]!.value).toBe(row[8]!.value);
    }
  });

  it('moves no figure by a whole display unit, changes no percent or label, and says so in the subtitle', () => {
    const unit = c.scale === 'mnkr' ? 1 : 10;
    let changed = 0;
    on.rows.forEach((row, r) =>
      row.forEach((cell, col) => {
        const before = off.rows[r]![col]!;
        if (typeof cell.value !== 'number' || cell.numberFormat.includes('%') || r === 1) {
          if (r !== 1) expect(cell).toEqual(before);
          return;
        }
        const diff = Math.abs(tenths(cell) - tenths(before));
        expect(diff).toBeLessThanOrEqual(unit);
        if (diff > 0) changed++;
      }),
    );
    expect(changed).toBeGreaterThan(0);
    expect(on.rows[1]![0]!.text).toBe(`${off.rows[1]![0]!.text} Avrundade belopp är justerade så att delarna summerar till summorna (största restmetoden, högst en enhet).`);
  });
});

describe('rounding-reconciled display: three units of 0,4 tkr deviation each', () => {
  const a = analyse([aLedger(['A', 'B', 'C'].map((unit) => ({ unit, budget: 1400, actual: 1000 })))]);
  const options: ReportOptions = {
    lang: 'sv', scale: 'tkr', parentStyle: 'above', sections: ALL_SECTIONS, organisation: 'X',
    ledgerActualWord: null, sourceSheets: ['Huvudbok'], comments: new Map(), builtOn: '2025-08-15',
  };
  const on = buildReport(a.followUp!, { ...options, reconcileRounding: true });
  const deviations = (rows: readonly (readonly ReportCell[])[], column: number): number[] => rows.map((row) => row[column]!.value as number);

  it('shows the total\'s 1 tkr on one unit in the table, the result table and the chart alike', () => {
    const table = body(on, 'unitTable');
    const units = deviations(table.slice(0, 3), 8);
    expect(Math.abs(units.reduce((s, v) => s + v, 0))).toBe(1);
    expect(Math.abs(table[3]![8]!.value as number)).toBe(1);
    const v = on.chart!.values;
    expect(deviations(on.rows.slice(v.row, v.row + v.rows), v.column)).toEqual(units);
    expect(deviations(body(on, 'resultTable').slice(0, 3), 1)).toEqual(units);
  });
});
