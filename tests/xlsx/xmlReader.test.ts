/** The XML reader of the package parts: the same events however the text is cut into chunks. */
import fc from 'fast-check';
import { readXml, type XmlHandler } from '../../src/xlsx/xmlReader';

const DOCUMENT =
  '<?xml version="1.0" encoding="UTF-8"?>\n<!DOCTYPE x [<!ENTITY e "y">]><x:worksheet xmlns:x="urn:x" a=\'1\'>' +
  '<!-- <c r="Z9"> --><x:sheetData><x:row r="1" note="a>b"><x:c r="A1" t="inlineStr"><x:is><x:t xml:space="preserve"> Kök &amp; Städ &#246;&#x00E4; </x:t></x:is></x:c>' +
  '<x:c r="B1"><x:v>12.5</x:v></x:c><x:c r="C1" t="inlineStr"><x:is><x:t><![CDATA[<a & b>]]></x:t></x:is></x:c></x:row><x:row/></x:sheetData></x:worksheet>';

/** Every event as a line, with text joined where it comes in pieces. */
async function eventsOf(chunks: readonly string[]): Promise<string[]> {
  const events: string[] = [];
  const push = (e: string): void => {
    const last = events.length - 1;
    if (e.startsWith('text ') && events[last]?.startsWith('text ')) events[last] += e.slice(5);
    else events.push(e);
  };
  const handler: XmlHandler = {
    open: (name, attributes) => push(`open ${name} ${JSON.stringify(attributes)}`),
    close: (name) => push(`close ${name}`),
    text: (text) => push(`text ${text}`),
  };
  await readXml(
    (async function* () {
      yield* chunks;
    })(),
    handler,
  );
  return events;
}

describe('readXml', () => {
  it('reads names without prefixes, attributes and text decoded, CDATA as text, comments and declarations skipped', async () => {
    const events = await eventsOf([DOCUMENT]);
    expect(events).toContain('open c {"r":"A1","t":"inlineStr"}');
    expect(events).toContain('open row {"r":"1","note":"a>b"}');
    expect(events).toContain('text  Kök & Städ öä ');
    expect(events).toContain('text <a & b>');
    expect(events.filter((e) => e.includes('Z9'))).toEqual([]);
    expect(events.slice(-4)).toEqual(['open row {}', 'close row', 'close sheetData', 'close worksheet']);
  });

  it('gives the same events wherever the text is cut', async () => {
    const whole = await eventsOf([DOCUMENT]);
    await fc.assert(
      fc.asyncProperty(fc.uniqueArray(fc.integer({ min: 1, max: DOCUMENT.length - 1 }), { maxLength: 12 }), async (cuts) => {
        const at = [0, ...cuts.sort((a, b) => a - b), DOCUMENT.length];
        const chunks = at.slice(1).map((end, i) => DOCUMENT.slice(at[i], end));
        expect(await eventsOf(chunks)).toEqual(whole);
      }),
      { numRuns: 300 },
    );
  });

  it('fails on a document cut short, even at a tag’s end', async () => {
    await expect(eventsOf([DOCUMENT.slice(0, DOCUMENT.indexOf('<x:row/>'))])).rejects.toThrow();
    await expect(eventsOf([DOCUMENT.slice(0, -3)])).rejects.toThrow();
    await expect(eventsOf([''])).rejects.toThrow();
  });
});
