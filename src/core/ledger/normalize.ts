/** Header and word matching that ignores case, spaces, punctuation and diacritics; labels that look the same. */

/** "Helårs-prognos " → "helarsprognos". */
export function normalizeWord(s: string): string {
  return s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]/g, '');
}

/** Lower case without diacritics, punctuation turned into single spaces ("Budget Jan-25" → "budget jan 25"). */
export function normalizeTokens(s: string): string {
  return s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

/** A lookup from normalised word to value, built once from a table of written words. */
export function wordLookup<T>(table: Readonly<Record<string, readonly string[]>>): ReadonlyMap<string, T> {
  const m = new Map<string, T>();
  for (const [value, words] of Object.entries(table)) {
    for (const w of words) {
      const key = normalizeWord(w);
      if (!m.has(key)) m.set(key, value as T);
    }
  }
  return m;
}

/**
 * A label (unit, account, group, kind) as compared and shown: Unicode NFC, so "å" written as a + ring
 * (as macOS and some exports write it) is the same letter; runs of spaces, tabs and no-break spaces
 * one space; no spaces at either end; no zero-width characters. Case is kept: "IT" and "It" may be
 * two units.
 */
export function normalizeLabel(s: string): string {
  // Most labels are plain already: a quick test spares the normalisation of a million cells.
  if (PLAIN_LABEL.test(s)) return s;
  return s.normalize('NFC').replace(INVISIBLE, '').replace(/\s+/g, ' ').trim();
}

/** Characters that show nothing: zero-width spaces and joiners, word joiner, soft hyphen. */
const INVISIBLE = /[\u200b-\u200d\u2060\u00ad]/g;

/** Printable ASCII with single inner spaces: already what normalizeLabel makes. */
const PLAIN_LABEL = /^(?:[!-~]+(?: [!-~]+)*)?$/;
