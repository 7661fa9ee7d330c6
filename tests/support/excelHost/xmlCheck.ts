/**
 * Whether a text is a well-formed XML document, and its root element's namespace: what Excel
 * checks of a custom XML part (CustomXmlPartCollection.add, "xml: XML content. Must be a valid XML
 * fragment.") and what it files the part under ("You must have the xmlns attribute to populate the
 * CustomXml.namespaceUri property", the reference's sample for add). A small checker of XML 1.0's
 * well-formedness (one root; tags nested and matched; attributes quoted, unique, without '<'; '&'
 * only in references; only XML characters; comments, PIs and CDATA) and of namespace prefixes.
 * No DTDs. Pure TypeScript.
 */

/** The root's namespace URI ('' when it has none), or what is not well-formed. */
export type XmlCheck = { readonly ok: true; readonly namespaceUri: string } | { readonly ok: false; readonly problem: string };

const NAME = /^[\p{L}_:][\p{L}\p{N}._:\-\u00B7]*/u;
const REFERENCE = /^&(?:#x[0-9a-fA-F]+|#[0-9]+|lt|gt|amp|quot|apos);/;
// Characters XML 1.0 forbids anywhere: C0 controls other than tab, newline and return.
// eslint-disable-next-line no-control-regex
const NOT_A_CHAR = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/;

class Fail extends Error {}

/** Check `xml`; the root's namespace when it is well-formed. */
export function checkXml(xml: string): XmlCheck {
  try {
    return { ok: true, namespaceUri: new Checker(xml).document() };
  } catch (e) {
    if (e instanceof Fail) return { ok: false, problem: e.message };
    throw e;
  }
}

/** A declared scope of namespace prefixes. */
type Scope = ReadonlyMap<string, string>;

class Checker {
  private at = 0;
  constructor(private readonly s: string) {}

  document(): string {
    if (typeof this.s !== 'string' || this.s.length === 0) throw new Fail('empty');
    if (NOT_A_CHAR.test(this.s)) throw new Fail('a character XML does not allow');
    if (this.s.startsWith('<?xml')) this.pi();
    this.misc();
    if (!this.s.startsWith('<', this.at) || /^<[!?/]/.test(this.s.slice(this.at, this.at + 2))) throw new Fail('no root element');
    const ns = this.element(new Map([['xml', 'http://www.w3.org/XML/1998/namespace']]));
    this.misc();
    if (this.at !== this.s.length) throw new Fail(`content after the root element at ${this.at}`);
    return ns;
  }

  /** Whitespace, comments and processing instructions. */
  private misc(): void {
    for (;;) {
      this.space();
      if (this.s.startsWith('<!--', this.at)) this.comment();
      else if (this.s.startsWith('<?', this.at)) this.pi();
      else return;
    }
  }

  private space(): void {
    while (/\s/.test(this.s.charAt(this.at))) this.at++;
  }

  private comment(): void {
    const end = this.s.indexOf('-->', this.at + 4);
    if (end < 0 || this.s.slice(this.at + 4, end).includes('--')) throw new Fail('a comment is not closed');
    this.at = end + 3;
  }

  private pi(): void {
    const end = this.s.indexOf('?>', this.at + 2);
    if (end < 0) throw new Fail('a processing instruction is not closed');
    this.at = end + 2;
  }

  private name(): string {
    const m = NAME.exec(this.s.slice(this.at, this.at + 200));
    if (!m) throw new Fail(`a name is expected at ${this.at}`);
    this.at += m[0].length;
    return m[0];
  }

  /** An element and its content; returns its namespace URI. */
  private element(outer: Scope): string {
    this.at++; // '<'
    const tag = this.name();
    const attributes = new Map<string, string>();
    for (;;) {
      const before = this.at;
      this.space();
      if (this.s.startsWith('/>', this.at) || this.s.startsWith('>', this.at)) break;
      if (this.at === before) throw new Fail(`space expected before an attribute at ${this.at}`);
      const name = this.name();
      this.space();
      if (this.s.charAt(this.at) !== '=') throw new Fail(`'=' expected after ${name}`);
      this.at++;
      this.space();
      const quote = this.s.charAt(this.at);
      if (quote !== '"' && quote !== "'") throw new Fail(`the value of ${name} is not quoted`);
      const end = this.s.indexOf(quote, this.at + 1);
      if (end < 0) throw new Fail(`the value of ${name} is not closed`);
      const value = this.s.slice(this.at + 1, end);
      if (value.includes('<')) throw new Fail(`'<' in the value of ${name}`);
      checkAmpersands(value);
      if (attributes.has(name)) throw new Fail(`attribute ${name} given twice`);
      attributes.set(name, value);
      this.at = end + 1;
    }
    const scope = new Map(outer);
    for (const [name, value] of attributes) {
      if (name === 'xmlns') scope.set('', value);
      else if (name.startsWith('xmlns:')) scope.set(name.slice(6), value);
    }
    const prefix = tag.includes(':') ? tag.slice(0, tag.indexOf(':')) : '';
    const ns = scope.get(prefix);
    if (ns === undefined && prefix !== '') throw new Fail(`the prefix ${prefix} is not declared`);
    if (this.s.startsWith('/>', this.at)) {
      this.at += 2;
      return ns ?? '';
    }
    this.at++; // '>'
    this.content(scope);
    this.at += 2; // '</'
    if (this.name() !== tag) throw new Fail(`</${tag}> expected`);
    this.space();
    if (this.s.charAt(this.at) !== '>') throw new Fail(`'>' expected after </${tag}`);
    this.at++;
    return ns ?? '';
  }

  /** Text, references, CDATA, comments, PIs and child elements, up to an end tag. */
  private content(scope: Scope): void {
    for (;;) {
      const lt = this.s.indexOf('<', this.at);
      if (lt < 0) throw new Fail('an element is not closed');
      const text = this.s.slice(this.at, lt);
      if (text.includes(']]>')) throw new Fail("']]>' in text");
      checkAmpersands(text);
      this.at = lt;
      if (this.s.startsWith('</', lt)) return;
      if (this.s.startsWith('<!--', lt)) this.comment();
      else if (this.s.startsWith('<![CDATA[', lt)) {
        const end = this.s.indexOf(']]>', lt + 9);
        if (end < 0) throw new Fail('a CDATA section is not closed');
        this.at = end + 3;
      } else if (this.s.startsWith('<?', lt)) this.pi();
      else if (this.s.startsWith('<!', lt)) throw new Fail('a document type or markup declaration inside an element');
      else this.element(scope);
    }
  }
}

/** Every '&' begins a reference to a predefined entity or a character. */
function checkAmpersands(text: string): void {
  for (let i = text.indexOf('&'); i >= 0; i = text.indexOf('&', i + 1)) {
    if (!REFERENCE.test(text.slice(i, i + 12))) throw new Fail(`'&' that is no reference`);
  }
}
