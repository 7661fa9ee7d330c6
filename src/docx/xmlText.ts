/**
 * Text as an XML part can hold it. The docx library drops C0 control characters itself but not
 * U+FFFE, U+FFFF or a lone surrogate (which a ledger's `_xFFFE_` escape or a broken export can
 * bring), and one such character makes Word refuse the whole document.
 */

/** Characters XML 1.0 does not allow (its Char production), by code point. */
const NOT_XML = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;

/** The text without characters an XML part cannot hold. */
export function xmlText(text: string): string {
  return text.replace(NOT_XML, '');
}
