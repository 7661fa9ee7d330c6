/**
 * Locked months in core: a lock keeps the exact figures (integer öre as strings, never floats), the
 * settings and the comments; its XML reads back as written, also as an XML writer may reformat it;
 * a damaged part or one of another version is a problem value, never a throw.
 */
import fc from 'fast-check';
import { composeFollowUp } from '../../src/core/compose';
import { serializeSettings, type FollowUpSettings } from '../../src/core/followUpSettings';
import { latestLockOf, lockFollowUp, localIsoDateTime, type LockedMonth } from '../../src/core/cycle/lockedMonth';
import { isLockProblem, LOCK_NAMESPACE, lockXml, readLockXml } from '../../src/core/cycle/lockFormat';
import { moneyFromOre, type Money } from '../../src/core/money';
import { grid } from '../support/builders';

const SETTINGS: FollowUpSettings = { id: 'fu-1', period: { year: 2025, month: 7, months: 1 }, lang: 'sv', scale: 'tkr', parentStyle: 'above', sections: ['unitTable', 'summary'], organisation: 'KLS' };
const ledger = grid('Huvudbok', [
  ['Period', 'Avdelning', 'Enhet', 'Konto', 'Budget', 'Utfall'],
  [202507, 'IT <&> "x"', 'Drift', 5010, 1_000_000.01, 1_100_000.99],
  [202507, 'IT <&> "x"', 'Support', 5010, 20_000, 10_000],
  [202507, 'Stab', null, 5010, 90_071_992_547.4, -3.07],
]);

function aLock(comments: Record<string, string> = {}, lockedAt = '2025-07-31T14:02:05+02:00'): LockedMonth {
  const c = composeFollowUp([ledger], SETTINGS);
  if (!c.ok) throw new Error('no follow-up');
  return lockFollowUp(c.analysis.followUp!, { followUpId: SETTINGS.id, lockedAt, settings: serializeSettings(SETTINGS), organisation: 'KLS', lang: 'sv', comments: new Map(Object.entries(comments)) });
}

function read(xml: string): LockedMonth {
  const r = readLockXml(xml);
  if (isLockProblem(r)) throw new Error(`not read: ${JSON.stringify(r)}`);
  return r;
}

