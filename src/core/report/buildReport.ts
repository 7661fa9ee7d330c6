/**
 * Figures → the follow-up sheet's report model: title, key figures, unit table, account-group
 * table, result per area, summary text with a comment cell, and chart data. The one place the
 * layout lives; the Office.js and ExcelJS writers only translate it.
 */
import type { FollowUp } from '../followup/computeFollowUp';
import { fiscalWindow } from '../fiscal/fiscalYear';
import { scaleWord, type Lang, type Scale } from '../money';
import { isoMonth, monthKey } from '../period/month';
import { writeAccountTable } from './accountTable';
import { amountCell, figureStyle, labelStyle, STYLES, textCell, percentCell } from './cells';
import type { ChartSpec, ReportSheet } from './model';
import { writeResultTable } from './resultTable';
import type { ParentStyle } from './rows';
import { SheetBuilder } from './sheetBuilder';
import { summaryParagraphs } from './summary';
import { writeUnitTable, unitTableHeaders } from './unitTable';
import { actualWord, monthName, periodText, reportTitle, reportWords } from './words';

/** The optional parts of the sheet. */
export type SectionName = 'keyFigures' | 'unitTable' | 'accountTable' | 'resultTable' | 'summary' | 'chart';

/** Every section, in sheet order. */
export const ALL_SECTIONS: readonly SectionName[] = ['keyFigures', 'unitTable', 'accountTable', 'resultTable', 'summary', 'chart'];

/** How the report is to be built. */
export interface ReportOptions {
  readonly lang: Lang;
  readonly scale: Scale;
  readonly parentStyle: ParentStyle;
  readonly sections: readonly SectionName[];
  /** The organisation's name for the title and the total row ("KLS"). */
  readonly organisation: string;
  /** The ledger's own word for actuals ("Redovisning"), if any. */
  readonly ledgerActualWord: string | null;
  readonly sourceSheets: readonly string[];
  /** What users typed, by comment key (unit path, or "summary"), kept across refreshes. */
  readonly comments: ReadonlyMap<string, string>;
}

/** The comment key of the summary's comment cell. */
export const SUMMARY_COMMENT_KEY = 'summary';

/** Points per line of text, for the heights of wrapped rows. */
const LINE_HEIGHT = 15;

