/**
 * Ledger text stays text, whichever of Excel's undocumented write rules hold. The API reference
 * only warns that a string starting with = + - is read as a formula; that a Text-formatted cell
 * keeps it, or that a leading apostrophe does, is Excel's UI behaviour. The host can turn either
 * off: the add-in then falls back to the apostrophe, and failing that, writes nothing.
 */
/// <reference types="office-js" />
import { buildFollowUp } from '../../src/app/buildFollowUp';
import { errorMessages } from '../../src/app/errors';
import { createExcelHost, type HostOptions } from '../support/excelHost/host';
import { KLS_REQUEST, rowOf, sheet } from './appHost';

const TEXTS = ['=HYPERLINK("http://example.invalid","x")', '+46 8 123', '@SUMMA', '-Reserv'];
const LEDGER = [['Period', 'Ansvar', 'Budget', 'Utfall'], ...TEXTS.map((t, i) => [202507, t, 100 + i, 90])];
const request = { settings: { ...KLS_REQUEST.settings, period: { year: 2025, month: 7, months: 1 } } };

function install(options: HostOptions) {
  const host = createExcelHost({ sheets: [{ name: 'Huvudbok', rows: LEDGER }] }, options);
  return { host, restore: host.install(globalThis) };
}

describe.each([
  ['Excel as its UI behaves (Text format keeps text)', {}],
  ['an Excel where the Text format does not protect (apostrophe does)', { writeRules: { textFormatKeepsText: false } }],
])('%s', (_name, options: HostOptions) => {
  it('writes every formula-like unit name as exactly its text, never a formula', async () => {
    const { host, restore } = install(options);
    try {
      const result = await buildFollowUp(request);
      expect(result.ok).toBe(true);
      const ws = sheet(host.snapshot(), 'Uppföljning 2025-07');
      for (const text of TEXTS) {
        const cell = ws.cells[`A${rowOf(ws, text)}`]!;
        expect([text, cell.formula]).toEqual([text, undefined]);
      }
      expect(Object.values(ws.cells).filter((c) => c.formula !== undefined)).toEqual([]);
    } finally {
      restore();
    }
  });
});

describe('an Excel where neither rule holds', () => {
  it('writes nothing and names the text, rather than leave a formula in the report', async () => {
    const { host, restore } = install({ writeRules: { textFormatKeepsText: false, apostropheMarksText: false } });
    try {
      const before = host.snapshot();
      const result = await buildFollowUp(request);
      expect(!result.ok && result.error.kind).toBe('textNotKept');
      expect(!result.ok && errorMessages(result.error, 'sv')[0]).toMatch(/inget skrevs/);
      expect(host.snapshot()).toEqual(before);
    } finally {
      restore();
    }
  });
});
