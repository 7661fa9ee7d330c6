/**
 * What changed since a month was locked: the difference of the follow-up now from its lock (rows
 * matched by path, ./reportDiff), the rows a reader is shown, and the summary's sentence naming the
 * largest changes, in Swedish and English and in the report's scale.
 */
import type { AccountLine, FollowUp } from '../followup/computeFollowUp';
import { absMoney, formatAmountWithUnit, showsAsZero, type Lang, type Money, type Scale } from '../money';
import { monthName } from '../report/words';
import { followUpSnapshot, lockedLineName, lockSnapshot, type LockedAccountLine, type LockedMonth } from './lockedMonth';
import { diffReports, figureChange, isMismatch, isUnchanged, type DiffMismatch, type FigureChange, type ReportDiff, type RowChange, type RowStatus } from './reportDiff';

/** The changes since a lock, as the report shows them. */
export interface SinceLock {
  /** When the month was locked ("2025-07-31T14:02:05+02:00"). */
  readonly lockedAt: string;
  readonly diff: ReportDiff;
  /**
   * Each account line (all revenue, all costs, a group, financial items) in the follow-up's order,
   * then those only the lock has; absent when the lock keeps no account lines (made before they were kept).
   */
  readonly accounts?: readonly AccountChange[];
}

/** How an account line changed since the lock. */
export interface AccountChange {
  readonly kind: AccountLine['kind'];
  /** The group's name (kind 'group'); null for the others. */
  readonly name: string | null;
  readonly status: RowStatus;
  readonly ytdActual: FigureChange;
  readonly ytdDeviation: FigureChange;
}

/** The changes of a follow-up since its lock, or why the lock cannot be compared with it. */
export function sinceLockOf(f: FollowUp, lock: LockedMonth, lang: Lang): SinceLock | DiffMismatch {
  const diff = diffReports(lockSnapshot(lock), followUpSnapshot(f, lang));
  if (isMismatch(diff)) return diff;
  return { lockedAt: lock.lockedAt, diff, ...(lock.accounts ? { accounts: accountChanges(lock.accounts, f.accountLines) } : {}) };
}

/** The account lines' changes, matched by kind and group name. */
function accountChanges(locked: readonly LockedAccountLine[], now: readonly AccountLine[]): AccountChange[] {
  const keyOf = (kind: string, name: string | null): string => `${kind}\u0000${name ?? ''}`;
  const olds = new Map(locked.map((l) => [keyOf(l.kind, l.name), l]));
  const current = new Set(now.map((l) => keyOf(l.kind, lockedLineName(l))));
  const change = (kind: AccountLine['kind'], name: string | null, old: LockedAccountLine | null, line: AccountLine | null): AccountChange => ({
    kind,
    name,
    status: old === null ? 'added' : line === null ? 'removed' : 'both',
    ytdActual: figureChange(old?.figures.ytdActual ?? null, line?.figures.ytdActual ?? null),
    ytdDeviation: figureChange(old?.figures.ytdDeviation ?? null, line?.figures.ytdDeviation ?? null),
  });
  return [
    ...now.map((l) => change(l.kind, lockedLineName(l), olds.get(keyOf(l.kind, lockedLineName(l))) ?? null, l)),
    ...locked.filter((l) => !current.has(keyOf(l.kind, l.name))).map((l) => change(l.kind, l.name, l, null)),
  ];
}

/** The account lines that changed (or came or went), in the follow-up's order. */
export function changedAccounts(s: SinceLock): AccountChange[] {
  return (s.accounts ?? []).filter((a) => a.status !== 'both' || a.ytdActual.change !== 0 || a.ytdDeviation.change !== 0);
}

/** The rows that changed (or came or went), largest change first, without the total. */
export function changedRows(s: SinceLock): RowChange[] {
  return s.diff.rows.filter((r) => r.kind !== 'total' && !isUnchanged(r));
}

/** The total's change (every difference has a total row). */
export function totalChange(s: SinceLock): RowChange | null {
  return s.diff.rows.find((r) => r.kind === 'total') ?? null;
}

/** "2025-07-31 14:02": the lock's local date and time as the pane and the sheet show it. */
export function lockedAtText(lockedAt: string): string {
  const m = /^(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2})/.exec(lockedAt);
  return m ? `${m[1]} ${m[2]}` : lockedAt;
}

/** "31 juli" / "31 July": the lock's day as prose names it. */
export function lockedDayText(lockedAt: string, lang: Lang): string {
  const m = /^\d{4}-(\d{2})-(\d{2})/.exec(lockedAt);
  return m ? `${Number(m[2])} ${monthName(Number(m[1]), lang)}` : lockedAt;
}

/** "+120 tkr", "−40 tkr": a change with its sign, rounded as the report shows amounts. */
export function signedAmount(m: Money, scale: Scale, lang: Lang): string {
  const abs = formatAmountWithUnit(absMoney(m), scale, lang);
  return showsAsZero(m, scale) ? abs : `${m < 0 ? '\u2212' : '+'}${abs}`;
}

/** How many units the sentence names at most. */
const NAMED = 3;

/**
 * The summary's sentence: the units (not parents, which repeat their children) whose YTD actual
 * changed most, as shown in the scale, and the total's change; the deviation instead when only
 * budgets moved; "has not changed" when nothing shows.
 */
export function changesSentence(s: SinceLock, scale: Scale, lang: Lang): string {
  const day = lockedDayText(s.lockedAt, lang);
  const shows = (m: Money): boolean => !showsAsZero(m, scale);
  const units = s.diff.rows.filter((r) => r.kind === 'unit');
  const pick = (figure: 'ytdActual' | 'ytdDeviation') =>
    units
      .filter((r) => shows(r[figure].change))
      .sort((a, b) => Math.abs(b[figure].change) - Math.abs(a[figure].change))
      .slice(0, NAMED);
  const actual = pick('ytdActual');
  const figure = actual.length > 0 ? 'ytdActual' : 'ytdDeviation';
  const named = actual.length > 0 ? actual : pick('ytdDeviation');
  const sv = lang === 'sv';
  if (named.length === 0) return sv ? `Sedan låsningen ${day} har utfallet inte ändrats.` : `Actuals have not changed since the lock on ${day}.`;
  const items = named.map((r) => `${r.path[r.path.length - 1] ?? ''} (${signedAmount(r[figure].change, scale, lang)})`);
  const list = items.length === 1 ? items[0]! : `${items.slice(0, -1).join(', ')}${sv ? ' och ' : ' and '}${items[items.length - 1]!}`;
  const total = totalChange(s)?.[figure].change ?? (0 as Money);
  const totalText = shows(total) ? (sv ? `; totalt ${signedAmount(total, scale, lang)}` : `; ${signedAmount(total, scale, lang)} in total`) : '';
  if (figure === 'ytdActual') {
    return sv ? `Sedan låsningen ${day} har utfallet ändrats mest för ${list}${totalText}.` : `Since the lock on ${day}, actuals have changed most for ${list}${totalText}.`;
  }
  return sv
    ? `Sedan låsningen ${day} har utfallet inte ändrats, men avvikelsen har ändrats mest för ${list}${totalText}.`
    : `Since the lock on ${day}, actuals have not changed, but the deviation has changed most for ${list}${totalText}.`;
}
