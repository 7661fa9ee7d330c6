/**
 * Snapshots to and from .xlsx files with ExcelJS (Node only).
 *
 * Kept in the file natively: values, formulas (with cached results), number formats, fonts,
 * fills, borders, alignment and indent, merges, column widths, row heights, frozen panes, page
 * setup, visibility and tab colours. ExcelJS has no charts or document custom properties, so the
 * rest (sheet ids, worksheet custom properties, charts, settings, custom XML parts, the active sheet) is stored as
 * JSON in a very hidden sheet named "__host" (cell A1 a marker, A2 the version, A3… the JSON in
 * chunks of at most 30 000 characters). Loading removes that sheet and restores what it holds;
 * a workbook without it loads with fresh ids. Charts therefore survive a round trip through the
 * snapshot, but are not real Excel charts in the file.
 */
import ExcelJS from 'exceljs';
import { cellAddress, columnLetters, parseRect } from './address';
import type { CellInput, ChartSnapshot, JsonValue, SheetInput, WorkbookInput, WorkbookSnapshot } from './snapshot';
import { DEFAULT_COLUMN_WIDTH, DEFAULT_ROW_HEIGHT } from './snapshot';
import { modelFromInput, snapshotOf } from './snapshotIO';
import { headerFooterOf, printSetupFrom, printSetupOf } from './xlsxPrint';
import { pointsFromWidth, styleFromExcel, styleToExcel, widthFromPoints } from './xlsxStyles';

/** Name of the very hidden sheet holding what ExcelJS cannot store. */
export const HOST_SHEET = '__host';
const MARKER = 'excel-host-state';
const CHUNK = 30_000;

/** What the __host sheet holds. */
interface HostState {
  activeSheet: string;
  settings: Record<string, JsonValue>;
  /** Custom XML parts (a real .xlsx keeps them as customXml/item*.xml; ExcelJS cannot). Absent in older files. */
  customXmlParts?: { id: string; xml: string }[];
  sheets: { name: string; id: string; customProperties: Record<string, string>; charts: ChartSnapshot[] }[];
}

/** Serial number of a JS date read by ExcelJS (UTC). */
function serialOf(date: Date): number {
  const days = (date.getTime() - Date.UTC(1899, 11, 30)) / 86_400_000;
  return Math.abs(days - Math.round(days)) < 1e-9 ? Math.round(days) : days;
}

/** A snapshot cell value from an ExcelJS value. */
function cellValueOf(v: ExcelJS.CellValue): Pick<CellInput, 'value' | 'error'> {
  if (v === null || v === undefined) return { value: null };
  if (typeof v === 'number' || typeof v === 'string' || typeof v === 'boolean') return { value: v };
  if (v instanceof Date) return { value: serialOf(v) };
  if ('error' in v && typeof v.error === 'string') return { value: v.error, error: true };
  if ('richText' in v) return { value: v.richText.map((t) => t.text).join('') };
  if ('hyperlink' in v) return { value: typeof v.text === 'string' ? v.text : null };
  if ('result' in v) return cellValueOf((v.result ?? null) as ExcelJS.CellValue);
  return { value: null };
}

/** One sheet's cells, layout and setup from ExcelJS. */
function sheetFrom(ws: ExcelJS.Worksheet): SheetInput {
  const cells: Record<string, CellInput> = {};
  const rowHeights: Record<string, number> = {};
  ws.eachRow({ includeEmpty: true }, (row, r) => {
    if (row.height !== undefined && row.height !== null && row.height !== DEFAULT_ROW_HEIGHT) rowHeights[String(r)] = row.height;
    row.eachCell({ includeEmpty: true }, (cell, c) => {
      if (cell.isMerged && cell.master !== cell) return;
      const input: CellInput = { ...cellValueOf(cell.value) };
      if (cell.type === ExcelJS.ValueType.Formula && cell.formula) input.formula = `=${cell.formula}`;
      if (cell.numFmt && cell.numFmt !== 'General') input.numberFormat = cell.numFmt;
      const style = styleFromExcel(cell);
      if (style) input.style = style;
      if (input.value === null && !input.formula && !input.numberFormat && !input.style) return;
      cells[cellAddress(r - 1, c - 1)] = input;
    });
  });
  const columnWidths: Record<string, number> = {};
  (ws.columns ?? []).forEach((col, i) => {
    if (typeof col.width === 'number') {
      const points = pointsFromWidth(col.width);
      if (points !== DEFAULT_COLUMN_WIDTH) columnWidths[columnLetters(i)] = points;
    }
  });
  // ExcelJS leaves a part the file lacks as null though its types say otherwise: sheet views,
  // page setup and properties are optional in the format (other programs than Excel omit them).
  const view = (ws.views as Partial<ExcelJS.WorksheetView>[] | null)?.[0];
  const frozen = view?.state === 'frozen';
  const setup = (ws.pageSetup as Partial<ExcelJS.PageSetup> | null) ?? {};
  const tabColor = (ws.properties as Partial<ExcelJS.WorksheetProperties> | null)?.tabColor?.argb;
  return {
    name: ws.name,
    visibility: ws.state === 'veryHidden' ? 'VeryHidden' : ws.state === 'hidden' ? 'Hidden' : 'Visible',
    cells,
    merges: ((ws.model.merges as string[] | null) ?? []).filter((m) => parseRect(m) !== null),
    columnWidths,
    rowHeights,
    freeze: { rows: frozen ? ((view as { ySplit?: number }).ySplit ?? 0) : 0, columns: frozen ? ((view as { xSplit?: number }).xSplit ?? 0) : 0 },
    pageLayout: {
      orientation: setup.orientation === 'landscape' ? 'Landscape' : 'Portrait',
      fitToWidth: setup.fitToPage ? setup.fitToWidth ?? 1 : null,
      fitToHeight: setup.fitToPage ? setup.fitToHeight ?? 1 : null,
      scale: setup.fitToPage ? null : setup.scale ?? 100,
      ...printSetupFrom(ws),
    },
    tabColor: tabColor ? `#${tabColor.slice(-6).toUpperCase()}` : null,
  };
}

