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

  it('writes the file a dangling symbolic link points to, and keeps the link', async () => {
    const real = path.join(dir, 'later', 'target.txt');
    const link = path.join(dir, 'dangling.txt');
    await fs.symlink(real, link);
    await writeFileSafely(link, (to) => fs.writeFile(to, 'new'));
    expect(lstatSync(link).isSymbolicLink()).toBe(true);
    expect(await fs.readFile(real, 'utf8')).toBe('new');
  });

  it('follows a chain of links, and refuses a loop without writing anything', async () => {
    const real = path.join(dir, 'chain-real.txt');
    await fs.writeFile(real, 'old');
    await fs.symlink(real, path.join(dir, 'chain-1'));
    await fs.symlink('chain-1', path.join(dir, 'chain-2'));
    await writeFileSafely(path.join(dir, 'chain-2'), (to) => fs.writeFile(to, 'new'));
    expect(await fs.readFile(real, 'utf8')).toBe('new');
    expect(lstatSync(path.join(dir, 'chain-1')).isSymbolicLink()).toBe(true);

    await fs.symlink('loop-b', path.join(dir, 'loop-a'));
    await fs.symlink('loop-a', path.join(dir, 'loop-b'));
    const write = jest.fn(async (to: string) => fs.writeFile(to, 'x'));
    await expect(writeFileSafely(path.join(dir, 'loop-a'), write)).rejects.toMatchObject({ code: 'ELOOP' });
    expect(write).not.toHaveBeenCalled();
  });

  it('keeps the permissions of the file it replaces', async () => {
    const file = path.join(dir, 'private.json');
    await fs.writeFile(file, 'old', { mode: 0o600 });
    await fs.chmod(file, 0o600);
    await writeFileSafely(file, (to) => fs.writeFile(to, 'new'));
    expect((await fs.stat(file)).mode & 0o777).toBe(0o600);
    expect(await fs.readFile(file, 'utf8')).toBe('new');
    await fs.chmod(file, 0o444); // read-only: replaced all the same, as the folder allows
    await writeFileSafely(file, (to) => fs.writeFile(to, 'newer'));
    expect((await fs.stat(file)).mode & 0o777).toBe(0o444);
    expect(await fs.readFile(file, 'utf8')).toBe('newer');
  });

  it('gives writes of the same file at the same time a temporary file each', async () => {
    const file = path.join(dir, 'twice.json');
    const seen: string[] = [];
    const write = (text: string) => async (to: string) => {
      seen.push(to);
      await fs.writeFile(to, text);
    };
    await Promise.all([writeFileSafely(file, write('a')), writeFileSafely(file, write('b'))]);
    expect(new Set(seen).size).toBe(2);
    expect(['a', 'b']).toContain(await fs.readFile(file, 'utf8'));
  });
});
