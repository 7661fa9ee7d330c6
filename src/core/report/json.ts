/**
 * The JSON report of SPEC §5: exact amounts as decimal strings in kronor (never scaled or rounded),
 * percentages rounded to one decimal.
 */
import type { FollowUp } from '../followup/computeFollowUp';
import type { Figures } from '../followup/figures';
import { moneyToKronorString, percentRounded, type Lang, type Money } from '../money';
import { accountLineLabel } from './accountTable';
import { rowKey, SUMMARY_COMMENT_KEY, unitRows } from './rows';
import type { PeriodEnd } from '../cycle/nextMonth';
import { commentKeyPath, type CarriedComments } from '../cycle/previousComments';
import { isFiscal } from './words';
import { fiscalStartOf, periodFiscalYearLabel } from '../fiscal/fiscalYear';
import { DEFAULT_THRESHOLD, type ExplainThreshold } from '../cycle/threshold';
import { isExplainableRow, rowNeedsComment } from '../cycle/needsComment';
import { rowPath } from '../cycle/unexplained';
import type { ForecastAccuracy } from '../forecast/accuracy';
import { forecastAccuracyJson, type JsonForecastAccuracy } from './forecastJson';
import type { IndicatorLine } from '../indicators/indicatorTable';
import { jsonIndicators, type JsonIndicator } from './indicatorJson';
import { jsonDiff, jsonFigureChange, type JsonDiff, type JsonFigureChange } from '../cycle/diffJson';
import type { RowStatus } from '../cycle/reportDiff';
import { changedAccounts, type SinceLock } from '../cycle/sinceLock';

/** The figures of a row as JSON. */
export interface JsonFigures {
  readonly periodBudget: string;
  readonly periodActual: string;
  readonly periodDeviation: string;
  readonly periodPercentOfBudget: string | null;
  readonly ytdBudget: string;
  readonly ytdActual: string;
  readonly ytdDeviation: string;
  readonly ytdPercentOfBudget: string | null;
  readonly annualBudget: string;
  readonly forecast: string | null;
  readonly forecastDeviation: string | null;
  readonly ytdDeviationPreviousMonth: string | null;
  readonly ytdActualPreviousYear: string | null;
}

/** A unit, parent or total row. */
export interface JsonRow extends JsonFigures {
  readonly path: readonly string[];
  readonly kind: 'unit' | 'parent' | 'total';
  /** Units and parents: whether the YTD deviation reaches the explain-over threshold (absent on the total). */
  readonly needsComment?: boolean;
  /** The comment carried from the previous follow-up (`--previous`), when it had one for this row. */
  readonly previousComment?: string;
}

/** An account line. */
export interface JsonAccountGroup extends JsonFigures {
  readonly name: string;
  readonly kind: 'revenue' | 'cost' | 'financial' | 'group';
}

/** The whole JSON report. */
export interface JsonReport {
  /** The calendar month followed up; `fiscalStart` and the fiscal year's name ("2025/26") when it starts after January. */
  readonly period: { readonly year: number; readonly month: number; readonly months: number; readonly fiscalStart?: number; readonly fiscalYear?: string };
  readonly sign: 'debit' | 'result';
  readonly rows: readonly JsonRow[];
  readonly accountGroups: readonly JsonAccountGroup[];
  readonly warnings: readonly string[];
  readonly summary: string;
  /** The explain-over threshold: kronor as a decimal string, percent of YTD budget; null when not part of it. */
  readonly explainOver: { readonly amount: string | null; readonly percent: string | null };
  /** Only when asked for: the forecast accuracy (closed year) or change (running year); null when the data give none. */
  readonly forecastAccuracy?: JsonForecastAccuracy | null;
  /** What changed since the month was locked (the total and each changed row, exact); absent without a lock. */
  readonly changesSinceLock?: {
    readonly lockedAt: string;
    readonly rows: JsonDiff['rows'];
    readonly unchanged: number;
    /** The account lines that changed, in the account analysis's order, exact (as the ledger books them); absent when the lock keeps none. */
    readonly accounts?: readonly {
      readonly kind: 'revenue' | 'cost' | 'financial' | 'group';
      readonly name: string | null;
      readonly status: RowStatus;
      readonly ytdActual: JsonFigureChange;
      readonly ytdDeviation: JsonFigureChange;
    }[];
  };
  /** With `--previous`: the previous follow-up's period, its summary comment, and comments whose unit is gone (listed, not guessed). */
  readonly previous?: {
    readonly period: PeriodEnd;
    readonly summaryComment: string | null;
    readonly unmatched: readonly { readonly path: readonly string[]; readonly comment: string }[];
  };
  /** The indicators of the indicator sheets (empty without one). */
  readonly indicators: readonly JsonIndicator[];
}

