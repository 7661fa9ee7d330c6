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
    /** General purpose flags (bit 0: encrypted; bit 3: sizes in a data descriptor after the data). */
    readonly flags?: number;
    /** 0 stored, 8 deflated. */
    readonly compressionMethod?: number;
    readonly compressedSize?: number;
    /** Where the entry's local header starts in the archive. */
    readonly offsetToLocalFileHeader?: number;
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
