/** Reading part of an open file into memory (shared with another thread, or not). */
import { readSync } from 'node:fs';

/** Read bytes [from, to) of an open file into `bytes` at the same offsets; the count read. */
export function readInto(fd: number, bytes: Uint8Array, from: number, to: number): number {
  let at = from;
  while (at < to) {
    const n = readSync(fd, bytes, at, to - at, at);
    if (n === 0) break;
    at += n;
  }
  return at - from;
}
