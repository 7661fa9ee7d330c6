/**
 * Which columns of each table a committee document shows, and the captions: the unit table with
 * seed 004's eleven columns (unit, nine period and year-to-date figures, the forecast deviation)
 * and the comments only when one has text; the key figures as the protocol prints them; the
 * account and result tables whole.
 */
import type { FollowUp } from '../followup/computeFollowUp';
import { layoutDocumentTable, type DocumentTableInput } from './documentLayout';
import type { ColumnKind, ReportCell, ReportSection } from './model';
import { hasForecastColumns } from './unitTable';
import { reportWords } from './words';

/** Captions of the document tables. */
export interface Captions {
  /** "KLS – ekonomisk uppföljning till och med juli 2025 (tkr)". */
  readonly title: string;
  /** "KLS, t.o.m. juli 2025", after a table's own title. */
  readonly upTo: string;
}

/** The unit table's figure columns in sheet order: nine figures, then forecast and its deviation. */
const UNIT_FIGURES: readonly ColumnKind[] = ['amount', 'amount', 'amount', 'percent', 'amount', 'amount', 'amount', 'amount', 'percent'];

/** The sections with their document layout where they are tables. */
export function withDocuments(
  rows: readonly (readonly ReportCell[])[],
  sections: readonly ReportSection[],
  f: FollowUp,
  captions: Captions,
): ReportSection[] {
  return sections.map((s) => {
    const input = documentInput(rows, s, f, captions);
    return input === null ? s : { ...s, document: layoutDocumentTable(rows, input) };
  });
}

/** Whether a header is the carried comments' ("Kommentar juni", "Comment June"), in either language. */
function isPreviousCommentHeader(text: string): boolean {
  return (['sv', 'en'] as const).some((lang) => text.startsWith(`${reportWords(lang).comment} `));
}

function rowRange(from: number, to: number): number[] {
  return Array.from({ length: Math.max(0, to - from) }, (_, i) => from + i);
}

function documentInput(
  rows: readonly (readonly ReportCell[])[],
  s: ReportSection,
  f: FollowUp,
  captions: Captions,
): DocumentTableInput | null {
  const end = s.row + s.rows;
  switch (s.kind) {
    case 'keyFigures':
      return {
        caption: rows[s.row]?.[0]?.text ?? '',
        headerRow: null,
        bodyRows: rowRange(s.row + 1, end),
        columns: [{ column: 0, kind: 'label' }, { column: 1, kind: 'amount' }],
      };
    case 'unitTable': {
      const comment = s.columns - 1;
      const bodyRows = rowRange(s.row + 1, end);
      const hasText = (c: number): boolean => bodyRows.some((r) => (rows[r]?.[c]?.text ?? '') !== '');
      const columns: { column: number; kind: ColumnKind; optional?: boolean }[] = [{ column: 0, kind: 'label' }, ...UNIT_FIGURES.map((kind, i) => ({ column: i + 1, kind }))];
      if (hasForecastColumns(f)) columns.push({ column: 11, kind: 'amount' });
      // Last month's comments (a next month's follow-up) stand left of Kommentar when they have
      // text and the table fits the page with them; this month's come first.
      if (isPreviousCommentHeader(rows[s.row]?.[comment - 1]?.text ?? '') && hasText(comment - 1)) columns.push({ column: comment - 1, kind: 'comment', optional: true });
      if (hasText(comment)) columns.push({ column: comment, kind: 'comment' });
      return { caption: captions.title, headerRow: s.row, bodyRows, columns };
    }
    case 'forecastAccuracy':
    case 'accountTable':
    case 'resultTable': {
      // The forecast section's note is one row of prose, not a table.
      if (s.rows < 3) return null;
      const header = rows[s.row + 1] ?? [];
      // A table of percents (forecast accuracy in % of the annual budget) is sized as percents.
      const figure: ColumnKind = s.kind === 'forecastAccuracy' && isPercentTable(rows, s) ? 'percent' : 'amount';
      const shown = s.documentColumns ?? header.map((_, c) => c);
      const columns = shown.map((c) => ({ column: c, kind: c === 0 ? ('label' as const) : figure }));
      return { caption: `${rows[s.row]?.[0]?.text ?? ''} – ${captions.upTo}`, headerRow: s.row + 1, bodyRows: rowRange(s.row + 2, end), columns };
    }
    case 'indicators': {
      // Name, period, figures and status; the period and status never wrap (kind 'amount': as wide as their text).
      const header = rows[s.row + 1] ?? [];
      const columns = header.map((_, c) => ({ column: c, kind: (c === 0 ? 'label' : 'amount') as ColumnKind }));
      return { caption: `${rows[s.row]?.[0]?.text ?? ''} – ${captions.upTo}`, headerRow: s.row + 1, bodyRows: rowRange(s.row + 2, end), columns };
    }
    case 'changesSinceLock': {
      // A table when anything changed (title, header, rows); a title and a note otherwise.
      const header = rows[s.row + 1] ?? [];
      if (header.length < 2) return null;
      const columns = header.map((_, c) => ({ column: c, kind: (c === 0 ? 'label' : 'amount') as ColumnKind }));
      return { caption: `${rows[s.row]?.[0]?.text ?? ''} – ${captions.upTo}`, headerRow: s.row + 1, bodyRows: rowRange(s.row + 2, end), columns };
    }
    case 'title':
    case 'summary':
    case 'rowsBehind':
      return null;
  }
}

/** Whether a table section's figures are percents (its body cells formatted as percent). */
function isPercentTable(rows: readonly (readonly ReportCell[])[], s: ReportSection): boolean {
  return rowRange(s.row + 2, s.row + s.rows).some((r) => (rows[r] ?? []).some((c) => c.numberFormat.includes('%')));
}
