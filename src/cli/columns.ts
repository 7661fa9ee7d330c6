/** `--column "Rubrik=roll"` applied to the sheets read, or the usage error of a column not found. */
import { applyColumnChoices } from '../core/ledger/columnChoices';
import type { SheetLayout } from '../core/ledger/detect';
import { headOf, type Sheet } from '../core/grid/sheetRows';
import type { BuildArgs } from './args';
import { seeHelp, usageMessage } from './usage';

/** The layouts the --column choices give, by sheet; null after printing the usage error when one names no column. */
export function chosenLayouts(sheets: readonly Sheet[], args: Pick<BuildArgs, 'columns' | 'sheet' | 'lang'>, stderr: (line: string) => void): ReadonlyMap<string, SheetLayout> | null {
  const result = applyColumnChoices(sheets.map(headOf), args.columns, args.sheet);
  if (result.ok) return result.layouts;
  stderr(`followup: ${usageMessage({ code: 'unknownColumn', column: result.column, choices: result.headers }, args.lang)}`);
  stderr(seeHelp(args.lang));
  return null;
}
