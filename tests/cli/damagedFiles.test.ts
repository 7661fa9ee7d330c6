/**
 * A workbook cut short or with bytes changed, as a broken copy or download leaves it: the command
 * either reads it with the figures of the whole file, or exits 1 saying why in the user's words.
 * Never a stack trace or a library's message, never other figures with exit 0.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import fc from 'fast-check';
import ExcelJS from 'exceljs';
import { LIBRARY_TEXT } from '../support/libraryText';
import { runCli } from '../support/runCli';
import { tempDir } from '../support/tmp';

const dir = tempDir();

/** A small ledger workbook (stored by ExcelJS with deflate, as Excel does). */
async function aLedger(): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Huvudbok');
  ws.addRow(['Period', 'Ansvar', 'Konto', 'Budget', 'Utfall']);
  for (let i = 0; i < 60; i++) ws.addRow([202507, `Enhet ${i % 7}`, 4000 + (i % 5), 1000 + i * 13.25, 900 + i * 11.5]);
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

/** What a damaged copy of the bytes can look like: cut short, or some bytes changed. */
const damage = (size: number): fc.Arbitrary<(bytes: Uint8Array) => Uint8Array> =>
  fc.oneof(
    fc.integer({ min: 0, max: size - 1 }).map((end) => (bytes: Uint8Array) => bytes.slice(0, end)),
    fc.array(fc.tuple(fc.integer({ min: 0, max: size - 1 }), fc.integer({ min: 1, max: 255 })), { minLength: 1, maxLength: 4 }).map((flips) => (bytes: Uint8Array) => {
      const out = bytes.slice();
      for (const [at, mask] of flips) out[at]! ^= mask;
      return out;
    }),
  );

describe('a damaged workbook', () => {
  it('is read with its true figures or refused in words, never misread or shown a stack', async () => {
    const bytes = await aLedger();
    const original = path.join(dir, 'whole.xlsx');
    writeFileSync(original, bytes);
    const args = ['--period', '2025-07', '--org', 'KLS', '--json', '-'];
    const whole = await runCli('build', original, ...args);
    expect(whole.code).toBe(0);
    let n = 0;
    await fc.assert(
      fc.asyncProperty(damage(bytes.length), fc.constantFrom('sv', 'en'), async (change, lang) => {
        const file = path.join(dir, `damaged-${n++}.xlsx`);
        writeFileSync(file, change(readFileSync(original)));
        const run = await runCli('build', file, ...args, '--lang', lang);
        expect(run.stderr.join('\n')).not.toMatch(LIBRARY_TEXT);
        if (run.code === 0) {
          // English words, the same figures.
          expect(JSON.parse(run.stdout).rows).toEqual(JSON.parse(whole.stdout).rows);
          return;
        }
        expect(run.code).toBe(1);
        expect(run.stderr.length).toBeGreaterThan(0);
        // A file problem names the file; an issue in a sheet that was read names its cell.
        for (const line of run.stderr) expect(line).toMatch(new RegExp(`^(${escape(file)}: |Huvudbok!|varning: |warning: |[A-ZÅÄÖ])`));
        if (run.stderr[0]!.startsWith(`${file}: `)) {
          expect(run.stderr[0]).toMatch(lang === 'sv' ? /filen |det är / : /the file |this is /);
        }
      }),
      { numRuns: 150 },
    );
  }, 120_000);
});

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
