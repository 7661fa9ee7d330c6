/**
 * Locked months as the use cases see them: which lock goes with a follow-up (the latest readable
 * one) and the warnings for lock parts that cannot be used, and what the task pane lists.
 */
import { isLockProblem, type LockProblem } from '../core/cycle/lockFormat';
import { latestLockOf, type LockedMonth } from '../core/cycle/lockedMonth';
import { lockedAtText } from '../core/cycle/sinceLock';
import { aWarning, type Issue } from '../core/issues/issue';
import { followUpOf, type StoredLock } from '../excel/cycleStore';

/** A lock as the task pane lists it. */
export interface LockListing {
  /** The follow-up's settings id; null when the part is too damaged to say. */
  readonly followUpId: string | null;
  /** "2025-07-31 14:02"; null when the part does not say. */
  readonly lockedAt: string | null;
  /** Why the lock cannot be used; null when it can. */
  readonly problem: 'damaged' | 'version' | null;
}

/**
 * The locks of the workbook as the pane lists them, one per follow-up: the lock a refresh compares
 * with (the latest readable one), else its latest part that cannot be used; then, unowned, the parts
 * too damaged to say whose they are.
 */
export function lockListings(stored: readonly StoredLock[]): LockListing[] {
  const owners = [...new Set(stored.map(followUpOf))];
  return owners.flatMap((owner): LockListing[] => {
    const mine = stored.filter((s) => followUpOf(s) === owner);
    if (owner === null) return mine.map(listingOf);
    const lock = latestLockOf(mine.flatMap((s) => (isLockProblem(s.read) ? [] : [s.read])), owner);
    if (lock) return [{ followUpId: owner, lockedAt: lockedAtText(lock.lockedAt), problem: null }];
    const problems = mine.map((s) => ({ followUpId: owner, lockedAt: (s.read as LockProblem).header.lockedAt ?? '', stored: s }));
    return [listingOf((latestLockOf(problems, owner) ?? problems[0]!).stored)];
  });
}

function listingOf(s: StoredLock): LockListing {
  if (!isLockProblem(s.read)) return { followUpId: s.read.followUpId, lockedAt: lockedAtText(s.read.lockedAt), problem: null };
  const at = s.read.header.lockedAt;
  return { followUpId: s.read.header.followUpId ?? null, lockedAt: at === undefined ? null : lockedAtText(at), problem: s.read.problem };
}

/** What a composition takes of a follow-up's locks: the latest readable one, and a warning for each part that cannot be used. */
export function lockOptionsFor(stored: readonly StoredLock[], followUpId: string): { lock?: LockedMonth; lockIssues: Issue[] } {
  const mine = stored.filter((s) => {
    const owner = followUpOf(s);
    // A part too damaged to say whose it is concerns every follow-up: it may be this one's.
    return owner === followUpId || owner === null;
  });
  const locks = mine.flatMap((s) => (isLockProblem(s.read) ? [] : [s.read]));
  const lockIssues = mine.flatMap((s) => {
    if (!isLockProblem(s.read)) return [];
    const at = s.read.header.lockedAt;
    return [aWarning('lockUnreadable', {}, { reason: s.read.problem, lockedAt: at === undefined ? '' : lockedAtText(at) })];
  });
  const lock = latestLockOf(locks, followUpId);
  return { ...(lock ? { lock } : {}), lockIssues };
}
