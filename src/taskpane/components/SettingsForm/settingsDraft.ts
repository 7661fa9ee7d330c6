/**
 * The settings form's state: what the user has chosen so far, its problems, and the settings a
 * build is given. The first draft takes the month from the inspection (the latest with actuals) and the rest
 * from the workbook's latest follow-up, so a workbook "remembers" its settings through the tags
 * its follow-up sheets carry.
 */
import type { Inspection } from '../../../app';
import type { FollowUpSettings } from '../../../app/presentation';
import type { Scale } from '../../../app/presentation';
import type { SectionName } from '../../../app/presentation';
import type { ParentStyle } from '../../../app/presentation';
import { DEFAULT_THRESHOLD, parseThreshold, thresholdInput, type ExplainThreshold, type ThresholdError } from '../../../app/presentation';
import { SECTIONS } from '../../sections';
import type { Lang, SignChoice } from '../../strings';

/** A period length the form offers. */
export type PeriodMonths = 1 | 2 | 3;

/** The form's values. */
export interface SettingsDraft {
  /** null while the year field does not hold a year. */
  readonly year: number | null;
  readonly month: number;
  readonly months: PeriodMonths;
  readonly scale: Scale;
  readonly parentStyle: ParentStyle;
  readonly sections: readonly SectionName[];
  readonly sign: SignChoice;
  readonly organisation: string;
  /** The fiscal year's first month, 1–12; January (the calendar year) by default. */
  readonly fiscalStart: number;
  /** When a deviation needs a comment, from the latest follow-up; the engine's default when absent. */
  readonly explainOver?: ExplainThreshold;
  /** The threshold as typed in "Fler inställningar"; absent until the user edits it. */
  readonly explainOverText?: string;
  /** Rounding-reconciled display (shown parts add up to shown sums); off when absent. */
  readonly reconcileRounding?: boolean;
  /** The forecast-accuracy part (where the data allow it); off when absent. */
  readonly forecastAccuracy?: boolean;
}

/** What is wrong with a draft, by field. */
export interface DraftProblems {
  readonly year?: 'invalid';
  readonly sections?: 'none';
  readonly explainOver?: ThresholdError;
}

const MIN_YEAR = 1900;
const MAX_YEAR = 2100;

/** The draft before the workbook is known: last month, tkr, every section. */
export function defaultDraft(today: Date): SettingsDraft {
  const last = new Date(today.getFullYear(), today.getMonth() - 1, 1);
  return {
    year: last.getFullYear(),
    month: last.getMonth() + 1,
    months: 1,
    scale: 'tkr',
    parentStyle: 'above',
    sections: SECTIONS,
    sign: 'auto',
    organisation: '',
    fiscalStart: 1,
  };
}

/** The first draft for a workbook: the suggested month, the latest follow-up's other settings. */
export function initialDraft(inspection: Inspection, today: Date): SettingsDraft {
  const base = defaultDraft(today);
  const { year, month } = inspection.suggestedPeriod;
  const latest = latestSettings(inspection.index.followUps.map((f) => f.settings));
  if (latest === null) return { ...base, year, month };
  return {
    ...base,
    year,
    month,
    scale: latest.scale,
    parentStyle: latest.parentStyle,
    sections: latest.sections,
    sign: latest.sign ?? 'auto',
    organisation: latest.organisation ?? '',
    fiscalStart: latest.period.fiscalStart ?? 1,
    // Next month's follow-up asks for comments over the same threshold.
    ...(latest.explainOver ? { explainOver: latest.explainOver } : {}),
    ...(latest.reconcileRounding ? { reconcileRounding: true } : {}),
    ...(latest.forecastAccuracy ? { forecastAccuracy: true } : {}),
  };
}

/** The settings of the follow-up of the latest period (the last listed when periods tie). */
function latestSettings(all: readonly FollowUpSettings[]): FollowUpSettings | null {
  let latest: FollowUpSettings | null = null;
  for (const s of all) {
    if (latest === null || periodKey(s) >= periodKey(latest)) latest = s;
  }
  return latest;
}

function periodKey(s: FollowUpSettings): number {
  return s.period.year * 12 + s.period.month;
}

