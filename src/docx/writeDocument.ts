/**
 * The committee document (`followup build --docx`): the report model as a Word document, A4
 * portrait with Word's default 2.5 cm margins (the 16 cm of text width the model's document
 * tables are laid out for), the report's sections in order — the title, the key figures as the
 * protocol prints them, every table section through its DocumentTable, the summary — and the
 * sheet's printed header and footer ("Sida 1 av 2"). This folder is the only one that imports the
 * docx library; it only translates the model.
 */
import { promises as fs } from 'node:fs';
import { AlignmentType, Document, Footer, Header, Packer, PageNumber, Paragraph, TabStopType, TextRun, type Table } from 'docx';
import type { HeaderFooterLine, HeaderFooterPart, ReportSheet } from '../core/report/model';
import { writeFileSafely } from '../io/writeFileSafely';
import { chartParagraph, withUnitNamesLeft } from './chart';
import { proseSection } from './prose';
import { documentTable, halfPoints, TWIPS_PER_POINT } from './tables';
import { xmlText } from './xmlText';

/** A4 in twips, portrait. */
const A4 = { width: 11_906, height: 16_838 };
/** Word's default margins, 2.5 cm, in twips (rounded down: the text width stays at least 16 cm). */
const MARGIN = 1_417;
/** Word's "Narrow" margins, 1.27 cm: the least a table too wide for 16 cm may take from the sides. */
const NARROW_MARGIN = 720;
/** Header and footer distance from the page's edge, 1.25 cm. */
const HEADER_DISTANCE = 709;
/** The size of the header and footer text, in points. */
const HEADER_FOOTER_SIZE = 8;

/** The report as a Word document (not yet packed). */
function reportDocument(report: ReportSheet): Document {
  const side = sideMargin(report);
  const textWidth = A4.width - 2 * side;
  return new Document({
    creator: 'Budget Follow-up',
    title: xmlText(String(report.rows[0]?.[0]?.text ?? report.name)),
    styles: { default: { document: { run: { font: report.font.name, size: halfPoints(report.font.size) } } } },
    sections: [
      {
        properties: {
          page: {
            size: { width: A4.width, height: A4.height },
            margin: { top: MARGIN, bottom: MARGIN, left: side, right: side, header: HEADER_DISTANCE, footer: HEADER_DISTANCE },
          },
        },
        headers: { default: new Header({ children: [headerFooterParagraph(report.print.header, textWidth)] }) },
        footers: { default: new Footer({ children: [headerFooterParagraph(report.print.footer, textWidth)] }) },
        children: body(report),
      },
    ],
  });
}

/**
 * The left and right margin: Word's 2.5 cm, or less when a table needs more than 16 cm even at the
 * smallest font the model allows (amounts in kr in the hundreds of millions), so that it still
 * stays on the page — down to Word's narrow 1.27 cm.
 */
function sideMargin(report: ReportSheet): number {
  const widest = Math.max(0, ...report.sections.map((s) => (s.document ? s.document.columns.reduce((a, c) => a + Math.round(c.width * TWIPS_PER_POINT), 0) : 0)));
  return widest <= A4.width - 2 * MARGIN ? MARGIN : Math.max(NARROW_MARGIN, Math.floor((A4.width - widest) / 2));
}

/**
 * Every section in the report's order: a table section through its document layout, the others as
 * prose; the chart after the table whose figures it draws (the result table, else the unit table).
 */
function body(report: ReportSheet): (Paragraph | Table)[] {
  const chart = chartParagraph(report);
  const kinds = report.sections.map((s) => s.kind);
  const result = kinds.lastIndexOf('resultTable');
  const after = result >= 0 ? result : kinds.lastIndexOf('unitTable');
  // Without either table, at the end.
  const at = after >= 0 ? after : report.sections.length - 1;
  return report.sections.flatMap((section, i) => [
    ...(section.document ? documentTable(report, section.document) : proseSection(report, section)),
    ...(chart !== null && i === at ? [chart] : []),
  ]);
}

/** A printed header or footer line as one paragraph: left, then a centre and a right tab stop. */
function headerFooterParagraph(line: HeaderFooterLine, textWidth: number): Paragraph {
  const runs = (parts: readonly HeaderFooterPart[]): TextRun[] => parts.map(partRun);
  return new Paragraph({
    alignment: AlignmentType.LEFT,
    tabStops: [
      { type: TabStopType.CENTER, position: Math.round(textWidth / 2) },
      { type: TabStopType.RIGHT, position: textWidth },
    ],
    children: [
      ...runs(line.left),
      ...(line.center.length > 0 || line.right.length > 0 ? [new TextRun({ text: '\t', size: halfPoints(HEADER_FOOTER_SIZE) })] : []),
      ...runs(line.center),
      ...(line.right.length > 0 ? [new TextRun({ text: '\t', size: halfPoints(HEADER_FOOTER_SIZE) })] : []),
      ...runs(line.right),
    ],
  });
}

function partRun(part: HeaderFooterPart): TextRun {
  const size = halfPoints(HEADER_FOOTER_SIZE);
  switch (part.kind) {
    case 'text':
      return new TextRun({ text: xmlText(part.text), size });
    case 'pageNumber':
      return new TextRun({ children: [PageNumber.CURRENT], size });
    case 'pageCount':
      return new TextRun({ children: [PageNumber.TOTAL_PAGES], size });
  }
}

/** The document's bytes (.docx). */
export async function reportDocumentBytes(report: ReportSheet): Promise<Uint8Array> {
  const packed = new Uint8Array(await Packer.toBuffer(reportDocument(report)));
  return report.chart === null ? packed : withUnitNamesLeft(packed);
}

/** Write the committee document (see writeFileSafely: a failed write leaves no half file). */
export async function writeReportDocument(report: ReportSheet, file: string): Promise<void> {
  const bytes = await reportDocumentBytes(report);
  await writeFileSafely(file, (to) => fs.writeFile(to, bytes));
}

