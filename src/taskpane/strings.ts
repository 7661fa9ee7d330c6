/**
 * Every word the task pane shows, in Swedish and English (Swedish first), chosen by Office's
 * display language. Components take them from useStrings(); no visible text lives elsewhere.
 */
import type { SectionName } from '../app/presentation';
import type { Scale } from '../app/presentation';
import type { Phase } from '../app';

/** The pane's languages (the follow-up is written in the same language). */
export type Lang = 'sv' | 'en';

/** The column roles a user can give a ledger column. */
export type LedgerRole = 'period' | 'year' | 'unit' | 'account' | 'budget' | 'actual' | 'forecast' | 'annualBudget' | 'amount' | 'kind' | 'ignore';

/** The roles in the order the role dropdown lists them. */
export const LEDGER_ROLES: readonly LedgerRole[] = ['period', 'year', 'unit', 'account', 'budget', 'actual', 'forecast', 'annualBudget', 'amount', 'kind', 'ignore'];

/** Sign convention as the pane offers it: detected, or chosen. */
export type SignChoice = 'auto' | 'debit' | 'result';

/** All strings of the pane. */
export interface Strings {
  readonly appTitle: string;
  readonly loadingWorkbook: string;
  readonly reloadWorkbook: string;
  readonly inspectFailed: string;
  readonly retry: string;

  readonly sourcesHeading: string;
  /** The ledger in one line: sheet, columns read, organisation levels. */
  readonly ledgerSummary: (sheet: string, columns: number, levels: readonly string[]) => string;
  readonly editColumns: string;
  readonly levelsLabel: string;
  readonly unitLevel: (level: number) => string;
  readonly duplicateRole: (role: string, headers: readonly string[]) => string;
  readonly actualsThrough: (month: string) => string;
  readonly noActuals: string;
  /** `year`: the (fiscal) year's name, "2026" or "2025/26". */
  readonly yearWithoutData: (year: string, months: string) => string;
  readonly ledgerWithoutData: string;
  readonly monthWithoutActuals: (month: string, latest: string | null) => string;
  readonly moreSettings: string;
  /** The fiscal year's first month, under "more settings". */
  readonly fiscalStart: string;
  readonly fiscalStartHint: string;
  readonly explainOver: string;
  readonly explainOverHint: string;
  readonly duplicateTitle: (period: string) => string;
  readonly duplicateBody: (sheet: string) => string;
  readonly refreshExisting: string;
  readonly buildAnother: string;
  /** "40 celler i kolumn G (Redovisning) innehåller text: G600–G639". */
  readonly issueGroup: (count: number, column: string, header: string | null, kind: string, cells: string) => string;
  readonly issueKinds: Readonly<Record<string, string>>;
  readonly issueKindOther: (message: string) => string;
  readonly noLedgerTitle: string;
  readonly noLedgerBody: string;
  readonly ledgerHeading: (sheet: string) => string;
  readonly ledgerIntro: string;
  readonly ledgerShape: { readonly long: string; readonly wide: string };
  readonly ledgerTitle: (title: string) => string;
  readonly monthColumns: (count: number, first: string, last: string) => string;
  readonly roles: Readonly<Record<LedgerRole, string>>;
  /** A column that holds amounts under a header the reader does not understand: the user must choose. */
  readonly unknownAmountRole: string;
  readonly rolesChanged: string;
  readonly restoreRoles: string;
  readonly otherSheetsHeading: string;
  readonly organisationSheet: (sheet: string) => string;
  readonly accountSheet: (sheet: string) => string;
  readonly indicatorSheet: (sheet: string) => string;

  readonly settingsHeading: string;
  readonly year: string;
  readonly yearInvalid: string;
  readonly month: string;
  readonly monthNames: readonly string[];
  readonly periodLength: string;
  readonly periodMonths: Readonly<Record<1 | 2 | 3, string>>;
  /** `from`: the fiscal year's first month ("januari"). */
  readonly periodPreview: (label: string, year: number, from: string) => string;
  readonly scale: string;
  readonly scales: Readonly<Record<Scale, string>>;
  readonly sectionsLegend: string;
  readonly sections: Readonly<Record<SectionName, string>>;
  readonly sectionsNone: string;
  readonly parentStyle: string;
  readonly parentStyles: { readonly above: string; readonly below: string };
  /** The checkbox for rounding-reconciled display. */
  readonly reconcileRounding: string;
  /** The checkbox for the forecast-accuracy part. */
  readonly forecastAccuracy: string;
  readonly sign: string;
  readonly signs: Readonly<Record<SignChoice, string>>;
  readonly organisation: string;
  readonly organisationHint: string;
  readonly build: string;

