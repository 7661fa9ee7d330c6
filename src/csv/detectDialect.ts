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
 * Detect the separator and line ending of a CSV text. The separator is the one of `;`, tab and `,`
 * (outside quotes) that the first lines agree on (see pickDelimiter); the line ending is the first
 * one outside quotes. A leading `sep=X` line decides the separator itself.
 */
export function detectDialect(text: string): CsvDialect {
  return detectDialectOfStart(text).dialect;
}

/**
 * Detect the dialect from the start of a text: `complete` says whether the start held all that
 * detectDialect looks at, so the whole text would give the same dialect.
 */
export function detectDialectOfStart(text: string): { readonly dialect: CsvDialect; readonly complete: boolean } {
  const sep = SEP_LINE.exec(text);
  if (sep) {
    const rest = sep[0].length;
    const delimiter = sep[1] as CsvDelimiter;
    const scanned = sep[2] ? null : scanLines(text, rest, 1);
    const newline = (sep[2] || scanned!.newline) as CsvNewline;
    return { dialect: { delimiter, newline, dataStart: rest }, complete: scanned === null || !scanned.reachedEnd };
  }
  const scanned = scanLines(text, 0, SAMPLE_LINES);
  return { dialect: { delimiter: pickDelimiter(scanned.lines), newline: scanned.newline, dataStart: 0 }, complete: !scanned.reachedEnd };
}

/** Lines looked at to choose the separator (a title line above the header must not decide it). */
const SAMPLE_LINES = 20;

interface ScannedLines {
  /** Per non-empty line, occurrences of each candidate separator outside quotes (DELIMITERS order). */
  readonly lines: readonly (readonly number[])[];
  readonly newline: CsvNewline;
  /** Whether the scan ran to the end of the text (rather than stopping at `max` lines). */
  readonly reachedEnd: boolean;
}

/** Scan up to `max` non-empty lines from `start`, counting separators outside quotes. */
function scanLines(text: string, start: number, max: number): ScannedLines {
  const lines: number[][] = [];
  let counts = [0, 0, 0];
  let newline: CsvNewline | null = null;
  let inQuotes = false;
  let lineHasContent = false;
  for (let i = start; i < text.length && lines.length < max; i++) {
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
      if (lineHasContent) lines.push(counts);
      if (found === '\r\n') i++;
      counts = [0, 0, 0];
      lineHasContent = false;
    } else {
      lineHasContent = true;
      const k = DELIMITERS.indexOf(ch as CsvDelimiter);
      if (k >= 0) counts[k] = (counts[k] ?? 0) + 1;
    }
  }
  const reachedEnd = lines.length < max;
  if (lineHasContent && lines.length < max) lines.push(counts);
  return { lines, newline: newline ?? '\n', reachedEnd };
}

/**
 * The separator that splits the most lines into the same number of fields: a table's separator is
 * on every row the same number of times, while decimal commas come and go with empty amounts and a
 * title line has none. With fewer than two such lines, the first non-empty line decides (its most
 * frequent candidate). Ties go to the first in DELIMITERS order (`;` when none occurs).
 */
function pickDelimiter(lines: readonly (readonly number[])[]): CsvDelimiter {
  const scores = DELIMITERS.map((_, k) => {
    const tally = new Map<number, number>();
    for (const line of lines) {
      const n = line[k] ?? 0;
      if (n > 0) tally.set(n, (tally.get(n) ?? 0) + 1);
    }
    return Math.max(0, ...tally.values());
  });
  const use = Math.max(...scores) >= 2 ? scores : (lines[0] ?? []);
  let best = 0;
  for (let k = 1; k < DELIMITERS.length; k++) if ((use[k] ?? 0) > (use[best] ?? 0)) best = k;
  return DELIMITERS[best] ?? ';';
}
