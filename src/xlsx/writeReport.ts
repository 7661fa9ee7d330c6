/**
 * Writing the report model into an ExcelJS workbook, and reading and writing workbook files.
 * This module only translates the model (src/core/report/model.ts); the layout lives there.
 */
import ExcelJS from 'exceljs';
import { writeFileSafely } from '../io/writeFileSafely';
import { columnLetters } from '../core/grid/grid';
import type { CellRange, PageSetup, ReportCell, ReportSheet } from '../core/report/model';
import { headerFooterLineCode } from '../core/report/pageSetup';
import { makeStyleTranslator, type StyleTranslator } from './cellStyle';
import { uniqueSheetName } from '../core/report/sheetName';

/** The file's paperSize codes of the model's papers. */
const PAPER_CODES: Readonly<Record<PageSetup['paper'], number>> = { A4: 9 };
/** The file keeps margins in inches; the model in points. */
const POINTS_PER_INCH = 72;

/**
 * Add the follow-up sheet to a workbook: named report.name, or "name (2)" … when a sheet of that
 * name exists; every cell with its value, number format and style; column widths, row heights
 * (rows zero-based, as everywhere in the model), merges, frozen panes, and the model's print setup
 * (A4, fit, margins, print area, repeated rows, header and footer).
 * Strings are written as text, never as formulas. report.chart is not drawn here: ExcelJS has no
 * chart API, so writeFollowUpWorkbook adds it to the written package (./addChartPart).
 */
export function addReportSheet(workbook: ExcelJS.Workbook, report: ReportSheet): ExcelJS.Worksheet {
  const name = uniqueSheetName(report.name, workbook.worksheets.map((ws) => ws.name));
  const { rows, columns } = report.freeze;
  const sheet = workbook.addWorksheet(name, {
    views: rows > 0 || columns > 0 ? [{ state: 'frozen', xSplit: columns, ySplit: rows }] : [],
    pageSetup: pageSetupOf(report.print),
    headerFooter: { oddHeader: headerFooterLineCode(report.print.header), oddFooter: headerFooterLineCode(report.print.footer) },
  });
  writeCells(sheet, report, makeStyleTranslator(report.font));
  report.columnWidths.forEach((width, i) => {
    if (width > 0) sheet.getColumn(i + 1).width = width;
  });
  for (const { row, height } of report.rowHeights) {
    if (height > 0) sheet.getRow(row + 1).height = height;
  }
  for (const m of report.merges) {
    if (m.rows < 1 || m.columns < 1) throw new Error(`Empty merge at row ${m.row}, column ${m.column}`);
    if (m.rows === 1 && m.columns === 1) continue;
    // Without style: each cell keeps the style the model gave it, as when Excel opens a file.
    sheet.mergeCellsWithoutStyle(m.row + 1, m.column + 1, m.row + m.rows, m.column + m.columns);
  }
  return sheet;
}

/** The model's print setup as the file's page setup (margins in inches, print area and titles in A1). */
function pageSetupOf(p: PageSetup): Partial<ExcelJS.PageSetup> {
  const m = p.margins;
  const inches = (points: number): number => points / POINTS_PER_INCH;
  return {
    orientation: p.orientation,
    paperSize: PAPER_CODES[p.paper],
    fitToPage: true,
    fitToWidth: p.fitToPages.wide,
    fitToHeight: p.fitToPages.tall,
    // Kept for readers that show a scale without computing the fit.
    scale: p.expectedScale,
    margins: { top: inches(m.top), bottom: inches(m.bottom), left: inches(m.left), right: inches(m.right), header: inches(m.header), footer: inches(m.footer) },
    printArea: printAreaOf(p.area),
    ...(p.titleRows ? { printTitlesRow: `${p.titleRows.first + 1}:${p.titleRows.last + 1}` } : {}),
  };
}

/**
 * The print area for ExcelJS, which puts a "$" before each corner itself: "A$1:M$40" becomes the
 * absolute $A$1:$M$40 in the file (LibreOffice ignores a print area written as $A1:$M40).
 */
function printAreaOf(r: CellRange): string {
  return `${columnLetters(r.column)}$${r.row + 1}:${columnLetters(r.column + r.columns - 1)}$${r.row + r.rows}`;
}

function writeCells(sheet: ExcelJS.Worksheet, report: ReportSheet, translate: StyleTranslator): void {
  report.rows.forEach((cells, r) => {
    if (cells.length === 0) return;
    const row = sheet.getRow(r + 1);
    cells.forEach((cell, c) => writeCell(row.getCell(c + 1), cell, translate));
  });
}

function writeCell(target: ExcelJS.Cell, cell: ReportCell, translate: StyleTranslator): void {
  const { value } = cell;
  if (typeof value === 'number' && !Number.isFinite(value)) {
    throw new Error(`Cannot write ${value} into ${target.address}`);
  }
  // A string value goes in as a string value (a shared string in the file): ExcelJS makes a
  // formula only from { formula }, so "=HYPERLINK(…)", "+46" or "@x" stay text.
  if (value !== null) target.value = value;
  const parts = translate(cell.style);
  const style: Partial<ExcelJS.Style> = { font: parts.font };
  if (cell.numberFormat !== 'General') style.numFmt = cell.numberFormat;
  if (parts.fill) style.fill = parts.fill;
  if (parts.alignment) style.alignment = parts.alignment;
  if (parts.border) style.border = parts.border;
  // One small object per cell; the font, fill, alignment and border inside are shared.
  target.style = style;
}

/**
 * Read a whole workbook with ExcelJS to write it out again with a sheet added. ExcelJS keeps
 * values, formulas, styles, merges and sizes of the existing sheets; it drops what it does not
 * model (charts, pivot tables, slicers, macros).
 */
export async function readWorkbookForCopy(file: string): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(file);
  return workbook;
}

/** Write a workbook to an .xlsx file (see writeFileSafely: a failed write leaves no half file). */
export async function writeWorkbookFile(workbook: ExcelJS.Workbook, file: string): Promise<void> {
  await writeFileSafely(file, (to) => workbook.xlsx.writeFile(to));
}
