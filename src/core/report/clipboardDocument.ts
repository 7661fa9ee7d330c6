/**
 * A table section as a committee document gets it from the clipboard, translated from the
 * model's DocumentTable: a caption (organisation, period, unit), explicit column widths in points
 * that add up to no more than A4 portrait's text width, the header row in <thead> of <th> cells
 * (a word processor repeats it on every page), figures that never wrap, headers and labels that
 * wrap between words only. Inline styles only: Word keeps them, and drops style sheets.
 */
import { DOCUMENT_CELL_PADDING, DOCUMENT_INDENT } from './documentLayout';
import type { CellStyle, DocumentTable, ReportCell, ReportSheet } from './model';

/** Excel's [Red] in a number format. */
const RED = 'FF0000';
/** Text Excel would read as a formula when pasted. */
export const FORMULA_START = /^[=+\-@\t\r\uFF1D]/;
/** CSS pixels per point, for the width attributes older importers read. */
const PX_PER_PT = 4 / 3;

/** The table as HTML. */
export function documentTableHtml(report: ReportSheet, t: DocumentTable, font: string): string {
  const width = t.columns.reduce((a, c) => a + c.width, 0);
  const cols = t.columns.map((c) => `<col width="${Math.round(c.width * PX_PER_PT)}" style="width:${c.width}pt">`).join('');
  const header = t.headerRow === null ? null : (report.rows[t.headerRow] ?? []);
  const head = header === null ? '' : `<thead><tr>${t.columns.map((c) => cellHtml('th', header[c.column] ?? null, t, font)).join('')}</tr></thead>`;
  const body = t.bodyRows
    .map((r) => report.rows[r] ?? [])
    .map((row) => `<tr>${t.columns.map((c) => cellHtml('td', row[c.column] ?? null, t, font)).join('')}</tr>`)
    .join('');
  const tableCss = [`width:${width}pt`, 'border-collapse:collapse', 'table-layout:fixed', `font-family:${font}`, `font-size:${t.fontSize}pt`];
  const captionCss = ['text-align:left', 'font-weight:bold', `font-family:${font}`, `font-size:${t.fontSize + 1}pt`, 'padding:0 0 3pt 0'];
  return (
    `<table width="${Math.round(width * PX_PER_PT)}" cellspacing="0" cellpadding="0" style="${tableCss.join(';')}">` +
    // The span carries the caption's font too: Writer styles a <caption> itself but keeps a span's style.
    `<caption align="left" style="${captionCss.join(';')}"><span style="${captionCss.slice(1, 4).join(';')}">${textHtml(t.caption)}</span></caption>` +
    `<colgroup>${cols}</colgroup>${head}<tbody>${body}</tbody></table>`
  );
}

/**
 * The table as tab-separated text: the header and the rows of the chosen columns (a paste into a
 * spreadsheet or plain text gets the table itself; the caption is the word processor's).
 */
export function documentTableText(report: ReportSheet, t: DocumentTable, cellText: (cell: ReportCell) => string): string {
  const line = (r: number): string => t.columns.map((c) => cellText(report.rows[r]?.[c.column] ?? EMPTY)).join('\t').replace(/\t+$/, '');
  return [...(t.headerRow === null ? [] : [line(t.headerRow)]), ...t.bodyRows.map(line)].join('\n');
}

const EMPTY: ReportCell = { value: null, text: '', numberFormat: 'General', style: {} };

function cellHtml(tag: 'th' | 'td', cell: ReportCell | null, t: DocumentTable, font: string): string {
  if (cell === null) return `<${tag} style="padding:1pt ${DOCUMENT_CELL_PADDING}pt"></${tag}>`;
  const s = cell.style;
  const isNumber = typeof cell.value === 'number' || cell.text === '–';
  const left = DOCUMENT_CELL_PADDING + (s.indent ?? 0) * DOCUMENT_INDENT;
  const css = [
    `font-family:${font}`,
    `font-size:${t.fontSize}pt`,
    `padding:1pt ${DOCUMENT_CELL_PADDING}pt 1pt ${left}pt`,
    s.bold ? 'font-weight:bold' : 'font-weight:normal',
    ...(s.italic ? ['font-style:italic'] : []),
    ...fillCss(s),
    ...colourCss(cell),
    s.border ? 'border:0.5pt solid #000000' : 'border:none',
    ...(s.topRule ? ['border-top:1pt solid #000000'] : []),
    `text-align:${s.horizontal ?? (isNumber ? 'right' : 'left')}`,
    `vertical-align:${tag === 'th' ? 'bottom' : 'top'}`,
    // Figures never wrap; text wraps between words only (the columns are as wide as the longest word).
    isNumber ? 'white-space:nowrap' : 'white-space:normal;word-break:normal;overflow-wrap:normal;hyphens:none',
    ...(typeof cell.value === 'string' && FORMULA_START.test(cell.text) ? ['mso-number-format:&quot;\\@&quot;'] : []),
  ];
  return `<${tag}${isNumber ? ' nowrap' : ''} style="${css.join(';')}">${textHtml(cell.text)}</${tag}>`;
}

/** The font colour: the style's, or Excel's red for a negative figure whose format says [Red]. */
export function colourCss(cell: ReportCell): string[] {
  const negativeRed = typeof cell.value === 'number' && cell.value < 0 && cell.numberFormat.includes('[Red]');
  const colour = negativeRed ? RED : cell.style.color;
  return colour && isColour(colour) ? [`color:#${colour}`] : [];
}

/** The background: the style's fill, when it is a colour. */
export function fillCss(s: CellStyle): string[] {
  return s.fill && isColour(s.fill) ? [`background:#${s.fill}`] : [];
}

/** Whether a text is an RRGGBB colour. */
function isColour(rrggbb: string): boolean {
  return /^[0-9A-Fa-f]{6}$/.test(rrggbb);
}

/** Bold and italic as CSS. */
export function emphasisCss(s: CellStyle): string[] {
  return [...(s.bold ? ['font-weight:bold'] : []), ...(s.italic ? ['font-style:italic'] : [])];
}

const HTML_ENTITIES: Readonly<Record<string, string>> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Escape text for HTML element content. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (ch) => HTML_ENTITIES[ch] ?? ch);
}

/** Escaped text with line breaks as <br>. */
export function textHtml(text: string): string {
  return escapeHtml(text).replace(/\r?\n/g, '<br>');
}
