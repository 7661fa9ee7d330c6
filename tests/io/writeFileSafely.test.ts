import { promises as fs, lstatSync } from 'node:fs';
import * as path from 'node:path';
import { writeFileSafely } from '../../src/io/writeFileSafely';
import { tempDir } from '../support/tmp';

const dir = tempDir();

describe('writeFileSafely', () => {
  it('writes a new file, making its folder', async () => {
    const file = path.join(dir, 'new', 'a.json');
    await writeFileSafely(file, (to) => fs.writeFile(to, 'A'));
    expect(await fs.readFile(file, 'utf8')).toBe('A');
  });

  it('leaves the old file and no temporary file when the write fails', async () => {
    const file = path.join(dir, 'old.json');
    await fs.writeFile(file, 'old');
    const failing = async (to: string): Promise<void> => {
      await fs.writeFile(to, 'half');
      throw new Error('disk full');
    };
    await expect(writeFileSafely(file, failing)).rejects.toThrow('disk full');
    expect(await fs.readFile(file, 'utf8')).toBe('old');
    expect((await fs.readdir(dir)).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });

  it('writes a device directly instead of renaming over it', async () => {
    let writtenTo = '';
    await writeFileSafely('/dev/null', async (to) => {
      writtenTo = to;
      await fs.writeFile(to, 'x');
    });
    expect(writtenTo).toBe('/dev/null');
    expect(lstatSync('/dev/null').isCharacterDevice()).toBe(true);
  });

  it('replaces the file behind a symbolic link and keeps the link', async () => {
    const real = path.join(dir, 'real.txt');
    const link = path.join(dir, 'link.txt');
    await fs.writeFile(real, 'old');
    await fs.symlink(real, link);
    await writeFileSafely(link, (to) => fs.writeFile(to, 'new'));
    expect(lstatSync(link).isSymbolicLink()).toBe(true);
    expect(await fs.readFile(real, 'utf8')).toBe('new');
  });
});
