/**
 * The rows behind a figure as the lines of a table, for every writer (the command line's table and
 * CSV, the "Underlag" sheet): each part's rows under a heading, each unit × account with its sum,
 * each part's total, and the figure's total. Made lazily: a million rows need not exist at once.
 */
import type { Ledger } from '../ledger/ledger';
import type { Money } from '../money';
import { drillRow, type DrillDown, type DrillRow } from './rowsBehind';

/** One line of the table. */
export type DrillLine =
  | { readonly kind: 'part'; readonly figure: DrillDown['figure'] }
  | { readonly kind: 'row'; readonly row: DrillRow; readonly part: DrillDown['figure'] }
  | { readonly kind: 'groupSum'; readonly unit: readonly string[]; readonly account: string | null; readonly total: Money }
  | { readonly kind: 'partSum'; readonly figure: DrillDown['figure']; readonly total: Money }
  | { readonly kind: 'total'; readonly total: Money | null };

/**
 * The lines of a drill-down, in order; parts are headed only when there are two (a deviation).
 * Only the first `maxRows` ledger rows are made (the sums and totals always come): a sheet that
 * lists 10 000 of a million rows need not build the rest.
 */
export function* drillLines(ledger: Ledger, drill: DrillDown, maxRows = Infinity): Generator<DrillLine> {
  const headed = drill.parts.length > 1;
  let rows = 0;
  for (const part of drill.parts) {
    if (headed) yield { kind: 'part', figure: part.figure };
    for (const g of part.groups) {
      for (const i of g.facts) {
        if (rows >= maxRows) break;
        rows++;
        yield { kind: 'row', row: drillRow(ledger, i), part: part.figure };
      }
      yield { kind: 'groupSum', unit: g.unit, account: g.account, total: g.total };
    }
    if (headed) yield { kind: 'partSum', figure: part.figure, total: part.total };
  }
  yield { kind: 'total', total: drill.total };
}

/** How many ledger rows a drill-down shows. */
export function drillRowCount(drill: DrillDown): number {
  return drill.parts.reduce((n, p) => n + p.rowCount, 0);
}
