/**
 * The indicators in the JSON report: exact decimal strings as written in the sheet ("605.4", "5.6"
 * for 5,6 %), never rounded; the period as "2024" (a year) or "2024-09" (the month of the to-date
 * figures); the status and what it was judged on.
 */
import { fiscalYearLabel } from '../fiscal/fiscalYear';
import type { IndicatorLine, StatusBasis } from '../indicators/indicatorTable';
import type { Direction, IndicatorType } from '../indicators/schema';
import type { IndicatorStatus } from '../indicators/status';
import { isoMonth } from '../period/month';

/** One indicator as JSON. */
export interface JsonIndicator {
  readonly name: string;
  readonly unit: string | null;
  readonly type: IndicatorType | null;
  /** Whether the figures are percentages (5.6 means 5,6 %). */
  readonly percent: boolean;
  readonly direction: Direction;
  readonly frequency: 'year' | 'month';
  /** "2024" (or "2024/25") for a yearly indicator; "2024-08" for a monthly one; null when no month has figures yet. */
  readonly period: string | null;
  /** Yearly: Utfall for the year; monthly: Utfall to date. */
  readonly actual: string | null;
  /** Yearly: Mål for the year; monthly: Mål to date. */
  readonly target: string | null;
  readonly forecast: string | null;
  readonly yearTarget: string | null;
  readonly previousYear: string | null;
  readonly status: IndicatorStatus | null;
  readonly statusBasis: StatusBasis | null;
}

/** The indicator lines as JSON. */
export function jsonIndicators(lines: readonly IndicatorLine[], fiscalStart: number): JsonIndicator[] {
  return lines.map((l) => ({
    name: l.name,
    unit: l.measureUnit,
    type: l.type,
    percent: l.percent,
    direction: l.direction,
    frequency: l.frequency,
    period: l.frequency === 'year' ? fiscalYearLabel(l.year, fiscalStart) : l.month === null ? null : isoMonth(l.month),
    actual: l.actual,
    target: l.target,
    forecast: l.forecast,
    yearTarget: l.yearTarget,
    previousYear: l.previousYear,
    status: l.status?.kind ?? null,
    statusBasis: l.status?.basis ?? null,
  }));
}
