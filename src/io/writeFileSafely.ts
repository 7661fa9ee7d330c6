/**
 * Writing an output file so that a failed write never leaves half a file where the old one was:
 * the content goes to a temporary file beside the target, which is then renamed over it.
 */
import { promises as fs } from 'node:fs';
import * as path from 'node:path';

/**
 * Write `file` through `write`, which is given the path to write to. A target that is not a regular
 * file — a device such as /dev/null, a pipe — is written directly: renaming over it would replace
 * it (as root, even /dev/null). A symbolic link stays: the file it points to is replaced.
 */
export async function writeFileSafely(file: string, write: (to: string) => Promise<void>): Promise<void> {
  const existing = await fs.stat(file).catch(() => null);
  if (existing !== null && !existing.isFile()) {
    await write(file);
    return;
  }
  const target = existing !== null ? await fs.realpath(file) : path.resolve(file);
  await fs.mkdir(path.dirname(target), { recursive: true });
  const temp = path.join(path.dirname(target), `.${path.basename(target)}.${process.pid}.${Date.now()}.tmp`);
  try {
    await write(temp);
    await fs.rename(temp, target);
  } catch (e) {
    await fs.rm(temp, { force: true });
    throw e;
  }
}
