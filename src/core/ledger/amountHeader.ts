/**
 * Reading an amount header by a rule, not a list: the header is split into the parts of
 * AMOUNT_HEADER_PARTS (glued or not: "Utfallsbelopp", "Periodens utfall", "Budget helår (tkr)") and
 * the parts combine into a kind, whether it is cumulative (year to date), its year and its unit.
 * A header with a money word whose parts do not combine is 'unknownAmount': the caller makes a
 * numeric column so headed an error, never a silent skip.
 */
import { normalizeWord } from './normalize';
import { AMOUNT_HEADER_PARTS, type AmountKind } from './schema';

/** What an amount header says. */
export type AmountHeader =
  | {
      readonly is: 'amount';
      /** 'amount': the kind comes from a Typ/Version column. */
      readonly kind: AmountKind | 'amount';
      /** Year to date ("Utfall ack", "YTD actual"): each month's amount is the sum so far. */
      readonly cumulative: boolean;
      /** The year its amounts belong to ("Utfall 2024"), or null. */
      readonly year: number | null;
      /** Its amounts are of the year before the row's period ("Utfall fg år"). */
      readonly previousYear: boolean;
      /** Decimal places its amounts move to be kronor: 3 in tkr or ksek, 6 in mnkr or msek. */
      readonly thousandsShift: 0 | 3 | 6;
      /** -1 for a Kredit column, whose amounts are subtracted; 1 otherwise. */
      readonly sign: 1 | -1;
      /** A Debet or Kredit column: one of a pair, not a second column of actuals. */
      readonly side: boolean;
    }
  /** A figure derived from others (deviation, percent, a row total, a balance): left unread on purpose. */
  | { readonly is: 'derived' }
  /** It names money, but not in a way the reader understands. */
  | { readonly is: 'unknownAmount' }
  /** No money word at all. */
  | { readonly is: 'none' };

type Part = keyof typeof AMOUNT_HEADER_PARTS | 'unit' | 'year';
type Segment = { readonly part: Part; readonly text: string };

const UNIT_SHIFT: Readonly<Record<string, 0 | 3 | 6>> = { mnkr: 6, msek: 6, tkr: 3, ksek: 3, kr: 0, sek: 0 };
const PART_OF = new Map<string, Part>();
for (const [part, words] of Object.entries(AMOUNT_HEADER_PARTS) as [Part, readonly string[]][]) {
  for (const w of words) if (!PART_OF.has(w)) PART_OF.set(w, part);
}
for (const unit of Object.keys(UNIT_SHIFT)) PART_OF.set(unit, 'unit');
const LONGEST = Math.max(...[...PART_OF.keys()].map((k) => k.length));
const KINDS = ['budget', 'actual', 'forecast'] as const;
const YEAR = /^(19|20)\d\d/;

/**
 * The header split into known parts, fewest parts first ("budgetbelopp" → budget + belopp); null
 * when some of it is not a known part.
 */
function segment(word: string): Segment[] | null {
  const best: (Segment[] | null)[] = [[]];
  for (let end = 1; end <= word.length; end++) {
    best[end] = null;
    for (let start = Math.max(0, end - LONGEST); start < end; start++) {
      const before = best[start];
      if (before == null) continue;
      const text = word.slice(start, end);
      const part: Part | undefined = PART_OF.get(text) ?? (end - start === 4 && YEAR.test(text) ? 'year' : undefined);
      if (part === undefined) continue;
      const candidate = [...before, { part, text }];
      if (best[end] == null || candidate.length < best[end]!.length) best[end] = candidate;
    }
  }
  return best[word.length] ?? null;
}

/** Read a header as an amount header. */
export function readAmountHeader(header: string): AmountHeader {
  if (header.includes('%')) return { is: 'derived' };
  const word = normalizeWord(header);
  const segments = segment(word);
  if (segments === null || segments.length === 0) return looksLikeMoney(word) ? { is: 'unknownAmount' } : { is: 'none' };
  return combine(segments);
}

/** Whether an unreadable header still names money ("Budgetram", "Utfallet för perioden 2"). */
function looksLikeMoney(word: string): boolean {
  const money: readonly (keyof typeof AMOUNT_HEADER_PARTS)[] = ['budget', 'actual', 'forecast', 'amount', 'cumulative', 'debit', 'credit', 'moneyLike'];
  return money.some((p) => AMOUNT_HEADER_PARTS[p].some((w) => w.length >= 4 && word.includes(w)));
}

