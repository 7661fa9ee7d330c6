/**
 * The roles a user may give a ledger column, with the word for each that a user types (the
 * command line's `--column "Rubrik=utfall"`) in Swedish and English. Matching ignores case,
 * spaces, punctuation and diacritics, as header matching does.
 */
import type { Lang } from '../money';
import { normalizeWord } from './normalize';
import type { Role } from './schema';

/** The roles a ledger column may have, in the order they are listed to users. */
export const LEDGER_COLUMN_ROLES = ['actual', 'budget', 'forecast', 'annualBudget', 'period', 'year', 'unit', 'account', 'kind', 'amount', 'ignore'] as const satisfies readonly Role[];

/** A role a ledger column may have. */
export type LedgerColumnRole = (typeof LEDGER_COLUMN_ROLES)[number];

/** The word for each role, by language. */
export const ROLE_WORDS: Readonly<Record<LedgerColumnRole, Readonly<Record<Lang, string>>>> = {
  actual: { sv: 'utfall', en: 'actual' },
  budget: { sv: 'budget', en: 'budget' },
  forecast: { sv: 'prognos', en: 'forecast' },
  annualBudget: { sv: 'årsbudget', en: 'annualBudget' },
  period: { sv: 'period', en: 'period' },
  year: { sv: 'år', en: 'year' },
  unit: { sv: 'enhet', en: 'unit' },
  account: { sv: 'konto', en: 'account' },
  kind: { sv: 'typ', en: 'kind' },
  amount: { sv: 'belopp', en: 'amount' },
  ignore: { sv: 'ignorera', en: 'ignore' },
};

const BY_WORD: ReadonlyMap<string, LedgerColumnRole> = new Map(
  LEDGER_COLUMN_ROLES.flatMap((role) => [normalizeWord(ROLE_WORDS[role].sv), normalizeWord(ROLE_WORDS[role].en)].map((w) => [w, role] as const)),
);

/** The role a typed word names, in either language ("Utfall", "actual", "arsbudget"), or null. */
export function roleOfWord(word: string): LedgerColumnRole | null {
  return BY_WORD.get(normalizeWord(word)) ?? null;
}
