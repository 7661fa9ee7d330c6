/**
 * Formatting a sheet the way Excel stores formats: a bounded range formats its cells; whole columns
 * ('B:B') set the column format and update the cells already formatted in them; whole rows likewise;
 * the whole sheet sets the sheet format. Reading a format over a range gives the common value or
 * null when the cells differ (blank/null article: "null when different values exist").
 */
import { intersects, isEntireColumns, isEntireRows, type Rect } from './address';
import { hostError } from './errors';
import { displayText } from './numberFormat';
import type { SheetModel } from './sheetModel';
import { MAX_COLUMNS, MAX_ROWS } from './snapshot';
import { patchChange, type CellFormat, type StyleChange } from './styles';

/** Apply a format change to every cell of `rect`. */
export function applyStyle(sheet: SheetModel, rect: Rect, change: StyleChange): void {
  const styles = sheet.services.styles;
  const derive = (id: number): number => styles.derive(id, change);
  const fullCols = isEntireColumns(rect);
  const fullRows = isEntireRows(rect);
  if (fullCols && fullRows) {
    sheet.sheetStyle = derive(sheet.sheetStyle);
    for (const [c, id] of sheet.colStyles) sheet.colStyles.set(c, derive(id));
    for (const [r, id] of sheet.rowStyles) sheet.rowStyles.set(r, derive(id));
    for (let c = 0; c < sheet.cells.columnSpan; c++) {
      sheet.cells.forEachStyled(c, 0, MAX_ROWS - 1, (r, id) => sheet.cells.setStyle(r, c, derive(id)));
    }
    return;
  }
  if (fullCols) {
    for (let c = rect.c0; c <= rect.c1; c++) {
      // Cells where a formatted row crosses the column get their own format first (Excel does this too).
      for (const r of sheet.rowStyles.keys()) {
        if (sheet.cells.style(r, c) === undefined) sheet.cells.setStyle(r, c, sheet.styleId(r, c));
      }
      sheet.cells.forEachStyled(c, 0, MAX_ROWS - 1, (r, id) => sheet.cells.setStyle(r, c, derive(id)));
      sheet.colStyles.set(c, derive(sheet.colStyles.get(c) ?? sheet.sheetStyle));
    }
    return;
  }
  if (fullRows) {
    for (let r = rect.r0; r <= rect.r1; r++) {
      for (const c of sheet.colStyles.keys()) {
        if (sheet.cells.style(r, c) === undefined) sheet.cells.setStyle(r, c, sheet.styleId(r, c));
      }
      for (let c = 0; c < sheet.cells.columnSpan; c++) {
        const id = sheet.cells.style(r, c);
        if (id !== undefined) sheet.cells.setStyle(r, c, derive(id));
      }
      sheet.rowStyles.set(r, derive(sheet.rowStyles.get(r) ?? sheet.sheetStyle));
    }
    return;
  }
  for (let c = rect.c0; c <= rect.c1; c++) {
    for (let r = rect.r0; r <= rect.r1; r++) sheet.cells.setStyle(r, c, derive(sheet.styleId(r, c)));
  }
}

/** Visit the format ids in `rect` until `visit` returns false. Unbounded ranges visit the distinct ones. */
function visitStyles(sheet: SheetModel, rect: Rect, visit: (id: number) => boolean): void {
  if (!isEntireColumns(rect) && !isEntireRows(rect)) {
    for (let c = rect.c0; c <= rect.c1; c++) {
      for (let r = rect.r0; r <= rect.r1; r++) if (!visit(sheet.styleId(r, c))) return;
    }
    return;
  }
  const seen = new Set<number>();
  const add = (id: number): boolean => (seen.has(id) ? true : (seen.add(id), visit(id)));
  if (isEntireColumns(rect) && !isEntireRows(rect)) {
    for (let c = rect.c0; c <= rect.c1; c++) if (!add(sheet.colStyles.get(c) ?? sheet.sheetStyle)) return;
  } else if (!add(sheet.sheetStyle)) return;
  for (const [r, id] of sheet.rowStyles) if (r >= rect.r0 && r <= rect.r1 && !add(id)) return;
  const lastCol = Math.min(rect.c1, sheet.cells.columnSpan - 1);
  for (let c = rect.c0; c <= lastCol; c++) {
    let stop = false;
    sheet.cells.forEachStyled(c, rect.r0, rect.r1, (_r, id) => {
      if (!stop && !add(id)) stop = true;
    });
    if (stop) return;
  }
}

/** The common value of `pick` over `rect`, or null when cells differ. */
export function readStyle<T>(sheet: SheetModel, rect: Rect, pick: (f: CellFormat) => T): T | null {
  const styles = sheet.services.styles;
  let first = true;
  let lastId = -1;
  let result: T | null = null;
  visitStyles(sheet, rect, (id) => {
    if (id === lastId) return true;
    lastId = id;
    const v = pick(styles.get(id));
    if (first) {
      first = false;
      result = v;
      return true;
    }
    if (JSON.stringify(v) !== JSON.stringify(result)) {
      result = null;
      return false;
    }
    return true;
  });
  return result;
}

/** Set number formats from a grid or one string ('' resets to General; null leaves a cell alone). */
export function writeNumberFormats(sheet: SheetModel, rect: Rect, read: (i: number, j: number) => unknown): void {
  for (let c = rect.c0; c <= rect.c1; c++) {
    for (let r = rect.r0; r <= rect.r1; r++) {
      const v = read(r - rect.r0, c - rect.c0);
      if (v === null) continue;
      const numberFormat = v === '' ? 'General' : String(v);
      sheet.cells.setStyle(r, c, sheet.services.styles.derive(sheet.styleId(r, c), patchChange({ numberFormat })));
    }
  }
}

