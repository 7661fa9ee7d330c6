/**
 * Between the JSON snapshot and the workbook model. Snapshot strings are stored as they are (a
 * snapshot is the workbook's content, not typed input); formulas come from `formula`.
 */
import { cellAddress, columnIndex, columnLetters, formatRect, parseCell, parseRect } from './address';
import { CellError, type Stored } from './cellStore';
import type { SheetModel } from './sheetModel';
import {
  type CellInput,
  type CellSnapshot,
  type CellStyle,
  type SheetInput,
  type SheetSnapshot,
  type WorkbookInput,
  type WorkbookSnapshot,
} from './snapshot';
import { DEFAULT_FORMAT, styleOf, type CellFormat } from './styles';
import { WorkbookModel } from './workbookModel';

/** A format from a cell input's partial style. */
function formatOf(input: CellInput): CellFormat {
  const style = input.style ?? {};
  return {
    ...DEFAULT_FORMAT,
    ...style,
    borders: { ...DEFAULT_FORMAT.borders, ...(style.borders ?? {}) },
    numberFormat: input.numberFormat ?? 'General',
  };
}

/** Fill one sheet from its input. */
function loadSheet(book: WorkbookModel, input: SheetInput): void {
  const sheet = book.addSheet(input.name, input.id, input.visibility ?? 'Visible');
  input.rows?.forEach((row, r) =>
    row.forEach((v, c) => {
      if (v !== null && v !== '') sheet.cells.setValue(r, c, v);
    }),
  );
  for (const [address, cell] of Object.entries(input.cells ?? {})) {
    const at = parseCell(address);
    if (!at) throw new Error(`Bad cell address in snapshot: ${address}`);
    const value: Stored | undefined =
      cell.value === null || cell.value === undefined || cell.value === '' ? undefined : cell.error ? new CellError(String(cell.value)) : cell.value;
    sheet.cells.setValue(at.row, at.col, value);
    sheet.cells.setFormula(at.row, at.col, cell.formula);
    if (cell.style !== undefined || cell.numberFormat !== undefined) {
      const id = book.styles.intern(formatOf(cell));
      sheet.cells.setStyle(at.row, at.col, id === 0 ? undefined : id);
    }
  }
  sheet.merges = (input.merges ?? []).map((m) => {
    const rect = parseRect(m);
    if (!rect) throw new Error(`Bad merge in snapshot: ${m}`);
    return rect;
  });
  for (const [letters, w] of Object.entries(input.columnWidths ?? {})) sheet.colWidths.set(columnIndex(letters), w);
  for (const [row, h] of Object.entries(input.rowHeights ?? {})) sheet.rowHeights.set(Number(row) - 1, h);
  sheet.freeze = { rows: input.freeze?.rows ?? 0, columns: input.freeze?.columns ?? 0 };
  sheet.pageLayout = { ...sheet.pageLayout, ...(input.pageLayout ?? {}) };
  sheet.tabColor = input.tabColor ?? null;
  for (const [key, value] of Object.entries(input.customProperties ?? {})) sheet.customProperties.set(key.toLowerCase(), { key, value });
  for (const chart of input.charts ?? []) {
    const made = book.nextChart();
    const seriesNames = chart.seriesNames ?? [chart.seriesName ?? 'Series1'];
    sheet.charts.push({
      id: made.id,
      name: chart.name ?? made.name,
      type: chart.type,
      title: chart.title ?? '',
      sourceAddress: chart.sourceAddress,
      seriesBy: chart.seriesBy ?? 'Auto',
      seriesNames,
      topLeft: chart.topLeft ?? null,
      bottomRight: chart.bottomRight ?? null,
      legend: chart.legend ?? { visible: true, position: 'Right' },
      titleVisible: null,
      ...(chart.pointFills ? { pointFills: { ...chart.pointFills } } : {}),
    });
  }
}

/** A workbook model from a snapshot or a partial input. */
export function modelFromInput(input: WorkbookInput, defaultSheetPrefix: string): WorkbookModel {
  const book = new WorkbookModel(defaultSheetPrefix);
  for (const sheet of input.sheets) loadSheet(book, sheet);
  if (book.sheets.length === 0) book.addSheet(undefined);
  for (const [key, value] of Object.entries(input.settings ?? {})) book.settings.set(key, value);
  for (const [name, formula] of Object.entries(input.names ?? {})) book.names.set(name.toLowerCase(), { name, formula });
  for (const part of input.customXmlParts ?? []) book.addCustomXmlPart(part.xml, part.id);
  const active = input.activeSheet === undefined ? undefined : book.find(input.activeSheet);
  book.activeSheetId = (active ?? book.sheets.find((s) => s.visibility === 'Visible') ?? book.sheets[0]!).id;
  return book;
}

