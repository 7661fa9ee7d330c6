/**
 * The difference of two reports (core/cycle): rows matched by path, added and removed rows, the
 * largest change first, two organisations refused; the JSON report read exactly to öre.
 */
import fc from 'fast-check';
import { diffReports, isMismatch, isUnchanged, type ReportDiff, type ReportSnapshot, type SnapshotRow } from '../../src/core/cycle/reportDiff';
import { reportSnapshot } from '../../src/core/cycle/reportSnapshot';
import { jsonDiff } from '../../src/core/cycle/diffJson';
import { moneyFromKronorString, moneyFromOre, type Money } from '../../src/core/money';

const kr = (n: number): Money => moneyFromOre(Math.round(n * 100));
const row = (path: string[], actual: number, deviation: number, kind: SnapshotRow['kind'] = 'unit'): SnapshotRow => ({ path, kind, ytdActual: kr(actual), ytdDeviation: kr(deviation) });
const report = (rows: readonly SnapshotRow[], o: Partial<ReportSnapshot> = {}): ReportSnapshot => ({ period: { year: 2025, month: 7, months: 1 }, sign: 'debit', rows, ...o });

function diffOf(a: ReportSnapshot, b: ReportSnapshot): ReportDiff {
  const d = diffReports(a, b);
  if (isMismatch(d)) throw new Error(d.mismatch);
  return d;
}

describe('diffReports', () => {
  const before = report([row([], 1000, 100, 'total'), row(['KLS'], 1000, 100, 'parent'), row(['KLS', 'IT'], 600, 50), row(['KLS', 'HR'], 400, 50), row(['KLS', 'Gamla'], 0, 0)]);
  const after = report([row([], 1500.25, 80, 'total'), row(['KLS'], 1500.25, 80, 'parent'), row(['KLS', 'IT'], 1100.25, 30), row(['KLS', 'HR'], 400, 50), row(['KLS', 'Nya'], 0, 0)]);

  it('gives Δ YTD actual and Δ YTD deviation per row, new minus old, total first and the largest change next', () => {
    const d = diffOf(before, after);
    expect(d.rows.map((r) => [r.path.join('/'), r.status, r.ytdActual.change, r.ytdDeviation.change])).toEqual([
      ['', 'both', 50025, -2000],
      ['KLS', 'both', 50025, -2000],
      ['KLS/IT', 'both', 50025, -2000],
      ['KLS/HR', 'both', 0, 0],
      ['KLS/Nya', 'added', 0, 0],
      ['KLS/Gamla', 'removed', 0, 0],
    ]);
  });

  it('reports a renamed unit as removed and added, never guessing that they are one', () => {
    const d = diffOf(before, after);
    const nya = d.rows.find((r) => r.path.join('/') === 'KLS/Nya')!;
    expect(nya).toMatchObject({ status: 'added', ytdActual: { old: null, new: 0 } });
    expect(d.rows.find((r) => r.path.join('/') === 'KLS/Gamla')).toMatchObject({ status: 'removed', ytdActual: { old: 0, new: null } });
    expect(isUnchanged(nya)).toBe(false);
  });

  it('sorts by the larger of the two changes, in either direction', () => {
    const a = report([row(['A'], 0, 0), row(['B'], 0, 0), row(['C'], 0, 0)]);
    const b = report([row(['A'], 1, -1), row(['B'], 0, -300), row(['C'], -200, 0)]);
    expect(diffOf(a, b).rows.map((r) => r.path[0])).toEqual(['B', 'C', 'A']);
  });

  it('refuses two organisations’ reports: no unit in common, another sign convention, another fiscal year', () => {
    expect(diffReports(before, report([row([], 1, 1, 'total'), row(['Skola'], 1, 1)]))).toEqual({ mismatch: 'noCommonUnits' });
    expect(diffReports(before, { ...after, sign: 'result' })).toEqual({ mismatch: 'signDiffers', old: 'debit', new: 'result' });
    expect(diffReports(before, report(after.rows, { period: { year: 2025, month: 7, months: 1, fiscalStart: 4 } }))).toEqual({ mismatch: 'fiscalStartDiffers', old: 1, new: 4 });
  });

  it('compares different periods, and reports with only a total', () => {
    expect(isMismatch(diffReports(before, report(after.rows, { period: { year: 2024, month: 12, months: 1 } })))).toBe(false);
    expect(diffOf(report([row([], 1, 1, 'total')]), report([row([], 3, 2, 'total')])).rows[0]!.ytdActual.change).toBe(200);
  });

  it('writes JSON with exact kronor strings, leaving unchanged rows out but counted', () => {
    const j = jsonDiff(diffOf(before, after));
    expect(j.unchanged).toBe(1);
    expect(j.rows[0]).toEqual({ path: [], kind: 'total', status: 'both', ytdActual: { old: '1000.00', new: '1500.25', change: '500.25' }, ytdDeviation: { old: '100.00', new: '80.00', change: '-20.00' } });
    expect(j.rows.map((r) => r.path.join('/'))).not.toContain('KLS/HR');
  });
});

