/**
 * An input error's issues grouped for reading: cells of one kind in one column of one sheet
 * become one line with their ranges ("40 celler i kolumn G (Redovisning) innehåller text:
 * G600–G639"), linked to the group's first cell. Every group is shown, so every problem can be
 * reached (a cap of 30 lines used to hide the rest behind "… och 10 till").
 */
import { errorMessages, type AppError } from '../../../app/errors';
import type { Lang, Strings } from '../../strings';

/** One line of the error: its text, and the cell a click selects (null: nothing to select). */
export interface IssueLine {
  readonly text: string;
  readonly address: string | null;
}

/** The header of a sheet's column given by letters ("G"), or null when unknown. */
export type ColumnHeader = (sheet: string, column: string) => string | null;

/** A cell address split into sheet part (as written, quotes kept), column letters and row. */
interface CellRef {
  readonly sheetPart: string;
  readonly sheet: string;
  readonly column: string;
  readonly row: number;
}

/** "'Utfall 2025'!G600" → sheet, G, 600; null for anything that is not one cell. */
export function parseCellRef(address: string): CellRef | null {
  const at = address.lastIndexOf('!');
  const sheetPart = at < 0 ? '' : address.slice(0, at);
  const m = /^\$?([A-Z]{1,3})\$?(\d+)$/.exec(address.slice(at + 1));
  if (!m) return null;
  const sheet = sheetPart.startsWith("'") && sheetPart.endsWith("'") ? sheetPart.slice(1, -1).replace(/''/g, "'") : sheetPart;
  return { sheetPart, sheet, column: m[1]!, row: Number(m[2]) };
}

/** Runs of cells listed before "…": the count says how many there are, the first cell is a click away. */
const MAX_RUNS = 8;

/** Rows as ranges of a column: "G600–G639, G645"; after eight runs, "…". */
export function cellRanges(column: string, rows: readonly number[]): string {
  const sorted = [...new Set(rows)].sort((a, b) => a - b);
  const runs: [number, number][] = [];
  for (const r of sorted) {
    const run = runs[runs.length - 1];
    if (run && r === run[1] + 1) run[1] = r;
    else runs.push([r, r]);
  }
  const shown = runs.slice(0, MAX_RUNS).map(([a, b]) => (a === b ? `${column}${a}` : `${column}${a}–${column}${b}`));
  return runs.length > MAX_RUNS ? `${shown.join(', ')} …` : shown.join(', ');
}

interface Group {
  readonly key: string;
  readonly ref: CellRef;
  readonly code: string;
  readonly first: { readonly text: string; readonly address: string };
  readonly rows: number[];
}

/** The lines of an error, issues of one kind in one column grouped, in order of first appearance. */
export function issueLines(error: AppError, lang: Lang, s: Strings, header: ColumnHeader): IssueLine[] {
  const texts = errorMessages(error, lang);
  if (error.kind !== 'input') return texts.map((text) => ({ text, address: null }));
  // errorMessages lists an input error's error-severity issues in order, one line each.
  const issues = error.issues.filter((i) => i.severity === 'error');
  const out: (IssueLine | Group)[] = [];
  const groups = new Map<string, Group>();
  issues.forEach((issue, i) => {
    const text = texts[i] ?? '';
    const ref = issue.address === undefined ? null : parseCellRef(issue.address);
    if (issue.address === undefined || ref === null) {
      out.push({ text, address: issue.address ?? null });
      return;
    }
    const key = `${ref.sheet}\u001f${ref.column}\u001f${issue.code}`;
    const group = groups.get(key);
    if (group) group.rows.push(ref.row);
    else {
      const g: Group = { key, ref, code: issue.code, first: { text, address: issue.address }, rows: [ref.row] };
      groups.set(key, g);
      out.push(g);
    }
  });
  const sheets = new Set([...groups.values()].map((g) => g.ref.sheet));
  return out.map((item) => ('key' in item ? groupLine(item, s, header, sheets.size > 1) : item));
}

function groupLine(g: Group, s: Strings, header: ColumnHeader, nameSheet: boolean): IssueLine {
  if (g.rows.length === 1) return g.first;
  // The first issue's own words, without its cell, for kinds the pane has no phrase for.
  const own = g.first.text.slice(g.first.text.indexOf(': ') + 2);
  const kind = s.issueKinds[g.code] ?? s.issueKindOther(own);
  const text = s.issueGroup(g.rows.length, g.ref.column, header(g.ref.sheet, g.ref.column), kind, cellRanges(g.ref.column, g.rows));
  return { text: nameSheet ? `${g.ref.sheet}: ${text}` : text, address: g.first.address };
}
