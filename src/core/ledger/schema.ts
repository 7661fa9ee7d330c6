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
  /** A column that holds amounts under a header the reader does not understand: an error until the user says what it is. */
  | 'unknownAmount'
  | 'ignore';

/**
 * Date columns that give a row's period ("Bokföringsdatum" 2025-07-15 → July 2025). A Period
 * column beside one wins: a July accrual may be booked on 5 August.
 */
export const PERIOD_DATE_WORDS: readonly string[] = [
  'Datum', 'Date', 'Bokföringsdatum', 'Bokf datum', 'Bokfdatum', 'Verifikationsdatum', 'Ver datum', 'Verdatum', 'Transaktionsdatum',
  'Registreringsdatum', 'Bokföringsdag', 'Transaction date', 'Posting date', 'Voucher date', 'Accounting date', 'Entry date', 'Booking date',
];

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
export const HEADER_WORDS: Readonly<Record<Exclude<Role, 'ignore' | 'unknownAmount'>, readonly string[]>> = {
  period: [
    'Period', 'Månad', 'Bokföringsperiod', 'Redovisningsperiod', 'Bokföringsmånad', 'Redovisningsmånad', 'Månad nr', 'Period nr',
    'ÅrMånad', 'År/Mån', 'Årmån', 'Month', 'Per', 'Accounting period', 'Fiscal period', 'Posting period', 'Year month', 'Yearmonth',
    ...PERIOD_DATE_WORDS,
  ],
  year: ['År', 'Årtal', 'Räkenskapsår', 'Bokföringsår', 'Budgetår', 'Verksamhetsår', 'Redovisningsår', 'Year', 'Fiscal year', 'Financial year', 'FY', 'Budget year'],
  unit: [
    'Ansvar', 'Ansvarsenhet', 'Ansvarsställe', 'Ansvarsområde', 'Enhet', 'Kostnadsställe', 'Kst', 'Resultatställe', 'Verksamhet', 'Verksamhetsområde', 'Avdelning',
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
  group: ['Grupp', 'Kontogrupp', 'Group', 'Account group', 'Kategori', 'Kontokategori', 'Category', 'Account category'],
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

/**
 * The parts compound amount headers are made of, normalised (no case, spaces, punctuation or
 * diacritics), so a header is read by a rule rather than looked up in a list: a kind word with
 * qualifiers, in any order and glued or not ("Utfall period", "Periodens utfall", "Bokfört belopp",
 * "Budget helår", "Reviderad budget", "Internbudget", "Utfall ack", "YTD actual", "Summa av Budget").
 * See readAmountHeader for how the parts combine.
 */
export const AMOUNT_HEADER_PARTS = {
  /** Words that name a kind of figure. */
  budget: ['budget', 'bud', 'budgeterat', 'budgeterad', 'budgeterade', 'budgeted'],
  actual: [
    'utfall', 'utf', 'utfallet', 'redovisning', 'redovisat', 'redovisade', 'bokfort', 'bokforda', 'bokfora', 'verkligt', 'verkliga',
    'faktiskt', 'faktiska', 'actual', 'actuals', 'outcome', 'realised', 'realized',
  ],
  forecast: ['prognos', 'prognosen', 'prog', 'forecast', 'forecasted', 'projection', 'projected'],
  /** A plain amount, whose kind comes from a Typ/Version column, or from a kind word beside it ("Utfall belopp"). */
  amount: ['belopp', 'beloppet', 'amount', 'amounts', 'varde', 'value'],
  /** A whole year: with budget, the annual budget; with a forecast, nothing new (a forecast is for the year). */
  annual: ['ar', 'ars', 'arets', 'helar', 'helars', 'helaret', 'annual', 'fullyear', 'yearly', 'year', 'fy'],
  /** The year before the period's ("Utfall fg år", "Föregående års utfall", "Prior year actual"): with these, år/year means no whole year. */
  previousYear: ['foregaende', 'foreg', 'fg', 'forra', 'fjol', 'fjolaret', 'ifjol', 'prior', 'previous', 'last', 'ly', 'py'],
  /** This year ("Utfall innevarande år", "This year actual"): with these, år/year means no whole year either. */
  thisYear: ['innevarande', 'this', 'detta', 'cy'],
  /** Year to date: the amounts are cumulative from the year's first month. */
  cumulative: [
    'ack', 'ackum', 'ackumulerat', 'ackumulerad', 'ackumulerade', 'ackumulerande', 'hittills', 'hittillsiar', 'tom', 'tillochmed',
    'ytd', 'yeartodate', 'todate', 'cumulative', 'cum', 'accumulated', 'accum',
  ],
  /** Qualifiers that leave the meaning as it is: the month's figure, or a version of the budget. */
  neutral: [
    'period', 'perioden', 'periodens', 'per', 'manad', 'manads', 'manaden', 'manadens', 'mnd', 'month', 'monthly', 'months', 'mon',
    'reviderad', 'reviderat', 'reviderade', 'rev', 'revised', 'intern', 'interna', 'internal', 'original', 'ursprunglig', 'ursprungs',
    'justerad', 'justerat', 'adjusted', 'beslutad', 'beslutat', 'faststalld', 'faststallt', 'approved', 'aktuell', 'aktuellt', 'current',
    'netto', 'net', 'kronor', 'belopps', 's', 'i', 'av', 'of', 'for', 'the', 'in', 'aret',
    // Without VAT is what a municipality's outcome is (it gets the VAT back); "inkl moms" is not understood.
    'exklmoms', 'exklusivemoms', 'exmoms', 'utanmoms', 'exclvat', 'exvat', 'excludingvat',
  ],
  /**
   * The two sides of a bookkeeping export (Visma, Hogia, Fortnox: Debet and Kredit columns): actuals,
   * the credit side subtracted, so costs come out positive as in the usual ledger export.
   */
  debit: ['debet', 'debit', 'debetbelopp'],
  credit: ['kredit', 'credit', 'kreditbelopp'],
  /** Excel's and LibreOffice's pivot-table sums ("Summa av Belopp", "Sum of Amount", "Summa - Belopp"): read as the field. */
  sum: ['summaav', 'summa', 'sumof', 'sum', 'totalsumma', 'grandtotal'],
  /** Other pivot summaries ("Antal av Belopp", "Average of Amount"): not amounts that add up. */
  otherSummary: [
    'antalav', 'antaltalav', 'medelav', 'medelvardeav', 'maxav', 'minav', 'produktav', 'stdavvav', 'variansav',
    'countof', 'countnumbersof', 'averageof', 'maxof', 'minof', 'productof', 'stdevof', 'stddevof', 'varof', 'varianceof',
  ],
  /** Figures derived from the others (deviation, percent, what remains, a balance): left unread on purpose. */
  derived: [
    'avvikelse', 'avvikelser', 'avv', 'diff', 'differens', 'difference', 'deviation', 'variance', 'procent', 'percent', 'pct', 'andel',
    'kvar', 'aterstar', 'aterstaende', 'remaining', 'saldo', 'balance', 'balans', 'ib', 'ub', 'forbrukningsgrad',
  ],
  /** Money words the reader does not understand as a ledger amount: a numeric column so headed is an error, never skipped. */
  moneyLike: [
    'kostnad', 'kostnader', 'cost', 'costs', 'intakt', 'intakter', 'revenue', 'income',
    'ram', 'ramar', 'anslag', 'forbrukat', 'forbrukning', 'nettokostnad', 'bruttokostnad', 'utgift', 'utgifter', 'inkomst', 'inkomster',
    'total', 'totalt', 'totals',
  ],
} as const;

/**
 * Headers of columns that hold numbers but never amounts: codes and dimensions of the systems'
 * exports, counts, rates and VAT (a municipality gets its VAT back, so it is no part of a unit's
 * outcome). A numeric column so headed is left unread without a word; any other numeric column
 * beside the amounts whose header is not understood is an error (detect.ts), since its figures
 * would otherwise be lost in silence.
 */
export const NOT_AMOUNT_WORDS: readonly string[] = [
  'Antal', 'Kvantitet', 'Quantity', 'Qty', 'Timmar', 'Hours', 'Årsarbetare', 'FTE', 'Personer',
  'Sortering', 'Ordning', 'Rad', 'Row', 'Id', 'Nr', 'Nummer', 'Löpnummer', 'Löpnr', 'Nivå', 'Level', 'Index',
  'Ver', 'Vernr', 'Verifikation', 'Verifikationsnummer', 'Serie', 'Verifikationsserie', 'Voucher', 'Fakturanummer', 'Invoice',
  'Aktivitet', 'Projekt', 'Objekt', 'Motpart', 'Fritt', 'Fri', 'Anläggning', 'Kostnadsbärare', 'Delprojekt', 'Underprojekt',
  'Verksamhetskod', 'Kod', 'Code', 'Dim', 'Dimension', 'Kund', 'Leverantör', 'Supplier', 'Customer', 'Project', 'Activity',
  'Kontoklass', 'Kontonamn', 'Benämning', 'Underkonto', 'Huvudkonto', 'Baskonto', 'Kvartal', 'Quarter', 'Vecka', 'Week', 'Dag', 'Day',
  'Kurs', 'Valutakurs', 'Exchange rate', 'Rate', 'Valuta', 'Currency',
  // The transaction's own currency (Unit4/Agresso beside Belopp in kronor): not the ledger's amount.
  'Valutabelopp', 'Valuta belopp', 'Belopp valuta', 'Belopp i valuta', 'Currency amount', 'Amount currency', 'Amount in currency', 'Moms', 'Momskod', 'Momsbelopp', 'Moms belopp', 'VAT', 'VAT amount', 'Momssats',
];

/**
 * Header shapes of codes and counts, normalised: "Projektnr", "Aktivitetskod", "Objekt-id",
 * "Kundnummer", "Antal timmar", "Dim 2", "Fri 3". Only for headers that name no money.
 */
export const NOT_AMOUNT_PATTERNS: readonly RegExp[] = [
  /(kod|nr|nummer|id|code|no|number|num)$/,
  /^(antal|kvantitet|numberof|qty|quantity)/,
  /^(dim|dimension|fri|fritt|falt|field)\d+$/,
];
