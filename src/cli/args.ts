/** The `followup` command's arguments (node's util.parseArgs), validated into options or a usage error. */
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import type { ColumnRoleChoice } from '../core/ledger/columnChoices';
import { LEDGER_COLUMN_ROLES, ROLE_WORDS, roleOfWord } from '../core/ledger/roleNames';
import { ALL_SECTIONS, type SectionName } from '../core/report/sectionNames';
import { SCALES, type Lang, type Scale } from '../core/money';
import { isLedgerFileName } from '../io/ledgerFile';
import type { SignConvention } from '../core/followup/sign';
import { CALENDAR_START, fiscalMonth, isFiscalStart } from '../core/fiscal/fiscalYear';
import { monthOf, parseIsoMonth, yearOf } from '../core/period/month';
import type { FollowUpPeriod } from '../core/period/month';
import type { ParentStyle } from '../core/report/rows';
import type { UsageError } from './usage';
import { choiceOf, isUsageError, LANGS } from './choice';
import { DRILL_FIGURES } from '../core/drilldown/figures';
import { rowsArgs, type RowsArgs } from './rowsArgs';
import { firstGiven, OPTIONS, ROWS_FLAGS, type Values } from './flags';
import { diffArgs, type DiffArgs } from './diffArgs';
import { DEFAULT_THRESHOLD, parseThreshold, type ExplainThreshold } from '../core/cycle/threshold';

/** Options of `followup build`. */
export interface BuildArgs {
  readonly command: 'build';
  readonly input: string;
  readonly period: FollowUpPeriod;
  readonly sheet?: string;
  readonly scale: Scale;
  readonly lang: Lang;
  readonly sign?: SignConvention;
  readonly out?: string;
  readonly json?: string;
  /** The committee document to write (--docx). */
  readonly docx?: string;
  readonly organisation?: string;
  readonly parentStyle: ParentStyle;
  readonly sections: readonly SectionName[];
  readonly quiet: boolean;
  /** Column roles given with --column "Rubrik=roll", in order. */
  readonly columns: readonly ColumnRoleChoice[];
  /** A unit or parent whose YTD deviation reaches this needs a comment (--explain-over). */
  readonly threshold: ExplainThreshold;
  /** Exit 1 while rows needing a comment remain (--require-comments). */
  readonly requireComments: boolean;
  /** Rounding-reconciled display: shown parts add up to the shown sums (--reconcile-rounding). */
  readonly reconcileRounding: boolean;
  /** Last month's follow-up workbook, whose comments are carried (--previous). */
  readonly previous?: string;
  /** The forecast-accuracy section and JSON (--forecast-accuracy). */
  readonly forecastAccuracy: boolean;
}

/** What the command line asked for. */
export type CliRequest =
  | BuildArgs
  | RowsArgs
  | DiffArgs
  | { readonly command: 'help'; readonly lang: Lang }
  | { readonly command: 'version' }
  | { readonly command: 'usageError'; readonly error: UsageError; readonly lang: Lang };

