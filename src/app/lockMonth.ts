/**
 * Lås månaden (Lock the month): the follow-up's exact figures, settings and comments, computed from
 * the ledger as a refresh would compute them now (in the compute worker, as Refresh does), kept in
 * the workbook as a custom XML part (excel/cycleStore). Locking again replaces the follow-up's
 * lock. One Excel.run: the read phase's syncs (the lock parts' ids ride along with its first), one
 * to read the existing locks when there are any, one to store. A build that fails stores nothing; a
 * failed store leaves the old lock.
 */
import { serializeSettings } from '../core/followUpSettings';
import { localIsoDateTime } from '../core/cycle/lockedMonth';
import { lockedAtText } from '../core/cycle/sinceLock';
import { followUpOf, queueLockParts, readStoredLocks, storeLock } from '../excel/cycleStore';
import { withCompute } from './compute/computeClient';
import { failed, ok, type Result } from './errors';
import { pause, runExcel } from './excelRun';
import type { OnProgress } from './progress';
import { readWorkbook } from './readWorkbook';

/** A month locked. */
export interface LockOutcome {
  readonly sheetId: string;
  readonly sheetName: string;
  /** The follow-up's settings id, which the lock goes with. */
  readonly followUpId: string;
  /** "2025-07-31T14:02:05+02:00". */
  readonly lockedAt: string;
  /** The same as the pane shows it: "2025-07-31 14:02". */
  readonly shownAt: string;
  /** Whether an earlier lock of the follow-up was replaced. */
  readonly replaced: boolean;
  /** The size of what was stored, in UTF-16 code units of its XML (the pane says nothing of it; tests measure it). */
  readonly size: number;
}

/** Lock the month of the follow-up in sheet `sheetId`, at `now`. */
export function lockMonth(sheetId: string, onProgress?: OnProgress, now: () => Date = () => new Date()): Promise<Result<LockOutcome>> {
  return runExcel((context, caps) =>
    withCompute(pause, async (compute) => {
      const parts = queueLockParts(context);
      const read = await readWorkbook(context, caps, (index) => index.followUps.filter((f) => f.id === sheetId), onProgress, undefined, compute.rows);
      const f = read.index.followUps.find((x) => x.id === sheetId);
      if (f === undefined) return failed({ kind: 'notFound', what: 'followUp' });
      const stored = await readStoredLocks(context, parts);
      const lockedAt = localIsoDateTime(now());
      const lockAs = { followUpId: f.settings.id, lockedAt, settings: serializeSettings(f.settings) };
      const composed = await compute.compose(f.settings, { comments: read.comments.get(f.id) ?? new Map<string, string>(), layouts: read.layouts, lockAs });
      if (!composed.ok || !composed.locked) return failed({ kind: 'input', issues: composed.issues });
      const replacing = stored.filter((s) => followUpOf(s) === f.settings.id).map((s) => s.partId);
      onProgress?.({ phase: 'writing', fraction: 0.95 });
      const xml = await storeLock(context, composed.locked, replacing);
      onProgress?.({ phase: 'done', fraction: 1 });
      return ok({ sheetId: f.id, sheetName: f.name, followUpId: f.settings.id, lockedAt, shownAt: lockedAtText(lockedAt), replaced: replacing.length > 0, size: xml.length });
    }),
  );
}
