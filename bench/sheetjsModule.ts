/**
 * SheetJS (the `xlsx` package), the best-known JavaScript spreadsheet reader, as a second yardstick
 * beside DuckDB: installed on first use into .bench/sheetjs (benchPackage.ts), never a project
 * dependency. 0.18.5 is the last release on the npm registry; SheetJS publishes newer ones
 * (0.20.x) only on its own CDN, which this machine cannot reach, so those are not measured.
 */
import { ensureBenchPackage, loadBenchPackage, type BenchPackage } from './benchPackage';

/** The version measured. */
export const SHEETJS_PACKAGE = 'xlsx@0.18.5';

const SHEETJS: BenchPackage = { folder: 'sheetjs', spec: SHEETJS_PACKAGE, module: 'xlsx' };

/** Why newer SheetJS releases are not measured (printed under the bench's table). */
export const SHEETJS_VERSION_NOTE = 'SheetJS 0.18.5 is the last release on the npm registry; newer ones (0.20.x) are published only on SheetJS\'s own CDN, not reachable here.';

/** The part of the `xlsx` package the bench uses. */
export interface SheetJsModule {
  readonly version: string;
  readFile(file: string, options: Readonly<Record<string, unknown>>): { SheetNames: string[]; Sheets: Record<string, unknown> };
  readonly utils: { sheet_to_json(sheet: unknown, options: Readonly<Record<string, unknown>>): unknown[][] };
}

/**
 * `XLSX.readFile` options for reading values only, as fast as SheetJS goes: dense sheets (rows as
 * arrays instead of an object keyed by "A1" per cell: at 100 k rows 2.8 s instead of 6.5 s), and
 * none of the extras (styles, formulas, HTML, formatted text, number formats, dates as Date,
 * stub cells for blanks): 1.9 s. On a CSV also `raw` (no number guessing: SheetJS would read the
 * decimal comma of "1234,56" as a thousands separator, 123456) and UTF-8 (else "Förvaltning" is
 * read as Windows-1252); amounts are then parsed from their text as the engine does.
 */
export function readOptions(file: string): Record<string, unknown> {
  const valuesOnly = { dense: true, cellStyles: false, cellFormula: false, cellHTML: false, cellText: false, cellNF: false, cellDates: false, sheetStubs: false };
  return /\.csv$/i.test(file) ? { ...valuesOnly, raw: true, codepage: 65001 } : valuesOnly;
}

/** `sheet_to_json` options: an array of raw values per row (header row included), blank rows left out. */
export const ROW_OPTIONS = { header: 1, raw: true, blankrows: false } as const;

/** Install SheetJS into .bench/sheetjs unless it is there; returns why not on failure, else null. */
export function ensureSheetJs(): string | null {
  return ensureBenchPackage(SHEETJS);
}

/** Load SheetJS from .bench/sheetjs (throws when it is not installed). */
export function loadSheetJs(): SheetJsModule {
  return loadBenchPackage<SheetJsModule>(SHEETJS);
}
