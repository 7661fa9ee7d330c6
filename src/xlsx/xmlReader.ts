/**
 * A small streaming XML reader for the parts of an .xlsx package: start tags with their attributes,
 * end tags and text, from a stream of text chunks. Element and attribute names come without their
 * namespace prefix ("x:c" and "c" are the same cell), because producers other than Excel choose
 * their own prefixes (the .NET Open XML SDK writes "x:"), and the SpreadsheetML parts read here use
 * each local name in one meaning only.
 *
 * Why not a general XML parser: only what ECMA-376 packages contain is needed (no DTDs, no entity
 * definitions), and this reads a million-row sheet without an object per tag.
 */

/** The attributes of a start tag, by local name, values with their entities decoded. */
export type XmlAttributes = Readonly<Record<string, string>>;

/** What the reader calls for each piece of the document, in order. */
export interface XmlHandler {
  /** A start tag (also an empty-element tag, which is followed by its end at once). */
  open(name: string, attributes: XmlAttributes): void;
  /** An end tag. */
  close(name: string): void;
  /** Character data (entities and CDATA decoded); whitespace between tags included. */
  text(text: string): void;
}

/** An XML part that is not well-formed enough to read. */
export class XmlError extends Error {}

/** Feed every chunk of a part through the handler. */
export async function readXml(chunks: AsyncIterable<string>, handler: XmlHandler): Promise<void> {
  // Elements open now and ever: a part cut short at a tag's end (its zip entry written whole, but
  // of a document cut short) must not read as a sheet that ends there.
  const depth = { open: 0, seen: 0 };
  const counting: XmlHandler = {
    open: (name, attributes) => {
      depth.open++;
      depth.seen++;
      handler.open(name, attributes);
    },
    close: (name) => {
      depth.open--;
      handler.close(name);
    },
    text: (text) => handler.text(text),
  };
  let rest = '';
  for await (const chunk of chunks) rest = readComplete(rest + chunk, counting);
  if (rest.trim() !== '' || depth.open !== 0 || depth.seen === 0) throw new XmlError('the XML ends before its document does');
}

/** Read the complete tokens of `text`; returns what is left for the next chunk. */
function readComplete(text: string, handler: XmlHandler): string {
  let at = 0;
  for (;;) {
    const lt = text.indexOf('<', at);
    if (lt < 0) {
      // Text up to the end may continue in the next chunk, and an entity may be cut in two.
      return text.slice(at);
    }
    if (lt > at) handler.text(decodeEntities(text.slice(at, lt)));
    const end = tokenEnd(text, lt);
    if (end < 0) return text.slice(lt);
    readToken(text, lt, end, handler);
    at = end;
  }
}

/** Where the token starting at `lt` ends (just past its last character); -1 when not yet complete. */
function tokenEnd(text: string, lt: number): number {
  const next = text.charCodeAt(lt + 1);
  if (next === 0x21 /* ! */) {
    if (text.startsWith('<!--', lt)) return after(text, '-->', lt + 4);
    if (text.startsWith('<![CDATA[', lt)) return after(text, ']]>', lt + 9);
    // <!DOCTYPE …>, with an internal subset in brackets or not.
    const bracket = text.indexOf('[', lt);
    const gt = text.indexOf('>', lt);
    if (gt < 0) return -1;
    return bracket >= 0 && bracket < gt ? after(text, ']>', bracket) : gt + 1;
  }
  if (next === 0x3f /* ? */) return after(text, '?>', lt + 2);
  // A start or end tag: the first '>' outside quoted attribute values ('>' may stand unescaped there).
  let i = lt + 1;
  let quote = 0;
  for (; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    if (quote !== 0) {
      if (ch === quote) quote = 0;
    } else if (ch === 0x22 || ch === 0x27) quote = ch;
    else if (ch === 0x3e) return i + 1;
  }
  return -1;
}

function after(text: string, end: string, from: number): number {
  const i = text.indexOf(end, from);
  return i < 0 ? -1 : i + end.length;
}

/** Read one complete token, text[lt, end), through the handler (the byte reader's way out for odd tags). */
export function readToken(text: string, lt: number, end: number, handler: XmlHandler): void {
  const next = text.charCodeAt(lt + 1);
  if (next === 0x21) {
    if (text.startsWith('<![CDATA[', lt)) handler.text(text.slice(lt + 9, end - 3));
    return; // comments and the document type declaration carry no cell content
  }
  if (next === 0x3f) return; // processing instructions, the XML declaration
  if (next === 0x2f /* / */) {
    handler.close(localName(text.slice(lt + 2, end - 1).trim()));
    return;
  }
  const selfClosing = text.charCodeAt(end - 2) === 0x2f;
  const body = text.slice(lt + 1, selfClosing ? end - 2 : end - 1);
  const space = body.search(/\s/);
  const name = localName(space < 0 ? body : body.slice(0, space));
  if (name === '') throw new XmlError('a tag without a name');
  handler.open(name, space < 0 ? NO_ATTRIBUTES : readAttributes(body.slice(space)));
  if (selfClosing) handler.close(name);
}

const NO_ATTRIBUTES: XmlAttributes = Object.freeze({});
const ATTRIBUTE = /([^\s=]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g;

function readAttributes(text: string): XmlAttributes {
  const attributes: Record<string, string> = {};
  ATTRIBUTE.lastIndex = 0;
  for (let m = ATTRIBUTE.exec(text); m !== null; m = ATTRIBUTE.exec(text)) {
    attributes[localName(m[1]!)] = decodeEntities(m[2] ?? m[3] ?? '');
  }
  return attributes;
}

/** A name without its namespace prefix. */
function localName(name: string): string {
  const colon = name.indexOf(':');
  return colon < 0 ? name : name.slice(colon + 1);
}

const ENTITY = /&(#x[0-9a-fA-F]+|#[0-9]+|lt|gt|amp|quot|apos);/g;
const NAMED: Readonly<Record<string, string>> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

/** Text with XML's character and predefined entity references decoded. */
export function decodeEntities(text: string): string {
  if (!text.includes('&')) return text;
  return text.replace(ENTITY, (whole, ref: string) => {
    if (ref.charCodeAt(0) !== 0x23) return NAMED[ref] ?? whole;
    const code = ref.charCodeAt(1) === 0x78 ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
    return code <= 0x10ffff ? String.fromCodePoint(code) : whole;
  });
}