describe('a locked month', () => {
  it('keeps every row\'s exact figures in öre, its settings and comments, and reads back as it was written', () => {
    const lock = aLock({ 'IT <&> "x"\u001fDrift': 'Sen faktura\n"licenser" <20 %> & mer 😀', summary: 'Sammanfattning' });
    const back = read(lockXml(lock));
    expect(back).toEqual(lock);
    const stab = back.rows.find((r) => r.path.join('/') === 'Stab')!;
    expect(stab.figures.ytdBudget).toBe(9_007_199_254_740);
    expect(stab.figures.ytdActual).toBe(-307);
    expect(back.rows.find((r) => r.kind === 'total')!.figures.ytdActual).toBe(110_000_099 + 1_000_000 - 307);
    expect(back.settings).toBe(serializeSettings(SETTINGS));
  });

  it('keeps the account lines\' exact figures too; a lock written before they were kept reads without them', () => {
    const lock = aLock();
    const back = read(lockXml(lock));
    expect(back.accounts).toEqual(lock.accounts);
    const costs = back.accounts!.find((a) => a.kind === 'cost')!;
    expect([costs.name, costs.figures.ytdActual]).toEqual([null, 110_000_099 + 1_000_000 - 307]);
    // The body as the first version wrote it: no "accounts" key.
    const older: LockedMonth = { ...lock };
    delete (older as { accounts?: unknown }).accounts;
    expect(lockXml(older)).not.toContain('accounts');
    const olderBack = read(lockXml(older));
    expect(olderBack).toEqual(older);
    expect(olderBack).not.toHaveProperty('accounts');
  });

  it('gives a lock whose account lines are not as written as damaged', () => {
    const xml = lockXml(aLock());
    expect(xml).toContain('&quot;kind&quot;:&quot;cost&quot;');
    for (const broken of [
      xml.replace('&quot;kind&quot;:&quot;cost&quot;', '&quot;kind&quot;:&quot;other&quot;'),
      xml.replace('&quot;accounts&quot;:[', '&quot;accounts&quot;:[1,'),
      xml.replace(/(&quot;accounts&quot;:)\[/, '$1{"x":['),
      xml.replace(/(&quot;kind&quot;:&quot;cost&quot;,&quot;name&quot;:)null/, '$17'),
    ]) {
      expect(broken).not.toBe(xml);
      expect(readLockXml(broken)).toMatchObject({ problem: 'damaged' });
    }
  });

  it('writes amounts as integer strings, never as numbers with decimals', () => {
    const xml = lockXml(aLock());
    expect(xml).toContain(`xmlns="${LOCK_NAMESPACE}"`);
    expect(xml).toContain('&quot;-307&quot;');
    expect(xml).not.toMatch(/\d\.\d/);
  });

  it('reads the part however an XML writer gives it back: declaration, single quotes, a prefix, CDATA, character references', () => {
    const lock = aLock();
    const json = /<lockedMonth[^>]*>([\s\S]*)<\/lockedMonth>/.exec(lockXml(lock))![1]!.replace(/&quot;/g, '"').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
    const attrs = `xmlns:l='${LOCK_NAMESPACE}' l:version='1' followUp='fu-1' lockedAt='2025-07-31T14:02:05+02:00'`;
    expect(read(`<?xml version="1.0" encoding="UTF-8" standalone="no"?>\n<l:lockedMonth ${attrs}><![CDATA[${json}]]></l:lockedMonth>\n`)).toEqual(lock);
    const referenced = json.replace(/"/g, '&#34;').replace(/&#34;Stab&#34;/, '&#x22;Stab&#x22;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/&(?!#|lt;|gt;)/g, '&amp;');
    expect(read(`<lockedMonth ${attrs}>${referenced}</lockedMonth>`)).toEqual(lock);
  });

  it('gives a damaged part as a problem, with what its header still says', () => {
    const xml = lockXml(aLock());
    const cases: [string, object][] = [
      [xml.slice(0, xml.length - 20), { problem: 'damaged', header: {} }],
      [xml.replace('&quot;rows&quot;', '&quot;rows&quot;x'), { problem: 'damaged', header: { followUpId: 'fu-1', lockedAt: '2025-07-31T14:02:05+02:00' } }],
      [xml.replace('&quot;-307&quot;', '-3.07'), { problem: 'damaged' }],
      [xml.replace('&quot;-307&quot;', '&quot;-3.07&quot;'), { problem: 'damaged' }],
      [xml.replace('&amp;', '&'), { problem: 'damaged' }],
      [xml.replace(' followUp="fu-1"', ''), { problem: 'damaged', header: { version: '1' } }],
      ['', { problem: 'damaged' }],
      ['<other xmlns="x">{}</other>', { problem: 'damaged' }],
      [xml.replace('&quot;ytdActual&quot;,', ''), { problem: 'damaged' }],
    ];
    for (const [text, expected] of cases) expect(readLockXml(text)).toMatchObject(expected);
  });

  it('gives a part of another version as such, and never reads its content', () => {
    const xml = lockXml(aLock()).replace('version="1"', 'version="2"').replace(/>[^<]*</, '>{"new":"format"}<');
    expect(readLockXml(xml)).toEqual({ problem: 'version', header: { version: '2', followUpId: 'fu-1', lockedAt: '2025-07-31T14:02:05+02:00' } });
  });

  it('never throws on any text (property)', () => {
    const xml = lockXml(aLock({ a: 'b' }));
    fc.assert(
      fc.property(fc.nat(xml.length), fc.string(), (at, insert) => {
        const r = readLockXml(xml.slice(0, at) + insert + xml.slice(at));
        expect(typeof r).toBe('object');
      }),
      { numRuns: 300 },
    );
  });

  it('keeps any safe integer of öre exactly (property)', () => {
    const base = aLock();
    fc.assert(
      fc.property(fc.maxSafeInteger(), (n) => {
        const m = moneyFromOre(n) as Money;
        const lock = { ...base, rows: base.rows.map((r) => ({ ...r, figures: { ...r.figures, ytdActual: m } })) };
        expect(read(lockXml(lock)).rows.every((r) => r.figures.ytdActual === m)).toBe(true);
      }),
    );
  });

  it('the latest of two locks of one follow-up wins, compared as instants', () => {
    const locks = [
      { followUpId: 'a', lockedAt: '2025-07-31T14:02:05+02:00' },
      { followUpId: 'a', lockedAt: '2025-07-31T13:30:00+00:00' },
      { followUpId: 'b', lockedAt: '2025-08-31T10:00:00+02:00' },
    ];
    expect(latestLockOf(locks, 'a')).toBe(locks[1]);
    expect(latestLockOf(locks, 'c')).toBeNull();
  });

  it('writes the local time of the lock with its offset', () => {
    expect(localIsoDateTime(new Date(2025, 6, 31, 14, 2, 5))).toMatch(/^2025-07-31T14:02:05[+-]\d{2}:\d{2}$/);
  });
});
