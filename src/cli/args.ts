/** The `followup` command's arguments (node's util.parseArgs), validated into options or a usage error. */
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { ALL_SECTIONS, type SectionName } from '../core/report/buildReport';
import { isScale, type Lang, type Scale } from '../core/money';
import { isSignConvention, type SignConvention } from '../core/followup/sign';
import { CALENDAR_START, fiscalMonth, isFiscalStart } from '../core/fiscal/fiscalYear';
import { monthOf, parseIsoMonth, yearOf } from '../core/period/month';
import type { FollowUpPeriod } from '../core/period/month';
import type { ParentStyle } from '../core/report/rows';

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
  readonly organisation?: string;
  readonly parentStyle: ParentStyle;
  readonly sections: readonly SectionName[];
  readonly quiet: boolean;
}

/** What the command line asked for. */
export type CliRequest = BuildArgs | { readonly command: 'help' } | { readonly command: 'version' } | { readonly command: 'usageError'; readonly message: string };

/** The help text. */
export const HELP = `followup – månadsuppföljning av budget från huvudboksfiler (.xlsx, .csv)

Användning:
  followup build <huvudbok.xlsx|.csv> --period ÅÅÅÅ-MM [flaggor]

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
  --out FIL.xlsx          skriv arbetsboken med uppföljningsbladet tillagt
  --json FIL|-            skriv rapporten som JSON till fil eller standard ut
  --quiet                 skriv inte sammanfattningen till standard ut
  -h, --help              visa denna hjälp
  --version               visa versionen

Slutstatus: 0 klart, 1 fel i indata (ett per rad, med blad och cell), 2 felaktig användning.
`;

/** Parse argv (without node and the script). */
export function parseCli(argv: readonly string[]): CliRequest {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      allowPositionals: true,
      options: {
        period: { type: 'string' },
        months: { type: 'string' },
        'fiscal-start': { type: 'string' },
        sheet: { type: 'string' },
        scale: { type: 'string' },
        lang: { type: 'string' },
        sign: { type: 'string' },
        out: { type: 'string' },
        json: { type: 'string' },
        org: { type: 'string' },
        parents: { type: 'string' },
        sections: { type: 'string' },
        quiet: { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
        version: { type: 'boolean' },
      },
    });
  } catch (e) {
    return usage(e instanceof Error ? e.message : String(e));
  }
  const v = parsed.values;
  if (v.help) return { command: 'help' };
  if (v.version) return { command: 'version' };
  const [command, input, ...rest] = parsed.positionals;
  if (command === undefined) return { command: 'help' };
  if (command !== 'build') return usage(`unknown command "${command}" (try: followup build --help)`);
  if (input === undefined) return usage('missing the ledger file: followup build <ledger.xlsx|.csv> --period 2025-07');
  if (rest.length > 0) return usage(`unexpected argument "${rest[0]}"`);
  if (!/\.(xlsx|csv|txt)$/i.test(input)) return usage(`"${input}" is not an .xlsx or .csv file`);
  if (v.period === undefined) return usage('--period is required, e.g. --period 2025-07');
  const month = parseIsoMonth(v.period);
  if (month === null) return usage(`--period "${v.period}" is not a month like 2025-07`);
  const months = v.months === undefined ? 1 : Number(v.months);
  if (!Number.isInteger(months) || months < 1 || months > 12) return usage(`--months must be a whole number 1–12, not "${v.months}"`);
  const fiscalStart = v['fiscal-start'] === undefined ? undefined : Number(v['fiscal-start']);
  if (fiscalStart !== undefined && !isFiscalStart(fiscalStart)) return usage(`--fiscal-start must be a month 1–12 (4 for April), not "${v['fiscal-start']}"`);
  if (months > fiscalMonth(monthOf(month), fiscalStart ?? CALENDAR_START)) {
    const start = fiscalStart === undefined ? `January of ${yearOf(month)}` : 'the start of the fiscal year';
    return usage(`--months ${months} reaches back before ${start}: the period must lie within the year`);
  }
  const scale = v.scale ?? 'tkr';
  if (!isScale(scale)) return usage(`--scale must be kr, tkr or mnkr, not "${scale}"`);
  const lang = v.lang ?? 'sv';
  if (lang !== 'sv' && lang !== 'en') return usage(`--lang must be sv or en, not "${lang}"`);
  if (v.sign !== undefined && !isSignConvention(v.sign)) return usage(`--sign must be debit or result, not "${v.sign}"`);
  const parentStyle = v.parents ?? 'above';
  if (parentStyle !== 'above' && parentStyle !== 'below') return usage(`--parents must be above or below, not "${parentStyle}"`);
  const sections = v.sections === undefined ? ALL_SECTIONS : v.sections.split(',').map((s) => s.trim());
  const unknown = sections.find((s) => !(ALL_SECTIONS as readonly string[]).includes(s));
  if (unknown !== undefined) return usage(`unknown section "${unknown}" (sections: ${ALL_SECTIONS.join(', ')})`);
  if (v.out !== undefined && !/\.xlsx$/i.test(v.out)) return usage(`--out must name an .xlsx file, not "${v.out}"`);
  if (v.out !== undefined && resolve(v.out) === resolve(input)) return usage('--out must not be the ledger itself: the ledger is never written');
  return {
    command: 'build',
    input,
    period: { year: yearOf(month), month: monthOf(month), months, ...(fiscalStart !== undefined ? { fiscalStart } : {}) },
    scale,
    lang,
    parentStyle,
    sections: sections as SectionName[],
    quiet: v.quiet ?? false,
    ...(v.sheet !== undefined ? { sheet: v.sheet } : {}),
    ...(v.sign !== undefined ? { sign: v.sign as SignConvention } : {}),
    ...(v.out !== undefined ? { out: v.out } : {}),
    ...(v.json !== undefined ? { json: v.json } : {}),
    ...(v.org !== undefined ? { organisation: v.org } : {}),
  };
}

function usage(message: string): CliRequest {
  return { command: 'usageError', message };
}
