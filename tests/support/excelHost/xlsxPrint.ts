/**
 * A sheet's print setup between the host's PageLayout snapshot and ExcelJS: paper, margins
 * (points in the host, inches in the file), print area, repeated rows, header and footer (the
 * file's one "&L…&C…&R…" string per line, the host's six parts). Node only, like xlsx.ts.
 */
import type ExcelJS from 'exceljs';
import { defaultPageLayout, type HeaderFooterTexts, type PageLayout } from './snapshot';

/** Paper names and the file's paperSize codes (ECMA-376 ST_PaperSize), for the sizes tests use. */
const PAPER_CODES: Readonly<Record<string, number>> = { Letter: 1, Legal: 5, A3: 8, A4: 9, A5: 11 };
const POINTS_PER_INCH = 72;

/** The print setup fields of a loaded worksheet. */
export function printSetupFrom(ws: ExcelJS.Worksheet): Pick<PageLayout, 'paperSize' | 'margins' | 'headerFooter' | 'printArea' | 'printTitleRows'> {
  // ExcelJS leaves parts a file lacks as null (other programs than Excel omit them).
  const setup = (ws.pageSetup as Partial<ExcelJS.PageSetup> | null) ?? {};
  const hf = (ws.headerFooter as Partial<ExcelJS.HeaderFooter> | null) ?? {};
  const defaults = defaultPageLayout();
  const paper = Object.entries(PAPER_CODES).find(([, code]) => code === setup.paperSize)?.[0] ?? defaults.paperSize;
  const m = setup.margins;
  const points = (inches: number | undefined, fallback: number): number => (inches === undefined ? fallback : inches * POINTS_PER_INCH);
  return {
    paperSize: paper,
    margins: m
      ? { top: points(m.top, 54), bottom: points(m.bottom, 54), left: points(m.left, 50.4), right: points(m.right, 50.4), header: points(m.header, 21.6), footer: points(m.footer, 21.6) }
      : defaults.margins,
    headerFooter: headerFooterFrom(hf.oddHeader ?? '', hf.oddFooter ?? ''),
    printArea: setup.printArea ? setup.printArea.replace(/\$/g, '') : null,
    printTitleRows: setup.printTitlesRow ? setup.printTitlesRow.replace(/\$/g, '') : null,
  };
}

/** The ExcelJS page setup fields of a host PageLayout. */
export function printSetupOf(p: PageLayout): Partial<ExcelJS.PageSetup> {
  const inches = (points: number): number => points / POINTS_PER_INCH;
  const m = p.margins;
  return {
    paperSize: PAPER_CODES[p.paperSize],
    margins: { top: inches(m.top), bottom: inches(m.bottom), left: inches(m.left), right: inches(m.right), header: inches(m.header), footer: inches(m.footer) },
    // ExcelJS writes "$" before each corner itself.
    ...(p.printArea ? { printArea: p.printArea.replace(/(\d+)/g, '$$$1') } : {}),
    ...(p.printTitleRows ? { printTitlesRow: p.printTitleRows } : {}),
  };
}

/** The file's header and footer lines of the host's six parts. */
export function headerFooterOf(t: HeaderFooterTexts): Partial<ExcelJS.HeaderFooter> {
  const line = (left: string, center: string, right: string): string =>
    [left && `&L${left}`, center && `&C${center}`, right && `&R${right}`].filter((x) => x !== '').join('');
  return { oddHeader: line(t.leftHeader, t.centerHeader, t.rightHeader), oddFooter: line(t.leftFooter, t.centerFooter, t.rightFooter) };
}

function headerFooterFrom(header: string, footer: string): HeaderFooterTexts {
  const [leftHeader, centerHeader, rightHeader] = splitLine(header);
  const [leftFooter, centerFooter, rightFooter] = splitLine(footer);
  return { leftHeader, centerHeader, rightHeader, leftFooter, centerFooter, rightFooter };
}

/** "&Lleft&Ccenter&Rright" → the three parts (a doubled "&&" is text, not a section code). */
function splitLine(line: string): [string, string, string] {
  const parts: Record<string, string> = { left: '', center: '', right: '' };
  let section = 'center';
  let i = 0;
  while (i < line.length) {
    const two = line.slice(i, i + 2);
    if (two === '&L' || two === '&C' || two === '&R') {
      section = two === '&L' ? 'left' : two === '&C' ? 'center' : 'right';
      i += 2;
      continue;
    }
    const take = two === '&&' ? 2 : 1;
    parts[section] += line.slice(i, i + take);
    i += take;
  }
  return [parts.left!, parts.center!, parts.right!];
}