/** Remove formats (and merges) from `rect`, as `clear('Formats')` does. */
export function clearFormats(sheet: SheetModel, rect: Rect): void {
  const fullCols = isEntireColumns(rect);
  const fullRows = isEntireRows(rect);
  if (fullCols && fullRows) {
    sheet.sheetStyle = 0;
    sheet.colStyles.clear();
    sheet.rowStyles.clear();
  } else if (fullCols) {
    for (let c = rect.c0; c <= rect.c1; c++) sheet.colStyles.delete(c);
  } else if (fullRows) {
    for (let r = rect.r0; r <= rect.r1; r++) sheet.rowStyles.delete(r);
  }
  const inherited = (r: number, c: number): boolean =>
    sheet.rowStyles.has(r) || sheet.colStyles.has(c) || sheet.sheetStyle !== 0;
  const lastCol = Math.min(rect.c1, sheet.cells.columnSpan - 1);
  for (let c = rect.c0; c <= lastCol; c++) {
    const cells: number[] = [];
    sheet.cells.forEachStyled(c, rect.r0, rect.r1, (r) => cells.push(r));
    for (const r of cells) sheet.cells.setStyle(r, c, inherited(r, c) ? 0 : undefined);
  }
  unmerge(sheet, rect);
}

/** Merge `rect` (each row separately when `across`); Excel keeps only the top-left value. */
export function merge(sheet: SheetModel, rect: Rect, across: boolean): void {
  const areas: Rect[] = across
    ? Array.from({ length: rect.r1 - rect.r0 + 1 }, (_, i) => ({ r0: rect.r0 + i, r1: rect.r0 + i, c0: rect.c0, c1: rect.c1 }))
    : [rect];
  for (const area of areas) {
    if (area.r0 === area.r1 && area.c0 === area.c1) continue;
    unmerge(sheet, area);
    for (let r = area.r0; r <= area.r1; r++) {
      for (let c = area.c0; c <= area.c1; c++) {
        if (r === area.r0 && c === area.c0) continue;
        sheet.cells.setValue(r, c, undefined);
        sheet.cells.setFormula(r, c, undefined);
      }
    }
    sheet.merges.push(area);
  }
}

/** Remove every merged area that overlaps `rect`. */
export function unmerge(sheet: SheetModel, rect: Rect): void {
  sheet.merges = sheet.merges.filter((m) => !intersects(m, rect));
}

/** Set the width (points) of the columns of `rect`. */
export function setColumnWidth(sheet: SheetModel, rect: Rect, width: unknown): void {
  if (typeof width !== 'number' || !Number.isFinite(width) || width < 0 || width > 1342.5) throw hostError('InvalidArgument');
  // Excel keeps widths in whole pixels (0.75 pt each).
  const points = Math.round(width / 0.75) * 0.75;
  if (isEntireRows(rect)) {
    sheet.defaultColWidth = points;
    sheet.colWidths.clear();
    return;
  }
  for (let c = rect.c0; c <= rect.c1; c++) sheet.colWidths.set(c, points);
}

/** Set the height (points, at most 409) of the rows of `rect`. */
export function setRowHeight(sheet: SheetModel, rect: Rect, height: unknown): void {
  if (typeof height !== 'number' || !Number.isFinite(height) || height < 0 || height > 409) throw hostError('InvalidArgument');
  if (isEntireColumns(rect)) {
    sheet.defaultRowHeight = height;
    sheet.rowHeights.clear();
    return;
  }
  for (let r = rect.r0; r <= rect.r1; r++) sheet.rowHeights.set(r, height);
}

/** Common width of the columns of `rect`, or null. */
export function readColumnWidth(sheet: SheetModel, rect: Rect): number | null {
  const w = sheet.columnWidth(rect.c0);
  for (let c = rect.c0 + 1; c <= Math.min(rect.c1, MAX_COLUMNS - 1); c++) if (sheet.columnWidth(c) !== w) return null;
  return w;
}

/** Common height of the rows of `rect`, or null. */
export function readRowHeight(sheet: SheetModel, rect: Rect): number | null {
  const h = sheet.rowHeight(rect.r0);
  if (rect.r1 - rect.r0 > 100_000) return [...sheet.rowHeights.values()].every((x) => x === h) ? h : null;
  for (let r = rect.r0 + 1; r <= rect.r1; r++) if (sheet.rowHeight(r) !== h) return null;
  return h;
}

/**
 * Fit the columns of `rect` to their text: about 7 px per character of Calibri 11 (scaled by size,
 * +10% bold) plus 5 px padding, in points. A column with no text gets the default width.
 */
export function autofitColumns(sheet: SheetModel, rect: Rect): void {
  const lastCol = Math.min(rect.c1, Math.max(rect.c0, sheet.cells.columnSpan - 1));
  for (let c = rect.c0; c <= lastCol; c++) {
    let px = 0;
    const end = Math.min(rect.r1, sheet.cells.rowSpan(c) - 1);
    for (let r = rect.r0; r <= end; r++) {
      if (sheet.merges.some((m) => m.c0 !== m.c1 && r >= m.r0 && r <= m.r1 && c >= m.c0 && c <= m.c1)) continue;
      const f = sheet.format(r, c);
      const text = displayText(sheet.value(r, c), f.numberFormat);
      if (!text) continue;
      const width = text.length * 7 * (f.size / 11) * (f.bold ? 1.1 : 1) + f.indent * 9 + 5;
      px = Math.max(px, width);
    }
    const points = px === 0 ? sheet.defaultColWidth : Math.min(1342.5, Math.ceil(px) * 0.75);
    sheet.colWidths.set(c, points);
  }
}
