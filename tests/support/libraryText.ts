/** Library and runtime words that must never reach the user (tests of the messages of files that cannot open). */
export const LIBRARY_TEXT = /FILE_ENDED|EISDIR|ENOENT|EACCES|invalid signature|Cannot read prop|undefined|NaN|Error:|\bat .+:\d+|unzipper|exceljs|sax/i;
