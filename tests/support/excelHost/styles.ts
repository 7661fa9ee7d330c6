/**
 * Cell formats, interned: a sheet stores one small integer per formatted cell, and the table maps it
 * to an immutable `CellFormat` (number format + style). Changing a format derives a new id through
 * a `StyleChange`, so formatting a million cells costs a million integer writes, not objects.
 */
import { DEFAULT_STYLE, type Border, type Borders, type CellStyle } from './snapshot';

/** A cell's complete format. */
export interface CellFormat extends CellStyle {
  numberFormat: string;
}

/** Which edge of a cell. */
export type Side = keyof Borders;

/** A change to formats: `key` identifies it for memoising, `apply` makes the new format. */
export interface StyleChange {
  readonly key: string;
  apply(format: CellFormat): CellFormat;
}

/** The default format (id 0). */
export const DEFAULT_FORMAT: CellFormat = Object.freeze({ ...DEFAULT_STYLE, numberFormat: 'General' });

/** A change that sets some fields (borders merged side by side). */
export function patchChange(patch: Partial<Omit<CellFormat, 'borders'>> & { borders?: Partial<Borders> }): StyleChange {
  return {
    key: JSON.stringify(patch),
    apply(format) {
      const borders = patch.borders ? { ...format.borders, ...patch.borders } : format.borders;
      return { ...format, ...patch, borders };
    },
  };
}

/** A change that edits one border edge (null removes it). */
export function borderChange(side: Side, edit: (border: Border | null) => Border | null, key: string): StyleChange {
  return {
    key: `border:${side}:${key}`,
    apply(format) {
      return { ...format, borders: { ...format.borders, [side]: edit(format.borders[side]) } };
    },
  };
}

/** Stable text of a format, used as the interning key. */
function formatKey(f: CellFormat): string {
  const b = f.borders;
  const edge = (e: Border | null): string => (e ? `${e.style}/${e.weight}/${e.color}` : '-');
  return [
    f.numberFormat, f.bold ? 1 : 0, f.italic ? 1 : 0, f.size, f.color, f.fontName, f.fill ?? '-',
    edge(b.top), edge(b.bottom), edge(b.left), edge(b.right), f.horizontal, f.vertical, f.indent, f.wrap ? 1 : 0,
  ].join('\u0001');
}

/** The interning table shared by all sheets of a workbook. */
export class StyleTable {
  private readonly formats: CellFormat[] = [DEFAULT_FORMAT];
  private readonly ids = new Map<string, number>([[formatKey(DEFAULT_FORMAT), 0]]);
  private readonly derived = new Map<string, number>();

  /** The format of an id (0 = default). */
  get(id: number): CellFormat {
    return this.formats[id] ?? DEFAULT_FORMAT;
  }

  /** The id of a format, adding it when new. */
  intern(format: CellFormat): number {
    const key = formatKey(format);
    const known = this.ids.get(key);
    if (known !== undefined) return known;
    const frozen = Object.freeze({ ...format, borders: Object.freeze({ ...format.borders }) });
    this.formats.push(frozen);
    this.ids.set(key, this.formats.length - 1);
    return this.formats.length - 1;
  }

  /** The id of `change` applied to the format `id` (memoised). */
  derive(id: number, change: StyleChange): number {
    const memo = `${id}\u0002${change.key}`;
    const known = this.derived.get(memo);
    if (known !== undefined) return known;
    const next = this.intern(change.apply(this.get(id)));
    this.derived.set(memo, next);
    return next;
  }
}

/** The style part of a format (everything but the number format). */
export function styleOf(f: CellFormat): CellStyle {
  return {
    bold: f.bold,
    italic: f.italic,
    size: f.size,
    color: f.color,
    fontName: f.fontName,
    fill: f.fill,
    borders: { ...f.borders },
    horizontal: f.horizontal,
    vertical: f.vertical,
    indent: f.indent,
    wrap: f.wrap,
  };
}
