/**
 * The indicator tables of the follow-up (seed 000 §2.1 "Medarbetare"): yearly indicators apart from
 * monthly ones, each row with its status in words and in colour (Excel's Good, Neutral and Bad
 * colours), figures with the decimals they were written with ("605,4", "5 %", "5,6 %").
 */
import type { IndicatorLine } from '../indicators/indicatorTable';
import type { IndicatorStatus } from '../indicators/status';
import { formatMeasure, measureCellValue, measureDecimals, type Lang, type Measure } from '../money';
import { monthOf, yearOf, type MonthKey } from '../period/month';
import { fiscalYearLabel } from '../fiscal/fiscalYear';
import { emptyCell, figureStyle, labelStyle, STYLES, textCell } from './cells';
import { indicatorWords } from './indicatorWords';
import type { CellStyle, ReportCell } from './model';
import type { SheetBuilder } from './sheetBuilder';
import { shortMonthName } from './words';

/** The status cells' styles: Excel's own Good, Neutral and Bad, so a reader knows them. */
export const STATUS_STYLES: Readonly<Record<IndicatorStatus | 'none', CellStyle>> = {
  met: { border: true, horizontal: 'center', fill: 'C6EFCE', color: '006100' },
  near: { border: true, horizontal: 'center', fill: 'FFEB9C', color: '9C5700' },
  missed: { border: true, horizontal: 'center', fill: 'FFC7CE', color: '9C0006' },
  none: { border: true, horizontal: 'center' },
};

const PERIOD_STYLE: CellStyle = { border: true, horizontal: 'left' };

/** What the tables need besides the lines. */
export interface IndicatorTableOptions {
  readonly lang: Lang;
  /** The fiscal year's first month, for naming a yearly indicator's year ("2024/25"). */
  readonly fiscalStart: number;
}

/** Write the yearly and the monthly table, each a section of kind 'indicators' (title, header, rows). */
export function writeIndicatorTables(b: SheetBuilder, lines: readonly IndicatorLine[], o: IndicatorTableOptions): void {
  const w = indicatorWords(o.lang);
  const yearly = lines.filter((l) => l.frequency === 'year');
  const monthly = lines.filter((l) => l.frequency === 'month');
  if (yearly.length > 0) {
    b.section('indicators', () => {
      b.add([textCell(w.yearTitle, STYLES.section)]);
      b.header(headerCells(w.yearHeaders));
      for (const l of yearly) {
        b.add([nameCell(l), textCell(fiscalYearLabel(l.year, o.fiscalStart), PERIOD_STYLE), ...[l.actual, l.forecast, l.target, l.previousYear].map((m) => measureCell(m, l.percent, o.lang)), statusCell(l, o.lang)]);
      }
    });
    if (monthly.length > 0) b.blank();
  }
  if (monthly.length > 0) {
    b.section('indicators', () => {
      b.add([textCell(w.monthTitle, STYLES.section)]);
      b.header(headerCells(w.monthHeaders));
      for (const l of monthly) {
        const period = l.month === null ? '–' : monthLabel(l.month, o.lang);
        b.add([nameCell(l), textCell(period, PERIOD_STYLE), ...[l.actual, l.target, l.forecast, l.yearTarget, l.previousYear].map((m) => measureCell(m, l.percent, o.lang)), statusCell(l, o.lang)]);
      }
    });
  }
}

function headerCells(headers: readonly string[]): ReportCell[] {
  return headers.map((h, i) => textCell(h, i <= 1 ? STYLES.headerLeft : STYLES.header));
}

/** "Bemanning (månadsarbetare)": the name, with its unit of measure as the seed writes it. */
function indicatorLabel(l: IndicatorLine): string {
  return l.measureUnit === null ? l.name : `${l.name} (${l.measureUnit})`;
}

function nameCell(l: IndicatorLine): ReportCell {
  return textCell(indicatorLabel(l), labelStyle('normal', 0));
}

/** "Sep 2024", as the seed's monthly table names the month. */
function monthLabel(k: MonthKey, lang: Lang): string {
  const m = shortMonthName(monthOf(k), lang);
  return `${m.charAt(0).toLocaleUpperCase('sv-SE')}${m.slice(1)} ${yearOf(k)}`;
}

/** The Excel format of a measure: its own decimals; a percent shows the fraction with a % sign. */
function measureFormat(m: Measure, percent: boolean, lang: Lang): string {
  const d = measureDecimals(m);
  const digits = d === 0 ? '' : `.${'0'.repeat(d)}`;
  if (percent) return `0${digits}${lang === 'sv' ? ' %' : '%'}`;
  return `#,##0${digits}`;
}

/** A figure cell; empty when the sheet gives none. */
function measureCell(m: Measure | null, percent: boolean, lang: Lang): ReportCell {
  const s = figureStyle('normal');
  if (m === null) return emptyCell(s);
  return { value: measureCellValue(m, percent), text: formatMeasure(m, lang, percent), numberFormat: measureFormat(m, percent, lang), style: s };
}

function statusCell(l: IndicatorLine, lang: Lang): ReportCell {
  if (l.status === null) return textCell('–', STATUS_STYLES.none);
  return textCell(indicatorWords(lang).status(l.status.kind, l.status.basis), STATUS_STYLES[l.status.kind]);
}
