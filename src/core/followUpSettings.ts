/**
 * The settings a follow-up sheet is built with. A generated sheet is tagged with them, so Refresh
 * rebuilds it the same way from the current ledger. Serialised compactly (worksheet custom property
 * values are best kept under 255 characters).
 */
import { isScale, type Lang, type Money, type Scale } from './money';
import { isSignConvention, type SignConvention } from './followup/sign';
import { isFiscalStart } from './fiscal/fiscalYear';
import type { FollowUpPeriod } from './period/month';
import { ALL_SECTIONS, type SectionName } from './report/buildReport';
import type { ParentStyle } from './report/rows';
import type { ExplainThreshold } from './cycle/threshold';
import type { PeriodEnd } from './cycle/nextMonth';

/** How a follow-up is built. */
export interface FollowUpSettings {
  /** A random id that stays with the sheet, so a renamed sheet is still found. */
  readonly id: string;
  readonly period: FollowUpPeriod;
  readonly scale: Scale;
  readonly lang: Lang;
  readonly parentStyle: ParentStyle;
  readonly sections: readonly SectionName[];
  /** The sign convention the user chose; detected on every build when absent. */
  readonly sign?: SignConvention;
  /** The ledger sheet the user named; every ledger-like sheet when absent. */
  readonly ledgerSheet?: string;
  /** The organisation's name for the title; the ledger's title when absent. */
  readonly organisation?: string;
  /** When a unit's deviation needs a comment; 100 tkr or 5 % (DEFAULT_THRESHOLD) when absent. */
  readonly explainOver?: ExplainThreshold;
  /** Rounding-reconciled display (shown parts add up to shown sums); off when absent. */
  readonly reconcileRounding?: boolean;
  /**
   * The follow-up this one was built as the next of ("Nästa månad", `--previous`): its comments
   * sit in a column named by its period; absent for a follow-up built on its own.
   */
  readonly previous?: PeriodEnd;
  /** The forecast-accuracy section (core/forecast), where the data allow it; off when absent. */
  readonly forecastAccuracy?: boolean;
}

const VERSION = 1;

/** Serialise settings for a tag. */
export function serializeSettings(s: FollowUpSettings): string {
  return JSON.stringify({
    v: VERSION,
    id: s.id,
    p: [s.period.year, s.period.month, s.period.months],
    ...(s.period.fiscalStart !== undefined ? { fs: s.period.fiscalStart } : {}),
    sc: s.scale,
    l: s.lang,
    ps: s.parentStyle === 'above' ? 'a' : 'b',
    se: s.sections.map((x) => ALL_SECTIONS.indexOf(x)).join(''),
    ...(s.sign ? { si: s.sign } : {}),
    ...(s.ledgerSheet !== undefined ? { ls: s.ledgerSheet } : {}),
    ...(s.organisation !== undefined ? { o: s.organisation } : {}),
    ...(s.explainOver !== undefined ? { eo: [s.explainOver.amount, s.explainOver.percent] } : {}),
    ...(s.reconcileRounding ? { rr: 1 } : {}),
    ...(s.previous ? { pp: [s.previous.year, s.previous.month, s.previous.months] } : {}),
    ...(s.forecastAccuracy ? { fa: 1 } : {}),
  });
}

/** Read settings from a tag; null when it is not ours or is damaged. */
export function parseSettings(text: string): FollowUpSettings | null {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return null;
  }
  if (typeof raw !== 'object' || raw === null) return null;
  const o = raw as Record<string, unknown>;
  if (o.v !== VERSION || typeof o.id !== 'string' || !Array.isArray(o.p) || o.p.length !== 3) return null;
  const [year, month, months] = o.p as unknown[];
  if (!isInt(year, 1900, 2100) || !isInt(month, 1, 12) || !isInt(months, 1, 12)) return null;
  if (typeof o.sc !== 'string' || !isScale(o.sc)) return null;
  if (o.l !== 'sv' && o.l !== 'en') return null;
  if (o.ps !== 'a' && o.ps !== 'b') return null;
  if (typeof o.se !== 'string' || !/^[0-9]*$/.test(o.se)) return null;
  const sections = [...o.se].map((d) => ALL_SECTIONS[Number(d)]).filter((x): x is SectionName => x !== undefined);
  const sign = typeof o.si === 'string' && isSignConvention(o.si) ? o.si : undefined;
  // A tag written before fiscal years has no fiscal start: the calendar year (or what the ledger says).
  const fiscalStart = isFiscalStart(o.fs) ? { fiscalStart: o.fs } : {};
  return {
    id: o.id,
    period: { year, month, months, ...fiscalStart },
    scale: o.sc,
    lang: o.l as Lang,
    parentStyle: o.ps === 'a' ? 'above' : 'below',
    sections,
    ...(sign ? { sign } : {}),
    ...(typeof o.ls === 'string' ? { ledgerSheet: o.ls } : {}),
    ...(typeof o.o === 'string' ? { organisation: o.o } : {}),
    ...explainOverOf(o.eo),
    ...(o.rr === 1 ? { reconcileRounding: true } : {}),
    ...previousOf(o.pp),
    ...(o.fa === 1 ? { forecastAccuracy: true } : {}),
  };
}

/** The stored previous follow-up's period, or nothing when absent or damaged. */
function previousOf(v: unknown): { previous?: PeriodEnd } {
  if (!Array.isArray(v) || v.length !== 3) return {};
  const [year, month, months] = v as unknown[];
  return isInt(year, 1900, 2100) && isInt(month, 1, 12) && isInt(months, 1, 12) ? { previous: { year, month, months } } : {};
}

/** The stored threshold, or nothing (the default) when absent or damaged. */
function explainOverOf(v: unknown): { explainOver?: ExplainThreshold } {
  if (!Array.isArray(v) || v.length !== 2) return {};
  const [amount, percent] = v as unknown[];
  const amountOk = amount === null || (typeof amount === 'number' && Number.isSafeInteger(amount) && amount > 0);
  const percentOk = percent === null || (typeof percent === 'string' && /^\d+(\.\d+)?$/.test(percent) && Number(percent) > 0);
  if (!amountOk || !percentOk || (amount === null && percent === null)) return {};
  return { explainOver: { amount: amount as Money | null, percent: percent as string | null } };
}

function isInt(v: unknown, min: number, max: number): v is number {
  return typeof v === 'number' && Number.isInteger(v) && v >= min && v <= max;
}

/** A new random id for a follow-up (not security-relevant; unique enough within a workbook). */
export function newFollowUpId(): string {
  return Math.random().toString(36).slice(2, 10) + Date.now().toString(36).slice(-4);
}
