/**
 * Ledger facts in columns: one entry per non-empty amount cell (unit, account, month, kind,
 * amount in öre). Typed arrays keep a million rows in a few tens of megabytes.
 */
import type { MonthKey } from '../period/month';
import type { Money } from '../money';
import { AMOUNT_KINDS, type AmountKind } from './schema';

/** Read-only columnar facts. */
export interface Facts {
  readonly length: number;
  /** Index into Ledger.units. */
  readonly unit: Int32Array;
  /** Index into Ledger.accounts, or -1 when the ledger has no account. */
  readonly account: Int32Array;
  readonly month: Int32Array;
  /** Index into AMOUNT_KINDS. */
  readonly kind: Uint8Array;
  /** Integer öre. */
  readonly amount: Float64Array;
}

/** The code of a kind in Facts.kind. */
export const KIND_CODE: Readonly<Record<AmountKind, number>> = Object.fromEntries(AMOUNT_KINDS.map((k, i) => [k, i])) as Record<AmountKind, number>;

/** Appends facts, growing its arrays by doubling. */
export class FactsBuilder {
  private n = 0;
  private unit = new Int32Array(1024);
  private account = new Int32Array(1024);
  private month = new Int32Array(1024);
  private kind = new Uint8Array(1024);
  private amount = new Float64Array(1024);

  /** Append one fact. */
  push(unit: number, account: number, month: MonthKey, kind: number, amount: Money): void {
    if (this.n === this.unit.length) this.grow();
    const i = this.n++;
    this.unit[i] = unit;
    this.account[i] = account;
    this.month[i] = month;
    this.kind[i] = kind;
    this.amount[i] = amount;
  }

  private grow(): void {
    const size = this.unit.length * 2;
    this.unit = resized(this.unit, new Int32Array(size));
    this.account = resized(this.account, new Int32Array(size));
    this.month = resized(this.month, new Int32Array(size));
    this.kind = resized(this.kind, new Uint8Array(size));
    this.amount = resized(this.amount, new Float64Array(size));
  }

  /** The facts so far (views, not copies). */
  build(): Facts {
    const n = this.n;
    return {
      length: n,
      unit: this.unit.subarray(0, n),
      account: this.account.subarray(0, n),
      month: this.month.subarray(0, n),
      kind: this.kind.subarray(0, n),
      amount: this.amount.subarray(0, n),
    };
  }
}

function resized<T extends Int32Array | Uint8Array | Float64Array>(from: T, to: T): T {
  to.set(from);
  return to;
}

/** Concatenate facts from several sheets. */
export function concatFacts(parts: readonly Facts[]): Facts {
  const b = new FactsBuilder();
  for (const p of parts) {
    for (let i = 0; i < p.length; i++) {
      b.push(p.unit[i]!, p.account[i]!, p.month[i]! as MonthKey, p.kind[i]!, p.amount[i]! as Money);
    }
  }
  return b.build();
}
