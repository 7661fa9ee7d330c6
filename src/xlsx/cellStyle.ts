/**
 * Translating the report model's cell styles into ExcelJS font, fill, alignment and border
 * objects, once per style object: the report builder shares one CellStyle among all cells of a
 * role, so a report of many thousand cells needs only a handful of ExcelJS style objects.
 */
import type ExcelJS from 'exceljs';
import type { CellStyle } from '../core/report/model';

/** The ExcelJS parts of one CellStyle. Shared between cells: never mutate them. */
export interface ExcelStyleParts {
  readonly font: Partial<ExcelJS.Font>;
  readonly fill: ExcelJS.Fill | undefined;
  readonly alignment: Partial<ExcelJS.Alignment> | undefined;
  readonly border: Partial<ExcelJS.Borders> | undefined;
}

/** The sheet's font, which every cell is written with unless its style changes the size. */
export interface SheetFont {
  readonly name: string;
  readonly size: number;
}

/** Looks up the ExcelJS parts of a CellStyle, translating each style object once. */
export type StyleTranslator = (style: CellStyle) => ExcelStyleParts;

const THIN: Partial<ExcelJS.Border> = { style: 'thin' };
const BOX: Partial<ExcelJS.Borders> = { top: THIN, left: THIN, bottom: THIN, right: THIN };
const TOP_RULE: Partial<ExcelJS.Borders> = { top: THIN };

/** Make a translator for one sheet, caching by style object identity. */
export function makeStyleTranslator(font: SheetFont): StyleTranslator {
  const cache = new WeakMap<CellStyle, ExcelStyleParts>();
  return (style) => {
    let parts = cache.get(style);
    if (parts === undefined) {
      parts = translateStyle(style, font);
      cache.set(style, parts);
    }
    return parts;
  };
}

/** The ExcelJS parts of a style (uncached; see makeStyleTranslator). */
export function translateStyle(style: CellStyle, font: SheetFont): ExcelStyleParts {
  return {
    font: translateFont(style, font),
    fill: style.fill === undefined ? undefined : { type: 'pattern', pattern: 'solid', fgColor: { argb: toArgb(style.fill) } },
    alignment: translateAlignment(style),
    border: style.border ? BOX : style.topRule ? TOP_RULE : undefined,
  };
}

function translateFont(style: CellStyle, sheetFont: SheetFont): Partial<ExcelJS.Font> {
  const font: Partial<ExcelJS.Font> = { name: sheetFont.name, size: style.fontSize ?? sheetFont.size };
  if (style.bold) font.bold = true;
  if (style.italic) font.italic = true;
  if (style.color !== undefined) font.color = { argb: toArgb(style.color) };
  return font;
}

function translateAlignment(style: CellStyle): Partial<ExcelJS.Alignment> | undefined {
  const alignment: Partial<ExcelJS.Alignment> = {};
  const indent = style.indent ?? 0;
  // Excel shows an indent only with left (or right) alignment; "general" ignores it.
  const horizontal = style.horizontal ?? (indent > 0 ? 'left' : undefined);
  if (horizontal !== undefined) alignment.horizontal = horizontal;
  if (style.vertical !== undefined) alignment.vertical = style.vertical === 'center' ? 'middle' : style.vertical;
  if (indent > 0) alignment.indent = indent;
  if (style.wrap) alignment.wrapText = true;
  return Object.keys(alignment).length > 0 ? alignment : undefined;
}

/** ExcelJS colour (opaque AARRGGBB) of the model's RRGGBB; a leading # is tolerated. */
function toArgb(rgb: string): string {
  const hex = rgb.startsWith('#') ? rgb.slice(1) : rgb;
  if (!/^[0-9A-Fa-f]{6}$/.test(hex)) throw new Error(`Not an RRGGBB colour: ${JSON.stringify(rgb)}`);
  return `FF${hex.toUpperCase()}`;
}
