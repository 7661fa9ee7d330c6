/** The words of every issue, in Swedish and English. Messages start with the cell ("Huvudbok!D17: …"). */
import { UNCALCULATED } from '../grid/grid';
import type { Issue, IssueCode } from '../issues/issue';
import { ROLE_WORDS, type LedgerColumnRole } from '../ledger/roleNames';
import type { Lang } from '../money';
import { monthName } from '../report/words';

const month = (p: Params, key: string, lang: Lang): string => monthName(Number(p[key]), lang);
/** A plain decimal parameter ("0.056") in the language's style. */
const fmt = (v: string | number | undefined, lang: Lang): string => (lang === 'sv' ? String(v).replace('.', ',') : String(v));

/**
 * Where a message is shown: the task pane or the command line. A message that says how to fix
 * something says it the way of that place (a dropdown in the pane, a flag on the command line).
 */
export type Surface = 'pane' | 'cli';

type Params = Readonly<Record<string, string | number>>;
type Catalog = Readonly<Record<IssueCode, (p: Params, surface?: Surface) => string>>;

const ROLE_NAMES: Readonly<Record<Lang, Readonly<Record<string, string>>>> = {
  sv: { unit: 'enhet (Ansvar, Enhet …)', period: 'period (Period, Månad …)', kind: 'beloppstyp (Typ, Version …)', amount: 'belopp (Budget, Utfall, Prognos …)' },
  en: { unit: 'unit (Unit, Department …)', period: 'period (Period, Month …)', kind: 'amount kind (Type, Version …)', amount: 'amounts (Budget, Actual, Forecast …)' },
};

/** The role a missing column is set to on the command line (amounts: the commonest, actual). */
const ROLE_TO_SET: Readonly<Record<string, LedgerColumnRole>> = { unit: 'unit', period: 'period', kind: 'kind', amount: 'actual' };

/** How to say which column holds a missing role, where the message is shown. */
function setRoleHint(lang: Lang, role: string, surface: Surface | undefined): string {
  const word = ROLE_TO_SET[role];
  if (surface === undefined || word === undefined) return '';
  if (surface === 'pane') return lang === 'sv' ? '; ange i åtgärdsfönstret vilken kolumn som är vad' : '; say in the task pane which column holds what';
  return lang === 'sv' ? `; ange kolumnen med --column "Rubrik=${ROLE_WORDS[word].sv}"` : `; name the column with --column "Header=${ROLE_WORDS[word].en}"`;
}

/** How to choose the sign convention, where the message is shown. */
/** How to name the fiscal year's first month, the way of the surface. */
function fiscalHint(lang: Lang, surface: Surface | undefined): string {
  if (surface === 'cli') return lang === 'sv' ? ' (--fiscal-start 4 för april)' : ' (--fiscal-start 4 for April)';
  if (surface === 'pane') return lang === 'sv' ? ' (fältet "Räkenskapsåret börjar")' : ' (the field "Fiscal year starts")';
  return '';
}

function signHint(lang: Lang, surface: Surface | undefined): string {
  if (surface === 'cli') return lang === 'sv' ? ' Ange --sign debit eller --sign result om det är fel.' : ' Give --sign debit or --sign result if that is wrong.';
  if (surface === 'pane') return lang === 'sv' ? ' Välj teckenkonvention om det är fel.' : ' Choose the sign convention if that is wrong.';
  return '';
}

/** How to read only one ledger sheet, the way of the surface. */
function oneSheetHint(lang: Lang, surface: Surface | undefined): string {
  if (surface === 'cli') return lang === 'sv' ? ' eller läs bara ett blad med --sheet' : ' or read one sheet with --sheet';
  if (surface === 'pane') return lang === 'sv' ? ' eller välj ett huvudboksblad' : ' or choose one ledger sheet';
  return '';
}