/** The host state stored in the __host sheet, if any. */
function readHostState(ws: ExcelJS.Worksheet | undefined): HostState | null {
  if (!ws || ws.getCell('A1').value !== MARKER) return null;
  let json = '';
  for (let r = 3; ; r++) {
    const v = ws.getCell(`A${r}`).value;
    if (typeof v !== 'string') break;
    json += v;
  }
  return JSON.parse(json) as HostState;
}

/** Load a workbook file (path or bytes) into a snapshot. */
export async function loadSnapshotFromXlsx(source: string | Buffer | Uint8Array): Promise<WorkbookSnapshot> {
  const workbook = new ExcelJS.Workbook();
  if (typeof source === 'string') await workbook.xlsx.readFile(source);
  else await workbook.xlsx.load(Buffer.from(source) as unknown as ExcelJS.Buffer);
  const state = readHostState(workbook.getWorksheet(HOST_SHEET));
  const sheets = workbook.worksheets.filter((ws) => ws.name !== HOST_SHEET).map((ws) => {
    const sheet = sheetFrom(ws);
    const saved = state?.sheets.find((s) => s.name === ws.name);
    return saved ? { ...sheet, id: saved.id, customProperties: saved.customProperties, charts: saved.charts } : sheet;
  });
  const input: WorkbookInput = { sheets, settings: state?.settings ?? {}, activeSheet: state?.activeSheet, customXmlParts: state?.customXmlParts ?? [] };
  return snapshotOf(modelFromInput(input, 'Sheet'));
}

/** Write one snapshot sheet into an ExcelJS worksheet. */
function writeSheet(workbook: ExcelJS.Workbook, sheet: WorkbookSnapshot['sheets'][number]): void {
  const ws = workbook.addWorksheet(sheet.name, {
    state: sheet.visibility === 'VeryHidden' ? 'veryHidden' : sheet.visibility === 'Hidden' ? 'hidden' : 'visible',
    views: sheet.freeze.rows > 0 || sheet.freeze.columns > 0 ? [{ state: 'frozen', xSplit: sheet.freeze.columns, ySplit: sheet.freeze.rows }] : [],
    properties: sheet.tabColor ? { tabColor: { argb: `FF${sheet.tabColor.slice(1)}` } } : {},
  });
  const p = sheet.pageLayout;
  const fit = p.fitToWidth !== null || p.fitToHeight !== null;
  ws.pageSetup = {
    orientation: p.orientation === 'Landscape' ? 'landscape' : 'portrait',
    fitToPage: fit,
    ...(fit ? { fitToWidth: p.fitToWidth ?? 0, fitToHeight: p.fitToHeight ?? 0 } : { scale: p.scale ?? 100 }),
    ...printSetupOf(p),
  };
  ws.headerFooter = headerFooterOf(p.headerFooter);
  for (const [letters, points] of Object.entries(sheet.columnWidths)) ws.getColumn(letters).width = widthFromPoints(points);
  for (const [row, height] of Object.entries(sheet.rowHeights)) ws.getRow(Number(row)).height = height;
  for (const [address, cell] of Object.entries(sheet.cells)) {
    const target = ws.getCell(address);
    const result = cell.error ? { error: String(cell.value) as ExcelJS.CellErrorValue['error'] } : cell.value;
    if (cell.formula) target.value = { formula: cell.formula.replace(/^=/, ''), result: result ?? undefined } as ExcelJS.CellFormulaValue;
    else target.value = (cell.error ? result : cell.value) as ExcelJS.CellValue;
    if (cell.numberFormat !== 'General') target.numFmt = cell.numberFormat;
    Object.assign(target, styleToExcel(cell.style));
  }
  for (const merge of sheet.merges) ws.mergeCells(merge);
}

/** Save a snapshot as an .xlsx file (see the file comment for what goes into "__host"). */
export async function saveSnapshotToXlsx(snapshot: WorkbookSnapshot, path: string): Promise<void> {
  const workbook = new ExcelJS.Workbook();
  for (const sheet of snapshot.sheets) writeSheet(workbook, sheet);
  const state: HostState = {
    activeSheet: snapshot.activeSheet,
    settings: snapshot.settings,
    customXmlParts: (snapshot.customXmlParts ?? []).map((p) => ({ id: p.id, xml: p.xml })),
    sheets: snapshot.sheets.map((s) => ({ name: s.name, id: s.id, customProperties: s.customProperties, charts: s.charts })),
  };
  const hidden = workbook.addWorksheet(HOST_SHEET, { state: 'veryHidden' });
  hidden.getCell('A1').value = MARKER;
  hidden.getCell('A2').value = '1';
  const json = JSON.stringify(state);
  for (let i = 0, r = 3; i < json.length; i += CHUNK, r++) hidden.getCell(`A${r}`).value = json.slice(i, i + CHUNK);
  await workbook.xlsx.writeFile(path);
}