/** The help text, in Swedish. */
export const HELP = `followup – månadsuppföljning av budget från huvudboksfiler (.xlsx, .csv)

Användning:
  followup build <huvudbok.xlsx|.csv> --period ÅÅÅÅ-MM [flaggor]
  followup rows <huvudbok.xlsx|.csv> --period ÅÅÅÅ-MM [--unit ENHET] [--group GRUPP] [--figure SIFFRA] [--csv]
  followup diff <gammal.json> <ny.json> [--scale kr|tkr|mnkr] [--lang sv|en] [--json FIL|-]

Flaggor:
  --period ÅÅÅÅ-MM        månaden som följs upp (krävs), t.ex. 2025-07
  --months N              periodens längd i månader (1; 2 för "jun/jul"; 3 för kvartal), standard 1
  --fiscal-start N        räkenskapsårets första månad (1–12; 4 för april), standard: som huvudboken
                          anger, annars januari
  --sheet NAMN            läs bara detta blad som huvudbok (annars alla blad som ser ut som en)
  --scale kr|tkr|mnkr     beloppsenhet i rapporten, standard tkr
  --lang sv|en            språk i rapport och meddelanden, standard sv
  --sign debit|result     teckenkonvention (debit: kostnader positiva; result: intäkter positiva);
                          standard: avläses ur data
  --org NAMN              organisationens namn i rubrik och totalrad (standard: bladets rubrik)
  --parents above|below   förälderns delsumma ovanför barnen (above) eller "Summa …" under (below)
  --sections LISTA        kommaseparerat urval av ${ALL_SECTIONS.join(',')}
  --column "RUBRIK=ROLL"  ange en kolumns roll, t.ex. --column "Bokfört belopp=utfall"; RUBRIK är
                          rubriken (eller kolumnbokstaven, t.ex. F); kan upprepas. Roller (även engelska):
                          ${LEDGER_COLUMN_ROLES.map((r) => ROLE_WORDS[r].sv).join(', ')}
  --out FIL.xlsx          skriv arbetsboken med uppföljningsbladet tillagt
  --json FIL|-            skriv rapporten som JSON till fil eller standard ut
  --docx FIL.docx         skriv nämndhandlingen som Word-dokument (A4 stående: nyckeltal, tabeller,
                          sammanfattning)
  --explain-over GRÄNS    en enhet eller förälder vars ackumulerade avvikelse (åt något håll) når
                          beloppet eller procenten av ackumulerad budget behöver en kommentar;
                          t.ex. 100tkr,5% (standard), 50000kr, 1,5mnkr eller 3%; listas på standard fel
                          (utom med --quiet eller --json -) och i JSON (needsComment)
  --require-comments      slutstatus 1 så länge någon rad behöver en kommentar (kommentarer finns
                          inte på kommandoraden: varje sådan rad räknas)
  --reconcile-rounding    avrunda så att de visade delarna summerar till den visade summan i enhets- och
                          resultattabellen (största restmetoden, högst en enhet från det exakta
                          beloppet; underrubriken säger det); JSON behåller exakta belopp
  --previous FIL.xlsx     förra periodens uppföljning (från followup build --out eller tillägget):
                          varje enhets kommentar följer med, efter enhetens sökväg, i kolumnen
                          "Kommentar <månad>" bredvid en tom Kommentar; sammanfattningens också
  --forecast-accuracy     prognossäkerhet: för ett stängt år varje månads helårsprognos mot årets
                          utfall (tkr och % av årsbudget), annars prognosförändringen sedan
                          föregående prognos; i JSON som forecastAccuracy
  --quiet                 skriv inte sammanfattningen till standard ut, och inte listan över rader
                          som behöver en kommentar
  --unit ENHET            (rows) enheten vars siffra visas, t.ex. "IT" eller "KLS / IT"; standard: totalen
  --group GRUPP           (rows) en kontogrupp, eller revenue, cost, financial
  --figure SIFFRA         (rows) ${DRILL_FIGURES.join(', ')}; standard ytdActual
  --csv                   (rows) skriv raderna som CSV i stället för en tabell

followup diff jämför två rapporter från followup build --json (t.ex. samma månad före och
efter sena bokningar): Δ utfall ackumulerat och Δ avvikelse ackumulerat per enhet, förälder och
totalen (ny minus gammal), största förändringen först; enheter som bara finns i den ena rapporten
listas som tillkomna eller borttagna (en omdöpt eller flyttad enhet gissas inte). Rapporterna ska
gälla samma organisation: minst en enhet gemensam, samma teckenkonvention och samma första månad
i räkenskapsåret; perioderna får skilja sig. --scale (standard tkr) och --lang som ovan; --json ger
skillnaden som JSON med exakta belopp i kronor.

  -h, --help              visa denna hjälp
  --version               visa versionen

Slutstatus: 0 klart, 1 fel i indata (ett per rad, med blad och cell) eller rader utan kommentar
med --require-comments, eller (diff) en fil som inte kan läsas, inte är en rapport eller gäller
en annan organisation, 2 felaktig användning, 3 internt fel.
`;