/** How to follow up a month that has actuals, the way of the surface. */
function earlierMonthHint(lang: Lang, surface: Surface | undefined): string {
  if (surface === 'cli') return lang === 'sv' ? ' Ange en tidigare månad med --period eller läs in senare utfall.' : ' Give an earlier month with --period or load later actuals.';
  if (surface === 'pane') return lang === 'sv' ? ' Välj en tidigare månad eller läs in senare utfall.' : ' Choose an earlier month or load later actuals.';
  return '';
}

/** "juli 2025": the month and year a message's parameters name. */
function monthAndYear(p: Params, monthKey: string, yearKey: string, lang: Lang): string {
  return `${month(p, monthKey, lang)} ${p[yearKey]}`;
}

/** The months from p.fromMonth/fromYear through p.month/year: "september 2025", "augusti–september 2025", "december 2024–januari 2025". */
function monthSpan(lang: Lang, p: Params): string {
  if (p.fromMonth === p.month && p.fromYear === p.year) return monthAndYear(p, 'month', 'year', lang);
  const from = p.fromYear === p.year ? month(p, 'fromMonth', lang) : monthAndYear(p, 'fromMonth', 'fromYear', lang);
  return `${from}–${monthAndYear(p, 'month', 'year', lang)}`;
}

/** Why a cumulative column cannot be turned into monthly amounts. */
const CUMULATIVE_REASONS: Readonly<Record<Lang, Readonly<Record<string, string>>>> = {
  sv: {
    start: 'bladet har inte varje månad från räkenskapsårets första (ett utdrag för en enda månad säger inte vad månaderna före var)',
    gap: 'en månad saknas mellan två rader för samma enhet och konto (raden här kommer efter ett uppehåll)',
    twice: 'samma enhet, konto och månad står två gånger',
    ends: 'raderna för samma enhet och konto tar slut före bladets sista månad',
    disagrees: 'den stämmer inte med kolumnen för månadens belopp på den här raden',
    wide: 'bladet har en kolumn per månad',
  },
  en: {
    start: 'the sheet does not hold every month from the first of the (fiscal) year (an extract of one month does not tell what the months before were)',
    gap: 'a month is missing between two rows of the same unit and account (this row comes after a gap)',
    twice: 'the same unit, account and month appear twice',
    ends: 'the rows of the same unit and account end before the sheet\'s last month',
    disagrees: 'it does not agree with the column of the month\'s amounts on this row',
    wide: 'the sheet has a column per month',
  },
};

/** The roles an amount column may be given. */
const AMOUNT_CHOICES: readonly LedgerColumnRole[] = ['budget', 'actual', 'forecast', 'annualBudget'];

/** How to say what a column is, where the message is shown; on the command line by its header, else its letter. */
function columnHint(lang: Lang, surface: Surface | undefined, p: Params, roles: readonly LedgerColumnRole[]): string {
  if (surface === undefined) return '';
  if (surface === 'pane') return lang === 'sv' ? '; ange i åtgärdsfönstret vad kolumnen är (Ignorera om den inte ska läsas)' : '; say in the task pane what the column is (Ignore if it is not to be read)';
  const name = p.header === '' || p.header === undefined ? p.column : p.header;
  const words = [...roles, 'ignore' as const].map((r) => ROLE_WORDS[r][lang]);
  const list = `${words.slice(0, -1).join(', ')} ${lang === 'sv' ? 'eller' : 'or'} ${words.at(-1)!}`;
  return lang === 'sv' ? `; ange --column "${name}=roll" med rollen ${list}` : `; give --column "${name}=role" with the role ${list}`;
}

/** How to leave one of two columns holding the same figures unread; by letter when both have one header. */
function duplicateHint(lang: Lang, surface: Surface | undefined, p: Params): string {
  if (surface === undefined) return '';
  if (surface === 'pane') return lang === 'sv' ? '; ange i åtgärdsfönstret vilken som ska läsas (den andra Ignorera)' : '; say in the task pane which one to read (the other Ignore)';
  const name = p.header === p.otherHeader || p.header === '' ? p.column : p.header;
  return lang === 'sv' ? `; läs bara en, t.ex. med --column "${name}=${ROLE_WORDS.ignore.sv}"` : `; read only one, e.g. with --column "${name}=${ROLE_WORDS.ignore.en}"`;
}

