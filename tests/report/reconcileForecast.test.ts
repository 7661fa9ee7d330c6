/**
 * Rounding-reconciled display in the forecast tables (prognossäkerhet for a closed year, the
 * forecast change for a running one), on the förvaltning sample: with the option on, in every
 * amount column each parent's shown own rows and children add up to its shown figure and the
 * top-level units to the total, wherever the exact amounts add up; no shown figure is a whole
 * unit or more from its exact amount; the percent table and the JSON are unchanged.
 */
import { composeFollowUp } from '../../src/core/compose';
import type { FollowUpSettings } from '../../src/core/followUpSettings';
import type { FollowUp } from '../../src/core/followup/computeFollowUp';
import type { ForecastAccuracy } from '../../src/core/forecast/accuracy';
import { showAmount, type Money } from '../../src/core/money';
import { ALL_SECTIONS } from '../../src/core/report/buildReport';
import { accuracyLineOf } from '../../src/core/report/forecastTable';
import type { ReportCell, ReportSheet } from '../../src/core/report/model';
import { unitRows, type ParentStyle } from '../../src/core/report/rows';
import { readXlsxGrids } from '../../src/xlsx/readXlsx';

const FILE = 'examples/forvaltning-2024.xlsx';

interface Case {
  readonly name: string;
  readonly period: { year: number; month: number; months: number };
  readonly scale: 'tkr' | 'mnkr';
  readonly parentStyle: ParentStyle;
}

const CASES: readonly Case[] = [
  { name: 'closed 2023, tkr, parents above', period: { year: 2023, month: 12, months: 1 }, scale: 'tkr', parentStyle: 'above' },
  { name: 'closed 2023, mnkr, parents below', period: { year: 2023, month: 12, months: 1 }, scale: 'mnkr', parentStyle: 'below' },
  { name: 'running 2024 (September), tkr, parents above', period: { year: 2024, month: 9, months: 1 }, scale: 'tkr', parentStyle: 'above' },
];

function settingsOf(c: Case, reconcileRounding: boolean): Omit<FollowUpSettings, 'id'> {
  return { period: c.period, scale: c.scale, lang: 'sv', parentStyle: c.parentStyle, sections: ALL_SECTIONS, forecastAccuracy: true, ...(reconcileRounding ? { reconcileRounding: true } : {}) };
}

/** The body rows (one per unit-table row, in its order) of the forecast section's tables that hold amounts. */
function amountTables(r: ReportSheet, kind: 'closed' | 'running'): (readonly ReportCell[])[][] {
  const tables = r.sections.filter((s) => s.kind === 'forecastAccuracy' && s.rows > 2);
  // The closed year's second table is in percent: not reconciled, compared apart.
  return (kind === 'closed' ? tables.slice(0, 1) : tables).map((s) => {
    const header = r.rows.findIndex((row, i) => i >= s.row && row[0]?.style.fill === 'DDEBF7');
    return r.rows.slice(header + 1, s.row + s.rows);
  });
}

/** The exact amounts of one column by unit-table row (null for a heading or an empty cell). */
function exactColumn(f: FollowUp, a: ForecastAccuracy & { kind: 'closed' | 'running' }, style: ParentStyle, column: number): (Money | null)[] {
  return unitRows(f, style).map((row) => {
    const line = accuracyLineOf<unknown>(a as never, row) as Record<string, unknown> | null;
    if (line === null) return null;
    if (a.kind === 'running') return (line[['annualBudget', 'previous', 'latest', 'change'][column]!] as Money | null) ?? null;
    if (column < 3) return line[['annualBudget', 'outcome', 'outcomeDeviation'][column]!] as Money;
    return ((line.cells as ({ deviation: Money } | null)[])[column - 3]?.deviation ?? null) as Money | null;
  });
}

/** Each sum's row and its parts' rows: a parent's own rows and children, the total's top-level units. */
function sumsOf(f: FollowUp, style: ParentStyle): { at: number; parts: number[] }[] {
  const rows = unitRows(f, style);
  const figureRow = (id: number): number => rows.findIndex((r) => r.node?.id === id && r.kind !== 'heading' && r.kind !== 'own');
  const ownRow = (id: number): number => rows.findIndex((r) => r.node?.id === id && r.kind === 'own');
  const sums = f.organisation.nodes.filter((n) => n.children.length > 0).map((n) => {
    const own = ownRow(n.id);
    return { at: figureRow(n.id), parts: [...(own >= 0 ? [own] : []), ...n.children.map(figureRow)] };
  });
  sums.push({ at: rows.length - 1, parts: f.organisation.roots.map(figureRow) });
  return sums;
}

