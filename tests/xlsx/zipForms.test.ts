/**
 * The worksheet's bytes are read straight from the zip (partStream.ts), not through unzipper: every
 * form of entry a zip program writes must read as the same cells — deflated or stored, sizes in the
 * local header or only in a data descriptor after the data, from a file or from memory — and a
 * stored part whose bytes were changed must still fail its CRC check.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import JSZip from 'jszip';
import { readXlsxGrids, readXlsxGridsFromBuffer } from '../../src/xlsx/readXlsx';
import { tempDir } from '../support/tmp';

const dir = tempDir();
const KLS = 'examples/kls-2025.xlsx';

async function rezipped(options: JSZip.JSZipGeneratorOptions<'uint8array'>): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(readFileSync(KLS));
  return zip.generateAsync({ ...options, type: 'uint8array' });
}

describe('zip entries of every form', () => {
  it.each([
    ['deflated', { compression: 'DEFLATE' as const }],
    ['stored', { compression: 'STORE' as const }],
    ['deflated, sizes in a data descriptor', { compression: 'DEFLATE' as const, streamFiles: true }],
    ['stored, sizes in a data descriptor', { compression: 'STORE' as const, streamFiles: true }],
  ])('reads a workbook whose parts are %s as the original', async (name, options) => {
    const expected = await readXlsxGrids(KLS);
    const bytes = await rezipped(options);
    const file = path.join(dir, `${name.replace(/\W+/g, '-')}.xlsx`);
    writeFileSync(file, bytes);
    expect(await readXlsxGrids(file)).toEqual(expected);
    expect(await readXlsxGridsFromBuffer(bytes)).toEqual(expected);
  });

  it('says a stored sheet whose bytes were changed is damaged', async () => {
    const bytes = await rezipped({ compression: 'STORE' });
    // A digit of an amount in the stored sheet XML, changed in place: only the CRC can tell.
    const text = Buffer.from(bytes).toString('latin1');
    const at = text.indexOf('<v>', text.indexOf('sheetData')) + 3;
    const changed = Uint8Array.from(bytes);
    changed[at] = changed[at] === 0x31 ? 0x32 : 0x31;
    await expect(readXlsxGridsFromBuffer(changed)).rejects.toMatchObject({ kind: 'damaged' });
  });
});
