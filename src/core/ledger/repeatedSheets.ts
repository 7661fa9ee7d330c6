/**
 * A copy of a ledger sheet ("Huvudbok (2)", as Excel names one), or two ledger sheets whose rows
 * overlap, would count every repeated amount twice without a word. Two sheets overlap where both
 * hold non-zero amounts for the same unit, account, month and kind (for a sheet without accounts:
 * unit, month and kind). Budget in one sheet and actuals in another, or one year per sheet, never do.
 *
 * Where at least half of the shared keys carry the same amount in both sheets, one repeats the
 * other (a copy, or two exports of the same months): an error, as the figures would be doubled.
 * Shared keys with different amounts may be honest (sheets per project, whose dimension the ledger
 * does not read; a sheet of unit totals beside one by account): they are added, with a warning.
 */
import type { SheetName } from '../grid/grid';
import { anError, aWarning, type Issue } from '../issues/issue';
import type { Facts } from './facts';

/** The facts one ledger sheet added: [from, to) in the ledger's facts. */
export interface SheetFacts {
  readonly sheet: SheetName;
  readonly from: number;
  readonly to: number;
}

/** What a sheet's facts cover, to see most pairs apart without comparing rows. */
interface Cover {
  readonly kinds: number;
  readonly firstMonth: number;
  readonly lastMonth: number;
  readonly units: Uint8Array;
  readonly withoutAccount: boolean;
}

/**
 * For each ledger sheet that overlaps an earlier one: an error when it repeats the other's amounts,
 * a warning when they hold different amounts for the same keys (see above). The copy is named.
 */
export function repeatedSheets(facts: Facts, sheets: readonly SheetFacts[], unitCount: number, accountCount: number): Issue[] {
  if (sheets.length < 2) return [];
  const covers = sheets.map((s) => coverOf(facts, s, unitCount));
  const issues: Issue[] = [];
  for (let j = 1; j < sheets.length; j++) {
    for (let i = 0; i < j; i++) {
      if (!mayOverlap(covers[i]!, covers[j]!)) continue;
      const { shared, same } = sharedKeys(facts, sheets[i]!, sheets[j]!, covers[i]!, covers[j]!, accountCount);
      if (shared === 0) continue;
      // "Huvudbok (2)" is the copy even when Excel placed it first.
      const [copy, other] = isCopyOf(sheets[i]!.sheet, sheets[j]!.sheet) ? [sheets[i]!, sheets[j]!] : [sheets[j]!, sheets[i]!];
      const params = { other: other.sheet, count: shared };
      issues.push(same * 2 >= shared ? anError('repeatedRows', { sheet: copy.sheet }, params) : aWarning('overlappingSheets', { sheet: copy.sheet }, params));
      break;
    }
  }
  return issues;
}

/** Whether `name` is what Excel calls a copy of `of` ("Huvudbok (2)" of "Huvudbok"). */
function isCopyOf(name: string, of: string): boolean {
  const m = /^(.*) \(\d+\)$/.exec(name);
  return m !== null && m[1] === of;
}

function coverOf(facts: Facts, s: SheetFacts, unitCount: number): Cover {
  let kinds = 0;
  let firstMonth = Infinity;
  let lastMonth = -Infinity;
  let withoutAccount = false;
  const units = new Uint8Array(unitCount);
  for (let f = s.from; f < s.to; f++) {
    if (facts.amount[f] === 0) continue;
    kinds |= 1 << facts.kind[f]!;
    const m = facts.month[f]!;
    if (m < firstMonth) firstMonth = m;
    if (m > lastMonth) lastMonth = m;
    units[facts.unit[f]!] = 1;
    if (facts.account[f]! < 0) withoutAccount = true;
  }
  return { kinds, firstMonth, lastMonth, units, withoutAccount };
}

