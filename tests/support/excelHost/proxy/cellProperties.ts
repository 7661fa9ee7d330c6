/**
 * `Range.getCellProperties` (ExcelApi 1.9): per-cell objects shaped like the options, e.g.
 * `{ format: { font: { bold: true }, fill: { color: true }, indentLevel: true } }` gives
 * `[[{ format: { font: { bold: false }, fill: { color: '#FFFFFF' }, indentLevel: 0 } }]]`.
 */
import { qualifiedAddress, type Rect } from '../address';
import type { SheetModel } from '../sheetModel';
import type { CellFormat } from '../styles';
import { fillColor } from './targets';

/** The options the host understands (others are ignored). */
export interface CellPropertiesOptions {
  address?: boolean;
  format?: {
    font?: { bold?: boolean; italic?: boolean; color?: boolean; name?: boolean; size?: boolean };
    fill?: { color?: boolean };
    borders?: { style?: boolean; color?: boolean; weight?: boolean };
    horizontalAlignment?: boolean;
    verticalAlignment?: boolean;
    indentLevel?: boolean;
    wrapText?: boolean;
  };
}

type Picker = (f: CellFormat) => unknown;

const FONT: Record<string, Picker> = {
  bold: (f) => f.bold,
  italic: (f) => f.italic,
  color: (f) => f.color,
  name: (f) => f.fontName,
  size: (f) => f.size,
};

const FORMAT: Record<string, Picker> = {
  horizontalAlignment: (f) => f.horizontal,
  verticalAlignment: (f) => f.vertical,
  indentLevel: (f) => f.indent,
  wrapText: (f) => f.wrap,
};

const SIDES = { EdgeTop: 'top', EdgeBottom: 'bottom', EdgeLeft: 'left', EdgeRight: 'right' } as const;

/** Pick the requested fields of one format. */
function formatProps(f: CellFormat, options: NonNullable<CellPropertiesOptions['format']>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  if (options.font) {
    const font: Record<string, unknown> = {};
    for (const [k, want] of Object.entries(options.font)) if (want && FONT[k]) font[k] = FONT[k](f);
    out.font = font;
  }
  if (options.fill?.color) out.fill = { color: fillColor(f) };
  for (const [k, pick] of Object.entries(FORMAT)) if (options[k as keyof typeof options]) out[k] = pick(f);
  if (options.borders) {
    const borders: Record<string, unknown> = {};
    for (const [index, side] of Object.entries(SIDES)) {
      const b = f.borders[side];
      const item: Record<string, unknown> = {};
      if (options.borders.style) item.style = b?.style ?? 'None';
      if (options.borders.color) item.color = b?.color ?? '#000000';
      if (options.borders.weight) item.weight = b?.weight ?? 'Thin';
      borders[index] = item;
    }
    out.borders = borders;
  }
  return out;
}

/** The 2-D array `getCellProperties` returns for `rect`. */
export function cellProperties(sheet: SheetModel, rect: Rect, options: CellPropertiesOptions): Record<string, unknown>[][] {
  const cache = new Map<number, Record<string, unknown>>();
  return sheet.grid(rect, (r, c) => {
    const cell: Record<string, unknown> = {};
    if (options.address) cell.address = qualifiedAddress(sheet.name, { r0: r, r1: r, c0: c, c1: c });
    if (options.format) {
      const id = sheet.styleId(r, c);
      let props = cache.get(id);
      if (!props) {
        props = formatProps(sheet.services.styles.get(id), options.format);
        cache.set(id, props);
      }
      cell.format = structuredClone(props);
    }
    return cell;
  }) ?? [];
}
