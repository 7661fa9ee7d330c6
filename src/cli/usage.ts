/**
 * Usage errors of the command line as values, and their words in Swedish and English: a run
 * speaks one language, the one of --lang (Swedish unless `--lang en`), wherever --lang stands.
 */
import type { Lang } from '../core/money';
import type { ThresholdError } from '../core/cycle/threshold';
import { thresholdErrorText } from '../core/cycle/thresholdWords';

/** A usage error: what was wrong on the command line (exit status 2). */
export type UsageError =
  | { readonly code: 'unknownFlag'; readonly flag: string }
  | { readonly code: 'missingValue'; readonly flag: string }
  | { readonly code: 'flagTakesNoValue'; readonly flag: string }
  | { readonly code: 'unknownCommand'; readonly command: string }
  | { readonly code: 'missingFile' }
  | { readonly code: 'unexpectedArgument'; readonly argument: string }
  | { readonly code: 'notLedgerFile'; readonly file: string }
  | { readonly code: 'missingPeriod' }
  | { readonly code: 'badPeriod'; readonly value: string }
  | { readonly code: 'badMonths'; readonly value: string }
  | { readonly code: 'monthsBeforeJanuary'; readonly months: number; readonly year: number }
  | { readonly code: 'monthsBeforeFiscalStart'; readonly months: number }
  | { readonly code: 'badFiscalStart'; readonly value: string }
  | { readonly code: 'badChoice'; readonly flag: string; readonly value: string; readonly choices: readonly string[] }
  | { readonly code: 'unknownSection'; readonly value: string; readonly choices: readonly string[] }
  | { readonly code: 'outNotXlsx'; readonly value: string }
  | { readonly code: 'outIsLedger' }
  | { readonly code: 'docxNotDocx'; readonly value: string }
  | { readonly code: 'outIsPrevious' }
  | { readonly code: 'previousNotXlsx'; readonly value: string }
  | { readonly code: 'badColumn'; readonly value: string }
  | { readonly code: 'unknownRole'; readonly role: string; readonly choices: readonly string[] }
  | { readonly code: 'unknownColumn'; readonly column: string; readonly choices: readonly string[] }
  | { readonly code: 'flagOnlyForRows'; readonly flag: string }
  | { readonly code: 'unknownUnit'; readonly unit: string; readonly choices: readonly string[] }
  | { readonly code: 'unknownGroup'; readonly group: string; readonly choices: readonly string[] }
  | { readonly code: 'flagOnlyForBuild'; readonly flag: string }
  | { readonly code: 'flagNotForDiff'; readonly flag: string }
  | { readonly code: 'missingReports' }
  | { readonly code: 'badThreshold'; readonly value: string; readonly reason: ThresholdError };

type Words = { readonly [C in UsageError['code']]: (e: Extract<UsageError, { code: C }>) => string };

/** "a, b eller c" / "a, b or c". */
function oneOf(choices: readonly string[], or: string): string {
  return choices.length < 2 ? choices.join('') : `${choices.slice(0, -1).join(', ')} ${or} ${choices.at(-1)!}`;
}

const SV: Words = {
  unknownFlag: (e) => `okänd flagga ${e.flag}`,
  missingValue: (e) => `${e.flag} behöver ett värde`,
  flagTakesNoValue: (e) => `${e.flag} tar inget värde`,
  unknownCommand: (e) => `okänt kommando "${e.command}" (prova: followup build --help)`,
  missingFile: () => 'huvudboksfilen saknas: followup build <huvudbok.xlsx|.csv> --period 2025-07',
  unexpectedArgument: (e) => `oväntat argument "${e.argument}"`,
  notLedgerFile: (e) => `"${e.file}" är inte en huvudboksfil (.xlsx, .xlsm, .csv, .txt eller .tsv)`,
  missingPeriod: () => '--period krävs, t.ex. --period 2025-07',
  badPeriod: (e) => `--period "${e.value}" är inte en månad som 2025-07`,
  badMonths: (e) => `--months ska vara ett heltal 1–12, inte "${e.value}"`,
  monthsBeforeJanuary: (e) => `--months ${e.months} går tillbaka före januari ${e.year}: perioden ska ligga inom året`,
  monthsBeforeFiscalStart: (e) => `--months ${e.months} går tillbaka före räkenskapsårets första månad: perioden ska ligga inom räkenskapsåret`,
  badFiscalStart: (e) => `--fiscal-start ska vara en månad 1–12 (4 för april), inte "${e.value}"`,
  badChoice: (e) => `${e.flag} ska vara ${oneOf(e.choices, 'eller')}, inte "${e.value}"`,
  unknownSection: (e) => `okänd del "${e.value}" (delar: ${e.choices.join(', ')})`,
  outNotXlsx: (e) => `--out ska vara en .xlsx-fil, inte "${e.value}"`,
  outIsLedger: () => '--out får inte vara huvudboken själv: huvudboken skrivs aldrig',
  docxNotDocx: (e) => `--docx ska vara en .docx-fil, inte "${e.value}"`,
  outIsPrevious: () => '--out får inte vara filen i --previous: förra månadens uppföljning skrivs aldrig över',
  previousNotXlsx: (e) => `--previous ska vara förra månadens uppföljning som Excel-arbetsbok (.xlsx), inte "${e.value}"`,
  badColumn: (e) => `--column "${e.value}" ska skrivas "Rubrik=roll", t.ex. --column "Bokfört belopp=utfall"`,
  unknownRole: (e) => `okänd roll "${e.role}" i --column (roller: ${e.choices.join(', ')})`,
  unknownUnit: (e) => `ingen enhet "${e.unit}" i uppföljningen (enheter: ${e.choices.join(', ')})`,
  unknownGroup: (e) => `ingen kontogrupp "${e.group}" (grupper: ${e.choices.join(', ')})`,
  flagOnlyForRows: (e) => `${e.flag} hör till followup rows, inte build`,
  flagOnlyForBuild: (e) => `${e.flag} hör till followup build, inte rows`,
  flagNotForDiff: (e) => `${e.flag} hör inte till followup diff (den tar --scale, --lang och --json)`,
  missingReports: () => 'två rapporter behövs: followup diff <gammal.json> <ny.json>',
  badThreshold: (e) => `--explain-over "${e.value}": ${thresholdErrorText(e.reason, 'sv')} (t.ex. --explain-over 100tkr,5%)`,
  unknownColumn: (e) => `ingen kolumn "${e.column}" i huvudboken (${e.choices.length > 0 ? `rubriker: ${e.choices.join(', ')}` : 'ingen rubrikrad hittades'})`,
};

