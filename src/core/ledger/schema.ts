/**
 * The input schema as data: which header words name which column role, in Swedish and English.
 * Detection and parsing are generic over it; adding a synonym is one line.
 */

/** What a column of a ledger, organisation or account sheet holds. */
export type Role =
  | 'period'
  | 'year'
  | 'unit'
  | 'account'
  | 'budget'
  | 'actual'
  | 'forecast'
  | 'annualBudget'
  | 'amount'
  | 'kind'
  | 'name'
  | 'parent'
  | 'sort'
  | 'group'
  | 'accountType'
  | 'ignore';

/** The roles that hold amounts in a long ledger. */
export const AMOUNT_ROLES = ['budget', 'actual', 'forecast', 'annualBudget', 'amount'] as const;

/** What an amount is: the four kinds of figures a ledger holds. */
export type AmountKind = 'budget' | 'actual' | 'forecast' | 'annualBudget';

/** Kinds in a fixed order; the index is the kind's code in the columnar facts. */
export const AMOUNT_KINDS: readonly AmountKind[] = ['budget', 'actual', 'forecast', 'annualBudget'];

/**
 * Header words per role, as written (matching ignores case, spaces, punctuation and diacritics).
 * Organisation columns ('unit') may appear several times: they then form a hierarchy, coarsest
 * (leftmost) first.
 */
export const HEADER_WORDS: Readonly<Record<Exclude<Role, 'ignore'>, readonly string[]>> = {
  period: ['Period', 'Månad', 'Bokföringsperiod', 'Datum', 'Month', 'Date', 'Per'],
  year: ['År', 'Räkenskapsår', 'Bokföringsår', 'Verksamhetsår', 'Year', 'Fiscal year', 'Financial year', 'FY'],
  unit: [
    'Ansvar', 'Ansvarsenhet', 'Enhet', 'Kostnadsställe', 'Verksamhet', 'Verksamhetsområde', 'Avdelning',
    'Nämnd', 'Förvaltning', 'Sektor', 'Område', 'Resultatenhet', 'Unit', 'Cost center', 'Cost centre',
    'Department', 'Division', 'Committee',
  ],
  account: ['Konto', 'Kontonr', 'Kontonummer', 'Kontogrupp', 'Account', 'Account no'],
  budget: ['Budget', 'Periodbudget', 'Budget belopp', 'Budgetbelopp'],
  actual: ['Utfall', 'Redovisning', 'Bokfört', 'Verkligt', 'Actual', 'Actuals', 'Outcome'],
  forecast: ['Prognos', 'Helårsprognos', 'Forecast', 'Full year forecast'],
  annualBudget: ['Årsbudget', 'Helårsbudget', 'Annual budget', 'Full year budget'],
  amount: ['Belopp', 'Amount', 'Värde', 'Value'],
  kind: ['Typ', 'Version', 'Scenario', 'Beloppstyp', 'Type'],
  name: ['Namn', 'Benämning', 'Name'],
  parent: ['Överordnad', 'Överordnad enhet', 'Parent'],
  sort: ['Sortering', 'Ordning', 'Sort', 'Order'],
  group: ['Grupp', 'Kontogrupp', 'Group', 'Account group'],
  accountType: ['Typ', 'Kontotyp', 'Kontoslag', 'Type', 'Account type', 'Intäkt/Kostnad', 'Kostnad/Intäkt', 'Income/Expense', 'Revenue/Cost'],
};

/** Values of a kind column (Typ/Version/Scenario) and of header prefixes ("Budget jan"). */
export const KIND_WORDS: Readonly<Record<AmountKind, readonly string[]>> = {
  budget: ['Budget', 'Periodbudget', 'Budgetbelopp', 'Bud'],
  actual: ['Utfall', 'Redovisning', 'Bokfört', 'Verkligt', 'Actual', 'Actuals', 'Outcome', 'Utf'],
  forecast: ['Prognos', 'Helårsprognos', 'Forecast', 'Prog'],
  annualBudget: ['Årsbudget', 'Helårsbudget', 'Annual budget'],
};

/**
 * Values of an account sheet's Typ column, by the stem they contain (normalised: "Verksamhetens
 * intäkter", "Operating expenses", "Personalkostnader", "Expenditure"). A financial stem wins
 * ("Finansiella intäkter" is a financial item); otherwise exactly one of revenue and cost must be
 * named ("Intäkter och kostnader" is not a type).
 */
export const ACCOUNT_TYPE_STEMS: Readonly<Record<'revenue' | 'cost' | 'financial', readonly string[]>> = {
  financial: ['finans', 'financ', 'rantekost', 'rantein', 'interest'],
  revenue: ['intakt', 'inkomst', 'revenue', 'income', 'earning'],
  cost: ['kostnad', 'cost', 'expens', 'expenditur', 'utgift', 'spending'],
};

/** Month names and abbreviations, Swedish and English, normalised. */
export const MONTH_WORDS: readonly (readonly string[])[] = [
  ['jan', 'januari', 'january'],
  ['feb', 'februari', 'february'],
  ['mar', 'mars', 'march'],
  ['apr', 'april'],
  ['maj', 'may'],
  ['jun', 'juni', 'june'],
  ['jul', 'juli', 'july'],
  ['aug', 'augusti', 'august'],
  ['sep', 'sept', 'september'],
  ['okt', 'oktober', 'oct', 'october'],
  ['nov', 'november'],
  ['dec', 'december'],
];

/**
 * Unit names that mark a subtotal row of an export (skipped, with a warning): "Summa Stab", and as
 * an Excel pivot table writes them, "Stab Summa", "Stab Total", "Totalsumma", "Grand Total".
 */
export const SUBTOTAL_PREFIX = /^\s*(summa|totalt|total|sum|totalsumma|grand total)\b|\s(summa|totalt|total)\s*$/i;