/** The help text, in English. */
export const HELP_EN = `followup – monthly budget follow-up from ledger files (.xlsx, .csv)

Usage:
  followup build <ledger.xlsx|.csv> --period YYYY-MM [flags]
  followup rows <ledger.xlsx|.csv> --period YYYY-MM [--unit UNIT] [--group GROUP] [--figure FIGURE] [--csv]
  followup diff <old.json> <new.json> [--scale kr|tkr|mnkr] [--lang sv|en] [--json FILE|-]

Flags:
  --period YYYY-MM        the month followed up (required), e.g. 2025-07
  --months N              the period's length in months (1; 2 for "Jun/Jul"; 3 for a quarter), default 1
  --fiscal-start N        the fiscal year's first month (1–12; 4 for April), default: as the ledger
                          says, else January
  --sheet NAME            read only this sheet as the ledger (else every sheet that looks like one)
  --scale kr|tkr|mnkr     amount unit in the report, default tkr
  --lang sv|en            language of the report and the messages, default sv
  --sign debit|result     sign convention (debit: costs positive; result: revenue positive);
                          default: read from the data
  --org NAME              the organisation's name in the title and total row (default: the sheet's title)
  --parents above|below   a parent's subtotal above its children (above) or "Total …" below (below)
  --sections LIST         comma-separated choice of ${ALL_SECTIONS.join(',')}
  --column "HEADER=ROLE"  give a column's role, e.g. --column "Booked amount=actual"; HEADER is the
                          header text (or the column letter, e.g. F); may be repeated. Roles (Swedish too):
                          ${LEDGER_COLUMN_ROLES.map((r) => ROLE_WORDS[r].en).join(', ')}
  --out FILE.xlsx         write the workbook with the follow-up sheet added
  --json FILE|-           write the report as JSON to a file or standard output
  --docx FILE.docx        write the committee document as a Word document (A4 portrait: key
                          figures, tables, summary)
  --explain-over LIMIT    a unit or parent whose year-to-date deviation (either way) reaches the
                          amount, or the percent of its year-to-date budget, needs a comment;
                          e.g. 100kSEK,5% (default), 50000SEK, 1.5MSEK or 3%; listed on standard error
                          (not with --quiet or --json -) and in the JSON (needsComment)
  --require-comments      exit status 1 while any row needs a comment (the command line has no
                          comments: every such row counts)
  --reconcile-rounding    round so the shown parts add up to the shown sum in the unit and result
                          tables (largest remainder method, at most one unit from the exact amount;
                          the subtitle says so); the JSON keeps exact amounts
  --previous FILE.xlsx    the previous period's follow-up (from followup build --out or the add-in):
                          each unit's comment is carried, by the unit's path, into a column
                          "Comment <month>" beside an empty Comment; the summary's too
  --forecast-accuracy     forecast accuracy: for a closed year each month's full-year forecast
                          against the year's outcome (in the scale and in % of the annual budget),
                          else the forecast change since the previous forecast; forecastAccuracy in JSON
  --quiet                 do not print the summary to standard output, nor the list of rows that
                          need a comment
  --unit UNIT             (rows) the unit whose figure is shown, e.g. "IT" or "KLS / IT"; default: the total
  --group GROUP           (rows) an account group, or revenue, cost, financial
  --figure FIGURE         (rows) ${DRILL_FIGURES.join(', ')}; default ytdActual
  --csv                   (rows) print the rows as CSV instead of a table

followup diff compares two reports of followup build --json (e.g. the same month before and
after late postings): Δ YTD actual and Δ YTD deviation per unit, parent and the total (new minus
old), largest change first; units in one report only are listed as added or removed (a renamed
or moved unit is not guessed). The reports must be the same organisation's: at least one unit
in common, the same sign convention and the same first month of the fiscal year; their periods
may differ. --scale (default tkr) and --lang as above; --json gives the difference as JSON with
exact amounts in kronor.

  -h, --help              show this help
  --version               show the version

Exit status: 0 done, 1 input errors (one per line, with sheet and cell) or rows without a comment
with --require-comments, or (diff) a file that cannot be read, is no report or is another
organisation's, 2 usage errors, 3 internal error.
`;