/** A year as typed, or null when it is not a year the add-in handles. */
export function parseYear(text: string): number | null {
  const trimmed = text.trim();
  if (!/^\d{4}$/.test(trimmed)) return null;
  const year = Number(trimmed);
  return year >= MIN_YEAR && year <= MAX_YEAR ? year : null;
}

/** Whether a year is one the add-in handles. */
export function isValidYear(year: number | null): year is number {
  return year !== null && Number.isInteger(year) && year >= MIN_YEAR && year <= MAX_YEAR;
}

/**
 * The longest period that fits in the fiscal year up to the month (a quarter ending in February is
 * two months in a calendar year).
 */
export function maxMonths(month: number, fiscalStart = 1): PeriodMonths {
  const f = ((month - fiscalStart + 12) % 12) + 1;
  return f >= 3 ? 3 : f === 2 ? 2 : 1;
}

/** The draft with another month; the period shrinks when it no longer fits in the year. */
export function withMonth(draft: SettingsDraft, month: number): SettingsDraft {
  const months = Math.min(draft.months, maxMonths(month, draft.fiscalStart)) as PeriodMonths;
  return { ...draft, month, months };
}

/** The draft with another fiscal start; the period shrinks when it no longer fits in the fiscal year. */
export function withFiscalStart(draft: SettingsDraft, fiscalStart: number): SettingsDraft {
  const months = Math.min(draft.months, maxMonths(draft.month, fiscalStart)) as PeriodMonths;
  return { ...draft, fiscalStart, months };
}

/** The draft with a section added or removed, sections kept in sheet order. */
export function withSection(draft: SettingsDraft, section: SectionName, included: boolean): SettingsDraft {
  const chosen = new Set(draft.sections);
  if (included) chosen.add(section);
  else chosen.delete(section);
  return { ...draft, sections: SECTIONS.filter((s) => chosen.has(s)) };
}

/** The draft's problems; none means it can be built. */
export function draftProblems(draft: SettingsDraft): DraftProblems {
  return {
    ...(isValidYear(draft.year) ? {} : { year: 'invalid' as const }),
    ...(draft.sections.length === 0 ? { sections: 'none' as const } : {}),
    ...thresholdProblem(draft),
  };
}

/** The threshold field's text: as typed, else the draft's threshold written out. */
export function explainOverText(draft: SettingsDraft): string {
  return draft.explainOverText ?? thresholdInput(draft.explainOver ?? DEFAULT_THRESHOLD);
}

function thresholdProblem(draft: SettingsDraft): { explainOver?: ThresholdError } {
  if (draft.explainOverText === undefined) return {};
  const parsed = parseThreshold(draft.explainOverText);
  return parsed.ok ? {} : { explainOver: parsed.error };
}

/** The threshold to build with: the typed one when read, else the draft's; null when unreadable. */
function chosenThreshold(draft: SettingsDraft): ExplainThreshold | undefined | null {
  if (draft.explainOverText === undefined) return draft.explainOver;
  const parsed = parseThreshold(draft.explainOverText);
  return parsed.ok ? parsed.threshold : null;
}

/** The settings to build with, or null while the draft has problems. */
export function toBuildSettings(draft: SettingsDraft, lang: Lang): Omit<FollowUpSettings, 'id'> | null {
  const explainOver = chosenThreshold(draft);
  if (!isValidYear(draft.year) || draft.sections.length === 0 || explainOver === null) return null;
  const organisation = draft.organisation.trim();
  return {
    // January is left unsaid, so a ledger that names its fiscal year ("2025/26" beside dates) is followed.
    period: {
      year: draft.year,
      month: draft.month,
      months: Math.min(draft.months, maxMonths(draft.month, draft.fiscalStart)),
      ...(draft.fiscalStart === 1 ? {} : { fiscalStart: draft.fiscalStart }),
    },
    scale: draft.scale,
    lang,
    parentStyle: draft.parentStyle,
    sections: draft.sections,
    ...(draft.sign === 'auto' ? {} : { sign: draft.sign }),
    ...(organisation === '' ? {} : { organisation }),
    ...(explainOver ? { explainOver } : {}),
    ...(draft.reconcileRounding ? { reconcileRounding: true } : {}),
    ...(draft.forecastAccuracy ? { forecastAccuracy: true } : {}),
  };
}
