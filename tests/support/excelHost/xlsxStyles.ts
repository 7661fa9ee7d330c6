/**
 * Cell styles between the snapshot and ExcelJS (Node only). Theme colours in files map to the
 * default Office theme (tints ignored); column widths convert between points (Office.js) and
 * ExcelJS character widths with Excel's own formula for Calibri 11 (7 px per digit, 5 px padding).
 */
import type ExcelJS from 'exceljs';
import type { Border, BorderStyle, BorderWeight, CellInput, CellStyle, HorizontalAlignment, VerticalAlignment } from './snapshot';
import { DEFAULT_STYLE } from './snapshot';

/** The default Office theme's colours by theme index (lt1, dk1, lt2, dk2, accent1–6). */
const THEME = ['FFFFFF', '000000', 'E7E6E6', '44546A', '4472C4', 'ED7D31', 'A5A5A5', 'FFC000', '5B9BD5', '70AD47'];

/** '#RRGGBB' of an ExcelJS colour, or undefined. */
export function colorFromExcel(color: Partial<ExcelJS.Color> | undefined): string | undefined {
  if (!color) return undefined;
  if (typeof color.argb === 'string' && color.argb.length >= 6) return `#${color.argb.slice(-6).toUpperCase()}`;
  if (typeof color.theme === 'number' && THEME[color.theme]) return `#${THEME[color.theme]}`;
  return undefined;
}

/** ExcelJS colour of '#RRGGBB'. */
export function colorToExcel(color: string): Partial<ExcelJS.Color> {
  return { argb: `FF${color.replace('#', '').toUpperCase()}` };
}

const BORDER_OUT: Record<string, ExcelJS.BorderStyle> = {
  'Continuous/Hairline': 'hair', 'Continuous/Thin': 'thin', 'Continuous/Medium': 'medium', 'Continuous/Thick': 'thick',
  'Dash/Thin': 'dashed', 'Dash/Medium': 'mediumDashed', 'Dot/Thin': 'dotted', 'Double/Thick': 'double', 'Double/Thin': 'double',
  'DashDot/Thin': 'dashDot', 'DashDot/Medium': 'mediumDashDot', 'DashDotDot/Thin': 'dashDotDot', 'DashDotDot/Medium': 'mediumDashDotDot',
  'SlantDashDot/Medium': 'slantDashDot', 'SlantDashDot/Thin': 'slantDashDot',
};

const BORDER_IN: Record<ExcelJS.BorderStyle, [BorderStyle, BorderWeight]> = {
  hair: ['Continuous', 'Hairline'], thin: ['Continuous', 'Thin'], medium: ['Continuous', 'Medium'], thick: ['Continuous', 'Thick'],
  dashed: ['Dash', 'Thin'], mediumDashed: ['Dash', 'Medium'], dotted: ['Dot', 'Thin'], double: ['Double', 'Thick'],
  dashDot: ['DashDot', 'Thin'], mediumDashDot: ['DashDot', 'Medium'], dashDotDot: ['DashDotDot', 'Thin'],
  mediumDashDotDot: ['DashDotDot', 'Medium'], slantDashDot: ['SlantDashDot', 'Medium'],
};

const H_OUT: Partial<Record<HorizontalAlignment, ExcelJS.Alignment['horizontal']>> = {
  Left: 'left', Center: 'center', Right: 'right', Fill: 'fill', Justify: 'justify', CenterAcrossSelection: 'centerContinuous', Distributed: 'distributed',
};
const V_OUT: Record<VerticalAlignment, ExcelJS.Alignment['vertical']> = {
  Top: 'top', Center: 'middle', Bottom: 'bottom', Justify: 'justify', Distributed: 'distributed',
};
const invert = <K extends string, V extends string>(o: Partial<Record<K, V>>): Record<string, K> =>
  Object.fromEntries(Object.entries(o).map(([k, v]) => [v, k])) as Record<string, K>;
const H_IN = invert(H_OUT);
const V_IN = invert(V_OUT);

/** The ExcelJS style parts of a snapshot style (only what differs from Excel's default). */
export function styleToExcel(style: CellStyle): Partial<ExcelJS.Style> {
  const d = DEFAULT_STYLE;
  const out: Partial<ExcelJS.Style> = {};
  if (style.bold || style.italic || style.size !== d.size || style.color !== d.color || style.fontName !== d.fontName) {
    out.font = { name: style.fontName, size: style.size, bold: style.bold, italic: style.italic, color: colorToExcel(style.color) };
  }
  if (style.fill) out.fill = { type: 'pattern', pattern: 'solid', fgColor: colorToExcel(style.fill) };
  const border: Partial<ExcelJS.Borders> = {};
  for (const side of ['top', 'bottom', 'left', 'right'] as const) {
    const b = style.borders[side];
    if (b) border[side] = { style: BORDER_OUT[`${b.style}/${b.weight}`] ?? 'thin', color: colorToExcel(b.color) };
  }
  if (Object.keys(border).length > 0) out.border = border;
  const alignment: Partial<ExcelJS.Alignment> = {};
  if (H_OUT[style.horizontal]) alignment.horizontal = H_OUT[style.horizontal];
  if (style.vertical !== 'Bottom') alignment.vertical = V_OUT[style.vertical];
  if (style.indent > 0) alignment.indent = style.indent;
  if (style.wrap) alignment.wrapText = true;
  if (Object.keys(alignment).length > 0) out.alignment = alignment;
  return out;
}

/** A snapshot style from an ExcelJS cell (fields at their defaults left out). */
export function styleFromExcel(cell: ExcelJS.Cell): CellInput['style'] {
  const style: NonNullable<CellInput['style']> = {};
  const font = cell.font ?? {};
  if (font.bold) style.bold = true;
  if (font.italic) style.italic = true;
  if (typeof font.size === 'number' && font.size !== DEFAULT_STYLE.size) style.size = font.size;
  if (font.name && font.name !== DEFAULT_STYLE.fontName) style.fontName = font.name;
  const color = colorFromExcel(font.color);
  if (color && color !== DEFAULT_STYLE.color) style.color = color;
  const fill = cell.fill;
  if (fill?.type === 'pattern' && fill.pattern === 'solid') style.fill = colorFromExcel(fill.fgColor) ?? null;
  const borders: Partial<Record<'top' | 'bottom' | 'left' | 'right', Border>> = {};
  for (const side of ['top', 'bottom', 'left', 'right'] as const) {
    const b = cell.border?.[side];
    if (b?.style) {
      const [s, weight] = BORDER_IN[b.style] ?? ['Continuous', 'Thin'];
      borders[side] = { style: s, weight, color: colorFromExcel(b.color) ?? '#000000' };
    }
  }
  if (Object.keys(borders).length > 0) style.borders = borders;
  const a = cell.alignment ?? {};
  if (a.horizontal && H_IN[a.horizontal]) style.horizontal = H_IN[a.horizontal];
  if (a.vertical && V_IN[a.vertical]) style.vertical = V_IN[a.vertical];
  if (typeof a.indent === 'number' && a.indent > 0) style.indent = a.indent;
  if (a.wrapText) style.wrap = true;
  return Object.keys(style).length > 0 ? style : undefined;
}

/** Points of an ExcelJS column width (characters as stored in the file). */
export function pointsFromWidth(width: number): number {
  const px = Math.trunc(((256 * width + Math.trunc(128 / 7)) / 256) * 7);
  return px * 0.75;
}

/** ExcelJS column width (characters as stored in the file) for a width in points. */
export function widthFromPoints(points: number): number {
  const px = Math.round(points / 0.75);
  return Math.trunc((px / 7) * 256) / 256;
}