  readonly progressLabel: string;
  readonly phases: Readonly<Record<Phase, string>>;

  readonly resultHeading: { readonly built: string; readonly refreshed: string; readonly failed: string; readonly refreshFailed: string };
  readonly builtSheet: (sheet: string) => string;
  readonly refreshedSheet: (sheet: string) => string;
  readonly refreshSheetFailed: (sheet: string) => string;
  readonly summaryLabel: string;
  readonly copyText: string;
  /** The copy button of each block a committee document takes on its own. */
  readonly copyTables: { readonly unitTable: string; readonly keyFigures: string; readonly accountTable: string; readonly indicators: string; readonly forecastAccuracy: string };
  readonly goToSheet: string;
  readonly copiedText: string;
  readonly copiedTable: string;
  readonly copyFailed: string;
  readonly warningsTitle: string;
  /** Above what the ribbon's Refresh said where no dialog could show it. */
  readonly ribbonNoticeTitle: string;
  readonly ribbonNoticeDismiss: string;
  /** Heading of the list of rows whose deviation needs a comment and has none. */
  readonly unexplainedTitle: (count: number) => string;
  readonly goToComment: (label: string) => string;
  readonly inputErrorsTitle: string;
  readonly errorTitle: string;

  readonly followUpsHeading: string;
  readonly noFollowUps: string;
  readonly refresh: string;
  readonly refreshNamed: (sheet: string) => string;
  readonly refreshAll: string;
  /** Nästa månad: the next period's follow-up after one, its comments carried. */
  readonly nextMonth: string;
  readonly nextMonthNamed: (sheet: string) => string;
  /** Visa underlag: the rows behind the figure in the selected cell. */
  readonly rowsBehind: string;
  readonly rowsBehindHint: string;
  readonly announceRowsBehind: (sheet: string, rows: number) => string;
  readonly goToNamed: (sheet: string) => string;
  /** Lås månaden: keep the follow-up's figures, settings and comments in the workbook. */
  readonly lock: string;
  readonly lockNamed: (sheet: string) => string;
  /** "Låst 2025-07-31 14:02" under a follow-up in the list. */
  readonly lockedAt: (at: string) => string;
  readonly lockUnreadable: (at: string | null) => string;
  readonly lockDone: (sheet: string, at: string, replaced: boolean) => string;

  readonly announceBuilt: (sheet: string) => string;
  readonly announceRefreshed: (ok: number, failed: number) => string;
  readonly announceFailed: string;
}