/** " från 2025-07-31 14:02" / " of 2025-07-31 14:02": when the lock was made, where known. */
function lockedWhen(p: Params, lang: Lang): string {
  const at = String(p.lockedAt ?? '');
  if (at === '') return '';
  return `${lang === 'sv' ? ' från' : ' of'} ${at}`;
}

/** Why a lock is not of the follow-up it is kept with (core/cycle/reportDiff's mismatches). */
const LOCK_MISMATCH: Readonly<Record<Lang, Readonly<Record<string, string>>>> = {
  sv: {
    noCommonUnits: 'har ingen enhet gemensam med uppföljningen (en annan organisation?)',
    signDiffers: 'har en annan teckenkonvention än uppföljningen',
    fiscalStartDiffers: 'har ett annat räkenskapsår än uppföljningen',
  },
  en: {
    noCommonUnits: 'has no unit in common with the follow-up (another organisation?)',
    signDiffers: 'has another sign convention than the follow-up',
    fiscalStartDiffers: 'has another fiscal year than the follow-up',
  },
};

const SV: Catalog = {
  textInAmount: (p) => `"${p.text}" är inte ett belopp`,
  errorInCell: (p) => (p.text === UNCALCULATED ? 'formeln i cellen har inget beräknat värde i filen; öppna filen i Excel och spara den' : `cellen innehåller felvärdet ${p.text}, inte ett belopp; rätta formeln i källfilen och läs in den igen`),
  badPeriod: (p) => (p.text === '' ? 'perioden saknas' : `"${p.text}" är inte en period (t.ex. 2025-07 eller 202507)`),
  missingYear: (p) => `året saknas för perioden${p.text ? ` ("${p.text}")` : ''}; lägg till en kolumn År`,
  unknownKind: (p) => `"${p.text}" är ingen känd beloppstyp (Budget, Utfall, Prognos)`,
  missingUnit: () => 'raden har belopp men ingen enhet',
  noLedger: (p) => (p.sheet ? `bladet "${p.sheet}" finns inte` : 'hittar inget huvudboksblad (en rubrikrad med t.ex. Period, Ansvar, Budget, Utfall)'),
  noHeader: () => 'hittar ingen rubrikrad med kända kolumnnamn (Period, Ansvar, Budget, Utfall …)',
  sheetNotRead: () => 'bladet liknar en huvudbok men saknar enhet eller period; det läses inte',
  signGuessed: (p, surface) =>
    (p.sign === 'debit'
      ? 'inga intäkts- eller kostnadskonton visar tecknen; beloppen antas vara kostnader positiva (debet).'
      : 'inga intäkts- eller kostnadskonton visar tecknen; beloppen antas vara intäkter positiva (resultat).') + signHint('sv', surface),
  ambiguousAmount: (p) => `"${p.text}" kan läsas både som decimaltal och som tusental; skriv t.ex. 1064 eller 1,064.00`,
  missingRole: (p, surface) => `kolumn för ${ROLE_NAMES.sv[String(p.role)] ?? p.role} saknas${setRoleHint('sv', String(p.role), surface)}`,
  unknownAmountColumn: (p, surface) =>
    `kolumn ${p.column} (${p.header === '' ? 'utan rubrik' : `"${p.header}"`}) innehåller belopp men rubriken säger inte om det är budget, utfall eller prognos; byt rubrik (t.ex. Budget, Utfall, Prognos, Årsbudget)${columnHint('sv', surface, p, AMOUNT_CHOICES)}`,
  duplicateAmountColumn: (p, surface) =>
    `kolumn ${p.column} ("${p.header}") och kolumn ${p.otherColumn} ("${p.otherHeader}") innehåller båda samma slags belopp och skulle räknas två gånger${duplicateHint('sv', surface, p)}`,
  cumulativeNotReadable: (p) => `kolumn ${p.column} ("${p.header}") är ackumulerad (hittills i år) men ${CUMULATIVE_REASONS.sv[String(p.reason)] ?? p.reason}; den kan inte läsas som månadsbelopp. Ta med alla månader från årets första, eller en kolumn med månadens belopp`,
  amountBesideMonths: (p, surface) =>
    `kolumn ${p.column} ("${p.header}") står bredvid månadskolumnerna men är inte radens summa av månaderna, så den kan inte läsas${columnHint('sv', surface, p, ['annualBudget'])}`,
  summaryRowsSkipped: (p) => `${p.count} summeringsrader (Summa/Totalt, en tabells summarad) hoppades över`,
  overlongRow: () => 'raden har fler fält än rubrikraden, så beloppen hamnar i fel kolumner; står det ett avgränsningstecken (t.ex. ;) i ett namn? Sätt namnet inom citattecken eller ta bort tecknet, och läs in filen igen',
  unitNotInOrganisation: (p) => `enheten "${p.unit}" finns inte i organisationsbladet ${p.sheet}; den redovisas under Övrigt`,
  unitSplitAcrossSheets: (p) => `enheten "${p.unit}" i ${p.sheet} står i ${p.other} under "${p.path}": bladen har olika organisationskolumner, så de redovisas som två enheter. Ge bladen samma kolumner (eller lägg till ett organisationsblad).`,
  unknownParent: (p) => `överordnad enhet "${p.text}" finns inte i organisationen`,
  duplicateUnit: (p) => `enheten "${p.text}" står två gånger i organisationen; huvudbokens rader förs till den första`,
  organisationCycle: (p) => `enheten "${p.text}" ligger under sig själv; den redovisas på översta nivån`,
  badAccountRange: (p) => `"${p.text}" är inte ett konto eller kontointervall (t.ex. 5000-5999) med en grupp`,
  unknownAccountType: (p) => `"${p.text}" är ingen känd kontotyp (Intäkt, Kostnad, Finansiell); gruppen får kontoklassens typ (3 intäkter, 4–7 kostnader, 8 finansiella poster)`,
  noDataForPeriod: (p) => `inga budget- eller utfallsbelopp för ${p.year} i ${p.sheet}`,
  accountOutsideClasses: (p) => `${p.count} konton hör inte till klass 3–8 och ingår inte i kontoanalysen (${p.accounts})`,
  amountTooLarge: (p) => `${p.text} är för stort för att räknas exakt`,
  fiscalStartUnknown: (p, surface) =>
    `"${p.text}" är ett räkenskapsår som inte följer kalenderåret; ange vilken månad räkenskapsåret börjar${fiscalHint('sv', surface)}`,
  fiscalStartDetected: (p, surface) => `räkenskapsåret börjar i ${month(p, 'month', 'sv')} enligt kolumnen "${p.column}"; uppföljningen följer det (ange en annan startmånad om det är fel${fiscalHint('sv', surface)})`,
  fiscalStartConflict: (p) =>
    `räkenskapsåret börjar i ${month(p, 'given', 'sv')} enligt inställningen men i ${month(p, 'detected', 'sv')} enligt kolumnen "${p.column}"; uppföljningen följer inställningen`,
  filledDown: (p) => `kolumnen ${p.column} är ifylld bara på första raden i varje block (som i en pivottabell); ${p.count} tomma celler i ${p.range} har lästs som värdet ovanför. Fyll i kolumnen om det är fel.`,
  repeatedRows: (p, surface) =>
    `bladet upprepar rader i ${p.other} (${p.count} belopp med samma enhet, konto, månad och beloppstyp), så de skulle räknas två gånger; ta bort kopian${oneSheetHint('sv', surface)}`,
  overlappingSheets: (p, surface) =>
    `bladet och ${p.other} har båda belopp för samma enhet, konto, månad och beloppstyp (${p.count} st., med olika belopp); de läggs ihop. Om det ena bladet upprepar det andra: ta bort det${oneSheetHint('sv', surface)}.`,
  actualsEndBefore: (p, surface) =>
    `utfall finns bara t.o.m. ${monthAndYear(p, 'lastMonth', 'lastYear', 'sv')}; ${monthSpan('sv', p)} saknar utfall, så uppföljningen för ${monthAndYear(p, 'month', 'year', 'sv')} jämför budgeten med ofullständigt utfall.${earlierMonthHint('sv', surface)}`,
  previousCommentUnmatched: (p) => `kommentaren från ${p.label} till ${p.unit} följer inte med: enheten finns inte i den nya uppföljningen (bytt namn eller flyttad?). Kommentaren var: "${p.text}"`,
  previousNotFollowUp: () => 'filen har ingen uppföljning (ingen enhetstabell med kolumnen Kommentar); ange förra månadens uppföljning',
  previousOtherOrganisation: (p) => `uppföljningen gäller en annan organisation (${p.other}, ingen enhet gemensam med ${p.organisation}); ange förra månadens uppföljning för samma organisation`,
  previousNotPreviousPeriod: (p) => `uppföljningen gäller ${p.found}, inte perioden före ${p.period} (${p.wanted}); ange förra periodens uppföljning`,
  forecastWithoutBudget: (p) => `prognos för enheten "${p.unit}" som saknar budget ${p.year}; prognosen kan inte ställas mot någon budget (står enheten med ett annat namn i budgetraderna?)`,
  forecastLooksMonthly: (p) =>
    `enheten "${p.unit}" har prognoser från ${p.count} månader ${p.year}, var och en under en tredjedel av årsbudgeten: de ser ut som månadsbelopp, inte helårsprognoser. En prognosrads period är månaden prognosen gjordes och beloppet hela årets; prognossäkerheten blir missvisande annars`,
  forecastYearNotClosed: (p) =>
    `${p.year} är inte stängt: ${p.count === 1 ? `${monthAndYear(p, 'month', 'monthYear', 'sv')} saknar` : `${p.count} månader (från ${monthAndYear(p, 'month', 'monthYear', 'sv')}) saknar`} utfall, så prognossäkerheten mot årets utfall visas först när årets alla månader har utfall; nu visas prognosförändringen`,
  forecastAccuracyNone: (p) => `inga helårsprognoser gjorda under ${p.year} t.o.m. ${monthAndYear(p, 'month', 'monthYear', 'sv')}; prognossäkerheten visas inte`,
  forecastAccuracyOne: (p) =>
    `bara en helårsprognos hittills under ${p.year} (${monthAndYear(p, 'forecastMonth', 'forecastYear', 'sv')}); prognosförändringen visas när nästa prognos finns`,
  indicatorMissingPeriod: () => 'indikatorbladet saknar kolumnen Period (ett år som 2024 eller en månad som 2024-09)',
  indicatorRepeatedColumn: (p) => `kolumnen ${p.header} betyder samma sak som kolumnen ${p.other}; byt namn på en av dem eller ta bort den`,
  indicatorMissingName: () => 'raden har värden men ingen indikator',
  indicatorBadPeriod: (p) => (p.text === '' ? 'perioden saknas (ett år som 2024 eller en månad som 2024-09)' : `"${p.text}" är varken ett år (2024) eller en månad (2024-09)`),
  indicatorNotNumber: (p) => `"${p.text}" i kolumnen ${p.header} är inte ett tal`,
  indicatorUnknownDirection: (p) => `"${p.text}" är ingen känd riktning (Högre eller Lägre är bättre)`,
  indicatorUnknownType: (p) => `"${p.text}" är ingen känd typ (%, Antal eller Index)`,
  indicatorDuplicate: (p) => `${p.name} har redan en rad för samma period`,
  indicatorConflictingDirection: (p) => `${p.name} har en annan riktning här än på sin första rad`,
  indicatorOutsideYear: (p) => `${p.name} har ingen rad för ${p.year}; indikatorn visas inte`,
  indicatorPercentAsFraction: (p) => `${p.name} är i procent men alla värden ligger mellan −1 och 1; de läses som andelar (${fmt(p.value, 'sv')} visas som ${fmt(p.percent, 'sv')} %). Skriv procenttalet (t.ex. 5,6) om det är fel.`,
  lockUnreadable: (p) =>
    p.reason === 'version'
      ? `låsningen${lockedWhen(p, 'sv')} är gjord av en annan version av tillägget och kan inte läsas här; den används inte och lämnas orörd. Lås månaden igen för att ersätta den.`
      : `låsningen${lockedWhen(p, 'sv')} är skadad och kan inte läsas; den används inte. Lås månaden igen för att ersätta den.`,
  lockMismatch: (p) =>
    `låsningen${lockedWhen(p, 'sv')} ${LOCK_MISMATCH.sv[String(p.reason)] ?? ''}, så förändringen sedan låsningen visas inte. Lås månaden igen om uppföljningen ska jämföras med dagens siffror.`,
  moreIssues: (p) => `och ${p.count} fler av samma slag (${p.code})`,
};