const UNKNOWN: AmountHeader = { is: 'unknownAmount' };
const DERIVED: AmountHeader = { is: 'derived' };

function combine(all: readonly Segment[]): AmountHeader {
  const segments = withoutWhichYearWords(all);
  const parts = segments.map((s) => s.part);
  // A pivot sum is read as its field, and only at the start ("Summa av Budget").
  const rest = parts[0] === 'sum' ? parts.slice(1) : parts;
  if (parts.includes('derived')) return DERIVED;
  if (rest.every((p) => p === 'sum' || p === 'moneyLike' || p === 'annual' || p === 'neutral' || p === 'unit' || p === 'year')) return totalOrUnit(segments, rest);
  if (rest.includes('sum') || parts.includes('otherSummary') || parts.includes('moneyLike')) return UNKNOWN;
  const sides = rest.filter((p) => p === 'debit' || p === 'credit');
  return sides.length > 0 ? bookingSide(rest, sides, segments) : kindWithQualifiers(rest, segments);
}

/**
 * "Utfall föregående år", "Föregående års utfall", "Utfall innevarande år": the år after föregående
 * or innevarande says which year, not a whole year; this year is the period's own.
 */
function withoutWhichYearWords(all: readonly Segment[]): Segment[] {
  const whichYear = (s: Segment | undefined) => s?.part === 'previousYear' || s?.part === 'thisYear';
  return all.filter((s, i) => !(s.part === 'annual' && whichYear(all[i - 1])) && s.part !== 'thisYear');
}

/** Only a total or a unit ("Summa", "Totalt", "Helår", "Tkr"): a row total is derived, a bare unit or year names money. */
function totalOrUnit(segments: readonly Segment[], rest: readonly Part[]): AmountHeader {
  const total = segments.some((s) => s.part === 'sum' || s.text.startsWith('total') || s.part === 'annual');
  if (total && !rest.includes('unit') && !rest.includes('year')) return DERIVED;
  return rest.some((p) => p === 'moneyLike' || p === 'unit' || p === 'year') ? UNKNOWN : { is: 'none' };
}

/** A kind word with its qualifiers: one kind at most, one year, one unit; whole year and year to date as they fit the kind. */
function kindWithQualifiers(parts: readonly Part[], segments: readonly Segment[]): AmountHeader {
  const previousYear = parts.includes('previousYear');
  const rest = parts.filter((p) => p !== 'previousYear');
  const kinds = new Set(KINDS.filter((k) => rest.includes(k)));
  const years = segments.filter((s) => s.part === 'year');
  const units = segments.filter((s) => s.part === 'unit');
  if (kinds.size > 1 || years.length > 1 || units.length > 1 || (previousYear && (years.length > 0 || kinds.has('forecast')))) return UNKNOWN;
  const base: AmountKind | 'amount' | null = kinds.size === 1 ? [...kinds][0]! : rest.includes('amount') ? 'amount' : null;
  const annual = rest.includes('annual');
  const cumulative = rest.includes('cumulative');
  if (base === null || (annual && cumulative) || (cumulative && base === 'forecast')) return UNKNOWN;
  // A whole year of a budget is the annual budget; a forecast is for the whole year anyway.
  if (annual && base !== 'budget' && base !== 'forecast') return UNKNOWN;
  return {
    is: 'amount',
    kind: annual && base === 'budget' ? 'annualBudget' : base,
    cumulative,
    year: years.length === 1 ? Number(years[0]!.text) : null,
    thousandsShift: units.length === 1 ? UNIT_SHIFT[units[0]!.text]! : 0,
    previousYear,
    sign: 1,
    side: false,
  };
}

/** "Debet", "Kreditbelopp", "Debet (tkr)": actuals, the credit side negated; with any other kind word, not understood. */
function bookingSide(rest: readonly Part[], sides: readonly Part[], segments: readonly Segment[]): AmountHeader {
  if (sides.length > 1 || rest.some((p) => p !== sides[0] && p !== 'amount' && p !== 'neutral' && p !== 'unit' && p !== 'year')) return { is: 'unknownAmount' };
  const year = segments.find((s) => s.part === 'year');
  const unit = segments.find((s) => s.part === 'unit');
  return {
    is: 'amount',
    kind: 'actual',
    cumulative: false,
    year: year === undefined ? null : Number(year.text),
    thousandsShift: unit === undefined ? 0 : UNIT_SHIFT[unit.text]!,
    previousYear: false,
    sign: sides[0] === 'credit' ? -1 : 1,
    side: true,
  };
}
