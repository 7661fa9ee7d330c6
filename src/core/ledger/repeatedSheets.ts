/**
 * A copy of a ledger sheet ("Huvudbok (2)", as Excel names one), or two ledger sheets whose rows
 * overlap, would count every repeated amount twice without a word. Sheets overlap when both hold a
 * non-zero amount for the same unit, account, month and kind (for a sheet without accounts: unit,
 * month and kind). Budget in one sheet and actuals in another, or one year per sheet, never do.
 */
import type { SheetName } from '../grid/grid';
import { anError, type Issue } from '../issues/issue';
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

/** An error for each ledger sheet that repeats amounts of an earlier one (the copy named, when one looks like it). */
export function repeatedSheets(facts: Facts, sheets: readonly SheetFacts[], unitCount: number, accountCount: number): Issue[] {
  if (sheets.length < 2) return [];
  const covers = sheets.map((s) => coverOf(facts, s, unitCount));
  const issues: Issue[] = [];
  for (let j = 1; j < sheets.length; j++) {
    for (let i = 0; i < j; i++) {
      if (!mayOverlap(covers[i]!, covers[j]!)) continue;
      const count = sharedAmounts(facts, sheets[i]!, sheets[j]!, covers[i]!, covers[j]!, accountCount);
      if (count === 0) continue;
      // "Huvudbok (2)" is the copy even when Excel placed it first.
      const [copy, other] = isCopyOf(sheets[i]!.sheet, sheets[j]!.sheet) ? [sheets[i]!, sheets[j]!] : [sheets[j]!, sheets[i]!];
      issues.push(anError('repeatedRows', { sheet: copy.sheet }, { other: other.sheet, count }));
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

/** The non-zero amounts of sheet b whose unit, account, month and kind sheet a holds too. */
function sharedAmounts(facts: Facts, a: SheetFacts, b: SheetFacts, ca: Cover, cb: Cover, accountCount: number): number {
  // A sheet without accounts holds a unit's whole month: any account of the other sheet repeats it.
  const byAccount = !ca.withoutAccount && !cb.withoutAccount;
  const firstMonth = Math.min(ca.firstMonth, cb.firstMonth);
  const months = Math.max(ca.lastMonth, cb.lastMonth) - firstMonth + 1;
  const accounts = byAccount ? accountCount + 1 : 1;
  const keys = ca.units.length * accounts * months * KINDS;
  const keyOf = (f: number): number => ((facts.unit[f]! * accounts + (byAccount ? facts.account[f]! + 1 : 0)) * months + (facts.month[f]! - firstMonth)) * KINDS + facts.kind[f]!;
  if (keys <= BITSET_KEYS) return sharedInBitset(facts, a, b, keys, keyOf);
  if (keys < Number.MAX_SAFE_INTEGER) return sharedInSorted(facts, a, b, keyOf);
  // Keys too many for a double to tell apart: strings (never met in a real ledger).
  const held = new Set<string>();
  const textOf = (f: number): string => `${facts.unit[f]} ${byAccount ? facts.account[f] : 0} ${facts.month[f]} ${facts.kind[f]}`;
  for (let f = a.from; f < a.to; f++) if (facts.amount[f] !== 0) held.add(textOf(f));
  let count = 0;
  for (let f = b.from; f < b.to; f++) if (facts.amount[f] !== 0 && held.has(textOf(f))) count++;
  return count;
}

/** Room for the kinds in a key. */
const KINDS = 8;
/** Key spaces up to this many keys are marked in a bit set (16 MB at most): a million rows in milliseconds. */
const BITSET_KEYS = 1 << 27;

function sharedInBitset(facts: Facts, a: SheetFacts, b: SheetFacts, keys: number, keyOf: (f: number) => number): number {
  const bits = new Uint32Array(Math.ceil(keys / 32));
  for (let f = a.from; f < a.to; f++) {
    if (facts.amount[f] === 0) continue;
    const k = keyOf(f);
    bits[k >>> 5]! |= 1 << (k & 31);
  }
  let count = 0;
  for (let f = b.from; f < b.to; f++) {
    if (facts.amount[f] === 0) continue;
    const k = keyOf(f);
    if ((bits[k >>> 5]! & (1 << (k & 31))) !== 0) count++;
  }
  return count;
}

/** Larger key spaces: both sheets' keys sorted, then walked together. */
function sharedInSorted(facts: Facts, a: SheetFacts, b: SheetFacts, keyOf: (f: number) => number): number {
  const sortedKeys = (s: SheetFacts): Float64Array => {
    const out = new Float64Array(s.to - s.from);
    let n = 0;
    for (let f = s.from; f < s.to; f++) if (facts.amount[f] !== 0) out[n++] = keyOf(f);
    return out.subarray(0, n).sort();
  };
  const ka = sortedKeys(a);
  const kb = sortedKeys(b);
  let i = 0;
  let count = 0;
  for (let j = 0; j < kb.length; j++) {
    while (i < ka.length && ka[i]! < kb[j]!) i++;
    if (i < ka.length && ka[i] === kb[j]) count++;
  }
  return count;
}
