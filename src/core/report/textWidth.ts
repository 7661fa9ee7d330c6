/**
 * How wide a text is in the report's font, so column widths, wrapped lines and print scale can be
 * chosen in the report model instead of guessed by each writer. Advance widths are Calibri's
 * (taken from Carlito, its metric-compatible twin that LibreOffice uses in its place), in
 * thousandths of the font size.
 */

const CHARS = " !\"#$%&'()*+,-./0123456789:;<=>?@ABCDEFGHIJKLMNOPQRSTUVWXYZ[\\]^_`abcdefghijklmnopqrstuvwxyz{|}~åäöÅÄÖéÉüÜ–−…’\u00a0\u202f§";
// prettier-ignore
const REGULAR = [226,326,401,498,507,715,682,221,303,303,498,498,250,306,252,386,507,507,507,507,507,507,507,507,507,507,268,268,498,498,498,463,894,579,544,533,615,488,459,631,623,252,319,520,420,855,646,662,517,673,543,459,487,642,567,890,519,487,468,307,386,307,498,498,291,479,525,423,525,498,305,471,525,229,239,455,229,799,525,527,525,525,349,391,335,525,452,715,433,453,395,314,460,314,498,479,479,527,579,579,662,498,488,525,642,498,498,690,250,507,226,498];
// prettier-ignore
const BOLD = [226,326,438,498,507,729,705,233,312,312,498,498,258,306,267,430,507,507,507,507,507,507,507,507,507,507,276,276,498,498,498,463,898,606,561,529,630,488,459,637,631,267,331,547,423,874,659,676,532,686,563,473,495,653,591,906,551,520,478,325,430,325,498,498,300,494,537,418,537,503,316,474,537,246,255,480,246,813,537,538,537,537,355,399,347,537,473,745,459,474,397,344,475,344,498,494,494,538,606,606,676,503,488,537,653,498,498,711,258,507,226,498];

/** A character outside the table counts a little wider than a digit: a column rather too wide than cut. */
const UNKNOWN = 560;

/** Advance widths by UTF-16 code unit (0: not in the table): an array lookup per character, not a Map's. */
const regular = new Uint16Array(Math.max(...[...CHARS].map((ch) => ch.charCodeAt(0))) + 1);
const bold = new Uint16Array(regular.length);
[...CHARS].forEach((ch, i) => {
  regular[ch.charCodeAt(0)] = REGULAR[i]!;
  bold[ch.charCodeAt(0)] = BOLD[i]!;
});

/**
 * A text's width and its longest word's, in thousandths of the font size: measured once per
 * distinct text (a report repeats its figures' texts in many cells and at several font sizes).
 */
export interface TextUnits {
  readonly full: number;
  readonly longestWord: number;
}

const measuredRegular = new Map<string, TextUnits>();
const measuredBold = new Map<string, TextUnits>();
/** A report has some thousand distinct texts; past this the caches start over rather than grow. */
const MAX_MEASURED = 50_000;

function unitsOf(text: string, isBold: boolean): TextUnits {
  const cache = isBold ? measuredBold : measuredRegular;
  let units = cache.get(text);
  if (units === undefined) {
    units = measure(text, isBold ? bold : regular);
    if (cache.size >= MAX_MEASURED) cache.clear();
    cache.set(text, units);
  }
  return units;
}

/**
 * A text's advance widths added up, whole and per word (words end at spaces and line breaks), in
 * one pass. A character outside the table (an emoji's pair of code units among them) counts as UNKNOWN.
 */
function measure(text: string, table: Uint16Array): TextUnits {
  let full = 0;
  let word = 0;
  let longestWord = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === SPACE || code === NEWLINE) {
      // A space's width counts in the whole text, never in a word.
      full += table[code] || UNKNOWN;
      word = 0;
      continue;
    }
    // A surrogate pair is one character.
    if (code >= 0xd800 && code <= 0xdbff && i + 1 < text.length) {
      const next = text.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) i++;
    }
    const w = (code < table.length ? table[code]! : 0) || UNKNOWN;
    full += w;
    word += w;
    if (word > longestWord) longestWord = word;
  }
  return { full, longestWord };
}

const SPACE = 0x20;
const NEWLINE = 0x0a;

/**
 * A text's width and its longest word's in thousandths of the font size: for a text measured at
 * several sizes (a document table tries three), looked up once. unitsToPoints gives the points.
 */
export function textUnits(text: string, isBold = false): TextUnits {
  return unitsOf(text, isBold);
}

/** Thousandths of the font size (from textUnits) in points, at a font size in points. */
export function unitsToPoints(units: number, size: number): number {
  return (units * size) / 1000;
}

/** The width of a text in points, at a font size in points. */
export function textWidth(text: string, size: number, isBold = false): number {
  return unitsToPoints(unitsOf(text, isBold).full, size);
}

/** The width of the text's longest word (where a wrapped line may break) in points. */
export function longestWordWidth(text: string, size: number, isBold = false): number {
  // The widest word in units is the widest in points: scaling by a positive size keeps the order.
  return unitsToPoints(unitsOf(text, isBold).longestWord, size);
}

/**
 * How many lines a text takes when wrapped between words into a width in points (a word wider
 * than the line gets a line of its own). Line breaks in the text are kept.
 */
export function wrappedLines(text: string, width: number, size: number, isBold = false): number {
  let lines = 0;
  const space = textWidth(' ', size, isBold);
  for (const paragraph of text.split('\n')) {
    let used = -1;
    lines++;
    for (const word of paragraph.split(' ').filter((w) => w !== '')) {
      const w = textWidth(word, size, isBold);
      if (used >= 0 && used + space + w > width) {
        lines++;
        used = w;
      } else used = used < 0 ? w : used + space + w;
    }
  }
  return lines;
}

/** The narrowest width in points at which a text wraps into at most `lines` lines. */
export function widthForLines(text: string, lines: number, size: number, isBold = false): number {
  let low = longestWordWidth(text, size, isBold);
  let high = Math.max(low, textWidth(text, size, isBold));
  if (wrappedLines(text, low, size, isBold) <= lines) return low;
  // Half a point is finer than a column's width steps.
  while (high - low > 0.5) {
    const mid = (low + high) / 2;
    if (wrappedLines(text, mid, size, isBold) <= lines) high = mid;
    else low = mid;
  }
  return high;
}
