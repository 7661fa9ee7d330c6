/**
 * Last month's follow-up read back from its sheet's cells (for `followup build --previous`): a
 * workbook the command line or the add-in wrote, perhaps saved by Excel since, so nothing but what
 * the sheet shows is relied on. The report model's own words find it: the unit table's header row
 * ("Enhet" … "Kommentar"), the title (organisation, month and year), the total row, and each row's
 * indent, which gives its depth, so every comment is keyed by its unit's path as the add-in keys it.
 */
import type { Cell } from '../grid/grid';
import { unitKey } from '../ledger/ledger';
import type { Lang } from '../money';
import { SUMMARY_COMMENT_KEY } from '../report/rows';
import { monthName, reportWords, shortMonthName } from '../report/words';
import type { PeriodEnd } from './nextMonth';

/** A sheet's cells and the indent level of its column-A cells (0 where none). */
export interface SheetCells {
  readonly name: string;
  readonly rows: readonly (readonly Cell[])[];
  readonly indent: (row: number) => number;
}

/** A follow-up found in a sheet. */
export interface PreviousFollowUp {
  readonly sheet: string;
  readonly lang: Lang;
  /** The organisation as its total row names it. */
  readonly organisation: string;
  readonly period: PeriodEnd;
  /** The comment key of every row of its unit table (paths of units and parents). */
  readonly keys: readonly string[];
  /** What was typed, by comment key (a unit's path, or "summary"). */
  readonly comments: ReadonlyMap<string, string>;
}

const LANGS: readonly Lang[] = ['sv', 'en'];
const text = (c: Cell | undefined): string => (typeof c === 'string' ? c.trim() : '');

/** The follow-up in a sheet, or null when the sheet is none (no unit table with a comment column, no title month). */
export function readPreviousFollowUp(sheet: SheetCells): PreviousFollowUp | null {
  for (const lang of LANGS) {
    const w = reportWords(lang);
    const header = sheet.rows.findIndex((r) => text(r[0]) === w.unit && r.some((c) => text(c) === w.comment));
    if (header < 0) continue;
    const period = periodOf(text(sheet.rows[0]?.[0]), text(sheet.rows[header]?.[1]), lang);
    const table = tableOf(sheet, header, lang);
    if (period === null || table === null) continue;
    return { sheet: sheet.name, lang, period, ...table };
  }
  return null;
}

/** The month and year the title ends its period with, and the period's length from the first figure header ("Budget jun/jul"). */
function periodOf(title: string, firstHeader: string, lang: Lang): PeriodEnd | null {
  const names = Array.from({ length: 12 }, (_, i) => monthName(i + 1, lang).toLowerCase());
  const found = [...title.toLowerCase().matchAll(new RegExp(`(${names.join('|')}) (\\d{4})`, 'g'))].at(-1);
  if (!found) return null;
  const month = names.indexOf(found[1]!) + 1;
  const label = firstHeader.slice(reportWords(lang).budget.length).trim();
  return { year: Number(found[2]), month, months: monthsOf(label, lang) };
}

/** How many months a period label spans: "juli" 1, "jun/jul" 2, "maj–jul" 3. */
function monthsOf(label: string, lang: Lang): number {
  if (label.includes('/')) return 2;
  const span = /^(\S+)–(\S+)$/.exec(label);
  if (!span) return 1;
  const short = Array.from({ length: 12 }, (_, i) => shortMonthName(i + 1, lang));
  const from = short.indexOf(span[1]!);
  const to = short.indexOf(span[2]!);
  return from < 0 || to < 0 ? 1 : ((to - from + 12) % 12) + 1;
}

/**
 * The unit table's rows below the header, to the first empty row: the last is the total. Depth
 * comes from the indent; a row without figures opens a parent (subtotals below), "Summa X" closes
 * it, "X, övrigt" is a parent's own rows.
 */
function tableOf(sheet: SheetCells, header: number, lang: Lang): Omit<PreviousFollowUp, 'sheet' | 'lang' | 'period'> | null {
  const w = reportWords(lang);
  const commentColumn = sheet.rows[header]!.findIndex((c) => text(c) === w.comment);
  let end = header + 1;
  while (text(sheet.rows[end]?.[0]) !== '') end++;
  const totalLabel = text(sheet.rows[end - 1]?.[0]);
  const totalPrefix = w.totalRow('');
  if (end - 1 <= header || !totalLabel.startsWith(totalPrefix)) return null;
  const stack: string[] = [];
  const keys: string[] = [];
  const comments = new Map<string, string>();
  for (let r = header + 1; r < end; r++) {
    const key = r === end - 1 ? '#total' : rowKeyOf(sheet, r, stack, lang);
    keys.push(key);
    const comment = sheet.rows[r]?.[commentColumn];
    if (typeof comment === 'string' && comment.trim() !== '') comments.set(key, comment);
  }
  const summary = summaryComment(sheet, end, lang);
  if (summary !== null) comments.set(SUMMARY_COMMENT_KEY, summary);
  return { organisation: totalLabel.slice(totalPrefix.length).trim(), keys, comments };
}

/** A row's comment key, keeping `stack` (the open parents by depth) current. */
function rowKeyOf(sheet: SheetCells, r: number, stack: string[], lang: Lang): string {
  const w = reportWords(lang);
  const label = text(sheet.rows[r]?.[0]);
  const depth = Math.min(sheet.indent(r), stack.length);
  const parent = stack[depth - 1];
  const path = (upTo: number, last?: string): string => unitKey(last === undefined ? stack.slice(0, upTo) : [...stack.slice(0, upTo), last]);
  if (stack[depth] !== undefined && label === w.sumRow(stack[depth])) return `${path(depth + 1)}#sum`;
  if (parent !== undefined && label === w.ownRows(parent)) return `${path(depth)}#own`;
  stack.length = depth;
  stack.push(label);
  return path(depth + 1);
}

/** The summary's comment: the cell above the note saying where to type it. */
function summaryComment(sheet: SheetCells, from: number, lang: Lang): string | null {
  const note = reportWords(lang).summaryComment;
  for (let r = from; r < sheet.rows.length; r++) {
    if (text(sheet.rows[r]?.[0]) !== note) continue;
    const above = sheet.rows[r - 1]?.[0];
    return typeof above === 'string' && above.trim() !== '' ? above : null;
  }
  return null;
}
