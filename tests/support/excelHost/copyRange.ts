/**
 * `Range.copyFrom` (ExcelApi 1.9) on the model. Microsoft's reference: "Copies cell data or
 * formatting from the source range or RangeAreas to the current range. The destination range can
 * be a different size than the source range or RangeAreas. The destination will be expanded
 * automatically if it is smaller than the source." The article "Cut, copy, and paste ranges":
 * "The Range.copyFrom method replicates the Copy and Paste actions of the Excel UI", with copyType
 * "formulas transfers the formulas in the source cells … Any non-formula entries are copied
 * as-is", "values copies the data values and, in the case of formulas, the result of the formula",
 * "formats copies the formatting of the range, including font, color, and other format settings,
 * but no values", "all (the default option) copies both data and formatting, preserving cells'
 * formulas if found"; skipBlanks: "Skipped cells will not overwrite the existing data of their
 * corresponding cells in the destination range."
 *
 * As the UI's paste: what is copied is the cell as stored (a text stays the text it was, whatever
 * the destination's number format: no write rule re-reads it), merged areas and hyperlinks go with
 * the formatting; column widths are not copied. A destination larger than the source
 * gets the source once at its top-left cell (the UI repeats it when the sizes divide; not modelled).
 */
import { cellAddress, contains, intersects, isUnbounded, type Rect } from './address';
import { hostError } from './errors';
import type { SheetModel } from './sheetModel';
import { MAX_COLUMNS, MAX_ROWS } from './snapshot';

/** Excel.RangeCopyType. */
export type CopyType = 'All' | 'Formulas' | 'Values' | 'Formats' | 'Link';

const COPY_TYPES: readonly string[] = ['All', 'Formulas', 'Values', 'Formats', 'Link'];

/** Check the arguments Excel validates (at sync). */
export function checkCopyType(copyType: unknown, transpose: unknown): CopyType {
  if (!COPY_TYPES.includes(copyType as string)) throw hostError('InvalidArgument');
  if (copyType === 'Link' || transpose === true) throw hostError('InvalidArgument', `copyFrom with ${transpose === true ? 'transpose' : "'Link'"} is not modelled by the host.`);
  return copyType as CopyType;
}

/** Where the source lands: the destination's top-left cell, the source's size. */
export function pasteRect(source: Rect, destination: Rect): Rect {
  const rect = { r0: destination.r0, c0: destination.c0, r1: destination.r0 + source.r1 - source.r0, c1: destination.c0 + source.c1 - source.c0 };
  if (rect.r1 >= MAX_ROWS || rect.c1 >= MAX_COLUMNS) throw hostError('InvalidArgument', 'The range is outside the bounds of the worksheet grid.');
  return rect;
}

/** Copy `source` of `from` to `to` at `destination` (its top-left cell). */
export function copyRange(from: SheetModel, source: Rect, to: SheetModel, destination: Rect, copyType: CopyType, skipBlanks: boolean): void {
  if (isUnbounded(source)) throw hostError('InvalidArgument', 'copyFrom of entire rows or columns is not modelled by the host.');
  const target = pasteRect(source, destination);
  const dr = target.r0 - source.r0;
  const dc = target.c0 - source.c0;
  // Read everything first: source and destination may overlap.
  const cells: { r: number; c: number; value: ReturnType<SheetModel['value']>; formula: string | undefined; style: number; link: ReturnType<SheetModel['hyperlinks']['get']> }[] = [];
  for (let r = source.r0; r <= source.r1; r++) {
    for (let c = source.c0; c <= source.c1; c++) {
      const formula = from.cells.formula(r, c);
      if (formula !== undefined && (dr !== 0 || dc !== 0) && copyType !== 'Values' && copyType !== 'Formats') {
        throw hostError('InvalidArgument', 'copyFrom of formulas to another position (relative references moved) is not modelled by the host.');
      }
      cells.push({ r, c, value: copyType === 'Values' ? from.value(r, c) : from.cells.value(r, c), formula, style: from.styleId(r, c), link: from.hyperlinks.get(cellAddress(r, c)) });
    }
  }
  const merges = from.merges.filter((m) => contains(source, m));
  const data = copyType !== 'Formats';
  const formats = copyType === 'All' || copyType === 'Formats';
  for (const cell of cells) {
    const blank = cell.value === undefined && cell.formula === undefined;
    if (skipBlanks && blank) continue;
    const r = cell.r + dr;
    const c = cell.c + dc;
    if (data) {
      to.cells.setValue(r, c, cell.value);
      to.cells.setFormula(r, c, copyType === 'Values' ? undefined : cell.formula);
    }
    if (formats) {
      // A cell whose format is what it inherits at the destination keeps no format of its own.
      const inherited = to.rowStyles.get(r) ?? to.colStyles.get(c) ?? to.sheetStyle;
      to.cells.setStyle(r, c, cell.style === inherited ? undefined : cell.style);
      const address = cellAddress(r, c);
      if (cell.link) to.hyperlinks.set(address, { ...cell.link });
      else to.hyperlinks.delete(address);
    }
  }
  if (formats) {
    to.merges = [...to.merges.filter((m) => !intersects(m, target)), ...merges.map((m) => ({ r0: m.r0 + dr, r1: m.r1 + dr, c0: m.c0 + dc, c1: m.c1 + dc }))];
  }
}
