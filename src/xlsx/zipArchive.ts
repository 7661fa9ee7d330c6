/**
 * Reading the parts of an .xlsx package by its zip central directory, in any order we like, each
 * as a stream of correctly decoded UTF-8 text.
 *
 * Why not ExcelJS's own streaming unzip: it reads the zip front to back with unzipper.Parse and
 * loses entries in a race with async iteration (exceljs#3064, exceljs#2790, unzipper#234), and it
 * decodes each 16 KB chunk on its own, so a letter like ö split across two chunks becomes "��".
 */
import { Readable } from 'stream';
import { Open, type CentralDirectory, type CentralDirectoryFile } from 'unzipper';

/** The parts of an opened .xlsx package. */
export interface ZipArchive {
  /** Whether the package has a part at this path (compared case-insensitively, as OPC does). */
  has(path: string): boolean;
  /** The text of a part as a stream of strings; throws when there is no such part. */
  openText(path: string): Readable;
}

/** Open an .xlsx file by its central directory (nothing is inflated until a part is opened). */
export async function openZipFile(path: string): Promise<ZipArchive> {
  return toArchive(await explainZipErrors(Open.file(path)));
}

/** Open the bytes of an .xlsx file held in memory. */
export async function openZipBuffer(bytes: Uint8Array): Promise<ZipArchive> {
  return toArchive(await explainZipErrors(Open.buffer(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength))));
}

/** unzipper says "FILE_ENDED" and the like for a file that is no zip; say what that means. */
async function explainZipErrors(opening: Promise<CentralDirectory>): Promise<CentralDirectory> {
  try {
    return await opening;
  } catch (e) {
    // File system errors (ENOENT, EACCES …) speak for themselves.
    if (e instanceof Error && 'code' in e) throw e;
    throw new Error(`This is not an Excel workbook (.xlsx): it is not a zip archive (${e instanceof Error ? e.message : String(e)})`);
  }
}

function toArchive(directory: CentralDirectory): ZipArchive {
  const parts = new Map<string, CentralDirectoryFile>();
  for (const file of directory.files) {
    if (file.type === 'File') parts.set(partKey(file.path), file);
  }
  return {
    has: (path) => parts.has(partKey(path)),
    openText: (path) => {
      const part = parts.get(partKey(path));
      if (part === undefined) throw new Error(`The workbook has no part ${path}`);
      return Readable.from(decodeUtf8(part.stream()));
    },
  };
}

/** Zip paths as OPC compares part names: without a leading slash, case-insensitively. */
function partKey(path: string): string {
  return path.replace(/^\/+/, '').toLowerCase();
}

/**
 * Decode a byte stream as UTF-8 across chunk boundaries (stream: true keeps a split character
 * until its remaining bytes arrive). A byte order mark at the start is dropped. (Joining chunks
 * into bigger pieces was tried: it makes ExcelJS's parser slower, not faster.)
 */
async function* decodeUtf8(bytes: AsyncIterable<Uint8Array>): AsyncGenerator<string> {
  const decoder = new TextDecoder('utf-8');
  for await (const chunk of bytes) {
    const text = decoder.decode(chunk, { stream: true });
    if (text.length > 0) yield text;
  }
  const rest = decoder.decode();
  if (rest.length > 0) yield rest;
}
