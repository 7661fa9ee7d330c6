/** The ledger as read: units, accounts and columnar facts from one or more ledger sheets. */
import type { DetectedFiscalStart } from '../fiscal/detectFiscalStart';
import type { A1Address, SheetName } from '../grid/grid';
import type { Facts } from './facts';

/** A unit as the ledger names it: its path of organisation levels, coarsest first. */
export type UnitPath = readonly string[];

/** Everything read from the ledger sheets. */
export interface Ledger {
  /** Units in order of first appearance. */
  readonly units: readonly UnitPath[];
  /** Where each unit first appears, for messages. */
  readonly unitFirstSeen: readonly A1Address[];
  /** Accounts in order of first appearance (as text: "5010"). */
  readonly accounts: readonly string[];
  readonly facts: Facts;
  /** The ledger's own word for actuals ("Redovisning", "Utfall", "Actual"), when it names one. */
  readonly actualWord: string | null;
  /**
   * The organisation's name from the title rows above a ledger header: "Kommunledningsstab" from
   * "Huvudbok Kommunledningsstab 2025 (kr)" (see organisationOfTitle); null when they name none.
   */
  readonly title: string | null;
  readonly sheets: readonly SheetName[];
  /** The fiscal start the ledger says (a "Financial Year 2004/05" column beside dates), if any. */
  readonly fiscalStart: DetectedFiscalStart | null;
}

/** The key of a unit path, for maps. */
export function unitKey(path: UnitPath): string {
  return path.join('\u001f');
}

/** Assigns indexes to values in order of first appearance. */
export class Interner<T> {
  private readonly index = new Map<string, number>();
  readonly values: T[] = [];

  /** The index of the value with this key, adding it (via make) if new. */
  intern(key: string, make: () => T): number {
    let i = this.index.get(key);
    if (i === undefined) {
      i = this.values.length;
      this.values.push(make());
      this.index.set(key, i);
    }
    return i;
  }

  /** The index of a key, or undefined. */
  find(key: string): number | undefined {
    return this.index.get(key);
  }
}
