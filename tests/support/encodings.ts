/** Bytes of a text in the encodings CSV exports use, for tests. */

/** UTF-8 bytes of a text. */
export function utf8(text: string): Uint8Array {
  return new TextEncoder().encode(text);
}

/** Windows-1252 bytes of a text made of Latin-1 letters plus € – ’ (all the tests need). */
export function cp1252(text: string): Uint8Array {
  const special: Record<string, number> = { '€': 0x80, '–': 0x96, '’': 0x92 };
  return Uint8Array.from([...text].map((c) => special[c] ?? c.charCodeAt(0)));
}
