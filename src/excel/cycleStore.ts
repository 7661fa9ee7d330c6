/**
 * Locked months kept in the workbook: one custom XML part per lock (ExcelApi 1.5), in the add-in's
 * own namespace, so the store is invisible to the user, travels with the file through save and
 * reopen, and is never a sheet the user can break. Parts stay small (one follow-up's rows each):
 * Office on the web has refused custom XML parts of a megabyte and more (office-js#2408).
 *
 * Reading queues the parts' ids first (riding along with a sync the caller makes anyway) and their
 * XML in one more sync, only when there are parts. Storing adds the new part before it deletes the
 * parts it replaces, in one sync: if the add fails, nothing is deleted (a batch stops at its
 * failing action); if a delete fails, the newer lock wins when read (core/cycle/lockedMonth).
 */
import { isLockProblem, LOCK_NAMESPACE, lockXml, readLockXml, type LockProblem } from '../core/cycle/lockFormat';
import type { LockedMonth } from '../core/cycle/lockedMonth';

/** A lock part as read: its id and the lock, or why it cannot be used. */
export interface StoredLock {
  readonly partId: string;
  readonly read: LockedMonth | LockProblem;
}

/** The follow-up a stored lock says it belongs to (also when its content is damaged); null when unknown. */
export function followUpOf(s: StoredLock): string | null {
  return isLockProblem(s.read) ? (s.read.header.followUpId ?? null) : s.read.followUpId;
}

/** The lock parts' collection, queued to load its items' ids at the caller's next sync. */
export type QueuedLockParts = Excel.CustomXmlPartScopedCollection;

/** Queue loading the ids of the add-in's lock parts (rides along with the caller's next sync). */
export function queueLockParts(context: Excel.RequestContext): QueuedLockParts {
  const parts = context.workbook.customXmlParts.getByNamespace(LOCK_NAMESPACE);
  parts.load('items/id');
  return parts;
}

/** After the parts' ids are loaded: queue their XML; call the result after the next sync. */
export function queueLockXml(parts: QueuedLockParts): () => StoredLock[] {
  const xml = parts.items.map((p) => ({ partId: p.id, xml: p.getXml() }));
  return () => xml.map((x) => ({ partId: x.partId, read: readLockXml(x.xml.value) }));
}

/** The stored locks, once the parts' ids are loaded: one sync when there are any, none otherwise. */
export async function readStoredLocks(context: Excel.RequestContext, parts: QueuedLockParts): Promise<StoredLock[]> {
  if (parts.items.length === 0) return [];
  const read = queueLockXml(parts);
  await context.sync();
  return read();
}

/**
 * Store a lock in place of the given parts (one sync); returns the XML stored. Throws what Excel
 * throws; the parts it replaces are then still there unless the new one was added.
 */
export async function storeLock(context: Excel.RequestContext, lock: LockedMonth, replacing: readonly string[]): Promise<string> {
  const xml = lockXml(lock);
  context.workbook.customXmlParts.add(xml);
  for (const id of replacing) context.workbook.customXmlParts.getItem(id).delete();
  await context.sync();
  return xml;
}
