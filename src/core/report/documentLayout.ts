/**
 * How a table of the report goes into a committee document (A4 portrait, Word or Writer): which
 * columns, how wide in points, at which font size. Decided here, beside the sheet's layout, so the
 * clipboard (and a future .docx writer) only translate it.
 */
import type { ColumnKind, DocumentColumn, DocumentTable, ReportCell } from './model';
import { textUnits, unitsToPoints, type TextUnits } from './textWidth';

/** The text width of A4 portrait with Word's default 2.5 cm margins: 16 cm, in points. */
const DOCUMENT_TEXT_WIDTH = (16 / 2.54) * 72;
/** Font sizes tried, largest first; 8 pt is the smallest a committee should have to read. */
const FONT_SIZES = [9, 8.5, 8] as const;
/** Left and right padding of a document cell, and its border, in points. */
export const DOCUMENT_CELL_PADDING = 1.5;
const BORDER = 0.5;
/** Points of left padding per indent level. */
export const DOCUMENT_INDENT = 5;
/** What a word processor's measurement may differ by (fonts, kerning), kept free in each column. */
const ROOM = 1.02;

/** A table to lay out: its sheet rows and the columns chosen for documents. */
export interface DocumentTableInput {
  readonly caption: string;
  readonly headerRow: number | null;
  readonly bodyRows: readonly number[];
  /** The columns; an optional one (last month's comments) is left out when the table would not fit with it. */
  readonly columns: readonly { readonly column: number; readonly kind: ColumnKind; readonly optional?: boolean }[];
}

/**
 * Lay out a table for a document: the largest font size at which it fits the page's text width;
 * when it fits at none, without its optional columns (they never push it over the page).
 */
export function layoutDocumentTable(rows: readonly (readonly ReportCell[])[], t: DocumentTableInput): DocumentTable {
  // Each text is looked up once here, not once per font size tried.
  const texts = columnTexts(rows, t);
  const laid = layoutAtLargestSize(t, texts);
  if (fits(laid) || !t.columns.some((c) => c.optional)) return laid;
  return layoutAtLargestSize(t, texts.filter((c) => !c.optional));
}

function fits(t: DocumentTable): boolean {
  return t.columns.reduce((a, c) => a + c.width, 0) <= DOCUMENT_TEXT_WIDTH;
}

/** A column's header and filled body cells, their widths in thousandths of the font size (textUnits). */
interface ColumnTexts {
  readonly column: number;
  readonly kind: ColumnKind;
  readonly optional?: boolean;
  /** The header's longest word, bold; null without a header cell. */
  readonly headWord: number | null;
  readonly cells: readonly { readonly units: TextUnits; readonly indent: number }[];
}

function columnTexts(rows: readonly (readonly ReportCell[])[], t: DocumentTableInput): ColumnTexts[] {
  const header = t.headerRow === null ? [] : (rows[t.headerRow] ?? []);
  const body = t.bodyRows.map((r) => rows[r] ?? []);
  return t.columns.map(({ column, kind, optional }) => {
    const head = header[column];
    const cells: { units: TextUnits; indent: number }[] = [];
    for (const row of body) {
      const c = row[column];
      if (c !== undefined && c.text !== '') cells.push({ units: textUnits(c.text, c.style.bold === true), indent: (c.style.indent ?? 0) * DOCUMENT_INDENT });
    }
    return { column, kind, ...(optional === undefined ? {} : { optional }), headWord: head ? textUnits(head.text, true).longestWord : null, cells };
  });
}

function layoutAtLargestSize(t: DocumentTableInput, texts: readonly ColumnTexts[]): DocumentTable {
  let best: DocumentColumn[] = [];
  let size: number = FONT_SIZES[0];
  for (const s of FONT_SIZES) {
    best = columnWidths(texts, s);
    size = s;
    if (best.reduce((a, c) => a + c.width, 0) <= DOCUMENT_TEXT_WIDTH) break;
  }
  return { caption: t.caption, headerRow: t.headerRow, bodyRows: t.bodyRows, columns: best, fontSize: size };
}

/**
 * Each column as wide as its header's longest word and its widest figure (figures never wrap);
 * the label column takes what is left, down to its longest word (labels wrap between words).
 */
function columnWidths(texts: readonly ColumnTexts[], size: number): DocumentColumn[] {
  const pad = 2 * DOCUMENT_CELL_PADDING + BORDER;
  const measured = texts.map(({ column, kind, headWord: head, cells }) => {
    const headWord = head === null ? 0 : unitsToPoints(head, size);
    const full = Math.max(0, ...cells.map((c) => unitsToPoints(c.units.full, size) + c.indent));
    const word = Math.max(0, ...cells.map((c) => unitsToPoints(c.units.longestWord, size) + c.indent));
    const wraps = kind === 'label' || kind === 'comment';
    return { column, kind, min: Math.max(headWord, wraps ? word : full) * ROOM + pad, wanted: Math.max(headWord, full) * ROOM + pad };
  });
  const fixed = measured.filter((m) => m.kind !== 'label' && m.kind !== 'comment').reduce((a, m) => a + round(m.min), 0);
  const flexible = measured.filter((m) => m.kind === 'label' || m.kind === 'comment');
  const left = DOCUMENT_TEXT_WIDTH - fixed;
  const wanted = flexible.reduce((a, m) => a + m.wanted, 0);
  return measured.map((m) => {
    if (m.kind !== 'label' && m.kind !== 'comment') return { column: m.column, kind: m.kind, width: round(m.min) };
    // Labels and comments share what the figures leave, each at least its longest word.
    if (wanted <= left) return { column: m.column, kind: m.kind, width: round(m.wanted) };
    return { column: m.column, kind: m.kind, width: Math.max(round(m.min), roundDown((left * m.wanted) / Math.max(wanted, 1))) };
  });
}

function round(points: number): number {
  return Math.ceil(points * 4) / 4;
}

/** Rounded down, for the share of what is left (rounding up would overshoot the page). */
function roundDown(points: number): number {
  return Math.floor(points * 4) / 4;
}
