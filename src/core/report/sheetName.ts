/**
 * Choosing a sheet name Excel accepts and that no other sheet of the workbook has.
 */

/** Excel's longest sheet name, in UTF-16 units. */
export const MAX_SHEET_NAME_LENGTH = 31;

/** Characters Excel refuses in a sheet name (and control characters, which it cannot show). */
// eslint-disable-next-line no-control-regex -- control characters are exactly what is matched
const ILLEGAL = /[[\]:*?/\\\u0000-\u001f]/g;

/** What an illegal character is replaced by. */
const REPLACEMENT = '_';

/** Excel reserves this name (case-insensitively) for its change history. */
const RESERVED = 'history';

/** Used when nothing legal is left of the wanted name. */
const FALLBACK = 'Sheet';

/**
 * Make a legal Excel sheet name of `wanted`: illegal characters ([ ] : * ? / \ and controls)
 * replaced by "_", at most 31 characters, no apostrophe first or last.
 */
export function legalSheetName(wanted: string): string {
  return trimToLegal(wanted.replace(ILLEGAL, REPLACEMENT), MAX_SHEET_NAME_LENGTH) || FALLBACK;
}

/**
 * A legal sheet name for `wanted` that differs, compared case-insensitively as Excel does, from
 * every name in `existing`: the legal name itself when free, else "name (2)", "name (3)" …, the
 * name shortened so the suffix fits in 31 characters.
 */
export function uniqueSheetName(wanted: string, existing: Iterable<string>): string {
  const taken = new Set<string>([RESERVED]);
  for (const name of existing) taken.add(foldCase(name));
  const base = legalSheetName(wanted);
  if (!taken.has(foldCase(base))) return base;
  for (let n = 2; ; n++) {
    const suffix = ` (${n})`;
    const name = (trimToLegal(base, MAX_SHEET_NAME_LENGTH - suffix.length).trimEnd() || FALLBACK) + suffix;
    if (!taken.has(foldCase(name))) return name;
  }
}

/** Cut to `length` UTF-16 units without splitting a surrogate pair, then drop edge apostrophes. */
function trimToLegal(name: string, length: number): string {
  let s = name;
  if (s.length > length) {
    s = s.slice(0, length);
    if (/[\uD800-\uDBFF]$/.test(s)) s = s.slice(0, -1);
  }
  return s.replace(/^'+|'+$/g, '');
}

/** Excel compares sheet names without regard to case (Å and å are the same). */
function foldCase(name: string): string {
  return name.toLocaleLowerCase('sv-SE');
}
