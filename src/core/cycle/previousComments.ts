/**
 * Last month's comments carried into the next follow-up: each beside the unit it was written to,
 * in a column "Kommentar juni", so the controller revises rather than retypes. Comments are matched
 * by the unit's path (the comment key), never by a name alone: a unit renamed or moved is listed
 * with its comment as a warning, not guessed. In the sheet the carried comments are comment cells
 * like the others, under keys with PREVIOUS_PREFIX, so Refresh keeps them as it keeps comments.
 */
import type { FollowUp } from '../followup/computeFollowUp';
import { aWarning, type Issue } from '../issues/issue';
import type { SheetName } from '../grid/grid';
import type { Lang } from '../money';
import { rowKey, SUMMARY_COMMENT_KEY, unitRows, type ParentStyle } from '../report/rows';
import { periodLabel } from '../report/words';
import type { PeriodEnd } from './nextMonth';

/** The key prefix of a carried comment's cell ("previous:KLS␟IT"). */
export const PREVIOUS_PREFIX = 'previous:';

/** The comments of a follow-up split: what was typed this month, and what was carried from the last. */
export interface SplitComments {
  readonly current: ReadonlyMap<string, string>;
  readonly previous: ReadonlyMap<string, string>;
}

/** Split a sheet's comments (as Refresh reads them) into this month's and the carried ones. */
export function splitComments(all: ReadonlyMap<string, string>): SplitComments {
  const current = new Map<string, string>();
  const previous = new Map<string, string>();
  for (const [key, text] of all) {
    if (key.startsWith(PREVIOUS_PREFIX)) previous.set(key.slice(PREVIOUS_PREFIX.length), text);
    else current.set(key, text);
  }
  return { current, previous };
}

/** This month's comments and the carried ones as one map, as a sheet keeps them. */
export function joinComments(current: ReadonlyMap<string, string>, previous: ReadonlyMap<string, string>): Map<string, string> {
  return new Map([...current, ...[...previous].map(([k, v]): [string, string] => [PREVIOUS_PREFIX + k, v])]);
}

/** A carried comment whose unit is not in the new follow-up. */
export interface UnmatchedComment {
  /** The comment key: the unit's path ("KLS␟IT", "KLS#sum"). */
  readonly key: string;
  readonly text: string;
}

/** Last month's comments sorted into those the new follow-up shows and those without a unit. */
export interface CarriedComments {
  readonly matched: ReadonlyMap<string, string>;
  readonly unmatched: readonly UnmatchedComment[];
}

/**
 * Match last month's comments (by comment key, with text) to the rows of the new follow-up as the
 * parent style lays them out, and the summary's. Only non-blank comments are carried.
 */
export function carryComments(f: FollowUp, style: ParentStyle, previous: ReadonlyMap<string, string>): CarriedComments {
  const keys = new Set([...unitRows(f, style).map(rowKey), SUMMARY_COMMENT_KEY]);
  const matched = new Map<string, string>();
  const unmatched: UnmatchedComment[] = [];
  for (const [key, text] of previous) {
    if (text.trim() === '') continue;
    if (keys.has(key)) matched.set(key, text);
    else unmatched.push({ key, text });
  }
  return { matched, unmatched };
}

/** The unit path a comment key names ("KLS␟IT#sum" → ["KLS", "IT"]): its part before '#', split as unitKey joins it. */
export function commentKeyPath(key: string): string[] {
  return key.split('#')[0]!.split('\u001f');
}

/** The unit a comment key names, as a reader writes it ("KLS / IT", "KLS / IT (summa)"). */
function commentKeyText(key: string, lang: Lang): string {
  const part = key.split('#')[1];
  const units = commentKeyPath(key).join(' / ');
  if (part === 'sum') return `${units} (${lang === 'sv' ? 'summa' : 'total'})`;
  if (part === 'own') return `${units} (${lang === 'sv' ? 'övrigt' : 'other'})`;
  if (part === 'total') return lang === 'sv' ? 'totalraden' : 'the total row';
  return units;
}

/** The carried column's month: "juni", or "jun/jul" for a two-month period. */
export function previousLabel(previous: PeriodEnd, fiscalStart: number | undefined, lang: Lang): string {
  return periodLabel(previous.month, previous.months, lang, fiscalStart);
}

/** A warning per carried comment without a unit, naming the unit and keeping the text. */
export function unmatchedIssues(unmatched: readonly UnmatchedComment[], previous: { readonly sheet: string; readonly label: string }, lang: Lang): Issue[] {
  return unmatched.map((u) =>
    aWarning('previousCommentUnmatched', { sheet: previous.sheet as SheetName }, { unit: commentKeyText(u.key, lang), label: previous.label, text: u.text }),
  );
}