describe('diffReports properties', () => {
  const paths = fc.constantFrom(['A'], ['A', 'x'], ['A', 'y'], ['B'], ['B', 'z'], ['C']);
  const ore = fc.integer({ min: -1e12, max: 1e12 }).map(moneyFromOre);
  const rowsArb = fc.uniqueArray(fc.record({ path: paths, ytdActual: ore, ytdDeviation: ore }), { selector: (r) => r.path.join('/'), minLength: 1 });
  const reportArb = fc.tuple(ore, ore, rowsArb).map(([a, d, rows]) => report([{ path: [], kind: 'total', ytdActual: a, ytdDeviation: d }, ...rows.map((r) => ({ ...r, kind: 'unit' as const }))]));
  const byPath = (d: ReportDiff): Map<string, [string, number, number]> => new Map(d.rows.map((r) => [r.path.join('/'), [r.status, r.ytdActual.change, r.ytdDeviation.change]]));

  it('a report against itself changes nothing', () => {
    fc.assert(fc.property(reportArb, (a) => diffOf(a, a).rows.every(isUnchanged)));
  });

  it('diff(a, b) = −diff(b, a), added and removed swapped', () => {
    fc.assert(
      fc.property(reportArb, reportArb, (a, b) => {
        const ab = diffReports(a, b);
        const ba = diffReports(b, a);
        expect(isMismatch(ab)).toBe(isMismatch(ba));
        if (isMismatch(ab) || isMismatch(ba)) return;
        const swap = { both: 'both', added: 'removed', removed: 'added' } as const;
        const back = byPath(ba);
        for (const [k, [status, actual, deviation]] of byPath(ab)) {
          expect(back.get(k)).toEqual([swap[status as keyof typeof swap], -actual + 0, -deviation + 0]);
        }
        expect(back.size).toBe(ab.rows.length);
      }),
    );
  });
});

describe('the JSON report read to öre', () => {
  it('takes exact decimal strings, never a float', () => {
    expect(moneyFromKronorString('1442000.00')).toBe(144200000);
    expect(moneyFromKronorString('-3.8')).toBe(-380);
    expect(moneyFromKronorString('-0.00')).toBe(0);
    expect(Object.is(moneyFromKronorString('-0.00'), -0)).toBe(false);
    expect(moneyFromKronorString('90071992547409.91')).toBe(9007199254740991);
    for (const bad of ['', '1,5', '1 000.00', '1.005', '1e3', '0x10', '.5', '99999999999999999.00', ' 1.00']) expect(moneyFromKronorString(bad)).toBeNull();
  });

  it('names the part that is not a report', () => {
    const good = { period: { year: 2025, month: 7, months: 1 }, sign: 'debit', rows: [{ path: [], kind: 'total', ytdActual: '1.00', ytdDeviation: '0.10' }] };
    expect(reportSnapshot(good)).toEqual({ period: good.period, sign: 'debit', rows: [{ path: [], kind: 'total', ytdActual: 100, ytdDeviation: 10 }] });
    expect(reportSnapshot([])).toEqual({ notAReport: '(top level)' });
    expect(reportSnapshot({ ...good, period: { year: 2025 } })).toEqual({ notAReport: 'period' });
    expect(reportSnapshot({ ...good, sign: 'x' })).toEqual({ notAReport: 'sign' });
    expect(reportSnapshot({ ...good, rows: [{ ...good.rows[0], ytdActual: 1 }] })).toEqual({ notAReport: 'rows[0].ytdActual' });
    expect(reportSnapshot({ ...good, rows: [{ ...good.rows[0], path: 'IT' }] })).toEqual({ notAReport: 'rows[0].path' });
  });
});