const EN: Catalog = {
  textInAmount: (p) => `"${p.text}" is not an amount`,
  errorInCell: (p) => (p.text === UNCALCULATED ? 'the formula in the cell has no calculated value in the file; open the file in Excel and save it' : `the cell holds the error ${p.text}, not an amount; correct the formula in the source file and read it again`),
  badPeriod: (p) => (p.text === '' ? 'the period is missing' : `"${p.text}" is not a period (e.g. 2025-07 or 202507)`),
  missingYear: (p) => `the period has no year${p.text ? ` ("${p.text}")` : ''}; add a Year column`,
  unknownKind: (p) => `"${p.text}" is not a known amount kind (Budget, Actual, Forecast)`,
  missingUnit: () => 'the row has amounts but no unit',
  noLedger: (p) => (p.sheet ? `there is no sheet "${p.sheet}"` : 'no ledger sheet found (a header row with e.g. Period, Unit, Budget, Actual)'),
  noHeader: () => 'no header row with known column names (Period, Unit, Budget, Actual …)',
  sheetNotRead: () => 'the sheet looks like a ledger but has no unit or period column; it is not read',
  signGuessed: (p, surface) =>
    (p.sign === 'debit'
      ? 'no revenue or cost accounts tell the signs; amounts are taken as costs positive (debit).'
      : 'no revenue or cost accounts tell the signs; amounts are taken as revenue positive (result).') + signHint('en', surface),
  ambiguousAmount: (p) => `"${p.text}" could be a decimal or a thousands figure; write e.g. 1064 or 1,064.00`,
  missingRole: (p, surface) => `no column for ${ROLE_NAMES.en[String(p.role)] ?? p.role}${setRoleHint('en', String(p.role), surface)}`,
  unknownAmountColumn: (p, surface) =>
    `column ${p.column} (${p.header === '' ? 'without a header' : `"${p.header}"`}) holds amounts but its header does not say whether they are budget, actual or forecast; rename it (e.g. Budget, Actual, Forecast, Annual budget)${columnHint('en', surface, p, AMOUNT_CHOICES)}`,
  duplicateAmountColumn: (p, surface) =>
    `column ${p.column} ("${p.header}") and column ${p.otherColumn} ("${p.otherHeader}") both hold the same kind of amounts and would count twice${duplicateHint('en', surface, p)}`,
  cumulativeNotReadable: (p) => `column ${p.column} ("${p.header}") is cumulative (year to date) but ${CUMULATIVE_REASONS.en[String(p.reason)] ?? p.reason}; it cannot be read as monthly amounts. Include every month from the first of the year, or a column of the month's amounts`,
  amountBesideMonths: (p, surface) =>
    `column ${p.column} ("${p.header}") stands beside the month columns but is not the row's total of its months, so it cannot be read${columnHint('en', surface, p, ['annualBudget'])}`,
  summaryRowsSkipped: (p) => `${p.count} subtotal rows (Sum/Total, a table's totals row) were skipped`,
  overlongRow: () => 'the row has more fields than the header row, so its amounts would land in the wrong columns; is there a separator (e.g. ;) in a name? Put the name in quotes or remove the character, and read the file again',
  unitNotInOrganisation: (p) => `unit "${p.unit}" is not in the organisation sheet ${p.sheet}; it is shown under Other`,
  unitSplitAcrossSheets: (p) => `unit "${p.unit}" in ${p.sheet} is under "${p.path}" in ${p.other}: the sheets have different organisation columns, so they count as two units. Give the sheets the same columns (or add an organisation sheet).`,
  unknownParent: (p) => `parent unit "${p.text}" is not in the organisation`,
  duplicateUnit: (p) => `unit "${p.text}" is in the organisation twice; ledger rows go to the first`,
  organisationCycle: (p) => `unit "${p.text}" is its own ancestor; it is shown at the top level`,
  badAccountRange: (p) => `"${p.text}" is not an account or account range (e.g. 5000-5999) with a group`,
  unknownAccountType: (p) => `"${p.text}" is not a known account type (Revenue, Cost, Financial); the group takes its account class's type (3 revenue, 4–7 costs, 8 financial items)`,
  noDataForPeriod: (p) => `no budget or actual amounts for ${p.year} in ${p.sheet}`,
  accountOutsideClasses: (p) => `${p.count} accounts are outside classes 3–8 and left out of the account analysis (${p.accounts})`,
  amountTooLarge: (p) => `${p.text} is too large to compute exactly`,
  fiscalStartUnknown: (p, surface) =>
    `"${p.text}" is a fiscal year that does not follow the calendar year; say which month it starts in${fiscalHint('en', surface)}`,
  fiscalStartDetected: (p, surface) => `the fiscal year starts in ${month(p, 'month', 'en')} according to the column "${p.column}"; the follow-up follows it (give another first month if that is wrong${fiscalHint('en', surface)})`,
  fiscalStartConflict: (p) =>
    `the fiscal year starts in ${month(p, 'given', 'en')} by the settings but in ${month(p, 'detected', 'en')} by the column "${p.column}"; the follow-up follows the settings`,
  filledDown: (p) => `column ${p.column} is filled only on the first row of each block (as in a pivot table); ${p.count} blank cells in ${p.range} were read as the value above. Fill in the column if that is wrong.`,
  repeatedRows: (p, surface) =>
    `the sheet repeats rows of ${p.other} (${p.count} amounts with the same unit, account, month and kind), so they would count twice; remove the copy${oneSheetHint('en', surface)}`,
  overlappingSheets: (p, surface) =>
    `the sheet and ${p.other} both hold amounts for the same unit, account, month and kind (${p.count}, with different amounts); they are added together. If one repeats the other, remove it${oneSheetHint('en', surface)}.`,
  actualsEndBefore: (p, surface) =>
    `actuals run only through ${monthAndYear(p, 'lastMonth', 'lastYear', 'en')}; ${monthSpan('en', p)} ${p.fromMonth === p.month && p.fromYear === p.year ? 'has' : 'have'} no actuals, so the follow-up for ${monthAndYear(p, 'month', 'year', 'en')} compares the budget with incomplete actuals.${earlierMonthHint('en', surface)}`,
  previousCommentUnmatched: (p) => `the comment from ${p.label} on ${p.unit} is not carried: the unit is not in the new follow-up (renamed or moved?). The comment was: "${p.text}"`,
  previousNotFollowUp: () => "the file holds no follow-up (no unit table with a Comment column); give last month's follow-up",
  previousOtherOrganisation: (p) => `the follow-up is of another organisation (${p.other}, no unit in common with ${p.organisation}); give last month's follow-up of the same organisation`,
  previousNotPreviousPeriod: (p) => `the follow-up is for ${p.found}, not the period before ${p.period} (${p.wanted}); give the previous period's follow-up`,
  forecastWithoutBudget: (p) => `forecast for unit "${p.unit}", which has no budget for ${p.year}; the forecast cannot be set against a budget (is the unit named differently in the budget rows?)`,
  forecastLooksMonthly: (p) =>
    `unit "${p.unit}" has forecasts from ${p.count} months of ${p.year}, each under a third of its annual budget: they look like monthly amounts, not full-year forecasts. A forecast row's period is the month the forecast was made and its amount the whole year's; otherwise the forecast accuracy is misleading`,
  forecastYearNotClosed: (p) =>
    `${p.year} is not closed: ${p.count === 1 ? `${monthAndYear(p, 'month', 'monthYear', 'en')} has` : `${p.count} months (from ${monthAndYear(p, 'month', 'monthYear', 'en')}) have`} no actuals, so the forecast accuracy against the year's outcome shows only once every month of the year has actuals; the forecast change is shown instead`,
  forecastAccuracyNone: (p) => `no full-year forecasts made in ${p.year} up to ${monthAndYear(p, 'month', 'monthYear', 'en')}; the forecast accuracy is not shown`,
  forecastAccuracyOne: (p) =>
    `only one full-year forecast so far in ${p.year} (${monthAndYear(p, 'forecastMonth', 'forecastYear', 'en')}); the forecast change shows once the next forecast is made`,
  indicatorMissingPeriod: () => 'the indicator sheet has no Period column (a year such as 2024 or a month such as 2024-09)',
  indicatorRepeatedColumn: (p) => `the column ${p.header} means the same as the column ${p.other}; rename or remove one of them`,
  indicatorMissingName: () => 'the row has figures but no indicator',
  indicatorBadPeriod: (p) => (p.text === '' ? 'the period is missing (a year such as 2024 or a month such as 2024-09)' : `"${p.text}" is neither a year (2024) nor a month (2024-09)`),
  indicatorNotNumber: (p) => `"${p.text}" in the column ${p.header} is not a number`,
  indicatorUnknownDirection: (p) => `"${p.text}" is no known direction (Higher or Lower is better)`,
  indicatorUnknownType: (p) => `"${p.text}" is no known type (%, Count or Index)`,
  indicatorDuplicate: (p) => `${p.name} already has a row for the same period`,
  indicatorConflictingDirection: (p) => `${p.name} has another direction here than on its first row`,
  indicatorOutsideYear: (p) => `${p.name} has no row for ${p.year}; the indicator is not shown`,
  indicatorPercentAsFraction: (p) => `${p.name} is in percent but every value lies between −1 and 1; they are read as fractions (${fmt(p.value, 'en')} shows as ${fmt(p.percent, 'en')}%). Write the percentage (e.g. 5.6) if that is wrong.`,
  lockUnreadable: (p) =>
    p.reason === 'version'
      ? `the lock${lockedWhen(p, 'en')} was made by another version of the add-in and cannot be read here; it is not used and is left as it is. Lock the month again to replace it.`
      : `the lock${lockedWhen(p, 'en')} is damaged and cannot be read; it is not used. Lock the month again to replace it.`,
  lockMismatch: (p) =>
    `the lock${lockedWhen(p, 'en')} ${LOCK_MISMATCH.en[String(p.reason)] ?? ''}, so the change since the lock is not shown. Lock the month again to compare the follow-up with today's figures.`,
  moreIssues: (p) => `and ${p.count} more of the same kind (${p.code})`,
};

/**
 * The message of an issue, starting with its cell or sheet when it has one. Given the surface it
 * is shown on, a message says how to fix the problem there; without it, it says no way.
 */
export function issueMessage(issue: Issue, lang: Lang, surface?: Surface): string {
  const text = (lang === 'sv' ? SV : EN)[issue.code](issue.params, surface);
  const where = issue.address ?? issue.sheet;
  return where ? `${where}: ${text}` : text.charAt(0).toUpperCase() + text.slice(1);
}
