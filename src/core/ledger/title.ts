/**
 * The organisation's name in a title row above a ledger's header. Exports write titles such as
 * "Huvudbok Kommunledningsstab 2025 (kr)" or "Malmö stad – budget 2015 per nämnd och konto (kr)":
 * the report's title wants "Kommunledningsstab" and "Malmö stad", not the export's whole line.
 */
import { monthFromWord } from './period';
import { normalizeLabel, normalizeWord } from './normalize';

/** Words of a title that say what the sheet is, not whose it is (normalised, as normalizeWord makes them). */
const LEDGER_WORDS: readonly string[] = [
  // What the sheet holds.
  'huvudbok', 'huvudboken', 'budget', 'budgeten', 'budgetar', 'utfall', 'utfallet', 'redovisning', 'redovisat', 'bokfort',
  'bokforing', 'prognos', 'prognoser', 'uppfoljning', 'uppfoljningen', 'rapport', 'rapporten', 'sammanstallning', 'resultat',
  'resultatrakning', 'resultatrapport', 'ekonomisk', 'ekonomiska', 'ekonomirapport', 'saldo', 'saldon', 'saldolista', 'transaktioner',
  'utdrag', 'export', 'exporterad', 'lista', 'underlag', 'arsbudget', 'helar', 'helarsprognos', 'ackumulerat', 'ack',
  'ledger', 'general', 'report', 'actual', 'actuals', 'outcome', 'forecast', 'followup', 'statement', 'trial', 'balance',
  // The ledger's dimensions, as a selection above the header names them ("Ansvar: 1100").
  'ansvar', 'ansvarsenhet', 'konto', 'kontonr', 'kontogrupp', 'verksamhet', 'kostnadsstalle', 'objekt', 'projekt', 'aktivitet', 'dimension',
  'urval', 'filter', 'selection', 'account', 'department', 'namnd', 'forvaltning', 'sektor', 'avdelning', 'enhet', 'organisation',
  // Closings and their periods.
  'bokslut', 'delar', 'delarsbokslut', 'tertial', 'kvartal', 'quarter', 'ekonomi', 'drift', 'investering', 'investeringar',
  // When and in what.
  'period', 'perioden', 'manad', 'manader', 'ar', 'aret', 'rakenskapsar', 'year', 'fiscal', 'fy', 'tom', 'sida', 'page',
  'belopp', 'beloppen', 'amounts', 'kr', 'tkr', 'mnkr', 'mkr', 'sek', 'ksek', 'msek', 'kronor', 'tusental', 'tusentals', 'miljoner',
  // Systems that write the export.
  'raindance', 'agresso', 'unit4', 'visma', 'hogia', 'proceedo', 'excel', 'ekonomisystem', 'skapad', 'created', 'utskriven', 'printed',
];

/** Compounds ending so are ledger words too ("Månadsrapport", "Budgetuppföljning", "Delårsrapport"). */
const LEDGER_SUFFIXES: readonly string[] = ['rapport', 'report', 'uppfoljning', 'huvudbok', 'sammanstallning', 'budget', 'prognos', 'utdrag', 'redovisning', 'utfall', 'bokslut', 'datum'];

/** Words that only join others: left at either end of what remains, they go too. */
const JOINING_WORDS: readonly string[] = ['och', 'and', 'samt', 'i', 'in', 'for', 'av', 'of', 'the', 'den', 'det', 'till', 'med', 'from', 'fran', 'pa', 'on', 'at', 'vid', 'mot', 'vs', 'versus', 'jamfort', 'against', 'inkl', 'exkl'];

/** Labels of a row that says who made the export or when ("Skapad av: Anna", "Utskriven: 2025-08-05"): no name follows. */
const META_WORDS: readonly string[] = ['skapad', 'skapat', 'utskriven', 'utskrift', 'utskriftsdatum', 'anvandare', 'user', 'created', 'printed', 'by', 'av', 'kord', 'run', 'datum', 'date', 'sida', 'page', 'tid', 'time'];

