/**
 * The inflated bytes of one zip entry, read straight from the archive in large pieces: a million-row
 * sheet is a 250 MB part, and inflating it through unzipper's 16 KB stream costs more than reading
 * it. zlib's stream inflates on libuv's thread pool, so the next megabyte is inflated while this
 * thread reads the one before. Entries this does not handle (encrypted, sizes only in a trailing
 * data descriptor, methods other than stored and deflated) return null: unzipper reads those.
 */
import { createReadStream } from 'node:fs';
import { open } from 'node:fs/promises';
import { pipeline, Readable } from 'node:stream';
import { createInflateRaw } from 'node:zlib';
import type { CentralDirectoryFile } from 'unzipper';

/** Inflated bytes per piece: large enough that per-piece costs vanish, small enough to stay in cache-sized memory. */
const PIECE_BYTES = 1 << 20;

/** Where an archive's bytes are: a file on disk, or bytes in memory. */
export type ZipSource = { readonly file: string } | { readonly bytes: Uint8Array };

const LOCAL_HEADER = 0x04034b50;
const STORED = 0;
const DEFLATED = 8;

/** The inflated bytes of an entry in large pieces, or null when unzipper must read it. */
export async function rawPartStream(source: ZipSource, part: CentralDirectoryFile): Promise<AsyncIterable<Uint8Array> | null> {
  const flags = part.flags ?? 1;
  const method = part.compressionMethod;
  const size = part.compressedSize;
  const offset = part.offsetToLocalFileHeader;
  if ((flags & 1) !== 0 || (method !== STORED && method !== DEFLATED) || size === undefined || offset === undefined) return null;
  if ((flags & 8) !== 0 && size === 0) return null;
  const header = await readAt(source, offset, 30);
  const view = new DataView(header.buffer, header.byteOffset, header.byteLength);
  if (header.length < 30 || view.getUint32(0, true) !== LOCAL_HEADER) return null;
  const start = offset + 30 + view.getUint16(26, true) + view.getUint16(28, true);
  const compressed = 'file' in source ? createReadStream(source.file, { start, end: start + size - 1, highWaterMark: PIECE_BYTES }) : Readable.from([source.bytes.subarray(start, start + size)]);
  if (method === STORED) return compressed as AsyncIterable<Uint8Array>;
  // pipeline: a consumer that stops early (a damaged sheet) closes the file too.
  return pipeline(compressed, createInflateRaw({ chunkSize: PIECE_BYTES }), () => undefined) as AsyncIterable<Uint8Array>;
}

async function readAt(source: ZipSource, offset: number, length: number): Promise<Uint8Array> {
  if ('bytes' in source) return source.bytes.subarray(offset, offset + length);
  const handle = await open(source.file, 'r');
  try {
    const bytes = new Uint8Array(length);
    const { bytesRead } = await handle.read(bytes, 0, length, offset);
    return bytes.subarray(0, bytesRead);
  } finally {
    await handle.close();
  }
}
