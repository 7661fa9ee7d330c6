/**
 * The synthetic ledger the benchmark reads: a long-shape municipal ledger export
 * (Period | Förvaltning | Enhet | Konto | Budget | Utfall), deterministic for a size and a seed.
 *
 * - ~400 units: 20 Förvaltning values with 17–23 Enhet each;
 * - 300 accounts: 45 revenue accounts (3xxx, negative amounts) and 255 cost accounts (4xxx–7xxx,
 *   positive amounts): the debit convention of ledger exports;
 * - 24 months 202401..202512; Utfall is blank after 202507 (the follow-up month);
 * - amounts are whole öre, so written with two decimals they are exact.
 *
 * A size of N rows is ceil(N / 24) (unit, account) pairs, each with one row per month, sorted by
 * period then unit then account as exports are; the first month leaves out the few pairs needed
 * to make exactly N rows.
 */
import { mulberry32, type Rng as Random } from '../examples/generate/prng';

/** Bump when the generated data changes, so cached files are regenerated. */
export const GENERATOR_VERSION = 1;

/** The header row of the generated ledger. */
export const LEDGER_HEADER = ['Period', 'Förvaltning', 'Enhet', 'Konto', 'Budget', 'Utfall'] as const;

/** The months of the ledger as yyyymm, oldest first. */
export const LEDGER_MONTHS: readonly number[] = [2024, 2025].flatMap((y) => Array.from({ length: 12 }, (_, i) => y * 100 + i + 1));

/** The last month with actuals (the follow-up month). */
export const LAST_ACTUAL_MONTH = 202507;

/** One ledger row. The generator reuses one object: copy what you keep. */
export interface LedgerRow {
  period: number;
  forvaltning: string;
  enhet: string;
  konto: number;
  /** Budget in öre; null for a blank cell. */
  budgetOre: number | null;
  /** Actual in öre; null for a blank cell (months after LAST_ACTUAL_MONTH, or nothing booked). */
  actualOre: number | null;
}

/** What to generate. */
export interface LedgerSpec {
  readonly rows: number;
  readonly seed: number;
}

const FORVALTNINGAR = [
  'Kommunledningsförvaltningen', 'Barn- och utbildningsförvaltningen', 'Socialförvaltningen', 'Vård- och omsorgsförvaltningen',
  'Samhällsbyggnadsförvaltningen', 'Kultur- och fritidsförvaltningen', 'Miljöförvaltningen', 'Tekniska förvaltningen',
  'Arbetsmarknadsförvaltningen', 'Gymnasieförvaltningen', 'Stadsbyggnadsförvaltningen', 'Räddningstjänsten',
  'Överförmyndarförvaltningen', 'Serviceförvaltningen', 'Fastighetsförvaltningen', 'Kost- och städförvaltningen',
  'IT-förvaltningen', 'Måltidsförvaltningen', 'Äldreförvaltningen', 'Näringslivsförvaltningen',
];
const KINDS = ['Förskola', 'Skola', 'Äldreboende', 'Hemtjänst', 'Enhet', 'Avdelning', 'Område', 'Bibliotek', 'Kök', 'Stöd'];
const PLACES = ['Björkgården', 'Solrosen', 'Ängsvägen', 'Öster', 'Väster', 'Norr', 'Söder', 'Centrum', 'Åsen', 'Lunden', 'Hagen', 'Strand'];
const REVENUE_ACCOUNTS = 45;
const COST_ACCOUNTS = 255;

/** A unit of the synthetic organisation. */
interface Unit {
  readonly forvaltning: string;
  readonly enhet: string;
}

/** A (unit, account) pair with its yearly budget level in öre (signed). */
interface Pair {
  readonly unit: Unit;
  readonly konto: number;
  readonly annualOre: number;
}

/** The 300 accounts: 3010, 3030 … (revenue), then 4010, 4025 … 7820 (costs). */
export function accounts(): number[] {
  const revenue = Array.from({ length: REVENUE_ACCOUNTS }, (_, i) => 3010 + 20 * i);
  const costs = Array.from({ length: COST_ACCOUNTS }, (_, i) => 4010 + 15 * i);
  return [...revenue, ...costs];
}

