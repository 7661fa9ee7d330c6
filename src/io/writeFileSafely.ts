/**
 * Writing an output file so that a failed write never leaves half a file where the old one was:
 * the content goes to a temporary file beside the target, is flushed to disk, and is then renamed
 * over it, keeping the old file's permissions.
 */
import { randomUUID } from 'node:crypto';
import { promises as fs, type Stats } from 'node:fs';
import * as path from 'node:path';

/**
 * Write `file` through `write`, which is given the path to write to. A target that is not a regular
 * file — a device such as /dev/null, a pipe — is written directly: renaming over it would replace
 * it (as root, even /dev/null). A symbolic link stays, even one whose file does not exist yet: the
 * file it points to is written.
 */
export async function writeFileSafely(file: string, write: (to: string) => Promise<void>): Promise<void> {
  const { target, existing } = await followLinks(file);
  if (existing !== null && !existing.isFile()) {
    await write(target);
    return;
  }
  const folder = path.dirname(target);
  await fs.mkdir(folder, { recursive: true });
  const temp = path.join(folder, `.${path.basename(target)}.${process.pid}.${randomUUID()}.tmp`);
  try {
    await write(temp);
    await flush(temp, 'r+'); // Windows flushes only what is open for writing
    if (existing !== null) await keepAccess(temp, existing);
    await fs.rename(temp, target);
  } catch (e) {
    await fs.rm(temp, { force: true });
    throw e;
  }
  await flush(folder, 'r').catch(() => undefined); // the rename itself; not every system can open a folder
}

/** The path a chain of symbolic links ends at, and what is there (null when nothing is). */
async function followLinks(file: string): Promise<{ target: string; existing: Stats | null }> {
  let target = path.resolve(file);
  for (let hops = 0; ; hops++) {
    const existing = await fs.lstat(target).catch(() => null);
    if (existing === null || !existing.isSymbolicLink()) return { target, existing };
    if (hops === 40) throw Object.assign(new Error(`ELOOP: too many symbolic links, '${file}'`), { code: 'ELOOP', path: file });
    target = path.resolve(path.dirname(target), await fs.readlink(target));
  }
}

/** The old file's permissions, and its owner where the system lets us (as root). */
async function keepAccess(temp: string, old: Stats): Promise<void> {
  await fs.chmod(temp, old.mode & 0o7777);
  await fs.chown(temp, old.uid, old.gid).catch(() => undefined);
}

/** Flush a file's (or a folder's) contents to disk. */
async function flush(at: string, flags: 'r' | 'r+'): Promise<void> {
  const handle = await fs.open(at, flags);
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
}
