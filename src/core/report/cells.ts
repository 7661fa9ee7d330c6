/** Cell makers and the shared styles of the report. Figures are rounded here, where they are shown. */
import {
  formatPlainNumber,
  formatRoundedPercent,
  fractionOfRounded,
  percentRounded,
  showAmount,
  type Lang,
  type Money,
  type Percent,
  type Scale,
  type ShownAmount,
} from '../money';
import type { CellStyle, ReportCell } from './model';

/** The report's named styles. */
export const STYLES = {
  title: { bold: true, fontSize: 14 },
  subtitle: { italic: true, color: '595959' },
  section: { bold: true, fontSize: 12 },
  header: { bold: true, fill: 'DDEBF7', border: true, wrap: true, vertical: 'center', horizontal: 'center' },
  headerLeft: { bold: true, fill: 'DDEBF7', border: true, wrap: true, vertical: 'center', horizontal: 'left' },
  keyLabel: { horizontal: 'left' },
  keyValue: { bold: true, horizontal: 'right' },
  text: { wrap: true, vertical: 'top', horizontal: 'left' },
  comment: { wrap: true, vertical: 'top', horizontal: 'left', border: true, fill: 'FFF2CC' },
  /** An empty comment cell of a row whose deviation needs a comment: a stronger fill, so it is seen. */
  commentNeeded: { wrap: true, vertical: 'top', horizontal: 'left', border: true, fill: 'F8CBAD' },
  /** Last month's comment beside this month's (core/cycle/previousComments): read, not typed, so no input fill. */
  previousComment: { wrap: true, vertical: 'top', horizontal: 'left', border: true, italic: true, color: '595959' },
  /** Last month's summary comment under the summary's title. */
  previousSummary: { wrap: true, vertical: 'top', horizontal: 'left', italic: true, color: '595959' },
  /** The title block's count of deviations without a comment. */
  explainCount: { bold: true, color: 'C00000', horizontal: 'left', wrap: true },
  /** The count where it has the title row's free columns to itself (buildReport's placeTitleCount). */
  explainCountBeside: { bold: true, color: 'C00000', horizontal: 'right' },
  /** The summary's comment cell: plain, so an empty one prints as nothing and a filled one as text. */
  commentBox: { wrap: true, vertical: 'top', horizontal: 'left' },
  /** A note for the reader of the sheet (left-out columns, where to type). */
  note: { italic: true, color: '595959', horizontal: 'left' },
  ofWhich: { italic: true, border: true, horizontal: 'left' },
} satisfies Record<string, CellStyle>;

/** How a table row is emphasised. */
export type RowEmphasis = 'normal' | 'bold' | 'total';

const labelStyles = new Map<string, CellStyle>();
const figureStyles = new Map<string, CellStyle>();

/** The style of a row label: indented by depth, bold for parents and sums, a rule above totals. */
export function labelStyle(emphasis: RowEmphasis, indent: number): CellStyle {
  const key = `${emphasis}:${indent}`;
  let s = labelStyles.get(key);
  if (!s) {
    s = { border: true, horizontal: 'left', indent, ...emphasisStyle(emphasis) };
    labelStyles.set(key, s);
  }
  return s;
}

/** The style of a figure cell in a row of the given emphasis. */
export function figureStyle(emphasis: RowEmphasis): CellStyle {
  let s = figureStyles.get(emphasis);
  if (!s) {
    s = { border: true, horizontal: 'right', ...emphasisStyle(emphasis) };
    figureStyles.set(emphasis, s);
  }
  return s;
}

function emphasisStyle(e: RowEmphasis): CellStyle {
  if (e === 'bold') return { bold: true };
  if (e === 'total') return { bold: true, topRule: true, fill: 'F2F2F2' };
  return {};
}

/** The amount formats by decimals shown, plain and for a deviation (negative in red). */
const AMOUNT_FORMATS = {
  whole: { plain: '#,##0', deviation: '#,##0;[Red]-#,##0' },
  tenths: { plain: '#,##0.0', deviation: '#,##0.0;[Red]-#,##0.0' },
} as const;

/** Excel number formats: invariant, so Excel shows the user's own separators. */
export function amountFormat(scale: Scale, deviation: boolean): string {
  const formats = scale === 'mnkr' ? AMOUNT_FORMATS.tenths : AMOUNT_FORMATS.whole;
  return deviation ? formats.deviation : formats.plain;
}

/** The percent format. */
export const PERCENT_FORMAT = '0.0%';

/** A text cell; text is always written as text, never as a formula. */
export function textCell(text: string, style: CellStyle): ReportCell {
  return { value: text === '' ? null : text, text, numberFormat: '@', style };
}

/** An empty cell with a style (for borders and fills). */
export function emptyCell(style: CellStyle): ReportCell {
  return { value: null, text: '', numberFormat: 'General', style };
}

/** An amount rounded in its scale; null gives an empty cell. */
export function amountCell(amount: Money | null, scale: Scale, lang: Lang, style: CellStyle, deviation = false): ReportCell {
  return shownAmountCell(amount === null ? null : showAmount(amount, scale), scale, lang, style, deviation);
}

/** An amount already rounded as shown (rounding-reconciled display); null gives an empty cell. */
export function shownAmountCell(shown: ShownAmount | null, scale: Scale, lang: Lang, style: CellStyle, deviation = false): ReportCell {
  if (shown === null) return emptyCell(style);
  return { value: shown.value, text: formatPlainNumber(shown.plain, lang), numberFormat: amountFormat(scale, deviation), style };
}

/** The percent format of key figures in Swedish: a space before the sign, as Swedish prose writes it. */
export const PERCENT_FORMAT_SPACED = '0.0 %';

/**
 * A percent with one decimal; no percent (budget 0) shows "–", never #DIV/0!. `spaced` writes
 * Swedish "94,3 %" (key figures, as in the committee protocol); tables write "94,3%".
 */
export function percentCell(p: Percent | null, lang: Lang, style: CellStyle, spaced = false): ReportCell {
  if (p === null) return { value: '–', text: '–', numberFormat: '@', style };
  const prose = spaced && lang === 'sv';
  const rounded = percentRounded(p);
  return {
    value: fractionOfRounded(rounded),
    text: formatRoundedPercent(rounded, lang, prose ? 'prose' : 'cell'),
    numberFormat: prose ? PERCENT_FORMAT_SPACED : PERCENT_FORMAT,
    style,
  };
}
