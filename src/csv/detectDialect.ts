/**
 * Guessing how a CSV text is laid out (separator, line ending) from its first line, as exported by
 * Swedish financial systems and by Excel on a Swedish Windows (`;`, since `,` is the decimal comma).
 */

/** A field separator the reader accepts. */
export type CsvDelimiter = ';' | ',' | '\t';

/** A line ending. */
export type CsvNewline = '\r\n' | '\n' | '\r';

/** How a CSV text is laid out. */
export interface CsvDialect {
  readonly delimiter: CsvDelimiter;
  readonly newline: CsvNewline;
  /**
   * Where the data starts: past an Excel `sep=;` line when there is one (Excel reads that line as
   * an instruction and does not show it), else 0.
   */
  readonly dataStart: number;
}

/** Candidates in order of preference when counts tie. */
const DELIMITERS: readonly CsvDelimiter[] = [';', '\t', ','];

const SEP_LINE = /^sep=([;,\t])(\r\n|\n|\r|$)/;

/**
 * Detect the separator and line ending of a CSV text. The separator is the most frequent of
 * `;`, tab and `,` outside quotes on the first non-empty line (`;` wins ties, then tab); the line
 * ending is the first one outside quotes. A leading `sep=X` line decides the separator itself.
 */
export function detectDialect(text: string): CsvDialect {
  const sep = SEP_LINE.exec(text);
  if (sep) {
    const rest = sep[0].length;
    const delimiter = sep[1] as CsvDelimiter;
    const newline = (sep[2] || findFirstLine(text, rest).newline) as CsvNewline;
    return { delimiter, newline, dataStart: rest };
  }
  const { counts, newline } = findFirstLine(text, 0);
  return { delimiter: pickDelimiter(counts), newline, dataStart: 0 };
}

interface FirstLine {
  /** Occurrences of each candidate separator outside quotes, in DELIMITERS order. */
  readonly counts: readonly number[];
  readonly newline: CsvNewline;
}

/** Scan from `start` to the end of the first non-empty line, counting separators outside quotes. */
function findFirstLine(text: string, start: number): FirstLine {
  let counts = [0, 0, 0];
  let newline: CsvNewline | null = null;
  let inQuotes = false;
  let lineHasContent = false;
  for (let i = start; i < text.length; i++) {
    const ch = text[i];
    if (ch === '"') {
      // A doubled quote inside quotes toggles twice: net effect nothing, as it should.
      inQuotes = !inQuotes;
      lineHasContent = true;
    } else if (inQuotes) {
      continue;
    } else if (ch === '\n' || ch === '\r') {
      const found: CsvNewline = ch === '\r' ? (text[i + 1] === '\n' ? '\r\n' : '\r') : '\n';
      newline ??= found;
      if (lineHasContent) return { counts, newline };
      if (found === '\r\n') i++;
      counts = [0, 0, 0];
    } else {
      lineHasContent = true;
      const k = DELIMITERS.indexOf(ch as CsvDelimiter);
      if (k >= 0) counts[k] = (counts[k] ?? 0) + 1;
    }
  }
  return { counts, newline: newline ?? '\n' };
}

/** The most frequent candidate; the first in DELIMITERS order on ties (`;` when none occurs). */
function pickDelimiter(counts: readonly number[]): CsvDelimiter {
  let best = 0;
  for (let k = 1; k < DELIMITERS.length; k++) {
    if ((counts[k] ?? 0) > (counts[best] ?? 0)) best = k;
  }
  return DELIMITERS[best] ?? ';';
}
