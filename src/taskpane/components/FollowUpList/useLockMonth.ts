/**
 * Lås månaden in the pane: runs the app's lockMonth for one follow-up, marks it locked in the list
 * ("Låst 2025-07-31 14:02") and says what was done, or hands the error to the pane's error bar.
 */
import { useState } from 'react';
import type * as React from 'react';
import type { AppApi, AppError, Result, LockOutcome } from '../../../app';
import type { Strings } from '../../strings';
import { withLocked, type FollowUpEntry } from './followUpEntries';

/** The lock's state and handler. */
export function useLockMonth(
  api: AppApi,
  s: Strings,
  o: {
    readonly setFollowUps: React.Dispatch<React.SetStateAction<readonly FollowUpEntry[]>>;
    readonly onError: (error: AppError | null) => void;
    readonly announce: (text: string) => void;
  },
) {
  const [locking, setLocking] = useState(false);
  const [lockNotice, setLockNotice] = useState('');
  const onLockClick = async (_event: React.MouseEvent<HTMLButtonElement>, { sheetId }: { readonly sheetId: string }): Promise<void> => {
    if (locking) return;
    setLocking(true);
    setLockNotice('');
    o.onError(null);
    // A use case that throws (a broken invariant) is shown, not lost.
    const r = await api.lockMonth(sheetId).catch((e: unknown): Result<LockOutcome> => ({ ok: false, error: { kind: 'office', code: 'InternalError', message: String(e) } }));
    setLocking(false);
    if (!r.ok) {
      o.onError(r.error);
      o.announce(s.announceFailed);
      return;
    }
    const outcome = r.value;
    o.setFollowUps((entries) => withLocked(entries, outcome));
    const text = s.lockDone(outcome.sheetName, outcome.shownAt, outcome.replaced);
    setLockNotice(text);
    o.announce(text);
  };
  return { locking, lockNotice, onLockClick: (event: React.MouseEvent<HTMLButtonElement>, data: { readonly sheetId: string }): void => void onLockClick(event, data) };
}
