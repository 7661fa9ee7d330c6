/** A part's XML as a small tree (names without prefixes, as the package reader sees them), for tests that read written parts back. */
import { readXml, type XmlAttributes } from '../../src/xlsx/xmlReader';

/** An element with its attributes, children and own text. */
export interface XmlNode {
  readonly name: string;
  readonly attributes: XmlAttributes;
  readonly children: XmlNode[];
  text: string;
}

/** Parse XML text into its root element. */
export async function xmlTree(xml: string): Promise<XmlNode> {
  const root: XmlNode = { name: '#document', attributes: {}, children: [], text: '' };
  const stack: XmlNode[] = [root];
  await readXml(
    (async function* () {
      yield xml;
    })(),
    {
      open: (name, attributes) => {
        const node: XmlNode = { name, attributes, children: [], text: '' };
        stack[stack.length - 1]!.children.push(node);
        stack.push(node);
      },
      close: () => void stack.pop(),
      text: (t) => {
        stack[stack.length - 1]!.text += t;
      },
    },
  );
  return root.children[0]!;
}

/** Every element of this name under a node, in document order. */
export function allOf(node: XmlNode, name: string): XmlNode[] {
  return node.children.flatMap((c) => [...(c.name === name ? [c] : []), ...allOf(c, name)]);
}

/** The first element of this name under a node; throws when there is none. */
export function firstOf(node: XmlNode, name: string): XmlNode {
  const found = allOf(node, name)[0];
  if (found === undefined) throw new Error(`no <${name}> under <${node.name}>`);
  return found;
}

/** A part of a zip package (a written .xlsx or .docx) as a tree; throws when the package has no such part. */
export async function zipPart(zip: { file(name: string): { async(type: 'string'): Promise<string> } | null }, name: string): Promise<XmlNode> {
  const file = zip.file(name);
  if (file === null) throw new Error(`no part ${name}`);
  return xmlTree(await file.async('string'));
}
