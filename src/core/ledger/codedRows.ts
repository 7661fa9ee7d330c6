/**
 * The loop of readLongSheet over a large sheet whose reader holds the label columns as codes (a
 * scanned CSV, an .xlsx sheet): what a row means is looked up by its codes in flat arrays, each
 * code worked out once by readLongSheet's own steps, so a million rows cost a few array reads
 * each. A row any step has more to say about — no unit, a Summa row, a period or kind the reader
 * cannot place, an amount cell that is no plain amount — is read by the full row reader, in its
 * place in the order, so issues, units, accounts and facts come out exactly as that reader alone
 * gives them (a property test holds the two together: tests/csv/csvSheet.test.ts).
 */
import { AMOUNT_EMPTY, AMOUNT_VALUE, type AmountArrays, type LabelCodes, type SheetRows } from '../grid/sheetRows';
import type { Money } from '../money';
import type { MonthKey } from '../period/month';
import type { FactsBuilder } from './facts';
import { SUBTOTAL_ACCOUNT } from './sheetContext';

/** The per-row steps of readLongSheet, for a row seen with codes not seen before. */
export interface RowSteps {
  /** The unit of row r (an index, or NO_UNIT / SUBTOTAL: negative). */
  unitOf(r: number): number;
  /** By amount column: the month row r's cells go to; null when the row's period needs the full reader (an issue). */
  monthsOf(r: number): readonly MonthKey[] | null;
  /** The account of row r (-1 without one; SUBTOTAL_ACCOUNT for a Summa row). */
  accountOf(r: number): number;
  /** The kind code of row r's plain amounts from its kind column; null when the full reader must say it is unknown. */
  kindOf(r: number): number | null;
  /** Read row r in full, its unit already worked out. */
  readRow(r: number, unit: number): void;
}

/** The amount columns as the loop reads them. */
export interface CodedAmount {
  readonly index: number;
  /** The kind code, or null when the sheet's kind column says it. */
  readonly kind: number | null;
  readonly negate: boolean;
}

/** The label columns' codes the loop needs; null when the reader does not hold one of them so. */
export interface CodedColumns {
  readonly levels: readonly LabelCodes[];
  readonly period: LabelCodes;
  readonly account: LabelCodes | null;
  readonly kind: LabelCodes | null;
}

/** Units combinations beyond this many get no flat table (4 MB): the full reader reads the sheet. */
const MAX_COMBINATIONS = 1 << 20;

/** A table entry not worked out yet. */
const UNSEEN = -100;

/** The label columns' codes, or null when the reader does not hold all of them as codes or the units' combinations are too many. */
export function codedColumnsOf(rows: SheetRows, levels: readonly number[], period: number, account: number, kind: number): CodedColumns | null {
  if (rows.labelCodes === undefined) return null;
  const codes = (c: number) => rows.labelCodes!(c) ?? null;
  const levelCodes = levels.map(codes);
  const periodCodes = codes(period);
  const accountCodes = account < 0 ? null : codes(account);
  const kindCodes = kind < 0 ? null : codes(kind);
  if (levelCodes.some((l) => l === null) || periodCodes === null || (account >= 0 && accountCodes === null) || (kind >= 0 && kindCodes === null)) return null;
  if (levelCodes.reduce((n, l) => n * (l!.count + 1), 1) > MAX_COMBINATIONS) return null;
  return { levels: levelCodes as LabelCodes[], period: periodCodes, account: accountCodes, kind: kindCodes };
}

