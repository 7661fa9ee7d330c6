/** The words of `followup diff`, in Swedish and English: its table, and why a file or a pair of reports cannot be compared. */
import type { DiffMismatch, RowStatus, SnapshotPeriod } from '../core/cycle/reportDiff';
import { scaleWord, type Lang, type Scale } from '../core/money';

/** Why a report file cannot be used. */
export type ReportFileProblem =
  | { readonly problem: 'missing' | 'folder' | 'noPermission' | 'unreadable' | 'notJson' }
  | { readonly problem: 'notAReport'; readonly where: string };

/** What the diff table says, in one language. */
export interface DiffWords {
  readonly title: (old: SnapshotPeriod, now: SnapshotPeriod, scale: Scale) => string;
  readonly headers: readonly [string, string, string, string];
  readonly total: string;
  readonly status: Readonly<Record<RowStatus, string>>;
  readonly noChanges: string;
  readonly unchanged: (n: number) => string;
  readonly fileProblem: (p: ReportFileProblem) => string;
  readonly mismatch: (m: DiffMismatch) => string;
  readonly cannotWrite: string;
}

/** "2025-07", "2025-06–2025-07" for a two-month period. */
function periodText(p: SnapshotPeriod): string {
  const iso = (y: number, m: number): string => `${y}-${String(m).padStart(2, '0')}`;
  if (p.months <= 1) return iso(p.year, p.month);
  const first = p.year * 12 + p.month - 1 - (p.months - 1);
  return `${iso(Math.floor(first / 12), (first % 12) + 1)}–${iso(p.year, p.month)}`;
}

const sign = (s: 'debit' | 'result', lang: Lang): string =>
  lang === 'sv' ? (s === 'debit' ? 'kostnader positiva (debit)' : 'intäkter positiva (result)') : s === 'debit' ? 'costs positive (debit)' : 'revenue positive (result)';

const SV: DiffWords = {
  title: (o, n, scale) => `Förändring från ${periodText(o)} till ${periodText(n)} (ny minus gammal, ${scaleWord(scale, 'sv')})`,
  headers: ['Enhet', 'Δ Utfall ack.', 'Δ Avvikelse ack.', ''],
  total: 'Totalt',
  status: { both: '', added: 'tillkommen', removed: 'borttagen' },
  noChanges: 'Inga förändringar.',
  unchanged: (n) => `${n} ${n === 1 ? 'rad oförändrad' : 'rader oförändrade'}.`,
  fileProblem: (p) => {
    switch (p.problem) {
      case 'missing': return 'filen finns inte';
      case 'folder': return 'det är en mapp, inte en fil; ange en rapport från followup build --json';
      case 'noPermission': return 'du saknar behörighet att läsa filen';
      case 'unreadable': return 'filen kan inte läsas';
      case 'notJson': return 'filen är inte JSON; ange en rapport från followup build --json';
      case 'notAReport': return `filen är ingen rapport från followup build --json (${p.where} saknas eller är fel)`;
    }
  },
  mismatch: (m) => {
    switch (m.mismatch) {
      case 'noCommonUnits': return 'rapporterna har ingen enhet gemensam: de gäller olika organisationer (eller är hela trädet omdöpt?) och jämförs inte';
      case 'signDiffers': return `rapporterna har olika teckenkonvention (gammal: ${sign(m.old, 'sv')}, ny: ${sign(m.new, 'sv')}): bygg om den ena med --sign ${m.new === 'debit' ? 'debit' : 'result'}`;
      case 'fiscalStartDiffers': return `rapporterna har olika räkenskapsår (första månad ${m.old} och ${m.new}): deras ackumulerade belopp går inte att jämföra`;
    }
  },
  cannotWrite: 'kan inte skrivas',
};

const EN: DiffWords = {
  title: (o, n, scale) => `Change from ${periodText(o)} to ${periodText(n)} (new minus old, ${scaleWord(scale, 'en')})`,
  headers: ['Unit', 'Δ YTD actual', 'Δ YTD deviation', ''],
  total: 'Total',
  status: { both: '', added: 'added', removed: 'removed' },
  noChanges: 'No changes.',
  unchanged: (n) => `${n} ${n === 1 ? 'row' : 'rows'} unchanged.`,
  fileProblem: (p) => {
    switch (p.problem) {
      case 'missing': return 'the file does not exist';
      case 'folder': return 'this is a folder, not a file; name a report of followup build --json';
      case 'noPermission': return 'you have no permission to read the file';
      case 'unreadable': return 'the file cannot be read';
      case 'notJson': return 'the file is not JSON; name a report of followup build --json';
      case 'notAReport': return `the file is no report of followup build --json (${p.where} is missing or wrong)`;
    }
  },
  mismatch: (m) => {
    switch (m.mismatch) {
      case 'noCommonUnits': return 'the reports have no unit in common: they are different organisations’ (or is the whole tree renamed?) and are not compared';
      case 'signDiffers': return `the reports have different sign conventions (old: ${sign(m.old, 'en')}, new: ${sign(m.new, 'en')}): rebuild one with --sign ${m.new === 'debit' ? 'debit' : 'result'}`;
      case 'fiscalStartDiffers': return `the reports have different fiscal years (first month ${m.old} and ${m.new}): their year-to-date amounts cannot be compared`;
    }
  },
  cannotWrite: 'cannot be written',
};

/** The diff's words in a language. */
export function diffWords(lang: Lang): DiffWords {
  return lang === 'sv' ? SV : EN;
}
