/**
 * A parsed JSON value read as a follow-up report (SPEC §5, `followup build --json`), reduced to
 * what a difference compares; or what makes it no such report. Amounts are taken from their exact
 * decimal strings to öre, never through a float.
 */
import { moneyFromKronorString, type Money } from '../money';
import type { ReportSnapshot, SnapshotPeriod, SnapshotRow } from './reportDiff';

/** Why a value is no follow-up report: the part that is missing or malformed ("rows[3].ytdActual"). */
export interface NotAReport {
  readonly notAReport: string;
}

type Obj = Readonly<Record<string, unknown>>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
const isInt = (v: unknown): v is number => typeof v === 'number' && Number.isInteger(v);
const KINDS = ['unit', 'parent', 'total'] as const;

/** The report in `value`, or the first place where it is not one. */
export function reportSnapshot(value: unknown): ReportSnapshot | NotAReport {
  if (!isObj(value)) return { notAReport: '(top level)' };
  const period = periodOf(value.period);
  if (period === null) return { notAReport: 'period' };
  if (value.sign !== 'debit' && value.sign !== 'result') return { notAReport: 'sign' };
  if (!Array.isArray(value.rows)) return { notAReport: 'rows' };
  const rows: SnapshotRow[] = [];
  for (const [i, r] of (value.rows as unknown[]).entries()) {
    const row = rowOf(r);
    if (typeof row === 'string') return { notAReport: `rows[${i}]${row}` };
    rows.push(row);
  }
  return { period, sign: value.sign, rows };
}

function periodOf(v: unknown): SnapshotPeriod | null {
  if (!isObj(v) || !isInt(v.year) || !isInt(v.month) || !isInt(v.months) || v.month < 1 || v.month > 12) return null;
  if (v.fiscalStart !== undefined && !isInt(v.fiscalStart)) return null;
  return { year: v.year, month: v.month, months: v.months, ...(isInt(v.fiscalStart) ? { fiscalStart: v.fiscalStart } : {}) };
}

/** A row, or the part of it (".path", ".ytdActual") that is wrong. */
function rowOf(v: unknown): SnapshotRow | string {
  if (!isObj(v)) return '';
  if (!Array.isArray(v.path) || !v.path.every((p) => typeof p === 'string')) return '.path';
  const kind = KINDS.find((k) => k === v.kind);
  if (kind === undefined) return '.kind';
  const ytdActual = money(v.ytdActual);
  if (ytdActual === null) return '.ytdActual';
  const ytdDeviation = money(v.ytdDeviation);
  if (ytdDeviation === null) return '.ytdDeviation';
  return { path: v.path as string[], kind, ytdActual, ytdDeviation };
}

const money = (v: unknown): Money | null => (typeof v === 'string' ? moneyFromKronorString(v) : null);