function mayOverlap(a: Cover, b: Cover): boolean {
  if ((a.kinds & b.kinds) === 0 || a.lastMonth < b.firstMonth || b.lastMonth < a.firstMonth) return false;
  for (let u = 0; u < a.units.length; u++) if (a.units[u] === 1 && b.units[u] === 1) return true;
  return false;
}

/** Keys (unit, account, month, kind) both sheets hold non-zero amounts for, and how many of them have the same sum in both. */
function sharedKeys(facts: Facts, a: SheetFacts, b: SheetFacts, ca: Cover, cb: Cover, accountCount: number): { shared: number; same: number } {
  // A sheet without accounts holds a unit's whole month: any account of the other sheet repeats it.
  const byAccount = !ca.withoutAccount && !cb.withoutAccount;
  const firstMonth = Math.min(ca.firstMonth, cb.firstMonth);
  const months = Math.max(ca.lastMonth, cb.lastMonth) - firstMonth + 1;
  const accounts = byAccount ? accountCount + 1 : 1;
  const keys = ca.units.length * accounts * months * KINDS;
  if (keys >= Number.MAX_SAFE_INTEGER) return { shared: 0, same: 0 }; // more keys than a double tells apart: never in a real ledger
  const keyOf = (f: number): number => ((facts.unit[f]! * accounts + (byAccount ? facts.account[f]! + 1 : 0)) * months + (facts.month[f]! - firstMonth)) * KINDS + facts.kind[f]!;
  // Bit sets say quickly which keys are shared (a million rows in milliseconds). Whether they carry
  // the same amounts is judged on a sample of them: sums for a million keys would cost seconds.
  const big = keys > BITSET_KEYS;
  const inA: KeySet = big ? new Set<number>() : new BitSet(keys);
  for (let f = a.from; f < a.to; f++) if (facts.amount[f] !== 0) inA.add(keyOf(f));
  const counted: KeySet = big ? new Set<number>() : new BitSet(keys);
  const sample = new Set<number>();
  // The sample's keys in a bit set too: most facts are then passed over without a hash lookup.
  const inSample: KeySet = big ? sample : new BitSet(keys);
  let shared = 0;
  for (let f = b.from; f < b.to; f++) {
    if (facts.amount[f] === 0) continue;
    const k = keyOf(f);
    if (!inA.has(k) || counted.has(k)) continue;
    counted.add(k);
    shared++;
    if (sample.size < SAMPLE_KEYS) {
      sample.add(k);
      inSample.add(k);
    }
  }
  if (shared === 0) return { shared: 0, same: 0 };
  const sumA = sumsOf(facts, a, keyOf, inSample);
  const sumB = sumsOf(facts, b, keyOf, inSample);
  let same = 0;
  for (const [k, v] of sumB) if (sumA.get(k) === v) same++;
  return { shared, same: Math.round((same / sample.size) * shared) };
}

/** Shared keys whose amounts are compared. */
const SAMPLE_KEYS = 10_000;

function sumsOf(facts: Facts, s: SheetFacts, keyOf: (f: number) => number, keys: KeySet): Map<number, number> {
  const sums = new Map<number, number>();
  for (let f = s.from; f < s.to; f++) {
    if (facts.amount[f] === 0) continue;
    const k = keyOf(f);
    if (keys.has(k)) sums.set(k, (sums.get(k) ?? 0) + facts.amount[f]!);
  }
  return sums;
}

/** Room for the kinds in a key. */
const KINDS = 8;
/** Key spaces up to this many keys are marked in a bit set (16 MB at most). */
const BITSET_KEYS = 1 << 27;

interface KeySet {
  add(k: number): unknown;
  has(k: number): boolean;
}

class BitSet implements KeySet {
  private readonly bits: Uint32Array;
  constructor(size: number) {
    this.bits = new Uint32Array(Math.ceil(size / 32));
  }
  add(k: number): void {
    this.bits[k >>> 5]! |= 1 << (k & 31);
  }
  has(k: number): boolean {
    return (this.bits[k >>> 5]! & (1 << (k & 31))) !== 0;
  }
}
