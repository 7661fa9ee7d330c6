/**
 * The follow-ups the pane lists: those the workbook had when it was read, kept current after each
 * build and refresh without reading the workbook again (one Excel.run per user action). A refresh
 * replaces a sheet, so its id changes while its name stays.
 */
import type { BuildOutcome, Inspection, LockOutcome, RefreshOutcome, Result } from '../../../app';
import type { FollowUpPeriod } from '../../../app/presentation';

/** One follow-up sheet in the list. */
export interface FollowUpEntry {
  readonly id: string;
  readonly name: string;
  readonly period: FollowUpPeriod;
  /** Its locked month: when ("2025-07-31 14:02"), and whether the lock can be read. */
  readonly lock?: { readonly at: string | null; readonly readable: boolean };
}

/** The entries of the workbook's follow-ups, in sheet order. */
export function entriesOf(followUps: Inspection['index']['followUps'], locks: Inspection['locks'] = []): FollowUpEntry[] {
  return [...followUps]
    .sort((a, b) => a.position - b.position)
    .map((f) => {
      // The inspection lists one lock per follow-up: the one a refresh compares with (app/locks).
      const lock = locks.find((l) => l.followUpId === f.settings.id);
      return { id: f.id, name: f.name, period: f.settings.period, ...(lock ? { lock: { at: lock.lockedAt, readable: lock.problem === null } } : {}) };
    });
}

/** The entries after a month was locked: that follow-up shows the lock. */
export function withLocked(entries: readonly FollowUpEntry[], outcome: LockOutcome): FollowUpEntry[] {
  return entries.map((e) => (e.id === outcome.sheetId ? { ...e, lock: { at: outcome.shownAt, readable: true } } : e));
}

/** The entries after a build wrote a new follow-up sheet. */
export function withBuilt(entries: readonly FollowUpEntry[], outcome: BuildOutcome, period: FollowUpPeriod): FollowUpEntry[] {
  return [...entries.filter((e) => e.id !== outcome.sheetId), { id: outcome.sheetId, name: outcome.sheetName, period }];
}

/** The entries after a refresh: new ids for the sheets rewritten; gone when the workbook no longer has them. */
export function withRefreshed(entries: readonly FollowUpEntry[], ids: readonly string[] | 'all', result: Result<readonly RefreshOutcome[]>): FollowUpEntry[] {
  if (!result.ok) {
    if (result.error.kind !== 'notFound' || result.error.what !== 'followUp') return [...entries];
    return ids === 'all' ? [] : entries.filter((e) => !ids.includes(e.id));
  }
  const written = result.value.flatMap((o) => (o.result.ok ? [{ id: o.result.value.sheetId, name: o.result.value.sheetName }] : []));
  const only = written[0];
  // One sheet asked for and rewritten: it is that entry, even if the user renamed it meanwhile.
  if (ids !== 'all' && ids.length === 1 && written.length === 1 && only) {
    return entries.map((e) => (e.id === ids[0] ? { ...e, ...only } : e));
  }
  const byName = new Map(written.map((w) => [w.name, w.id]));
  return entries.map((e) => {
    const id = byName.get(e.name);
    return id === undefined ? e : { ...e, id };
  });
}
