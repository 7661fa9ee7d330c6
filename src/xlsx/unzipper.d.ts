/**
 * The part of unzipper 0.10 (ExcelJS's own zip reader) used by zipArchive.ts: opening a zip by its
 * central directory. The package ships no types.
 */
declare module 'unzipper' {
  import type { Readable } from 'stream';

  /** One entry of the central directory. */
  export interface CentralDirectoryFile {
    readonly path: string;
    readonly type: 'File' | 'Directory';
    readonly uncompressedSize: number;
    /** The CRC-32 of the inflated bytes, as the central directory records it. */
    readonly crc32: number;
    /** The entry's bytes, inflated, read from the archive when called. */
    stream(password?: string): Readable;
  }

  /** A zip opened by its central directory. */
  export interface CentralDirectory {
    readonly files: CentralDirectoryFile[];
  }

  export const Open: {
    file(path: string): Promise<CentralDirectory>;
    buffer(buffer: Buffer): Promise<CentralDirectory>;
  };
}
