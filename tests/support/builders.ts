/** Test builders that speak spreadsheet: grids, ledgers with defaults, and issue matchers. */
import { makeGrid, type Cell, type Grid } from '../../src/core/grid/grid';
import { analyseWorkbook, type Analysis } from '../../src/core/engine';
import type { Issue, IssueCode } from '../../src/core/issues/issue';
import type { FollowUpPeriod } from '../../src/core/period/month';
import type { SignConvention } from '../../src/core/followup/sign';

/** A grid from rows of cells. */
export function grid(sheet: string, rows: readonly (readonly Cell[])[]): Grid {
  return makeGrid(sheet, rows);
}

/** One long ledger row with defaults. */
export interface LedgerRowSpec {
  period?: Cell;
  unit?: Cell;
  sub?: Cell;
  account?: Cell;
  budget?: Cell;
  actual?: Cell;
  forecast?: Cell;
}

/** A ledger row: July 2025, unit "A", account 5010, no amounts. */
export function aLedgerRow(spec: LedgerRowSpec = {}): Cell[] {
  const or = <K extends keyof LedgerRowSpec>(key: K, fallback: Cell): Cell => (key in spec ? (spec[key] as Cell) : fallback);
  return [or('period', 202507), or('unit', 'A'), or('sub', null), or('account', 5010), or('budget', null), or('actual', null), or('forecast', null)];
}

/** The header of aLedgerRow's layout. */
export const LEDGER_HEADER: Cell[] = ['Period', 'Avdelning', 'Enhet', 'Konto', 'Budget', 'Utfall', 'Prognos'];

/** A "Huvudbok" sheet of long rows under the standard header. */
export function aLedger(rows: readonly LedgerRowSpec[], sheet = 'Huvudbok'): Grid {
  return grid(sheet, [LEDGER_HEADER, ...rows.map(aLedgerRow)]);
}

/** Analyse grids for a period (July 2025 by default). */
export function analyse(grids: readonly Grid[], period: Partial<FollowUpPeriod> = {}, sign?: SignConvention): Analysis {
  return analyseWorkbook(grids, {
    period: { year: 2025, month: 7, months: 1, ...period },
    lang: 'sv',
    ...(sign ? { sign } : {}),
  });
}

/** Find an issue by code and address ("Huvudbok!E40"). */
export function findIssue(issues: readonly Issue[], code: IssueCode, address?: string): Issue | undefined {
  return issues.find((i) => i.code === code && (address === undefined || i.address === address));
}

declare global {
  // eslint-disable-next-line @typescript-eslint/no-namespace
  namespace jest {
    interface Matchers<R> {
      /** The issues include one with this code at this cell. */
      toHaveIssue(code: IssueCode, address?: string): R;
    }
  }
}

expect.extend({
  toHaveIssue(received: readonly Issue[], code: IssueCode, address?: string) {
    const pass = findIssue(received, code, address) !== undefined;
    const list = received.map((i) => `${i.code}@${i.address ?? i.sheet ?? '-'}`).join(', ');
    return {
      pass,
      message: () => `expected ${pass ? 'no ' : ''}issue ${code}${address ? ` at ${address}` : ''}; got [${list}]`,
    };
  },
});
