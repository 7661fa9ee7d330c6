/**
 * Sections of a report as clipboard content, for pasting into committee documents: HTML tables
 * with inline styles that Word keeps (Word drops style sheets and classes of pasted fragments
 * unreliably, but keeps inline styles), and tab-separated text for everything else.
 *
 * A table section (key figures, unit, account and result tables) is translated from the layout the
 * report model chose for documents (clipboardDocument.ts: columns, widths, caption, header row).
 * In other sections a one-cell row (a section title, a summary paragraph) becomes a paragraph and
 * rows of several cells become table rows. Every text is HTML-escaped: a unit called "<script>" or "=HYPERLINK(…)"
 * arrives as text, and text cells that Excel would read as a formula are marked as text for a
 * paste into Excel (mso-number-format, which Word ignores).
 */
import { colourCss, documentTableHtml, documentTableText, emphasisCss, fillCss, FORMULA_START, textHtml } from './clipboardDocument';
import type { ReportCell, ReportSection, ReportSheet } from './model';

export { escapeHtml } from './clipboardDocument';

/** The kinds of section a caller may copy. */
export type SectionKind = ReportSection['kind'];

/** Points of left padding per indent level (Excel's IndentLevel is about three characters). */
const INDENT_POINTS = 9;
/** Padding of every table cell, in points. */
const CELL_PADDING = '1pt 4pt';

/** What goes on the clipboard: HTML for word processors, tab-separated text for everything else. */
export interface ClipboardContent {
  readonly html: string;
  readonly text: string;
}

/** The unit table as a committee document wants it (seed 004's columns, caption, repeating header). */
export function copyUnitTable(report: ReportSheet): ClipboardContent {
  return copySections(report, ['unitTable']);
}

/** The key figures as the committee protocol prints them ("Ekonomisk uppföljning över … (tkr)"). */
export function copyKeyFigures(report: ReportSheet): ClipboardContent {
  return copySections(report, ['keyFigures']);
}

/** The account-group table ("Analys av utfall") on its own. */
export function copyAccountTable(report: ReportSheet): ClipboardContent {
  return copySections(report, ['accountTable']);
}

/** Chosen sections as HTML and text. */
export function copySections(report: ReportSheet, kinds: readonly SectionKind[]): ClipboardContent {
  return { html: sectionsToHtml(report, kinds), text: sectionsToText(report, kinds) };
}

/** A block of a section: a paragraph (one-cell row) or a run of table rows. */
type Block =
  | { readonly kind: 'paragraph'; readonly row: number; readonly cell: ReportCell }
  | { readonly kind: 'table'; readonly rows: readonly number[] };

/** The chosen sections of a report as HTML: paragraphs and tables with inline styles. */
export function sectionsToHtml(report: ReportSheet, kinds: readonly SectionKind[]): string {
  const spans = mergeSpans(report);
  const font = fontFamily(report.font.name);
  const parts = chosenSections(report, kinds).map((section) =>
    section.document
      ? documentTableHtml(report, section.document, font)
      : blocksOf(report, section)
      .map((block) => (block.kind === 'paragraph' ? paragraphHtml(block.cell, report, font) : tableHtml(report, block.rows, spans, font)))
      // Word joins adjacent tables into one unless a paragraph separates them.
      .join(SPACER),
  );
  return `<div style="font-family:${font};font-size:${report.font.size}pt">${parts.join(SPACER)}</div>`;
}

/** The chosen sections of a report as text: one line per row, cells separated by tabs. */
export function sectionsToText(report: ReportSheet, kinds: readonly SectionKind[]): string {
  return chosenSections(report, kinds)
    .map((section) =>
      section.document
        ? documentTableText(report, section.document, textCellOf)
        : rowsOf(section)
        .map((r) => report.rows[r] ?? [])
        .filter((row) => !isEmptyRow(row))
        .map((row) => trimEnd(row.map(textCellOf)).join('\t'))
        .join('\n'),
    )
    .join('\n\n');
}

/**
 * A cell as plain text. Ledger text that a spreadsheet would take for a formula ("=HYPERLINK(…)",
 * "@SUM", "+46") gets a leading apostrophe, the spreadsheet's own mark for "this is text".
 */
function textCellOf(cell: ReportCell): string {
  const text = plainText(cell.text);
  return typeof cell.value === 'string' && FORMULA_START.test(text) ? `'${text}` : text;
}

const SPACER = '<p style="margin:0">&nbsp;</p>';

function chosenSections(report: ReportSheet, kinds: readonly SectionKind[]): readonly ReportSection[] {
  return report.sections.filter((s) => kinds.includes(s.kind));
}

