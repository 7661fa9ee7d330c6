/**
 * Reading the parts of an .xlsx package by its zip central directory, in any order we like, each
 * as a stream of correctly decoded UTF-8 text.
 *
 * Why not ExcelJS's own streaming unzip: it reads the zip front to back with unzipper.Parse and
 * loses entries in a race with async iteration (exceljs#3064, exceljs#2790, unzipper#234), and it
 * decodes each 16 KB chunk on its own, so a letter like ö split across two chunks becomes "��".
 */
import { Readable } from 'stream';
import { open } from 'node:fs/promises';
import { crc32 } from 'node:zlib';
import { Open, type CentralDirectory, type CentralDirectoryFile } from 'unzipper';
import { fileSystemProblem, FileProblem } from '../io/fileProblem';
import { rawPartStream, type ZipSource } from './partStream';

/** The parts of an opened .xlsx package. */
export interface ZipArchive {
  /** Whether the package has a part at this path (compared case-insensitively, as OPC does). */
  has(path: string): boolean;
  /** The text of a part as a stream of strings; throws when there is no such part. */
  openText(path: string): Readable;
  /**
   * The bytes of a part, inflated and checked, in large pieces; throws when there is no such part.
   * Absent for archives that only give text (a package being written): worksheets are then read as text.
   */
  openBytes?(path: string): AsyncIterable<Uint8Array>;
}

/** Open an .xlsx file by its central directory (nothing is inflated until a part is opened). */
export async function openZipFile(path: string): Promise<ZipArchive> {
  return toArchive(await explainZipErrors(Open.file(path), () => startsLikeZipFile(path)), { file: path });
}

/** Open the bytes of an .xlsx file held in memory. */
export async function openZipBuffer(bytes: Uint8Array): Promise<ZipArchive> {
  return toArchive(await explainZipErrors(Open.buffer(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength)), () => Promise.resolve(startsLikeZip(bytes))), { bytes });
}

/** Whether bytes start as a zip does ("PK"). */
function startsLikeZip(bytes: Uint8Array): boolean {
  return bytes[0] === 0x50 && bytes[1] === 0x4b;
}

async function startsLikeZipFile(path: string): Promise<boolean> {
  const handle = await open(path, 'r');
  try {
    const head = new Uint8Array(2);
    await handle.read(head, 0, 2, 0);
    return startsLikeZip(head);
  } finally {
    await handle.close();
  }
}

/**
 * unzipper says "FILE_ENDED" and the like for a file that is no zip, or a zip cut short: say
 * which (a file that starts as a zip but has no readable directory was cut short or damaged).
 */
async function explainZipErrors(opening: Promise<CentralDirectory>, startsAsZip: () => Promise<boolean>): Promise<CentralDirectory> {
  try {
    return await opening;
  } catch (e) {
    const fileSystem = fileSystemProblem(e);
    if (fileSystem !== null) throw fileSystem;
    throw new FileProblem((await startsAsZip().catch(() => false)) ? 'damaged' : 'notWorkbook', e);
  }
}

function toArchive(directory: CentralDirectory, source: ZipSource): ZipArchive {
  const parts = new Map<string, CentralDirectoryFile>();
  for (const file of directory.files) {
    if (file.type === 'File') parts.set(partKey(file.path), file);
  }
  const partAt = (path: string): CentralDirectoryFile => {
    const part = parts.get(partKey(path));
    if (part === undefined) throw new Error(`The workbook has no part ${path}`);
    return part;
  };
  return {
    has: (path) => parts.has(partKey(path)),
    openText: (path) => Readable.from(decodeText(checked(partAt(path), source))),
    openBytes: (path) => checked(partAt(path), source),
  };
}

/** Zip paths as OPC compares part names: without a leading slash, case-insensitively. */
function partKey(path: string): string {
  return path.replace(/^\/+/, '').toLowerCase();
}

/**
 * The bytes of a part, checked against the central directory's CRC-32 and size at the end: a damaged
 * deflate stream may still inflate to wrong bytes (a digit changed in an amount), which must not be
 * read as figures. Any failure to inflate is a damaged file.
 */
async function* checked(part: CentralDirectoryFile, source: ZipSource): AsyncGenerator<Uint8Array> {
  let crc = 0;
  let size = 0;
  try {
    const stream = (await rawPartStream(source, part)) ?? (part.stream() as AsyncIterable<Uint8Array>);
    for await (const chunk of stream) {
      crc = crc32(chunk, crc);
      size += chunk.length;
      yield chunk;
    }
  } catch (e) {
    throw new FileProblem('damaged', e);
  }
  if (crc >>> 0 !== part.crc32 >>> 0 || size !== part.uncompressedSize) throw new FileProblem('damaged', `${part.path}: CRC or size differs`);
}

/**
 * Decode a byte stream as UTF-8 (or UTF-16, which XML allows, when the part starts with its byte
 * order mark) across chunk boundaries: stream: true keeps a split character until its remaining
 * bytes arrive. The byte order mark is dropped.
 */
async function* decodeText(bytes: AsyncIterable<Uint8Array>): AsyncGenerator<string> {
  let decoder: TextDecoder | null = null;
  for await (const chunk of bytes) {
    decoder ??= new TextDecoder(chunk[0] === 0xff && chunk[1] === 0xfe ? 'utf-16le' : chunk[0] === 0xfe && chunk[1] === 0xff ? 'utf-16be' : 'utf-8');
    const text = decoder.decode(chunk, { stream: true });
    if (text.length > 0) yield text;
  }
  if (decoder === null) return;
  const rest = decoder.decode();
  if (rest.length > 0) yield rest;
}
