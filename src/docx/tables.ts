/**
 * A table section of the report as a Word table, translated from the model's DocumentTable (the
 * layout the clipboard's HTML uses too): the columns and widths it chose for A4 portrait, its font
 * size, the header row repeating on every page, rows that never split across pages, figures that
 * never break (their spaces are no-break spaces) and cell looks from the model's styles.
 */
import { AlignmentType, BorderStyle, Paragraph, Table, TableCell, TableLayoutType, TableRow, TextRun, VerticalAlign, WidthType, ShadingType } from 'docx';
import { DOCUMENT_CELL_PADDING, DOCUMENT_INDENT } from '../core/report/documentLayout';
import type { CellStyle, DocumentTable, ReportCell, ReportSheet } from '../core/report/model';
import { xmlText } from './xmlText';

/** Twips (what Word measures in) per point. */
export const TWIPS_PER_POINT = 20;
/** Cell padding above and below the text, in points (as the clipboard's HTML has it). */
const CELL_PADDING_Y = 1;
/** Excel's [Red] in a number format: a negative figure so formatted is red in the document too. */
const RED = 'FF0000';

const NONE = { style: BorderStyle.NONE, size: 0, color: 'auto' } as const;
const THIN = { style: BorderStyle.SINGLE, size: 4, color: '000000' } as const;
const RULE = { style: BorderStyle.SINGLE, size: 8, color: '000000' } as const;

/** The caption paragraph and the table of a DocumentTable. */
export function documentTable(report: ReportSheet, t: DocumentTable): (Paragraph | Table)[] {
  const twips = t.columns.map((c) => Math.round(c.width * TWIPS_PER_POINT));
  const header = t.headerRow === null ? [] : [tableRow(report.rows[t.headerRow] ?? [], t, twips, true)];
  const body = t.bodyRows.map((r) => tableRow(report.rows[r] ?? [], t, twips, false));
  const table = new Table({
    rows: [...header, ...body],
    columnWidths: twips,
    width: { size: twips.reduce((a, w) => a + w, 0), type: WidthType.DXA },
    // Fixed: the widths are the model's, not what Word or Writer would make of the contents.
    layout: TableLayoutType.FIXED,
    indent: { size: 0, type: WidthType.DXA },
    borders: { top: NONE, bottom: NONE, left: NONE, right: NONE, insideHorizontal: NONE, insideVertical: NONE },
  });
  const caption = new Paragraph({
    keepNext: true,
    spacing: { before: 160, after: 60 },
    children: [new TextRun({ text: xmlText(t.caption), bold: true, size: halfPoints(t.fontSize + 1) })],
  });
  return t.caption === '' ? [table] : [caption, table];
}

function tableRow(cells: readonly ReportCell[], t: DocumentTable, twips: readonly number[], header: boolean): TableRow {
  return new TableRow({
    tableHeader: header,
    cantSplit: true,
    children: t.columns.map((c, i) => tableCell(cells[c.column] ?? null, t.fontSize, twips[i]!, header, c.kind === 'comment')),
  });
}

function tableCell(cell: ReportCell | null, fontSize: number, width: number, header: boolean, comment: boolean): TableCell {
  const s: CellStyle = cell?.style ?? {};
  // A comment cell's fill says "type here" on the sheet; on paper the comment is plain text.
  const fill = comment && !header ? undefined : s.fill;
  const figure = cell !== null && isFigure(cell);
  return new TableCell({
    width: { size: width, type: WidthType.DXA },
    margins: {
      left: Math.round(DOCUMENT_CELL_PADDING * TWIPS_PER_POINT),
      right: Math.round(DOCUMENT_CELL_PADDING * TWIPS_PER_POINT),
      top: CELL_PADDING_Y * TWIPS_PER_POINT,
      bottom: CELL_PADDING_Y * TWIPS_PER_POINT,
    },
    verticalAlign: header ? VerticalAlign.BOTTOM : VerticalAlign.TOP,
    borders: {
      top: s.topRule ? RULE : s.border ? THIN : NONE,
      bottom: s.border ? THIN : NONE,
      left: s.border ? THIN : NONE,
      right: s.border ? THIN : NONE,
    },
    ...(fill && isColour(fill) ? { shading: { type: ShadingType.CLEAR, color: 'auto', fill } } : {}),
    children: [
      new Paragraph({
        alignment: alignmentOf(s, figure),
        spacing: { before: 0, after: 0 },
        ...(s.indent ? { indent: { left: Math.round(s.indent * DOCUMENT_INDENT * TWIPS_PER_POINT) } } : {}),
        children: cell === null || cell.text === '' ? [] : [runOf(cell, fontSize, figure)],
      }),
    ],
  });
}

/** A cell's text as a run: a figure with no-break spaces, so "1 364" never breaks across lines. */
function runOf(cell: ReportCell, fontSize: number, figure: boolean): TextRun {
  const colour = textColour(cell);
  return new TextRun({
    text: xmlText(figure ? unbreakable(cell.text) : cell.text),
    bold: cell.style.bold === true,
    italics: cell.style.italic === true,
    size: halfPoints(fontSize),
    ...(colour ? { color: colour } : {}),
  });
}

/**
 * A figure's spaces (plain, thin or narrow) as no-break spaces. A leading minus needs nothing: a
 * line cannot break before the first character.
 */
function unbreakable(text: string): string {
  return text.replace(/[ \u2009\u202F]/g, '\u00A0');
}

/** Whether a cell is a figure (a number, or the dash that stands for none). */
export function isFigure(cell: ReportCell): boolean {
  return typeof cell.value === 'number' || cell.text === '–';
}

/** The font colour: the style's, or red for a negative figure whose format says [Red] (as Excel shows it). */
export function textColour(cell: ReportCell): string | undefined {
  if (typeof cell.value === 'number' && cell.value < 0 && cell.numberFormat.includes('[Red]')) return RED;
  return cell.style.color && isColour(cell.style.color) ? cell.style.color : undefined;
}

function alignmentOf(s: CellStyle, figure: boolean): (typeof AlignmentType)[keyof typeof AlignmentType] {
  const h = s.horizontal ?? (figure ? 'right' : 'left');
  return h === 'right' ? AlignmentType.RIGHT : h === 'center' ? AlignmentType.CENTER : AlignmentType.LEFT;
}

/** Font sizes in Word's half-points. */
export function halfPoints(points: number): number {
  return Math.round(points * 2);
}

function isColour(rrggbb: string): boolean {
  return /^[0-9A-Fa-f]{6}$/.test(rrggbb);
}
