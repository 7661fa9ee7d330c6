/**
 * `followup build --docx`: the committee document written beside (or instead of) the workbook, a
 * name that is no .docx refused as a usage error in the run's language, and a folder that cannot
 * be written said with the file's name. The document's content is tested in tests/docx.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import JSZip from 'jszip';
import { runCli } from '../support/runCli';
import { tempDir } from '../support/tmp';

const dir = tempDir();
const KLS = ['build', 'examples/kls-2025.xlsx', '--period', '2025-07', '--months', '2', '--org', 'KLS', '--quiet'];

describe('followup build --docx', () => {
  it('writes a Word document with the follow-up in it', async () => {
    const file = path.join(dir, 'kls.docx');
    const run = await runCli(...KLS, '--docx', file);
    expect(run.code).toBe(0);
    expect(run.stderr.filter((l) => !l.startsWith('kommentar behövs'))).toEqual([]);
    const zip = await JSZip.loadAsync(readFileSync(file));
    const xml = await zip.file('word/document.xml')!.async('string');
    expect(xml).toContain('KLS – ekonomisk uppföljning till och med juli 2025');
    expect(xml).toContain('Ekonomisk uppföljning över KLS (tkr)');
    expect(xml).toContain('<w:tblHeader/>');
  });

  it('refuses a file that is no .docx, in Swedish and English, writing nothing', async () => {
    const sv = await runCli(...KLS, '--docx', path.join(dir, 'report.pdf'));
    expect(sv.code).toBe(2);
    expect(sv.stderr.join('\n')).toContain('--docx ska vara en .docx-fil');
    const en = await runCli(...KLS, '--lang', 'en', '--docx', path.join(dir, 'report.doc'));
    expect(en.code).toBe(2);
    expect(en.stderr.join('\n')).toContain('--docx must name a .docx file');
    expect(existsSync(path.join(dir, 'report.pdf')) || existsSync(path.join(dir, 'report.doc'))).toBe(false);
  });

  it('says which file cannot be written', async () => {
    // A file where the folder should be: the document cannot be written there.
    const blocker = path.join(dir, 'blocker');
    writeFileSync(blocker, '');
    const file = path.join(blocker, 'x.docx');
    const run = await runCli(...KLS, '--docx', file);
    expect(run.code).toBe(1);
    expect(run.stderr.join('\n')).toContain(`${file}: kan inte skrivas`);
  });
});
