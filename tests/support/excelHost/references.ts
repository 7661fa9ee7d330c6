/**
 * Formulas, defined names and chart sources refer to a sheet, not to its name. Excel keeps them pointing at it:
 * - renamed: a reference follows the sheet under its new name (Excel's UI behaviour; the
 *   reference documents only that a worksheet's `id` "remains the same even when the worksheet is
 *   renamed or moved");
 * - deleted: the reference becomes #REF! (Microsoft Support, "How to correct a #REF! error": "The
 *   #REF! error shows when a formula refers to a cell that's not valid. This happens most often
 *   when cells that were referenced by formulas get deleted, or pasted over."). Excel then shows
 *   the formula as `=#REF!F12`, which evaluates to #REF! (formula.ts).
 * A sheet added later under the old name does not revive the reference.
 */
import { quoteSheetName } from './address';

/** A sheet-qualified reference: 'Quoted name'!A1 or Bare!A1:B2 (group 1 or 2 the name, 3 the cells). */
const SHEET_REFERENCE = /(?<![\w.\u00C0-\uFFFF'])(?:'((?:[^']|'')+)'|([A-Za-z_\u00C0-\uFFFF][\w.\u00C0-\uFFFF]*))!(\$?[A-Za-z]{1,3}\$?\d+(?::\$?[A-Za-z]{1,3}\$?\d+)?)/g;

/** String literals of a formula ("…", with "" inside), left as they are. */
const STRING_LITERAL = /("(?:[^"]|"")*")/;

/**
 * The formula with its references to sheet `from` pointed at `to` (a new name), or made #REF!
 * (`to` null, the sheet deleted); the same string when it has none.
 */
export function retarget(formula: string, from: string, to: string | null): string {
  const lower = from.toLowerCase();
  return formula
    .split(STRING_LITERAL)
    .map((part, i) => {
      if (i % 2 === 1) return part;
      return part.replace(SHEET_REFERENCE, (whole, quoted: string | undefined, bare: string | undefined, cells: string) => {
        const name = quoted !== undefined ? quoted.replace(/''/g, "'") : bare!;
        if (name.toLowerCase() !== lower) return whole;
        return to === null ? `#REF!${cells}` : `${quoteSheetName(to)}!${cells}`;
      });
    })
    .join('');
}