/** Read rows first..rows.length - 1 (see the file's comment). */
export function readCodedRows(rows: SheetRows, first: number, columns: CodedColumns, amounts: readonly CodedAmount[], steps: RowSteps, facts: FactsBuilder): void {
  const n = rows.length;
  const { levels } = columns;
  // A code c is at c + 1 in each table: -1, an empty cell, at 0.
  const units = new Int32Array(levels.reduce((k, l) => k * (l.count + 1), 1)).fill(UNSEEN);
  // By period code, the months of the amount columns' cells in a row (flat: code × columns),
  // after its state: UNSEEN, or SLOW when the full reader reads the row.
  const width = amounts.length;
  const periodState = new Int8Array(columns.period.count + 1).fill(UNSEEN_PERIOD);
  const months = new Int32Array((columns.period.count + 1) * width);
  const accounts = new Int32Array((columns.account?.count ?? 0) + 1).fill(UNSEEN);
  const kinds = new Int32Array((columns.kind?.count ?? 0) + 1).fill(UNSEEN);
  const level0 = levels[0]!.codes;
  const level1 = levels.length > 1 ? levels[1]!.codes : null;
  const width1 = levels.length > 1 ? levels[1]!.count + 1 : 0;
  const periodCodes = columns.period.codes;
  const accountCodes = columns.account?.codes ?? null;
  const kindCodes = columns.kind?.codes ?? null;
  const arrays: (AmountArrays | undefined)[] = amounts.map((a) => rows.amountArrays?.(a.index));
  const values = new Float64Array(amounts.length);
  const columnKind = amounts.map((a) => a.kind);
  const usesKindColumn = columnKind.some((k) => k === null);

  for (let r = first; r < n; r++) {
    // The unit: by the combination of the level codes.
    let combo = level0[r]! + 1;
    if (level1 !== null) combo = combo * width1 + level1[r]! + 1;
    for (let l = 2; l < levels.length; l++) combo = combo * (levels[l]!.count + 1) + levels[l]!.codes[r]! + 1;
    let unit = units[combo]!;
    if (unit < 0) {
      unit = steps.unitOf(r);
      // No unit and Summa rows go to the full reader every time (each is an issue or a note).
      if (unit < 0) {
        steps.readRow(r, unit);
        continue;
      }
      units[combo] = unit;
    }
    const p = periodCodes[r]! + 1;
    let state = periodState[p]!;
    if (state === UNSEEN_PERIOD) {
      const ats = steps.monthsOf(r);
      if (ats !== null) months.set(ats, p * width);
      state = periodState[p] = ats === null ? SLOW_PERIOD : PLAIN_PERIOD;
    }
    if (state === SLOW_PERIOD) {
      steps.readRow(r, unit);
      continue;
    }
    let account = -1;
    if (accountCodes !== null) {
      const k = accountCodes[r]! + 1;
      account = accounts[k]!;
      if (account === UNSEEN) account = accounts[k] = steps.accountOf(r);
      if (account === SUBTOTAL_ACCOUNT) {
        steps.readRow(r, unit);
        continue;
      }
    }
    // The amounts: any cell that is not a plain amount or empty sends the row to the full reader.
    let plain = true;
    let kindNeeded = false;
    for (let i = 0; i < amounts.length; i++) {
      const column = arrays[i];
      // EMPTY_CELL for an empty cell: a number either way.
      let v = EMPTY_CELL;
      if (column !== undefined) {
        const state = column.state[r];
        if (state === AMOUNT_VALUE) v = column.ore[r]!;
        else if (state !== AMOUNT_EMPTY) plain = false;
      } else {
        const read = rows.amount(r, amounts[i]!.index);
        if (read !== null) {
          if (Number.isNaN(read)) plain = false;
          else v = read;
        }
      }
      if (!plain) break;
      if (usesKindColumn && columnKind[i] === null && !Number.isNaN(v)) kindNeeded = true;
      values[i] = v;
    }
    let rowKind = -1;
    if (plain && kindNeeded) {
      const k = kindCodes![r]! + 1;
      let code = kinds[k]!;
      if (code === UNSEEN) code = kinds[k] = steps.kindOf(r) ?? UNKNOWN_KIND;
      if (code === UNKNOWN_KIND) plain = false;
      rowKind = code;
    }
    if (!plain) {
      steps.readRow(r, unit);
      continue;
    }
    for (let i = 0; i < amounts.length; i++) {
      const v = values[i]!;
      // EMPTY_CELL, the one NaN stored here.
      if (Number.isNaN(v)) continue;
      const a = amounts[i]!;
      // 0 - x, not -x: a Kredit of 0 must not become -0 (as readLongSheet).
      facts.push(unit, account, months[p * width + i]! as MonthKey, a.kind ?? rowKind, (a.negate ? 0 - v : v) as Money, r, a.index);
    }
  }
}

/** An empty amount cell among a row's values. */
const EMPTY_CELL = NaN;

/** The states of a period code. */
const UNSEEN_PERIOD = 0;
const PLAIN_PERIOD = 1;
const SLOW_PERIOD = 2;

/** A kind column's cell that names no kind. */
const UNKNOWN_KIND = -2;