const SV: Strings = {
  appTitle: 'Budgetuppföljning',
  loadingWorkbook: 'Läser arbetsboken…',
  reloadWorkbook: 'Läs in arbetsboken igen',
  inspectFailed: 'Arbetsboken kunde inte läsas',
  retry: 'Försök igen',

  sourcesHeading: 'Underlag',
  ledgerSummary: (sheet, columns, levels) =>
    `${sheet}: ${columns} ${columns === 1 ? 'kolumn' : 'kolumner'}${levels.length > 0 ? `, ${levels.join(' › ')}` : ''}`,
  editColumns: 'Ändra kolumner',
  levelsLabel: 'Organisationens nivåer',
  unitLevel: (level) => `Organisationsnivå ${level}`,
  duplicateRole: (role, headers) => `${listSv(headers)} har ${headers.length === 2 ? 'båda' : 'alla'} rollen ${role}. Bara en kolumn kan ha den; ge de andra en annan roll.`,
  actualsThrough: (month) => `Utfall finns t.o.m. ${month}`,
  noActuals: 'Huvudboken har inget utfall ännu.',
  yearWithoutData: (year, months) => `Huvudboken har inga belopp för ${year}. Belopp finns för ${months}.`,
  ledgerWithoutData: 'Huvudboken har inga belopp.',
  monthWithoutActuals: (month, latest) => `Inget utfall för ${month} ännu.${latest ? ` Utfall finns t.o.m. ${latest}.` : ''}`,
  moreSettings: 'Fler inställningar',
  fiscalStart: 'Räkenskapsåret börjar',
  fiscalStartHint: 'Januari för kalenderår; april eller juli för brutet räkenskapsår. Huvudbokens räkenskapsår används när den anger ett.',
  explainOver: 'Kommentar behövs vid avvikelse över',
  explainOverHint: 'Belopp och/eller procent av ackumulerad budget, t.ex. 100 tkr, 5 %',
  duplicateTitle: (period) => `Det finns redan en uppföljning för ${period}`,
  duplicateBody: (sheet) => `Det är bladet ”${sheet}”. Uppdatera det med huvudboken som den är nu, eller skapa ett blad till bredvid.`,
  refreshExisting: 'Uppdatera den',
  buildAnother: 'Skapa en till',
  issueGroup: (count, column, header, kind, cells) => `${count} celler i kolumn ${column}${header ? ` (${header})` : ''} ${kind}: ${cells}`,
  issueKinds: {
    textInAmount: 'innehåller text',
    errorInCell: 'innehåller felvärden',
    badPeriod: 'har ingen giltig period',
    missingYear: 'saknar år',
    unknownKind: 'har en okänd beloppstyp',
    missingUnit: 'saknar enhet',
    ambiguousAmount: 'har belopp som kan läsas på två sätt',
    amountTooLarge: 'har för stora belopp',
  },
  issueKindOther: (message) => `har samma fel (${message})`,
  noLedgerTitle: 'Ingen huvudbok hittades',
  noLedgerBody:
    'Inget blad har en rubrikrad med belopp, till exempel Period, Enhet, Konto, Budget och Utfall. ' +
    'Lägg till rubrikerna överst i huvudboksbladet och läs in arbetsboken igen.',
  ledgerHeading: (sheet) => `Huvudbok: ${sheet}`,
  ledgerIntro: 'Kontrollera vad varje kolumn innehåller och ändra där det blivit fel.',
  ledgerShape: { long: 'En rad per period och enhet.', wide: 'En kolumn per månad.' },
  ledgerTitle: (title) => `Rubrik på bladet: ${title}.`,
  monthColumns: (count, first, last) => `${count} månadskolumner (${first} – ${last})`,
  roles: {
    period: 'Period',
    year: 'År',
    unit: 'Organisationsnivå',
    account: 'Konto',
    budget: 'Budget',
    actual: 'Utfall',
    forecast: 'Prognos',
    annualBudget: 'Årsbudget',
    amount: 'Belopp',
    kind: 'Beloppstyp',
    ignore: 'Används inte',
  },
  unknownAmountRole: 'Okänt belopp: välj roll',
  rolesChanged: 'Du har ändrat kolumnerna; ändringarna används när uppföljningen skapas.',
  restoreRoles: 'Återställ',
  otherSheetsHeading: 'Andra blad som används',
  organisationSheet: (sheet) => `Organisation: ${sheet}`,
  accountSheet: (sheet) => `Kontogrupper: ${sheet}`,
  indicatorSheet: (sheet) => `Indikatorer: ${sheet}`,

  settingsHeading: 'Inställningar',
  year: 'År',
  yearInvalid: 'Ange ett år mellan 1900 och 2100.',
  month: 'Månad',
  monthNames: ['januari', 'februari', 'mars', 'april', 'maj', 'juni', 'juli', 'augusti', 'september', 'oktober', 'november', 'december'],
  periodLength: 'Periodens längd',
  periodMonths: { 1: '1 månad', 2: '2 månader (t.ex. jun/jul)', 3: 'Kvartal (3 månader)' },
  periodPreview: (label, year, from) => `Perioden: ${label} ${year}, ackumulerat från ${from}.`,
  scale: 'Belopp i',
  scales: { kr: 'kr', tkr: 'tkr', mnkr: 'mnkr' },
  sectionsLegend: 'Delar att ta med',
  sections: {
    keyFigures: 'Nyckeltal',
    unitTable: 'Enhetstabell',
    accountTable: 'Kontoanalys (analys av utfall)',
    resultTable: 'Resultatanalys',
    summary: 'Sammanfattning',
    chart: 'Diagram',
    indicators: 'Indikatorer',
  },
  sectionsNone: 'Välj minst en del.',
  parentStyle: 'Överordnade enheter',
  parentStyles: { above: 'Delsumma på raden ovanför', below: 'Rubrik ovanför och ”Summa …” under' },
  reconcileRounding: 'Avrunda så att delarna summerar till summan',
  forecastAccuracy: 'Prognossäkerhet och prognosförändring',
  sign: 'Tecken på beloppen',
  signs: { auto: 'Upptäck automatiskt', debit: 'Kostnader positiva (debet)', result: 'Intäkter positiva (resultat)' },
  organisation: 'Organisationens namn (valfritt)',
  organisationHint: 'Visas i rubriken och på totalraden.',
  build: 'Skapa uppföljning',

  progressLabel: 'Förlopp',
  phases: { reading: 'Läser huvudboken…', computing: 'Beräknar…', writing: 'Skriver bladet…', done: 'Klart.' },

  resultHeading: {
    built: 'Uppföljningen är klar',
    refreshed: 'Uppdateringen är klar',
    failed: 'Uppföljningen kunde inte skapas',
    refreshFailed: 'Uppdateringen misslyckades',
  },
  builtSheet: (sheet) => `Bladet ”${sheet}” är skapat.`,
  refreshedSheet: (sheet) => `”${sheet}” är uppdaterat.`,
  refreshSheetFailed: (sheet) => `”${sheet}” kunde inte uppdateras.`,
  summaryLabel: 'Sammanfattning',
  copyText: 'Kopiera text',
  copyTables: { unitTable: 'Kopiera tabell', keyFigures: 'Kopiera nyckeltal', accountTable: 'Kopiera kontoanalys', indicators: 'Kopiera indikatorer', forecastAccuracy: 'Kopiera prognossäkerhet' },
  goToSheet: 'Gå till bladet',
  copiedText: 'Texten är kopierad.',
  copiedTable: 'Tabellen är kopierad. Klistra in den i Word.',
  copyFailed: 'Det gick inte att kopiera. Markera texten och tryck Ctrl+C.',
  warningsTitle: 'Att kontrollera',
  ribbonNoticeTitle: 'Från Uppdatera uppföljningar i menyfliksområdet',
  ribbonNoticeDismiss: 'Stäng',
  unexplainedTitle: (n) => (n === 1 ? '1 avvikelse saknar kommentar' : `${n} avvikelser saknar kommentar`),
  goToComment: (label) => `Gå till kommentaren för ${label}`,
  inputErrorsTitle: 'Rätta följande i arbetsboken (klicka för att gå till cellen)',
  errorTitle: 'Något gick fel',

  followUpsHeading: 'Uppföljningar i arbetsboken',
  noFollowUps: 'Inga uppföljningar ännu.',
  refresh: 'Uppdatera',
  refreshNamed: (sheet) => `Uppdatera ${sheet}`,
  refreshAll: 'Uppdatera alla',
  nextMonth: 'Nästa månad',
  nextMonthNamed: (sheet) => `Nästa månad efter ${sheet}`,
  rowsBehind: 'Visa underlag',
  rowsBehindHint: 'Markera en siffra i enhets- eller kontotabellen i en uppföljning, så visar Visa underlag raderna i huvudboken bakom den.',
  announceRowsBehind: (sheet, rows) => `${rows} rader bakom siffran visas i ${sheet}.`,
  goToNamed: (sheet) => `Gå till ${sheet}`,
  lock: 'Lås månaden',
  lockNamed: (sheet) => `Lås månaden för ${sheet}`,
  lockedAt: (at) => `Låst ${at}`,
  lockUnreadable: (at) => `Låsningen ${at ?? ''} kan inte läsas; lås igen`,
  lockDone: (sheet, at, replaced) => `${sheet} låst ${at}${replaced ? ' (ersätter förra låsningen)' : ''}. Uppdatera visar vad som ändrats sedan dess.`,

  announceBuilt: (sheet) => `Uppföljningen är klar: ${sheet}.`,
  announceRefreshed: (ok, failed) => (failed === 0 ? `${ok} uppdaterade.` : `${ok} uppdaterade, ${failed} misslyckades.`),
  announceFailed: 'Det gick inte. Se felmeddelandet.',
};

