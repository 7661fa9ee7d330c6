/**
 * Percentages typed in Excel: "5,6 %" typed into a cell is stored as 0,056 in a percent format,
 * and a sheet's cells reach the engine without their formats. So an indicator whose type is % and
 * whose figures are all number cells between −1 and 1 (not all zero) is read as fractions: ×100,
 * with a warning that says so (a percentage indicator whose every figure is under 1 % is rare;
 * the warning tells that user what happened).
 */
import { aWarning, type Issue } from '../issues/issue';
import { isWithinOne, measureAsPercent, type Measure } from '../money';
import type { IndicatorRow } from './readIndicators';
import { FIGURE_ROLES, type FigureRole } from './schema';

/** The rows of one indicator, its figures in percent where they were fractions of percent cells. */
export function percentFromFractions(rows: readonly IndicatorRow[], issues: Issue[]): readonly IndicatorRow[] {
  const first = rows[0]!;
  const typed = rows.some((r) => r.type === 'percent' || r.measureUnit === '%');
  if (!typed || rows.some((r) => r.textFigures)) return rows;
  const figures = rows.flatMap((r) => FIGURE_ROLES.map((role) => r.figures[role]).filter((m): m is Measure => m !== null));
  if (figures.length === 0 || !figures.every(isWithinOne) || figures.every((m) => m === '0')) return rows;
  issues.push(aWarning('indicatorPercentAsFraction', { sheet: first.sheet, address: first.address }, { name: first.name, value: figures[0]!, percent: measureAsPercent(figures[0]!) }));
  return rows.map((r) => {
    const shifted = {} as Record<FigureRole, Measure | null>;
    for (const role of FIGURE_ROLES) shifted[role] = r.figures[role] === null ? null : measureAsPercent(r.figures[role]);
    return { ...r, figures: shifted };
  });
}
