/** Reading single cells of a ledger: amounts and texts. */
import { isCellError, type Cell } from '../grid/grid';
import { normalizeLabel } from './normalize';
import { isAmbiguousAmount, moneyFromKronor, parseMoneyText, ZERO, type Money } from '../money';

/** An amount cell read: the money, or why it is not an amount. */
export type AmountReading =
  | { readonly ok: true; readonly amount: Money }
  | { readonly ok: false; readonly code: 'textInAmount' | 'ambiguousAmount' | 'errorInCell' | 'amountTooLarge'; readonly text: string };

/** Excel's error values as text, in English and Swedish Excel (#N/A, #SAKNAS!, #VALUE!, #VÄRDEFEL! …). */
const ERROR_TEXT = /^#(N\/A|NULL!|DIV\/0!|VALUE!|REF!|NAME\?|NUM!|SPILL!|CALC!|GETTING_DATA|SAKNAS!|SKÄRNING!|DIVISION\/0!|VÄRDEFEL!|REFERENS!|NAMN\?|OGILTIGT!|BLOCKERAD!)$/i;

/**
 * Read an amount cell: numbers, numbers as Swedish or English text, blanks as zero; in a column
 * of tkr (`thousandsShift` 3) or mnkr (6), converted to kronor exactly.
 */
export function readAmountCell(cell: Cell, thousandsShift: 0 | 3 | 6 = 0): AmountReading {
  if (cell === null) return { ok: true, amount: ZERO };
  if (typeof cell === 'number') {
    const m = moneyFromKronor(cell, thousandsShift);
    return m === null ? { ok: false, code: 'amountTooLarge', text: String(cell) } : { ok: true, amount: m };
  }
  if (typeof cell === 'string') {
    if (cell.trim() === '') return { ok: true, amount: ZERO };
    const m = parseMoneyText(cell, thousandsShift);
    if (m !== null) return { ok: true, amount: m };
    // A CSV export of a sheet writes an error value as its text: it is an error, not a typo.
    if (ERROR_TEXT.test(cell.trim())) return { ok: false, code: 'errorInCell', text: cell.trim() };
    return { ok: false, code: isAmbiguousAmount(cell) ? 'ambiguousAmount' : 'textInAmount', text: cell };
  }
  if (isCellError(cell)) return { ok: false, code: 'errorInCell', text: cell.error };
  return { ok: false, code: 'textInAmount', text: String(cell) };
}

/**
 * The text of a label cell (unit, account, kind, group, organisation code), as normalizeLabel
 * makes it so labels that look the same are the same; '' for blanks and errors.
 */
export function cellText(cell: Cell): string {
  if (typeof cell === 'string') return normalizeLabel(cell);
  if (typeof cell === 'number') return String(cell);
  if (typeof cell === 'boolean') return cell ? 'TRUE' : 'FALSE';
  return '';
}