const SIGN_CONVENTIONS: readonly SignConvention[] = ['debit', 'result'];
const PARENT_STYLES: readonly ParentStyle[] = ['above', 'below'];

/** Parse argv (without node and the script). */
export function parseCli(argv: readonly string[]): CliRequest {
  // Not strict: every flag is read before any is judged, so --lang counts wherever it stands and
  // the errors are our own words, not node's.
  const parsed = parseArgs({ args: [...argv], allowPositionals: true, strict: false, tokens: true, options: OPTIONS });
  const lang = langOf(argv);
  const error = flagError(parsed.tokens);
  if (error !== null) return { command: 'usageError', error, lang };
  const result = buildArgs(parsed.values as Values, parsed.positionals, lang);
  return 'code' in result ? { command: 'usageError', error: result, lang } : result;
}

/**
 * The run's language, read from argv itself: a flag missing its value ("--period --lang en")
 * swallows the next argument, yet the error about it must be in the language asked for.
 */
function langOf(argv: readonly string[]): Lang {
  let lang: Lang = 'sv';
  for (let i = 0; i < argv.length && argv[i] !== '--'; i++) {
    const arg = argv[i]!;
    const value = arg === '--lang' ? argv[i + 1] : arg.startsWith('--lang=') ? arg.slice('--lang='.length) : undefined;
    if (value === 'en' || value === 'sv') lang = value;
  }
  return lang;
}

/** An unknown flag, a flag without its value, or a switch given a value. */
function flagError(tokens: NonNullable<ReturnType<typeof parseArgs>['tokens']>): UsageError | null {
  for (const t of tokens) {
    if (t.kind !== 'option') continue;
    const option = (OPTIONS as Readonly<Record<string, { type: 'string' | 'boolean' }>>)[t.name];
    if (option === undefined) return { code: 'unknownFlag', flag: t.rawName };
    // A string flag swallows the next argument even when that is a flag ("--period --quiet").
    if (option.type === 'string' && (t.value === undefined || (!t.inlineValue && t.value.startsWith('--')))) return { code: 'missingValue', flag: t.rawName };
    if (option.type === 'boolean' && t.value !== undefined) return { code: 'flagTakesNoValue', flag: t.rawName };
  }
  return null;
}

