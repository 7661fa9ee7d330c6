/** Header and word matching that ignores case, spaces, punctuation and diacritics. */

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
