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
  readonly noLedgerTitle: string;
  readonly noLedgerBody: string;
  readonly ledgerHeading: (sheet: string) => string;
  readonly ledgerIntro: string;
  readonly ledgerShape: { readonly long: string; readonly wide: string };
  readonly ledgerTitle: (title: string) => string;
  readonly monthColumns: (count: number, first: string, last: string) => string;
  readonly roles: Readonly<Record<LedgerRole, string>>;
  readonly rolesChanged: string;
  readonly restoreRoles: string;
  readonly otherSheetsHeading: string;
  readonly organisationSheet: (sheet: string) => string;
  readonly accountSheet: (sheet: string) => string;

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
  readonly copyTable: string;
  readonly includeAccountTable: string;
  readonly goToSheet: string;
  readonly copiedText: string;
  readonly copiedTable: string;
  readonly copyFailed: string;
  readonly warningsTitle: string;
  readonly inputErrorsTitle: string;
  readonly errorTitle: string;
  readonly moreIssues: (count: number) => string;

  readonly followUpsHeading: string;
  readonly noFollowUps: string;
  readonly refresh: string;
  readonly refreshNamed: (sheet: string) => string;
  readonly refreshAll: string;
  readonly goToNamed: (sheet: string) => string;

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
  noLedgerTitle: 'Ingen huvudbok hittades',
  noLedgerBody:
    'Inget blad har en rubrikrad med belopp, till exempel Period, Enhet, Konto, Budget och Utfall. ' +
    'Lägg till rubrikerna överst i huvudboksbladet och läs in arbetsboken igen.',
  ledgerHeading: (sheet) => `Huvudbok: ${sheet}`,
  ledgerIntro: 'Kontrollera vad varje kolumn innehåller och ändra där det blivit fel.',
  ledgerShape: { long: 'En rad per period och enhet.', wide: 'En kolumn per månad.' },
  ledgerTitle: (title) => `Rubrik på bladet: ${title}`,
  monthColumns: (count, first, last) => `${count} månadskolumner (${first} – ${last})`,
  roles: {
    period: 'Period',
    year: 'År',
    unit: 'Enhet/organisationsnivå',
    account: 'Konto',
    budget: 'Budget',
    actual: 'Utfall',
    forecast: 'Prognos',
    annualBudget: 'Årsbudget',
    amount: 'Belopp',
    kind: 'Beloppstyp',
    ignore: 'Används inte',
  },
  rolesChanged: 'Du har ändrat kolumnerna; ändringarna används när uppföljningen skapas.',
  restoreRoles: 'Återställ',
  otherSheetsHeading: 'Andra blad som används',
  organisationSheet: (sheet) => `Organisation: ${sheet}`,
  accountSheet: (sheet) => `Kontogrupper: ${sheet}`,

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
  },
  sectionsNone: 'Välj minst en del.',
  parentStyle: 'Överordnade enheter',
  parentStyles: { above: 'Delsumma på raden ovanför', below: 'Rubrik ovanför och ”Summa …” under' },
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
  copyTable: 'Kopiera tabell',
  includeAccountTable: 'Ta med kontoanalysen',
  goToSheet: 'Gå till bladet',
  copiedText: 'Texten är kopierad.',
  copiedTable: 'Tabellen är kopierad. Klistra in den i Word.',
  copyFailed: 'Det gick inte att kopiera. Markera texten och tryck Ctrl+C.',
  warningsTitle: 'Att kontrollera',
  inputErrorsTitle: 'Rätta följande i arbetsboken (klicka för att gå till cellen)',
  errorTitle: 'Något gick fel',
  moreIssues: (count) => `… och ${count} till.`,

  followUpsHeading: 'Uppföljningar i arbetsboken',
  noFollowUps: 'Inga uppföljningar ännu.',
  refresh: 'Uppdatera',
  refreshNamed: (sheet) => `Uppdatera ${sheet}`,
  refreshAll: 'Uppdatera alla',
  goToNamed: (sheet) => `Gå till ${sheet}`,

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
  noLedgerTitle: 'No ledger found',
  noLedgerBody:
    'No sheet has a header row with amounts, such as Period, Unit, Account, Budget and Actual. ' +
    'Add these headers at the top of the ledger sheet and read the workbook again.',
  ledgerHeading: (sheet) => `Ledger: ${sheet}`,
  ledgerIntro: 'Check what each column holds and correct any mistakes.',
  ledgerShape: { long: 'One row per period and unit.', wide: 'One column per month.' },
  ledgerTitle: (title) => `Sheet title: ${title}`,
  monthColumns: (count, first, last) => `${count} month columns (${first} – ${last})`,
  roles: {
    period: 'Period',
    year: 'Year',
    unit: 'Unit/organisation level',
    account: 'Account',
    budget: 'Budget',
    actual: 'Actual',
    forecast: 'Forecast',
    annualBudget: 'Annual budget',
    amount: 'Amount',
    kind: 'Amount type',
    ignore: 'Not used',
  },
  rolesChanged: 'You have changed the columns; your changes are used when the follow-up is built.',
  restoreRoles: 'Restore',
  otherSheetsHeading: 'Other sheets used',
  organisationSheet: (sheet) => `Organisation: ${sheet}`,
  accountSheet: (sheet) => `Account groups: ${sheet}`,

  settingsHeading: 'Settings',
  year: 'Year',
  yearInvalid: 'Enter a year between 1900 and 2100.',
  month: 'Month',
  monthNames: ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'],
  periodLength: 'Period length',
  periodMonths: { 1: '1 month', 2: '2 months (e.g. Jun/Jul)', 3: 'Quarter (3 months)' },
  periodPreview: (label, year, from) => `Period: ${label} ${year}, year to date from ${from}.`,
  scale: 'Amounts in',
  scales: { kr: 'kr', tkr: 'tkr (thousands)', mnkr: 'mnkr (millions)' },
  sectionsLegend: 'Parts to include',
  sections: {
    keyFigures: 'Key figures',
    unitTable: 'Unit table',
    accountTable: 'Account analysis',
    resultTable: 'Result analysis',
    summary: 'Summary',
    chart: 'Chart',
  },
  sectionsNone: 'Choose at least one part.',
  parentStyle: 'Parent units',
  parentStyles: { above: 'Subtotal on the row above', below: 'Heading above and “Total …” below' },
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
  copyTable: 'Copy table',
  includeAccountTable: 'Include the account analysis',
  goToSheet: 'Go to the sheet',
  copiedText: 'The text has been copied.',
  copiedTable: 'The table has been copied. Paste it into Word.',
  copyFailed: 'Copying failed. Select the text and press Ctrl+C.',
  warningsTitle: 'Please check',
  inputErrorsTitle: 'Correct the following in the workbook (click to go to the cell)',
  errorTitle: 'Something went wrong',
  moreIssues: (count) => `… and ${count} more.`,

  followUpsHeading: 'Follow-ups in this workbook',
  noFollowUps: 'No follow-ups yet.',
  refresh: 'Refresh',
  refreshNamed: (sheet) => `Refresh ${sheet}`,
  refreshAll: 'Refresh all',
  goToNamed: (sheet) => `Go to ${sheet}`,

  announceBuilt: (sheet) => `The follow-up is ready: ${sheet}.`,
  announceRefreshed: (ok, failed) => (failed === 0 ? `${ok} refreshed.` : `${ok} refreshed, ${failed} failed.`),
  announceFailed: 'That did not work. See the error message.',
};

/** The strings of a language. */
export function stringsFor(lang: Lang): Strings {
  return lang === 'sv' ? SV : EN;
}