function buildArgs(v: Values, positionals: readonly string[], lang: Lang): CliRequest | UsageError {
  if (v.help) return { command: 'help', lang };
  if (v.version) return { command: 'version' };
  const [command, input, ...rest] = positionals;
  if (command === undefined) return { command: 'help', lang };
  if (command === 'diff') return diffArgs(v, positionals.slice(1), lang);
  if (command !== 'build' && command !== 'rows') return { code: 'unknownCommand', command };
  if (input === undefined) return { code: 'missingFile' };
  if (rest.length > 0) return { code: 'unexpectedArgument', argument: rest[0]! };
  if (!isLedgerFileName(input)) return { code: 'notLedgerFile', file: input };
  if (v.period === undefined) return { code: 'missingPeriod' };
  const month = parseIsoMonth(v.period);
  if (month === null) return { code: 'badPeriod', value: v.period };
  const months = v.months === undefined ? 1 : Number(v.months);
  if (!/^\d+$/.test(v.months ?? '1') || months < 1 || months > 12) return { code: 'badMonths', value: v.months ?? '' };
  const fiscalStart = v['fiscal-start'] === undefined ? undefined : Number(v['fiscal-start']);
  if (fiscalStart !== undefined && (!/^\d+$/.test(v['fiscal-start']!) || !isFiscalStart(fiscalStart))) return { code: 'badFiscalStart', value: v['fiscal-start']! };
  if (months > fiscalMonth(monthOf(month), fiscalStart ?? CALENDAR_START)) {
    return fiscalStart === undefined ? { code: 'monthsBeforeJanuary', months, year: yearOf(month) } : { code: 'monthsBeforeFiscalStart', months };
  }
  const period = { year: yearOf(month), month: monthOf(month), months, ...(fiscalStart !== undefined ? { fiscalStart } : {}) };
  const langError = choiceOf('--lang', v.lang, LANGS);
  if (isUsageError(langError)) return langError;
  const sign = choiceOf('--sign', v.sign, SIGN_CONVENTIONS);
  if (isUsageError(sign)) return sign;
  const columns = columnChoices(v.column ?? [], lang);
  if (!Array.isArray(columns)) return columns as UsageError;
  const common = { input, period, lang, columns, ...(v.sheet !== undefined ? { sheet: v.sheet } : {}), ...(sign !== undefined ? { sign } : {}) };
  if (command === 'rows') return rowsArgs(v, common);
  const rowsOnly = firstGiven(v, ROWS_FLAGS);
  if (rowsOnly !== undefined) return { code: 'flagOnlyForRows', flag: rowsOnly };
  const scale = choiceOf('--scale', v.scale ?? 'tkr', SCALES);
  if (isUsageError(scale)) return scale;
  const parentStyle = choiceOf('--parents', v.parents ?? 'above', PARENT_STYLES);
  if (isUsageError(parentStyle)) return parentStyle;
  const sections = v.sections === undefined ? ALL_SECTIONS : v.sections.split(',').map((s) => s.trim());
  const unknown = sections.find((s) => !(ALL_SECTIONS as readonly string[]).includes(s));
  if (unknown !== undefined) return { code: 'unknownSection', value: unknown, choices: ALL_SECTIONS };
  if (v.out !== undefined && !/\.xlsx$/i.test(v.out)) return { code: 'outNotXlsx', value: v.out };
  if (v.out !== undefined && resolve(v.out) === resolve(input)) return { code: 'outIsLedger' };
  if (v.docx !== undefined && !/\.docx$/i.test(v.docx)) return { code: 'docxNotDocx', value: v.docx };
  if (v.previous !== undefined && !/\.xls[xm]$/i.test(v.previous)) return { code: 'previousNotXlsx', value: v.previous };
  if (v.out !== undefined && v.previous !== undefined && resolve(v.out) === resolve(v.previous)) return { code: 'outIsPrevious' };
  const threshold = v['explain-over'] === undefined ? { ok: true as const, threshold: DEFAULT_THRESHOLD } : parseThreshold(v['explain-over']);
  if (!threshold.ok) return { code: 'badThreshold', value: v['explain-over']!, reason: threshold.error };
  return {
    command: 'build',
    ...common,
    scale,
    parentStyle,
    sections: sections as SectionName[],
    quiet: v.quiet ?? false,
    threshold: threshold.threshold,
    requireComments: v['require-comments'] ?? false,
    reconcileRounding: v['reconcile-rounding'] ?? false,
    forecastAccuracy: v['forecast-accuracy'] ?? false,
    ...(v.out !== undefined ? { out: v.out } : {}),
    ...(v.json !== undefined ? { json: v.json } : {}),
    ...(v.docx !== undefined ? { docx: v.docx } : {}),
    ...(v.org !== undefined ? { organisation: v.org } : {}),
    ...(v.previous !== undefined ? { previous: v.previous } : {}),
  };
}

/** The --column values as choices; the role in Swedish or English, whatever the run's language. */
function columnChoices(values: readonly string[], lang: Lang): ColumnRoleChoice[] | UsageError {
  const out: ColumnRoleChoice[] = [];
  for (const value of values) {
    // The last "=" splits: a header may hold one ("A=B=utfall" is header "A=B").
    const at = value.lastIndexOf('=');
    const column = value.slice(0, at).trim();
    const word = value.slice(at + 1).trim();
    if (at < 0 || column === '' || word === '') return { code: 'badColumn', value };
    const role = roleOfWord(word);
    if (role === null) return { code: 'unknownRole', role: word, choices: LEDGER_COLUMN_ROLES.map((r) => ROLE_WORDS[r][lang]) };
    out.push({ column, role });
  }
  return out;
}
