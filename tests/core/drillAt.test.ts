/**
 * Which figure a selected cell of a follow-up shows (drillAt): the model row with the cell's label,
 * followed when the user inserted or deleted rows above, and nothing where that is ambiguous.
 */
import { drillAt } from '../../src/core/report/drillAt';
import { composeFollowUp } from '../../src/core/compose';
import type { ReportSheet } from '../../src/core/report/model';
import { aLedger } from '../support/builders';
import { someSettings } from '../taskpane/fakeApp';

function report(): ReportSheet {
  const composed = composeFollowUp(
    [
      aLedger([
        { unit: 'Stab', sub: 'Ekonomi', budget: 100, actual: 90 },
        { unit: 'Stab', sub: 'IT', budget: 200, actual: 250 },
        { unit: 'Skola', sub: 'Ekonomi', budget: 300, actual: 310, account: 4010 },
      ]),
    ],
    someSettings(),
  );
  if (!composed.ok) throw new Error('compose failed');
  return composed.report;
}

/** The model row whose column A says `label`. */
function rowOf(r: ReportSheet, label: string): number {
  const row = r.rows.findIndex((cells) => cells[0]?.value === label);
  if (row < 0) throw new Error(`no row ${label}`);
  return row;
}

describe('drillAt', () => {
  it('names the figure of a unit-table cell where the model put it', () => {
    const r = report();
    const unit = r.drills!.find((d) => d.path.length > 0)!;
    const label = r.rows[unit.row]![0]!.value;
    expect(drillAt(r, { row: unit.row, column: unit.column, label })).toEqual(unit);
  });

  it('follows the row by its label when the user inserted rows above', () => {
    const r = report();
    const unit = r.drills!.find((d) => d.path.length > 0 && d.figure === 'ytdActual')!;
    const label = r.rows[unit.row]![0]!.value;
    expect(drillAt(r, { row: unit.row + 3, column: unit.column, label })).toEqual(unit);
  });

  it('gives nothing when rows moved and two units share the label (Ekonomi under Stab and Skola)', () => {
    const r = report();
    const ekonomi = r.drills!.filter((d) => r.rows[d.row]![0]!.value === 'Ekonomi' && d.column === 1);
    expect(ekonomi.length).toBe(2);
    expect(drillAt(r, { row: ekonomi[0]!.row, column: 1, label: 'Ekonomi' })).toEqual(ekonomi[0]);
    expect(drillAt(r, { row: ekonomi[0]!.row + 1, column: 1, label: 'Ekonomi' })).toBeNull();
  });

  it('gives nothing for a label the model does not have, an empty row, or a percent column', () => {
    const r = report();
    const total = r.drills!.find((d) => d.path.length === 0 && d.group === undefined)!;
    expect(drillAt(r, { row: total.row, column: 1, label: 'Något annat' })).toBeNull();
    expect(drillAt(r, { row: total.row + 50, column: 1, label: '' })).toBeNull();
    expect(drillAt(r, { row: total.row, column: 4, label: r.rows[total.row]![0]!.value })).toBeNull();
    expect(rowOf(r, r.rows[total.row]![0]!.value as string)).toBe(total.row);
  });
});
