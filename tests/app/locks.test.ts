/**
 * Which lock a refresh compares with, and the notices for lock parts that cannot be used: the
 * latest readable lock of the follow-up; a part of another version or a damaged one is a warning
 * (a part too damaged to name its follow-up concerns every follow-up); other follow-ups' locks are
 * not this one's concern.
 */
import { lockOptionsFor, lockListings } from '../../src/app/locks';
import type { LockedMonth } from '../../src/core/cycle/lockedMonth';
import { issueMessage } from '../../src/core/i18n/issues';
import type { StoredLock } from '../../src/excel/cycleStore';

const lock = (followUpId: string, lockedAt: string): LockedMonth => ({
  followUpId,
  lockedAt,
  settings: '{}',
  organisation: 'KLS',
  period: { year: 2025, month: 7, months: 1 },
  sign: 'debit',
  rows: [],
  comments: new Map(),
});

const STORED: StoredLock[] = [
  { partId: '1', read: lock('a', '2025-07-31T14:02:05+02:00') },
  { partId: '2', read: lock('a', '2025-08-02T09:00:00+02:00') },
  { partId: '3', read: lock('b', '2025-09-01T09:00:00+02:00') },
  { partId: '4', read: { problem: 'version', header: { version: '2', followUpId: 'a', lockedAt: '2026-01-01T10:00:00+01:00' } } },
  { partId: '5', read: { problem: 'damaged', header: {} } },
  { partId: '6', read: { problem: 'damaged', header: { followUpId: 'b', lockedAt: '2025-09-03T10:00:00+02:00' } } },
];

describe('a follow-up\'s locks', () => {
  it('compares with the latest readable lock and warns of the parts it cannot use', () => {
    const o = lockOptionsFor(STORED, 'a');
    expect(o.lock?.lockedAt).toBe('2025-08-02T09:00:00+02:00');
    expect(o.lockIssues.map((i) => issueMessage(i, 'sv', 'pane'))).toEqual([
      'Låsningen från 2026-01-01 10:00 är gjord av en annan version av tillägget och kan inte läsas här; den används inte och lämnas orörd. Lås månaden igen för att ersätta den.',
      'Låsningen är skadad och kan inte läsas; den används inte. Lås månaden igen för att ersätta den.',
    ]);
    expect(o.lockIssues.map((i) => issueMessage(i, 'en', 'pane'))[1]).toBe('The lock is damaged and cannot be read; it is not used. Lock the month again to replace it.');
  });

  it('without a lock of its own has none, and still hears of a part too damaged to say whose it is', () => {
    const o = lockOptionsFor(STORED, 'c');
    expect(o.lock).toBeUndefined();
    expect(o.lockIssues.map((i) => i.params)).toEqual([{ reason: 'damaged', lockedAt: '' }]);
  });

  it('lists for the pane the lock each follow-up is compared with, else its latest unusable part, and the unowned parts', () => {
    const onlyBroken: StoredLock[] = [
      { partId: '7', read: { problem: 'damaged', header: { followUpId: 'c', lockedAt: '2025-01-01T10:00:00+01:00' } } },
      { partId: '8', read: { problem: 'version', header: { version: '2', followUpId: 'c', lockedAt: '2025-02-01T10:00:00+01:00' } } },
    ];
    expect(lockListings([...STORED, ...onlyBroken]).map((l) => [l.followUpId, l.lockedAt, l.problem])).toEqual([
      ['a', '2025-08-02 09:00', null],
      ['b', '2025-09-01 09:00', null],
      [null, null, 'damaged'],
      ['c', '2025-02-01 10:00', 'version'],
    ]);
  });
});
