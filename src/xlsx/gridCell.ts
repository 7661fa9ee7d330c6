/**
 * Turning an ExcelJS cell into a raw grid cell, as Office.js would show it: formulas as their
 * cached result, rich text and hyperlinks as their text, dates as Excel serial numbers.
 */
import ExcelJS from 'exceljs';
import { UNCALCULATED, type Cell, type CellError } from '../core/grid/grid';

/** Milliseconds per day, and the serial number of 1970-01-01 in Excel's 1900 date system. */
const MS_PER_DAY = 86_400_000;
const UNIX_EPOCH_SERIAL = 25_569;

/**
 * What a formula whose cached result is an error reads as (and a number that is not one). ExcelJS's
 * streaming reader parses the error text of such a cell as a number and keeps only NaN, so which
 * error it was is lost; the cell must still read as an error, not as a number or as empty.
 */
export const UNKNOWN_ERROR: CellError = { error: '#VALUE!' };

/** The Excel serial number (1900 date system) of a date, counted in UTC. */
export function toExcelSerial(date: Date): number {
  return date.getTime() / MS_PER_DAY + UNIX_EPOCH_SERIAL;
}

/** The raw grid cell of an ExcelJS cell (see the module comment). */
export function toGridCell(cell: ExcelJS.Cell): Cell {
  // Not cell.value: ExcelJS's formula value drops a falsy result, so a formula showing 0 would
  // read as empty. cell.result is the cached result as stored.
  if (cell.type === ExcelJS.ValueType.Formula) return fromFormulaResult(cell.result);
  return fromValue(cell.value);
}

function fromValue(value: ExcelJS.CellValue): Cell {
  if (value === null || value === undefined) return null;
  if (typeof value === 'number') return Number.isFinite(value) ? value : UNKNOWN_ERROR;
  if (typeof value === 'string' || typeof value === 'boolean') return value;
  if (value instanceof Date) return toExcelSerial(value);
  if ('error' in value) return { error: String(value.error) };
  if ('richText' in value) return joinRichText(value.richText);
  if ('hyperlink' in value) return fromHyperlinkText(value.text);
  // Cells of a shared formula other than its first come through as a plain { formula: '', result }.
  if ('result' in value || 'formula' in value || 'sharedFormula' in value) return fromFormulaResult(value.result);
  return null;
}

function fromFormulaResult(result: ExcelJS.CellFormulaValue['result'] | undefined): Cell {
  // No cached result at all: the file was written without calculating (Excel always stores one).
  if (result === undefined) return { error: UNCALCULATED };
  if (result === null) return null;
  if (typeof result === 'number') return Number.isNaN(result) ? UNKNOWN_ERROR : result;
  if (typeof result === 'string' || typeof result === 'boolean') return result;
  if (result instanceof Date) return toExcelSerial(result);
  return { error: String(result.error) };
}

/** A hyperlink's text, which ExcelJS gives as a string or (styled text) as rich text. */
function fromHyperlinkText(text: string | ExcelJS.CellRichTextValue): string {
  return typeof text === 'string' ? text : joinRichText(text.richText);
}

function joinRichText(runs: readonly ExcelJS.RichText[]): string {
  let s = '';
  // A run with no text comes back from the shared strings as text: null, whatever the types say.
  for (const run of runs) s += run.text ?? '';
  return s;
}