const tenths = (c: ReportCell | undefined): number => Math.round(((c?.value as number | null) ?? 0) * 10);

describe.each(CASES)('rounding-reconciled forecast tables: $name', (c) => {
  let f: FollowUp;
  let accuracy: ForecastAccuracy & { kind: 'closed' | 'running' };
  let off: ReportSheet;
  let on: ReportSheet;
  let jsonOff: unknown;
  let jsonOn: unknown;
  beforeAll(async () => {
    const grids = await readXlsxGrids(FILE);
    const plain = composeFollowUp(grids, settingsOf(c, false), { fallbackOrganisation: 'förvaltningen' });
    const reconciled = composeFollowUp(grids, settingsOf(c, true), { fallbackOrganisation: 'förvaltningen' });
    if (!plain.ok || !reconciled.ok || !plain.forecastAccuracy || !reconciled.forecastAccuracy) throw new Error('no forecast accuracy');
    f = plain.analysis.followUp!;
    accuracy = plain.forecastAccuracy as typeof accuracy;
    off = plain.report;
    on = reconciled.report;
    jsonOff = plain.forecastAccuracy;
    jsonOn = reconciled.forecastAccuracy;
  });

  it('shows every parent as the sum of its shown parts, and the total as the sum of the top-level units, where the exact amounts add up', () => {
    const sums = sumsOf(f, c.parentStyle);
    let checked = 0;
    for (const [t, table] of amountTables(on, accuracy.kind).entries()) {
      const columns = table[0]!.length - 1;
      for (let col = 1; col <= columns; col++) {
        const exact = exactColumn(f, accuracy, c.parentStyle, col - 1);
        for (const s of sums) {
          const parts = s.parts.map((p) => exact[p]);
          const whole = exact[s.at];
          if (whole === null || whole === undefined || parts.some((p) => p === null || p === undefined) || parts.reduce((n, p) => n + p!, 0) !== whole) continue;
          expect([t, col, s.at, s.parts.reduce((n, p) => n + tenths(table[p]![col]), 0)]).toEqual([t, col, s.at, tenths(table[s.at]![col])]);
          checked++;
        }
      }
    }
    expect(checked).toBeGreaterThan(10);
  });

  it('moves no shown figure a whole unit or more from its exact amount, and empties no cell', () => {
    // One shown unit in öre, and a cell's value in shown units (tkr whole, mnkr in tenths).
    const unitOre = c.scale === 'mnkr' ? 10_000_000 : 100_000;
    const units = (cell: ReportCell): number => (c.scale === 'mnkr' ? tenths(cell) : tenths(cell) / 10);
    const offTables = amountTables(off, accuracy.kind);
    let checked = 0;
    for (const [t, table] of amountTables(on, accuracy.kind).entries()) {
      for (let col = 1; col < table[0]!.length; col++) {
        const exact = exactColumn(f, accuracy, c.parentStyle, col - 1);
        for (const [r, row] of table.entries()) {
          expect([t, r, col, row[col]!.value === null]).toEqual([t, r, col, offTables[t]![r]![col]!.value === null]);
          const e = exact[r];
          if (e === null || e === undefined) continue;
          expect([t, r, col, Math.abs(units(row[col]!) * unitOre - e) < unitOre]).toEqual([t, r, col, true]);
          checked++;
        }
      }
    }
    expect(checked).toBeGreaterThan(50);
  });

  it('leaves the percent table, the labels and the JSON figures as they were', () => {
    const percent = (r: ReportSheet) => r.sections.filter((s) => s.kind === 'forecastAccuracy').slice(1).map((s) => r.rows.slice(s.row, s.row + s.rows));
    if (accuracy.kind === 'closed') expect(JSON.stringify(percent(on))).toEqual(JSON.stringify(percent(off)));
    const labels = (r: ReportSheet) => amountTables(r, accuracy.kind).map((t) => t.map((row) => row[0]!.value));
    expect(labels(on)).toEqual(labels(off));
    expect(jsonOn).toEqual(jsonOff);
  });

  it('changes some shown figure (the sample has rounding to reconcile)', () => {
    const shown = (r: ReportSheet) => amountTables(r, accuracy.kind).flat().map((row) => row.map((cell) => cell.value));
    expect(shown(on)).not.toEqual(shown(off));
    // And reads each figure in the scale: the exact total's annual budget, as shown without the option.
    expect(tenths(amountTables(off, accuracy.kind)[0]!.at(-1)![1])).toBe(Math.round(showAmount(accuracy.total.annualBudget, c.scale).value * 10));
  });
});
