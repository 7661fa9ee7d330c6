/**
 * Why a ledger file cannot be opened, as a value the readers throw and the command line turns into
 * words (src/io/fileProblemText.ts) in the user's language. Library errors ("FILE_ENDED",
 * "invalid signature", "EISDIR") never reach the user: each reader maps its failures to one of
 * these kinds, and whatever is left over is 'unreadable'.
 */

/** What is wrong with the file. */
export type FileProblemKind =
  /** No such file. */
  | 'missing'
  /** A folder, not a file. */
  | 'folder'
  /** No permission to read it. */
  | 'noPermission'
  /** Zero bytes. */
  | 'empty'
  /** Excel's owner file "~$Budget.xlsx", kept beside a workbook while it is open. */
  | 'lockFile'
  /** A password-protected workbook: an encrypted package inside a compound file. */
  | 'encrypted'
  /** The Excel 97–2003 format (.xls, BIFF in a compound file). */
  | 'oldExcel'
  /** Excel's binary workbook (.xlsb). */
  | 'binaryWorkbook'
  /** An OpenDocument spreadsheet (.ods). */
  | 'openDocument'
  /** A web page (HTML) saved under a spreadsheet's name, as some systems "export to Excel". */
  | 'html'
  /** A zip that is not a workbook, or a file named .xlsx that is not a zip. */
  | 'notWorkbook'
  /** A workbook cut short or damaged: its zip or XML cannot be read through. */
  | 'damaged'
  /** Anything else that failed while reading. */
  | 'unreadable';

/** A ledger file that cannot be opened, and why. */
export class FileProblem extends Error {
  constructor(
    readonly kind: FileProblemKind,
    /** For the developer only (never shown): what the library said. */
    override readonly cause?: unknown,
  ) {
    super(`file problem: ${kind}`);
    this.name = 'FileProblem';
  }
}

/** The FileProblem for an error of the file system (ENOENT, EISDIR, EACCES …), or null for others. */
export function fileSystemProblem(e: unknown): FileProblem | null {
  const code = typeof e === 'object' && e !== null && 'code' in e ? String((e as { code: unknown }).code) : '';
  switch (code) {
    case 'ENOENT':
    case 'ENOTDIR':
      return new FileProblem('missing', e);
    case 'EISDIR':
      return new FileProblem('folder', e);
    case 'EACCES':
    case 'EPERM':
      return new FileProblem('noPermission', e);
    default:
      return null;
  }
}

/** Any failure while reading a file, as a FileProblem (`otherwise` when nothing more is known). */
export function asFileProblem(e: unknown, otherwise: FileProblemKind = 'unreadable'): FileProblem {
  if (e instanceof FileProblem) return e;
  return fileSystemProblem(e) ?? new FileProblem(otherwise, e);
}