const EN: Strings = {
  appTitle: 'Budget follow-up',
  loadingWorkbook: 'Reading the workbook…',
  reloadWorkbook: 'Read the workbook again',
  inspectFailed: 'The workbook could not be read',
  retry: 'Try again',

  sourcesHeading: 'Source data',
  ledgerSummary: (sheet, columns, levels) =>
    `${sheet}: ${columns} ${columns === 1 ? 'column' : 'columns'}${levels.length > 0 ? `, ${levels.join(' › ')}` : ''}`,
  editColumns: 'Change columns',
  levelsLabel: 'Organisation levels',
  unitLevel: (level) => `Organisation level ${level}`,
  duplicateRole: (role, headers) => `${listEn(headers)} ${headers.length === 2 ? 'both' : 'all'} have the role ${role}. Only one column can have it; give the others another role.`,
  actualsThrough: (month) => `Latest actuals: ${month}`,
  noActuals: 'The ledger has no actuals yet.',
  yearWithoutData: (year, months) => `The ledger has no amounts for ${year}. It has amounts for ${months}.`,
  ledgerWithoutData: 'The ledger has no amounts.',
  monthWithoutActuals: (month, latest) => `No actuals for ${month} yet.${latest ? ` Latest actuals: ${latest}.` : ''}`,
  moreSettings: 'More settings',
  fiscalStart: 'Fiscal year starts',
  fiscalStartHint: 'January for a calendar year; April or July for a fiscal year. The ledger’s fiscal year is used when it gives one.',
  explainOver: 'A comment is needed for deviations over',
  explainOverHint: 'An amount and/or a percent of the YTD budget, e.g. 100 kSEK, 5%',
  duplicateTitle: (period) => `There is already a follow-up for ${period}`,
  duplicateBody: (sheet) => `It is the sheet “${sheet}”. Refresh it from the ledger as it is now, or create another sheet beside it.`,
  refreshExisting: 'Refresh it',
  buildAnother: 'Create another',
  issueGroup: (count, column, header, kind, cells) => `${count} cells in column ${column}${header ? ` (${header})` : ''} ${kind}: ${cells}`,
  issueKinds: {
    textInAmount: 'contain text',
    errorInCell: 'contain error values',
    badPeriod: 'have no valid period',
    missingYear: 'have no year',
    unknownKind: 'have an unknown amount type',
    missingUnit: 'have no unit',
    ambiguousAmount: 'have amounts that can be read two ways',
    amountTooLarge: 'have amounts too large to compute exactly',
  },
  issueKindOther: (message) => `have the same problem (${message})`,
  noLedgerTitle: 'No ledger found',
  noLedgerBody:
    'No sheet has a header row with amounts, such as Period, Unit, Account, Budget and Actual. ' +
    'Add these headers at the top of the ledger sheet and read the workbook again.',
  ledgerHeading: (sheet) => `Ledger: ${sheet}`,
  ledgerIntro: 'Check what each column holds and correct any mistakes.',
  ledgerShape: { long: 'One row per period and unit.', wide: 'One column per month.' },
  ledgerTitle: (title) => `Sheet title: ${title}.`,
  monthColumns: (count, first, last) => `${count} month columns (${first} – ${last})`,
  roles: {
    period: 'Period',
    year: 'Year',
    unit: 'Organisation level',
    account: 'Account',
    budget: 'Budget',
    actual: 'Actual',
    forecast: 'Forecast',
    annualBudget: 'Annual budget',
    amount: 'Amount',
    kind: 'Amount type',
    ignore: 'Not used',
  },
  unknownAmountRole: 'Unknown amount: choose a role',
  rolesChanged: 'You have changed the columns; your changes are used when the follow-up is built.',
  restoreRoles: 'Restore',
  otherSheetsHeading: 'Other sheets used',
  organisationSheet: (sheet) => `Organisation: ${sheet}`,
  accountSheet: (sheet) => `Account groups: ${sheet}`,
  indicatorSheet: (sheet) => `Indicators: ${sheet}`,

  settingsHeading: 'Settings',
  year: 'Year',
  yearInvalid: 'Enter a year between 1900 and 2100.',
  month: 'Month',
  monthNames: ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'],
  periodLength: 'Period length',
  periodMonths: { 1: '1 month', 2: '2 months (e.g. Jun/Jul)', 3: 'Quarter (3 months)' },
  periodPreview: (label, year, from) => `Period: ${label} ${year}, year to date from ${from}.`,
  scale: 'Amounts in',
  // One word each, as the sheet writes them (issue 8: "tkr (thousands)" wrapped in the pane).
  scales: { kr: 'SEK', tkr: 'kSEK', mnkr: 'MSEK' },
  sectionsLegend: 'Parts to include',
  sections: {
    keyFigures: 'Key figures',
    unitTable: 'Unit table',
    accountTable: 'Account analysis',
    resultTable: 'Result analysis',
    summary: 'Summary',
    chart: 'Chart',
    indicators: 'Indicators',
  },
  sectionsNone: 'Choose at least one part.',
  parentStyle: 'Parent units',
  parentStyles: { above: 'Subtotal on the row above', below: 'Heading above and “Total …” below' },
  reconcileRounding: 'Round so the parts add up to the total',
  forecastAccuracy: 'Forecast accuracy and forecast change',
  sign: 'Sign of amounts',
  signs: { auto: 'Detect automatically', debit: 'Costs positive (debit)', result: 'Revenue positive (result)' },
  organisation: 'Organisation name (optional)',
  organisationHint: 'Shown in the title and on the total row.',
  build: 'Build follow-up',

  progressLabel: 'Progress',
  phases: { reading: 'Reading the ledger…', computing: 'Computing…', writing: 'Writing the sheet…', done: 'Done.' },

  resultHeading: {
    built: 'The follow-up is ready',
    refreshed: 'Refresh finished',
    failed: 'The follow-up could not be built',
    refreshFailed: 'The refresh failed',
  },
  builtSheet: (sheet) => `The sheet “${sheet}” has been created.`,
  refreshedSheet: (sheet) => `“${sheet}” has been refreshed.`,
  refreshSheetFailed: (sheet) => `“${sheet}” could not be refreshed.`,
  summaryLabel: 'Summary',
  copyText: 'Copy text',
  copyTables: { unitTable: 'Copy table', keyFigures: 'Copy key figures', accountTable: 'Copy account analysis', indicators: 'Copy indicators', forecastAccuracy: 'Copy forecast accuracy' },
  goToSheet: 'Go to the sheet',
  copiedText: 'The text has been copied.',
  copiedTable: 'The table has been copied. Paste it into Word.',
  copyFailed: 'Copying failed. Select the text and press Ctrl+C.',
  warningsTitle: 'Please check',
  ribbonNoticeTitle: 'From Refresh follow-ups on the ribbon',
  ribbonNoticeDismiss: 'Close',
  unexplainedTitle: (n) => (n === 1 ? '1 deviation has no comment' : `${n} deviations have no comment`),
  goToComment: (label) => `Go to the comment for ${label}`,
  inputErrorsTitle: 'Correct the following in the workbook (click to go to the cell)',
  errorTitle: 'Something went wrong',

  followUpsHeading: 'Follow-ups in this workbook',
  noFollowUps: 'No follow-ups yet.',
  refresh: 'Refresh',
  refreshNamed: (sheet) => `Refresh ${sheet}`,
  refreshAll: 'Refresh all',
  nextMonth: 'Next month',
  nextMonthNamed: (sheet) => `Next month after ${sheet}`,
  rowsBehind: 'Show rows behind',
  rowsBehindHint: 'Select a figure in the unit or account table of a follow-up, and Show rows behind lists the ledger rows behind it.',
  announceRowsBehind: (sheet, rows) => `${rows} rows behind the figure are shown in ${sheet}.`,
  goToNamed: (sheet) => `Go to ${sheet}`,
  lock: 'Lock the month',
  lockNamed: (sheet) => `Lock the month of ${sheet}`,
  lockedAt: (at) => `Locked ${at}`,
  lockUnreadable: (at) => `The lock ${at ?? ''} cannot be read; lock again`,
  lockDone: (sheet, at, replaced) => `${sheet} locked ${at}${replaced ? ' (replacing the earlier lock)' : ''}. Refresh shows what has changed since.`,

  announceBuilt: (sheet) => `The follow-up is ready: ${sheet}.`,
  announceRefreshed: (ok, failed) => (failed === 0 ? `${ok} refreshed.` : `${ok} refreshed, ${failed} failed.`),
  announceFailed: 'That did not work. See the error message.',
};

/** "A och B", "A, B och C". */
function listSv(items: readonly string[]): string {
  return items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} och ${items[items.length - 1]}`;
}

/** "A and B", "A, B and C". */
function listEn(items: readonly string[]): string {
  return items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

/** The strings of a language. */
export function stringsFor(lang: Lang): Strings {
  return lang === 'sv' ? SV : EN;
}