/** Words from which the rest of a part qualifies the sheet ("per nämnd och konto", "t.o.m. juli"). */
const QUALIFYING_WORDS: readonly string[] = ['per', 'by', 'tom', 'through', 'avser', 'exkl', 'inkl', 'uppdelat', 'fordelat'];

const LEDGER = new Set(LEDGER_WORDS);
const JOINING = new Set(JOINING_WORDS);
const QUALIFYING = new Set(QUALIFYING_WORDS);
const META = new Set(META_WORDS);

/** Where a title's parts meet: a spaced dash, an en or em dash, a colon, comma, semicolon or bar. */
const PART_BREAK = /\s+[-–—]+\s+|\s*[–—]+\s*|\s*[:;,|]\s+|\s*[|;]\s*|\s+\/\s+/;

/**
 * The organisation's name in a title: the first part of the title (parts split by dashes, colons,
 * commas) that still names something once ledger words, years, periods, months, units of amounts
 * ("(kr)", "tkr") and qualifiers ("per nämnd och konto") are taken out. Null when nothing does.
 */
export function organisationOfTitle(title: string): string | null {
  if (isMetaRow(title)) return null;
  const text = normalizeLabel(title).replace(/\(([^()]*)\)|\[([^[\]]*)\]/g, (group: string, a?: string, b?: string) => (nameIn(a ?? b ?? '') === null ? ' ' : group));
  // A name is written with a capital ("Malmö stad", "KLS"); a lower-case remainder is a word of
  // the title's own ("mot", "drift"), unless the whole title is in lower case.
  const capitals = /\p{Lu}/u.test(text);
  for (const part of text.split(PART_BREAK)) {
    const name = nameIn(part);
    if (name !== null && (!capitals || /\p{Lu}/u.test(name))) return name;
  }
  return null;
}

/** "Skapad av: Anna Svensson", "Utskriven 2025-08-05 10:12": the label before a colon says who or when. */
function isMetaRow(title: string): boolean {
  const label = /^([^:]*):/.exec(title)?.[1] ?? '';
  const words = label.split(/\s+/).map(normalizeWord).filter((w) => w !== '');
  return words.length > 0 && words.some((w) => META.has(w) || w.endsWith('datum')) && words.every((w) => META.has(w) || JOINING.has(w) || w.endsWith('datum'));
}

/** What names something in one part of a title, or null. */
function nameIn(part: string): string | null {
  const words = part.split(' ').filter((w) => w !== '');
  const cut = words.findIndex((w) => QUALIFYING.has(normalizeWord(w)));
  const kept = (cut < 0 ? words : words.slice(0, cut)).filter((w) => !isLedgerWord(w));
  while (kept.length > 0 && isJoining(kept[0]!)) kept.shift();
  while (kept.length > 0 && isJoining(kept.at(-1)!)) kept.pop();
  const name = kept.join(' ').replace(/^[\s\-–—:,.;]+|[\s\-–—:,;]+$/g, '');
  return /\p{L}.*\p{L}/u.test(name) ? name : null;
}

function isJoining(word: string): boolean {
  const w = normalizeWord(word);
  return w === '' || JOINING.has(w);
}

/** A word that says what the sheet is, when, or in what unit: not the organisation's name. */
function isLedgerWord(word: string): boolean {
  const w = normalizeWord(word);
  if (w === '') return true;
  if (LEDGER.has(w) || LEDGER_SUFFIXES.some((s) => w.endsWith(s))) return true;
  if (monthFromWord(w) !== null) return true;
  // Years, dates and periods: 2025, 2024/25, 2025-07-31, 202507, FY2025, P07, Q3, 10:12, "jan-jul".
  if (/^(fy|p|q|t|kv|ar)?\d+$/.test(w) || /^[\d\s\-–—/.:]+$/.test(word.replace(/[()]/g, ''))) return true;
  const pieces = word.split(/[-–—/]/).map(normalizeWord).filter((p) => p !== '');
  return pieces.length > 1 && pieces.every((p) => monthFromWord(p) !== null || /^\d+$/.test(p));
}