function rowsOf(section: ReportSection): number[] {
  return Array.from({ length: section.rows }, (_, i) => section.row + i);
}

function isEmptyRow(row: readonly ReportCell[]): boolean {
  return row.every((cell) => cell.text === '');
}

function blocksOf(report: ReportSheet, section: ReportSection): Block[] {
  const blocks: Block[] = [];
  let table: number[] = [];
  const endTable = (): void => {
    if (table.length > 0) blocks.push({ kind: 'table', rows: table });
    table = [];
  };
  for (const r of rowsOf(section)) {
    const row = report.rows[r] ?? [];
    if (isEmptyRow(row)) {
      endTable();
    } else if (row.length === 1) {
      endTable();
      blocks.push({ kind: 'paragraph', row: r, cell: row[0]! });
    } else {
      table.push(r);
    }
  }
  endTable();
  return blocks;
}

/** Column spans of merged cells, keyed "row:column", and the cells they cover. */
interface Spans {
  readonly span: ReadonlyMap<string, number>;
  readonly covered: ReadonlySet<string>;
}

function mergeSpans(report: ReportSheet): Spans {
  const span = new Map<string, number>();
  const covered = new Set<string>();
  for (const m of report.merges) {
    if (m.rows !== 1 || m.columns < 2) continue;
    span.set(`${m.row}:${m.column}`, m.columns);
    for (let c = m.column + 1; c < m.column + m.columns; c++) covered.add(`${m.row}:${c}`);
  }
  return { span, covered };
}

function paragraphHtml(cell: ReportCell, report: ReportSheet, font: string): string {
  const css = [
    'margin:0 0 4pt 0',
    `font-family:${font}`,
    `font-size:${cell.style.fontSize ?? report.font.size}pt`,
    ...emphasisCss(cell.style),
    ...fillCss(cell.style),
  ];
  return `<p style="${css.join(';')}">${textHtml(cell.text)}</p>`;
}

function tableHtml(report: ReportSheet, rows: readonly number[], spans: Spans, font: string): string {
  const width = Math.max(...rows.map((r) => (report.rows[r] ?? []).length));
  const body = rows
    .map((r) => {
      const row = report.rows[r] ?? [];
      const cells: string[] = [];
      for (let c = 0; c < width; c++) {
        if (spans.covered.has(`${r}:${c}`)) continue;
        const span = Math.min(spans.span.get(`${r}:${c}`) ?? 1, width - c);
        cells.push(cellHtml(row[c] ?? null, span, report, font));
      }
      return `<tr>${cells.join('')}</tr>`;
    })
    .join('');
  return `<table style="border-collapse:collapse;font-family:${font};font-size:${report.font.size}pt">${body}</table>`;
}

function cellHtml(cell: ReportCell | null, span: number, report: ReportSheet, font: string): string {
  const colspan = span > 1 ? ` colspan="${span}"` : '';
  if (cell === null) return `<td${colspan} style="padding:${CELL_PADDING}"></td>`;
  const s = cell.style;
  const isNumber = typeof cell.value === 'number';
  const css = [
    `font-family:${font}`,
    `font-size:${s.fontSize ?? report.font.size}pt`,
    `padding:${CELL_PADDING}`,
    ...(s.indent ? [`padding-left:${4 + s.indent * INDENT_POINTS}pt`] : []),
    ...emphasisCss(s),
    ...fillCss(s),
    ...colourCss(cell),
    s.border ? 'border:0.5pt solid #000000' : 'border:none',
    ...(s.topRule ? ['border-top:1pt solid #000000'] : []),
    `text-align:${s.horizontal ?? (isNumber ? 'right' : 'left')}`,
    `vertical-align:${s.vertical === 'center' ? 'middle' : (s.vertical ?? 'bottom')}`,
    ...(isNumber ? ['white-space:nowrap'] : []),
    ...(typeof cell.value === 'string' && FORMULA_START.test(cell.text) ? ['mso-number-format:&quot;\\@&quot;'] : []),
  ];
  return `<td${colspan} style="${css.join(';')}">${textHtml(cell.text)}</td>`;
}

/** A CSS font-family value: the report's font (quoted, only safe characters), then a fallback. */
function fontFamily(name: string): string {
  const safe = name.replace(/[^\w -]/g, '').trim();
  return safe === '' ? 'sans-serif' : `'${safe}',sans-serif`;
}

/** Cell text on one line without tabs, so the tab-separated rows stay rectangular. */
function plainText(text: string): string {
  return text.replace(/[\t\r\n]+/g, ' ');
}

function trimEnd(cells: string[]): string[] {
  let end = cells.length;
  while (end > 0 && cells[end - 1] === '') end--;
  return cells.slice(0, end);
}
