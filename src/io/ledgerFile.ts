/**
 * Which ledger files are accepted by name, and what a file is by its first bytes: a zip package
 * (.xlsx and its kin, read by src/xlsx), text (CSV and Excel's "Unicode text", read by src/csv),
 * or something that cannot be read, said as a FileProblem before any reader sees it.
 */
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { FileProblem, asFileProblem } from './fileProblem';

/** How a ledger file is read. */
export type LedgerFormat = 'workbook' | 'text';

/** Names of workbooks: Excel's (also macro-enabled and templates), and those refused with a reason. */
const WORKBOOK_NAME = /\.(xlsx|xlsm|xltx|xltm|xlsb|xls|ods)$/i;
/** Names of text files: CSV, and what Excel's Save As › Unicode Text / Text (Tab delimited) writes. */
const TEXT_NAME = /\.(csv|txt|tsv|tab)$/i;

/** Whether the command accepts a file of this name (what it holds is checked when it is opened). */
export function isLedgerFileName(file: string): boolean {
  return WORKBOOK_NAME.test(file) || TEXT_NAME.test(file);
}

/** A ledger file that can be read, and its size. */
export interface LedgerFile {
  readonly format: LedgerFormat;
  readonly size: number;
}

/** Bytes looked at to tell what a file is. */
const HEAD_BYTES = 4096;
const ZIP = [0x50, 0x4b];
const CFB = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

/**
 * What a ledger file is, by its first bytes rather than its name (a workbook renamed .csv is still
 * a workbook); throws a FileProblem when it cannot be read: missing, a folder, empty, Excel's lock
 * file, password-protected, the old .xls format, a web page.
 */
export async function inspectLedgerFile(file: string): Promise<LedgerFile> {
  let size: number;
  let head: Uint8Array;
  try {
    const stat = await fs.stat(file);
    if (stat.isDirectory()) throw new FileProblem('folder');
    if (path.basename(file).startsWith('~$')) throw new FileProblem('lockFile');
    size = stat.size;
    if (size === 0) throw new FileProblem('empty');
    head = await readHead(file);
  } catch (e) {
    throw asFileProblem(e);
  }
  if (startsWith(head, ZIP)) return { format: 'workbook', size };
  if (startsWith(head, CFB)) throw new FileProblem(await compoundFileKind(file, size));
  if (looksLikeHtml(head)) throw new FileProblem('html');
  // Excel 2003's XML Spreadsheet, which some systems still write under an .xls name.
  if (WORKBOOK_NAME.test(file) && looksLikeXml(head)) throw new FileProblem('oldExcel');
  // A text file saved as .xls ("export to Excel" as tab-separated text) reads as the text it is.
  if (WORKBOOK_NAME.test(file) && !/\.xls$/i.test(file)) throw new FileProblem('notWorkbook');
  return { format: 'text', size };
}

async function readHead(file: string): Promise<Uint8Array> {
  const handle = await fs.open(file, 'r');
  try {
    const bytes = new Uint8Array(HEAD_BYTES);
    const { bytesRead } = await handle.read(bytes, 0, HEAD_BYTES, 0);
    return bytes.subarray(0, bytesRead);
  } finally {
    await handle.close();
  }
}

function startsWith(bytes: Uint8Array, magic: readonly number[]): boolean {
  return magic.every((b, i) => bytes[i] === b);
}

/** Compound files larger than this are taken as old workbooks without looking for encryption. */
const COMPOUND_SCAN_BYTES = 256 * 1024 * 1024;

/**
 * What an OLE2 compound file is: a password-protected .xlsx (its streams EncryptionInfo and
 * EncryptedPackage), an old .xls (its stream Workbook, or Book in Excel 5), or something else.
 * The stream names stand in the file's directory in UTF-16.
 */
async function compoundFileKind(file: string, size: number): Promise<'encrypted' | 'oldExcel' | 'notWorkbook'> {
  if (size > COMPOUND_SCAN_BYTES) return 'oldExcel';
  const bytes = await fs.readFile(file);
  if (bytes.includes(utf16('EncryptionInfo')) || bytes.includes(utf16('EncryptedPackage'))) return 'encrypted';
  if (bytes.includes(utf16('Workbook\u0000')) || bytes.includes(utf16('Book\u0000'))) return 'oldExcel';
  return 'notWorkbook';
}

function utf16(text: string): Buffer {
  return Buffer.from(text, 'utf16le');
}

/** Text that starts (after a byte order mark and blanks) with an XML tag. */
function looksLikeXml(head: Uint8Array): boolean {
  return startOfText(head).startsWith('<');
}

function startOfText(head: Uint8Array): string {
  return new TextDecoder('utf-8').decode(head.subarray(0, 512)).replace(/^\ufeff/, '').trimStart().toLowerCase();
}

/** A web page: starts (after a byte order mark and blanks) with <!DOCTYPE html, <html or <table. */
function looksLikeHtml(head: Uint8Array): boolean {
  return /^<(!doctype html|html|table|\?xml[^>]*>\s*<html)/.test(startOfText(head));
}
