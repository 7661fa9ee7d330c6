/**
 * `followup build --previous last-month.xlsx`: last month's follow-up read from its workbook (one
 * the command line or the add-in wrote), checked to be the period before this one and of the same
 * organisation, its comments carried as the add-in's Nästa månad carries them.
 */
import { isPreviousPeriod } from '../core/cycle/nextMonth';
import type { PreviousFollowUp } from '../core/cycle/previousFollowUp';
import { fiscalWindow } from '../core/fiscal/fiscalYear';
import type { FollowUp } from '../core/followup/computeFollowUp';
import type { SheetName } from '../core/grid/grid';
import { issueMessage } from '../core/i18n/issues';
import { anError, type IssueCode } from '../core/issues/issue';
import { unitKey } from '../core/ledger/ledger';
import type { Lang } from '../core/money';
import { monthKey, monthOf, yearOf, type FollowUpPeriod, type MonthKey } from '../core/period/month';
import { monthName, periodLabel, periodText } from '../core/report/words';
import { asFileProblem } from '../io/fileProblem';
import { fileProblemMessage } from '../io/fileProblemText';

/** The previous follow-up, or the message saying why the file gives none. */
export type PreviousRead = { readonly ok: true; readonly previous: PreviousFollowUp; readonly source: string } | { readonly ok: false; readonly message: string };

/** Read the follow-up before `period` from `file`: of its follow-ups, the one of the period before. */
export async function readPrevious(file: string, period: FollowUpPeriod, lang: Lang): Promise<PreviousRead> {
  let found: PreviousFollowUp[];
  try {
    // Loaded only when asked for: its zip reader is a few hundred modules a plain run need not start.
    const { readFollowUpsOfFile } = await import('../xlsx/readFollowUpSheets');
    found = await readFollowUpsOfFile(file);
  } catch (e) {
    return { ok: false, message: fileProblemMessage(asFileProblem(e), file, lang) };
  }
  const message = (code: IssueCode, where: string, params: Record<string, string> = {}): PreviousRead => ({
    ok: false,
    message: issueMessage(anError(code, { sheet: where as SheetName }, params), lang, 'cli'),
  });
  if (found.length === 0) return message('previousNotFollowUp', file);
  const previous = found.find((f) => isPreviousPeriod(f.period, period));
  if (previous) return { ok: true, previous, source: `${file}, ${previous.sheet}` };
  const last = found.at(-1)!;
  const wanted = (monthKey(period.year, period.month) - fiscalWindow(period).months) as MonthKey;
  return message('previousNotPreviousPeriod', `${file}, ${last.sheet}`, {
    found: `${periodLabel(last.period.month, last.period.months, lang)} ${last.period.year}`,
    period: periodText(period, lang),
    wanted: `${monthName(monthOf(wanted), lang)} ${yearOf(wanted)}`,
  });
}

/**
 * Whether the previous follow-up is of the organisation followed up now: at least one unit or
 * parent path in common (as `followup diff` judges two reports); null when it is, else the message.
 */
export function otherOrganisation(read: { previous: PreviousFollowUp; source: string }, f: FollowUp, organisation: string, lang: Lang): string | null {
  const paths = new Set(f.organisation.nodes.map((n) => unitKey(n.path)));
  const previousPaths = read.previous.keys.map((k) => k.split('#')[0]!).filter((k) => k !== '');
  if (paths.size === 0 || previousPaths.length === 0 || previousPaths.some((p) => paths.has(p))) return null;
  const issue = anError('previousOtherOrganisation', { sheet: read.source as SheetName }, { other: read.previous.organisation, organisation });
  return issueMessage(issue, lang, 'cli');
}