/** The ~400 units, in ledger order. */
export function units(random: Random): Unit[] {
  const result: Unit[] = [];
  for (const forvaltning of FORVALTNINGAR) {
    const count = random.int(17, 23);
    const seen = new Set<string>();
    for (let j = 0; j < count; j++) {
      let enhet = `${KINDS[random.int(0, KINDS.length - 1)]!} ${PLACES[random.int(0, PLACES.length - 1)]!}`;
      if (seen.has(enhet)) enhet = `${enhet} ${j + 1}`;
      seen.add(enhet);
      result.push({ forvaltning, enhet });
    }
  }
  return result;
}

/** Spread ceil(rows / 24) pairs over the units, each unit with distinct accounts in ascending order. */
function pairs(spec: LedgerSpec, random: Random): Pair[] {
  const us = units(random);
  const all = accounts();
  const count = Math.ceil(spec.rows / LEDGER_MONTHS.length);
  if (count > us.length * all.length) throw new Error(`at most ${us.length * all.length * LEDGER_MONTHS.length} rows`);
  const result: Pair[] = [];
  us.forEach((unit, u) => {
    const k = Math.floor(count / us.length) + (u < count % us.length ? 1 : 0);
    const pool = [...all];
    for (let i = 0; i < k; i++) {
      const j = random.int(i, pool.length - 1);
      [pool[i], pool[j]] = [pool[j]!, pool[i]!];
    }
    for (const konto of pool.slice(0, k).sort((a, b) => a - b)) {
      // Yearly level 20 000 – 5 000 000 kr, log-uniform; revenue negative (debit convention).
      const kronor = Math.exp(Math.log(20_000) + random.next() * Math.log(250));
      const annualOre = Math.round(kronor * 100) * (konto < 4000 ? -1 : 1);
      result.push({ unit, konto, annualOre });
    }
  });
  return result;
}

/**
 * The rows of the ledger, period-major. The yielded object is reused between rows.
 */
export function* ledgerRows(spec: LedgerSpec): Generator<LedgerRow, void, undefined> {
  const random = mulberry32(spec.seed);
  const ps = pairs(spec, random);
  const skip = ps.length * LEDGER_MONTHS.length - spec.rows;
  const row: LedgerRow = { period: 0, forvaltning: '', enhet: '', konto: 0, budgetOre: null, actualOre: null };
  for (let m = 0; m < LEDGER_MONTHS.length; m++) {
    const period = LEDGER_MONTHS[m]!;
    const growth = period >= 202501 ? 1.03 : 1;
    for (let p = m === 0 ? skip : 0; p < ps.length; p++) {
      const pair = ps[p]!;
      const unbudgeted = random.next() < 0.03;
      const budgetOre = unbudgeted ? null : Math.round((pair.annualOre / 12) * growth * (0.9 + 0.2 * random.next()));
      const base = budgetOre ?? Math.round(pair.annualOre / 60);
      const nothingBooked = random.next() < 0.02;
      row.period = period;
      row.forvaltning = pair.unit.forvaltning;
      row.enhet = pair.unit.enhet;
      row.konto = pair.konto;
      row.budgetOre = budgetOre;
      row.actualOre = period > LAST_ACTUAL_MONTH || nothingBooked ? null : Math.round(base * (0.75 + 0.5 * random.next()));
      yield row;
    }
  }
}

/** An amount in öre as the text "-12345.67" (point) or "-12345,67" (comma): no thousands separator. */
export function oreText(ore: number, decimal: '.' | ','): string {
  const sign = ore < 0 ? '-' : '';
  const abs = Math.abs(ore);
  const cents = abs % 100;
  return `${sign}${(abs - cents) / 100}${decimal}${cents < 10 ? '0' : ''}${cents}`;
}

/** An amount in öre as a number of kronor (the nearest double: 12345.67). */
export function oreToKronor(ore: number): number {
  return ore / 100;
}