/** The carried comments the JSON shows (core/cycle/previousComments). */
export interface JsonPrevious {
  readonly period: PeriodEnd;
  readonly carried: CarriedComments;
}

const kr = (m: Money | null): string | null => (m === null ? null : moneyToKronorString(m));

/** A row's figures as JSON. */
export function jsonFigures(f: Figures): JsonFigures {
  return {
    periodBudget: moneyToKronorString(f.periodBudget),
    periodActual: moneyToKronorString(f.periodActual),
    periodDeviation: moneyToKronorString(f.periodDeviation),
    periodPercentOfBudget: f.periodPercentOfBudget ? percentRounded(f.periodPercentOfBudget) : null,
    ytdBudget: moneyToKronorString(f.ytdBudget),
    ytdActual: moneyToKronorString(f.ytdActual),
    ytdDeviation: moneyToKronorString(f.ytdDeviation),
    ytdPercentOfBudget: f.ytdPercentOfBudget ? percentRounded(f.ytdPercentOfBudget) : null,
    annualBudget: moneyToKronorString(f.annualBudget),
    forecast: kr(f.forecast),
    forecastDeviation: kr(f.forecastDeviation),
    ytdDeviationPreviousMonth: kr(f.ytdDeviationPreviousMonth),
    ytdActualPreviousYear: kr(f.ytdActualPreviousYear),
  };
}

/** Build the JSON report; `threshold` (default 100 tkr or 5 %) decides each row's `needsComment`. */
export function jsonReport(
  f: FollowUp,
  o: {
    lang: Lang;
    warnings: readonly string[];
    summary: string;
    threshold?: ExplainThreshold;
    previous?: JsonPrevious;
    indicators?: readonly IndicatorLine[];
    forecastAccuracy?: ForecastAccuracy | null;
    sinceLock?: SinceLock;
  },
): JsonReport {
  const threshold = o.threshold ?? DEFAULT_THRESHOLD;
  const carried = o.previous?.carried.matched;
  const rows: JsonRow[] = unitRows(f, 'above').map((r) => {
    // A parent's comment sits on its "Summa …" row when the sheet puts subtotals below.
    const previousComment = carried?.get(rowKey(r)) ?? (r.kind === 'parent' ? carried?.get(`${rowKey(r)}#sum`) : undefined);
    return {
      path: rowPath(r, o.lang),
      kind: r.kind === 'total' ? 'total' : r.kind === 'parent' ? 'parent' : 'unit',
      ...jsonFigures(r.figures!),
      ...(isExplainableRow(r) ? { needsComment: rowNeedsComment(r, threshold) !== null } : {}),
      ...(previousComment !== undefined ? { previousComment } : {}),
    };
  });
  return {
    period: {
      year: f.period.year,
      month: f.period.month,
      months: f.period.months,
      ...(isFiscal(f.period) ? { fiscalStart: fiscalStartOf(f.period), fiscalYear: periodFiscalYearLabel(f.period) } : {}),
    },
    sign: f.sign.sign,
    rows,
    accountGroups: f.accountLines.map((l) => ({ name: accountLineLabel(l, o.lang), kind: l.kind, ...jsonFigures(l.figures) })),
    warnings: o.warnings,
    summary: o.summary,
    explainOver: { amount: kr(threshold.amount), percent: threshold.percent },
    indicators: jsonIndicators(o.indicators ?? [], fiscalStartOf(f.period)),
    ...(o.forecastAccuracy === undefined ? {} : { forecastAccuracy: o.forecastAccuracy === null ? null : forecastAccuracyJson(f, o.forecastAccuracy, o.lang) }),
    ...(o.previous ? { previous: jsonPrevious(o.previous) } : {}),
    ...(o.sinceLock ? { changesSinceLock: changesJson(o.sinceLock) } : {}),
  };
}

/** The previous follow-up's part of the JSON. */
function jsonPrevious(p: JsonPrevious): NonNullable<JsonReport['previous']> {
  return {
    period: p.period,
    summaryComment: p.carried.matched.get(SUMMARY_COMMENT_KEY) ?? null,
    unmatched: p.carried.unmatched.map((u) => ({ path: commentKeyPath(u.key), comment: u.text })),
  };
}

/** The changes since a lock as JSON: the rows of `followup diff --json`, with the time of the lock. */
function changesJson(s: SinceLock): NonNullable<JsonReport['changesSinceLock']> {
  const d = jsonDiff(s.diff);
  const accounts = s.accounts
    ? { accounts: changedAccounts(s).map((a) => ({ kind: a.kind, name: a.name, status: a.status, ytdActual: jsonFigureChange(a.ytdActual), ytdDeviation: jsonFigureChange(a.ytdDeviation) })) }
    : {};
  return { lockedAt: s.lockedAt, rows: d.rows, unchanged: d.unchanged, ...accounts };
}