const EN: Words = {
  unknownFlag: (e) => `unknown flag ${e.flag}`,
  missingValue: (e) => `${e.flag} needs a value`,
  flagTakesNoValue: (e) => `${e.flag} takes no value`,
  unknownCommand: (e) => `unknown command "${e.command}" (try: followup build --help)`,
  missingFile: () => 'missing the ledger file: followup build <ledger.xlsx|.csv> --period 2025-07',
  unexpectedArgument: (e) => `unexpected argument "${e.argument}"`,
  notLedgerFile: (e) => `"${e.file}" is not a ledger file (.xlsx, .xlsm, .csv, .txt or .tsv)`,
  missingPeriod: () => '--period is required, e.g. --period 2025-07',
  badPeriod: (e) => `--period "${e.value}" is not a month like 2025-07`,
  badMonths: (e) => `--months must be a whole number 1–12, not "${e.value}"`,
  monthsBeforeJanuary: (e) => `--months ${e.months} reaches back before January ${e.year}: the period must lie within the year`,
  monthsBeforeFiscalStart: (e) => `--months ${e.months} reaches back before the fiscal year's first month: the period must lie within the fiscal year`,
  badFiscalStart: (e) => `--fiscal-start must be a month 1–12 (4 for April), not "${e.value}"`,
  badChoice: (e) => `${e.flag} must be ${oneOf(e.choices, 'or')}, not "${e.value}"`,
  unknownSection: (e) => `unknown section "${e.value}" (sections: ${e.choices.join(', ')})`,
  outNotXlsx: (e) => `--out must name an .xlsx file, not "${e.value}"`,
  outIsLedger: () => '--out must not be the ledger itself: the ledger is never written',
  docxNotDocx: (e) => `--docx must name a .docx file, not "${e.value}"`,
  outIsPrevious: () => '--out must not be the file given to --previous: last month\'s follow-up is never overwritten',
  previousNotXlsx: (e) => `--previous takes last month's follow-up as an Excel workbook (.xlsx), not "${e.value}"`,
  badColumn: (e) => `--column "${e.value}" must be written "Header=role", e.g. --column "Booked amount=actual"`,
  unknownRole: (e) => `unknown role "${e.role}" in --column (roles: ${e.choices.join(', ')})`,
  unknownUnit: (e) => `no unit "${e.unit}" in the follow-up (units: ${e.choices.join(', ')})`,
  unknownGroup: (e) => `no account group "${e.group}" (groups: ${e.choices.join(', ')})`,
  flagOnlyForRows: (e) => `${e.flag} belongs to followup rows, not build`,
  flagOnlyForBuild: (e) => `${e.flag} belongs to followup build, not rows`,
  flagNotForDiff: (e) => `${e.flag} does not belong to followup diff (it takes --scale, --lang and --json)`,
  missingReports: () => 'two reports are needed: followup diff <old.json> <new.json>',
  badThreshold: (e) => `--explain-over "${e.value}": ${thresholdErrorText(e.reason, 'en')} (e.g. --explain-over 100kSEK,5%)`,
  unknownColumn: (e) => `no column "${e.column}" in the ledger (${e.choices.length > 0 ? `headers: ${e.choices.join(', ')}` : 'no header row found'})`,
};

/** The words of a usage error. */
export function usageMessage(e: UsageError, lang: Lang): string {
  const words = (lang === 'sv' ? SV : EN) as Readonly<Record<string, (e: UsageError) => string>>;
  return words[e.code]!(e);
}

/** The line under every usage error. */
export function seeHelp(lang: Lang): string {
  return lang === 'sv' ? 'Se: followup --help' : 'See: followup --help';
}
