/**
 * The "Underlag" sheet as a report model: a title, then the rows behind a figure as a table
 * (sheet, cell linked to the ledger cell, period, unit, account, kind, amount in kronor to the öre),
 * each unit × account with its sum, a deviation's two sides with theirs, and the figure's total.
 * Writers only translate it. At most `maxRows` ledger rows are listed, and the sheet says so when
 * there are more: a sheet holds about a million rows, but one write must stay under Excel's 5 MB
 * request (measured on the in-memory host: 20 000 rows with their links were 7 MB).
 */
import type { Ledger } from '../ledger/ledger';
import { formatPlainNumber, moneyToKronorString, type Lang, type Money } from '../money';
import { isoMonth } from '../period/month';
import { emptyCell, STYLES, textCell, figureStyle, labelStyle, type RowEmphasis } from '../report/cells';
import type { ReportCell, ReportLink, ReportSheet } from '../report/model';
import { pageSetupOf } from '../report/pageSetup';
import { SheetBuilder } from '../report/sheetBuilder';
import { drillLines, drillRowCount, type DrillLine } from './lines';
import type { DrillDown } from './rowsBehind';
import { drillWords } from './words';

/** The sheet's name: tagged by the add-in and replaced on each use. */
export const UNDERLAG_SHEET = 'Underlag';

/** Rows listed at most; more are left out, and the sheet says how many. */
export const MAX_UNDERLAG_ROWS = 10_000;

/** What the title names. */
export interface UnderlagOptions {
  readonly lang: Lang;
  /** The unit's path as shown ("KLS / IT"); empty for the total. */
  readonly unit: string;
  /** The account line, if any. */
  readonly group?: string;
  readonly maxRows?: number;
}

const KRONOR_FORMAT = '#,##0.00';
/** Excel's default row height for Calibri 11, in points. */
const ROW_HEIGHT = 15;
const COLUMNS = 7;

/** The "Underlag" sheet of a drill-down. */
export function underlagReport(ledger: Ledger, drill: DrillDown, o: UnderlagOptions): ReportSheet {
  const w = drillWords(o.lang);
  const b = new SheetBuilder();
  const links: ReportLink[] = [];
  const max = o.maxRows ?? MAX_UNDERLAG_ROWS;
  const all = drillRowCount(drill);
  b.section('title', () => {
    const unit = o.unit === '' ? w.allUnits : o.unit;
    b.add([textCell(w.title(w.figures[drill.figure], unit) + (o.group ? ` (${o.group})` : ''), STYLES.title)]);
    if (all > max) b.add([textCell(w.rowsCut(max, all), STYLES.subtitle)]);
    if (all === 0) b.add([textCell(w.noRows, STYLES.subtitle)]);
  });
  b.blank();
  const headerRow = b.nextRow;
  b.section('rowsBehind', () => {
    b.header(w.headers.map((h, i) => textCell(h, i === COLUMNS - 1 ? STYLES.header : STYLES.headerLeft)));
    for (const line of drillLines(ledger, drill, max)) {
      if (line.kind === 'row') {
        const r = b.add(rowCells(line, o.lang));
        links.push({ row: r, column: 1, target: line.row.address });
      } else b.add(sumCells(line, o.lang));
    }
  });
  const widths = [16, 9, 9, 32, 10, 12, 16];
  const explicit = new Map(b.rowHeights.map((h) => [h.row, h.height]));
  const heights = b.rows.map((_, r) => explicit.get(r) ?? ROW_HEIGHT);
  const title = String(b.rows[0]?.[0]?.value ?? '');
  return {
    name: UNDERLAG_SHEET,
    rows: b.rows,
    sections: b.sections,
    columnWidths: widths,
    rowHeights: heights.map((height, row) => ({ row, height })),
    merges: [],
    freeze: { rows: headerRow + 1, columns: 0 },
    print: pageSetupOf({
      widths,
      heights,
      lastRow: b.rows.length - 1,
      fontSize: 11,
      tables: [{ header: headerRow, last: b.rows.length - 1 }],
      header: { left: [{ kind: 'text', text: title }], center: [], right: [] },
      footer: { left: [], center: [], right: [{ kind: 'pageNumber' }, { kind: 'text', text: ' / ' }, { kind: 'pageCount' }] },
    }),
    font: { name: 'Calibri', size: 11 },
    chart: null,
    comments: [],
    links,
  };
}

/** Kronor to the öre: the ledger's own amounts, not rounded to a scale. */
function kronorCell(m: Money, lang: Lang, emphasis: RowEmphasis): ReportCell {
  const plain = moneyToKronorString(m);
  return { value: Number(plain), text: formatPlainNumber(plain, lang), numberFormat: KRONOR_FORMAT, style: figureStyle(emphasis) };
}

function rowCells(line: Extract<DrillLine, { kind: 'row' }>, lang: Lang): ReportCell[] {
  const w = drillWords(lang);
  const r = line.row;
  const label = labelStyle('normal', 0);
  return [textCell(r.sheet, label), textCell(r.cell, label), textCell(isoMonth(r.period), label), textCell(r.unit.join(' / '), label), textCell(r.account ?? '', label), textCell(w.kinds[r.kind], label), kronorCell(r.amount, lang, 'normal')];
}

function sumCells(line: Exclude<DrillLine, { kind: 'row' }>, lang: Lang): ReportCell[] {
  const w = drillWords(lang);
  const filler = (e: RowEmphasis) => emptyCell(labelStyle(e, 0));
  const row = (label: string, e: RowEmphasis, total: Money | null, account = ''): ReportCell[] => [
    textCell(label, labelStyle(e, 0)),
    filler(e),
    filler(e),
    filler(e),
    textCell(account, labelStyle(e, 0)),
    filler(e),
    total === null ? emptyCell(figureStyle(e)) : kronorCell(total, lang, e),
  ];
  switch (line.kind) {
    case 'part':
      return [textCell(w.figures[line.figure], STYLES.section)];
    case 'groupSum':
      return row(w.sum(line.unit.join(' / ')), 'bold', line.total, line.account ?? '');
    case 'partSum':
      return row(w.sum(w.figures[line.figure].toLowerCase()), 'bold', line.total);
    case 'total':
      return row(w.total, 'total', line.total);
  }
}
