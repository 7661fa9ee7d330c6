/**
 * Sections of the report that are no document table, as Word paragraphs: the title block (its
 * first column: title and subtitle; the sheet's count of rows without a comment is for the sheet),
 * the summary's paragraphs and its comment when it has text, and any other section's rows —
 * a row of one text as a paragraph, a row of several cells as a plain table across the text width,
 * so a section added to the model later still reaches the document.
 */
import { Paragraph, TextRun, type Table } from 'docx';
import { layoutDocumentTable } from '../core/report/documentLayout';
import type { ColumnKind, ReportCell, ReportSection, ReportSheet } from '../core/report/model';
import { documentTable, halfPoints, isFigure, textColour } from './tables';
import { xmlText } from './xmlText';

/** A section without a document layout, as paragraphs (and plain tables for rows of several cells). */
export function proseSection(report: ReportSheet, section: ReportSection): (Paragraph | Table)[] {
  const rows = Array.from({ length: section.rows }, (_, i) => section.row + i);
  if (section.kind === 'title') {
    return rows.map((r) => report.rows[r]?.[0]).filter(hasText).map((cell) => paragraphOf(report, cell));
  }
  const out: (Paragraph | Table)[] = [];
  let run: number[] = [];
  const endRun = (): void => {
    if (run.length > 0) out.push(...plainTable(report, run));
    run = [];
  };
  for (const r of rows) {
    const filled = (report.rows[r] ?? []).filter(hasText);
    if (filled.length > 1) {
      run.push(r);
      continue;
    }
    endRun();
    if (filled.length === 1) out.push(paragraphOf(report, filled[0]!));
  }
  endRun();
  return out;
}

function hasText(cell: ReportCell | undefined): cell is ReportCell {
  return cell !== undefined && cell.text.trim() !== '';
}

/** A cell as a paragraph in its own size and emphasis; a section title keeps with what follows. */
function paragraphOf(report: ReportSheet, cell: ReportCell): Paragraph {
  const size = cell.style.fontSize ?? report.font.size;
  const heading = size > report.font.size;
  const colour = textColour(cell);
  return new Paragraph({
    keepNext: heading,
    spacing: { before: heading ? 200 : 0, after: 100 },
    // Text the user typed over several lines keeps its lines.
    children: keepFiguresWhole(xmlText(cell.text)).split(/\r?\n/).map(
      (line, i) => new TextRun({ text: line, break: i > 0 ? 1 : 0, bold: cell.style.bold === true, italics: cell.style.italic === true, size: halfPoints(size), ...(colour ? { color: colour } : {}) }),
    ),
  });
}

/**
 * Figures in running text kept on one line: the space inside "1 364" and before "%" in "94,3 %"
 * becomes a no-break space (the summary's figures are written with plain or narrow spaces).
 */
function keepFiguresWhole(text: string): string {
  return text.replace(/(\d)[ \u2009\u202F](?=\d{3}(?!\d)|%)/g, '$1\u00A0');
}

/** Rows of several cells with no layout of their own: laid out as the model lays out document tables. */
function plainTable(report: ReportSheet, rows: readonly number[]): (Paragraph | Table)[] {
  const width = Math.max(...rows.map((r) => (report.rows[r] ?? []).length));
  const kinds = Array.from({ length: width }, (_, c): ColumnKind => (rows.some((r) => { const cell = report.rows[r]?.[c]; return cell !== undefined && cell.text !== '' && !isFigure(cell); }) ? 'label' : 'amount'));
  const columns = kinds.map((kind, column) => ({ column, kind })).filter(({ column }) => rows.some((r) => hasText(report.rows[r]?.[column])));
  return documentTable(report, layoutDocumentTable(report.rows, { caption: '', headerRow: null, bodyRows: rows, columns }));
}