/** Build the follow-up sheet. */
export function buildReport(f: FollowUp, o: ReportOptions): ReportSheet {
  const w = reportWords(o.lang);
  const b = new SheetBuilder();
  const has = (s: SectionName): boolean => o.sections.includes(s);
  const month = monthName(f.period.month, o.lang);
  const unit = scaleWord(o.scale, o.lang);
  const actual = actualWord(o.ledgerActualWord, o.lang);
  const tableOptions = { ...o, actualWord: actual };
  const widths = columnWidths(f, o, actual);
  const tableWidth = widths.reduce((a, c) => a + c, 0);

  b.section('title', () => {
    b.add([textCell(reportTitle(f.period, o.organisation, o.lang), STYLES.title)]);
    const period = periodText(f.period, o.lang);
    b.add([textCell(`${w.subtitle(unit, period, o.sourceSheets.join(', '))} ${w.signNote[f.sign.sign]}`, STYLES.subtitle)]);
  });
  b.blank();
  if (has('keyFigures')) {
    b.section('keyFigures', () => {
      const t = f.total;
      b.add([textCell(w.keyFiguresTitle(o.organisation, unit), STYLES.section)]);
      b.add([textCell(w.keyBudget(month), STYLES.keyLabel), amountCell(t.ytdBudget, o.scale, o.lang, STYLES.keyValue)]);
      b.add([textCell(w.keyActual(actual, month), STYLES.keyLabel), amountCell(t.ytdActual, o.scale, o.lang, STYLES.keyValue)]);
      b.add([textCell(w.keyDeviation(month), STYLES.keyLabel), amountCell(t.ytdDeviation, o.scale, o.lang, STYLES.keyValue, true)]);
      b.add([textCell(w.keyPercent, STYLES.keyLabel), percentCell(t.ytdPercentOfBudget, o.lang, STYLES.keyValue, true)]);
    });
    b.blank();
  }
  let freezeRows = 0;
  if (has('unitTable')) {
    b.section('unitTable', () => {
      freezeRows = writeUnitTable(b, f, tableOptions) + 1;
    });
    b.blank();
  }
  if (has('accountTable') && f.accountLines.length > 0) {
    b.section('accountTable', () => writeAccountTable(b, f, o));
    b.blank();
  }
  if (has('resultTable') && fiscalWindow(f.period).month > 1) {
    b.section('resultTable', () => writeResultTable(b, f, o));
    b.blank();
  }
  const columns = widths.length;
  if (has('summary')) {
    b.section('summary', () => {
      b.add([textCell(w.summaryTitle, STYLES.section)]);
      for (const p of summaryParagraphs(f, o)) {
        const r = b.add([textCell(p, STYLES.text)]);
        b.merge({ row: r, column: 0, rows: 1, columns });
        b.height(r, LINE_HEIGHT * Math.max(1, Math.ceil((p.length * 1.1) / tableWidth)));
      }
      b.add([textCell(w.summaryComment, STYLES.keyLabel)]);
      const c = b.add([textCell(o.comments.get(SUMMARY_COMMENT_KEY) ?? '', STYLES.comment)]);
      b.merge({ row: c, column: 0, rows: 1, columns });
      b.height(c, LINE_HEIGHT * 4);
      b.comment(SUMMARY_COMMENT_KEY, c, 0);
    });
    b.blank();
  }
  const chart = has('chart') ? writeChartData(b, f, o) : null;
  return {
    name: w.sheetName(isoMonth(monthKey(f.period.year, f.period.month))),
    rows: b.rows,
    sections: b.sections,
    columnWidths: widths,
    rowHeights: b.rowHeights,
    merges: b.merges,
    freeze: { rows: freezeRows, columns: freezeRows > 0 ? 1 : 0 },
    print: { orientation: 'landscape', fitToWidth: 1 },
    font: { name: 'Calibri', size: 11 },
    chart,
    comments: b.comments,
  };
}

/** A small table of YTD deviation per top-level unit, and the chart drawn from it. */
function writeChartData(b: SheetBuilder, f: FollowUp, o: ReportOptions): ChartSpec | null {
  const roots = f.organisation.roots.map((r) => f.organisation.nodes[r]!);
  if (roots.length === 0) return null;
  const w = reportWords(o.lang);
  const month = monthName(f.period.month, o.lang);
  const unit = scaleWord(o.scale, o.lang);
  b.add([textCell(w.chartDataTitle, STYLES.section)]);
  b.header([textCell(w.unit, STYLES.headerLeft), textCell(`${w.deviation} ${w.upTo(month)}`, STYLES.header)]);
  const first = b.nextRow;
  for (const n of roots) {
    b.add([textCell(n.name, labelStyle('normal', 0)), amountCell(f.nodes[n.id]!.ytdDeviation, o.scale, o.lang, figureStyle('normal'), true)]);
  }
  return {
    title: w.chartTitle(month, unit),
    categories: { row: first, column: 0, rows: roots.length, columns: 1 },
    values: { row: first, column: 1, rows: roots.length, columns: 1 },
    seriesName: w.chartSeries,
    anchor: { row: first - 2, column: 3 },
  };
}

/** Widths in characters: the label column fits the longest unit name with its indent. */
function columnWidths(f: FollowUp, o: ReportOptions, actual: string): number[] {
  const labels = f.organisation.nodes.map((n) => n.name.length + 3 * n.depth + (o.parentStyle === 'below' ? 6 : 0));
  const first = Math.min(50, Math.max(28, ...labels) + 2);
  const headers = unitTableHeaders(f, { ...o, actualWord: actual });
  return headers.map((_, i) => (i === 0 ? first : i === headers.length - 1 ? 40 : 13));
}