/** Snapshot style objects, shared per format id (frozen). */
function styleCache(book: WorkbookModel): (id: number) => CellStyle {
  const cache = new Map<number, CellStyle>();
  return (id) => {
    let style = cache.get(id);
    if (!style) {
      const plain = styleOf(book.styles.get(id));
      style = Object.freeze({ ...plain, borders: Object.freeze(plain.borders) });
      cache.set(id, style);
    }
    return style;
  };
}

/** The non-empty cells of a sheet, row by row. */
function cellsOf(book: WorkbookModel, sheet: SheetModel): Record<string, CellSnapshot> {
  const styleOf = styleCache(book);
  const out: Record<string, CellSnapshot> = {};
  let rows = 0;
  for (let c = 0; c < sheet.cells.columnSpan; c++) rows = Math.max(rows, sheet.cells.rowSpan(c));
  for (let r = 0; r < rows; r++) {
    for (let c = 0; c < sheet.cells.columnSpan; c++) {
      const formula = sheet.cells.formula(r, c);
      const stored = sheet.cells.value(r, c);
      const own = sheet.cells.style(r, c);
      const id = sheet.styleId(r, c);
      if (formula === undefined && stored === undefined && (own === undefined || id === 0)) continue;
      const value = formula === undefined ? stored : sheet.value(r, c);
      out[cellAddress(r, c)] = {
        value: value === undefined ? null : value instanceof CellError ? value.code : value,
        ...(formula === undefined ? {} : { formula }),
        ...(value instanceof CellError ? { error: true as const } : {}),
        numberFormat: book.styles.get(id).numberFormat,
        style: styleOf(id),
      };
    }
  }
  return out;
}

/** One sheet as JSON. */
function sheetSnapshot(book: WorkbookModel, sheet: SheetModel): SheetSnapshot {
  const columnWidths: Record<string, number> = {};
  for (const [c, w] of [...sheet.colWidths].sort((a, b) => a[0] - b[0])) if (w !== sheet.defaultColWidth) columnWidths[columnLetters(c)] = w;
  const rowHeights: Record<string, number> = {};
  for (const [r, h] of [...sheet.rowHeights].sort((a, b) => a[0] - b[0])) if (h !== sheet.defaultRowHeight) rowHeights[String(r + 1)] = h;
  const customProperties: Record<string, string> = {};
  for (const { key, value } of sheet.customProperties.values()) customProperties[key] = value;
  return {
    id: sheet.id,
    name: sheet.name,
    visibility: sheet.visibility,
    cells: cellsOf(book, sheet),
    merges: sheet.merges.map(formatRect),
    columnWidths,
    rowHeights,
    freeze: { ...sheet.freeze },
    pageLayout: { ...sheet.pageLayout, margins: { ...sheet.pageLayout.margins }, headerFooter: { ...sheet.pageLayout.headerFooter } },
    charts: sheet.charts.map((c) => ({
      name: c.name,
      type: c.type,
      title: c.title,
      sourceAddress: c.sourceAddress,
      seriesBy: c.seriesBy,
      seriesName: c.seriesNames[0] ?? 'Series1',
      seriesNames: [...c.seriesNames],
      topLeft: c.topLeft,
      bottomRight: c.bottomRight,
      legend: { ...c.legend },
      ...(c.pointFills && Object.keys(c.pointFills).length > 0 ? { pointFills: { ...c.pointFills } } : {}),
    })),
    customProperties,
    tabColor: sheet.tabColor,
    ...(sheet.hyperlinks.size > 0 ? { hyperlinks: Object.fromEntries([...sheet.hyperlinks].map(([a, h]) => [a, { ...h }])) } : {}),
  };
}

/** The whole workbook as JSON. */
export function snapshotOf(book: WorkbookModel): WorkbookSnapshot {
  const settings: WorkbookSnapshot['settings'] = {};
  for (const [k, v] of book.settings) settings[k] = JSON.parse(JSON.stringify(v)) as WorkbookSnapshot['settings'][string];
  const names = Object.fromEntries([...book.names.values()].map((n) => [n.name, n.formula]));
  const parts = book.customXmlParts.map((p) => ({ ...p }));
  return {
    sheets: book.sheets.map((s) => sheetSnapshot(book, s)),
    activeSheet: book.activeSheet().name,
    settings,
    ...(book.names.size > 0 ? { names } : {}),
    ...(parts.length > 0 ? { customXmlParts: parts } : {}),
  };
}
