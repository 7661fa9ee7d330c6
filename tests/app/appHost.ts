/** App tests: the sample workbooks loaded into the in-memory Excel host, and reading the sheets back. */
/// <reference types="office-js" />
import { createExcelHost, type ExcelHost, type HostOptions } from '../support/excelHost/host';
import type { SheetSnapshot, WorkbookSnapshot } from '../support/excelHost/snapshot';
import { loadSnapshotFromXlsx } from '../support/excelHost/xlsx';
import { ALL_SECTIONS } from '../../src/core/report/buildReport';
import type { BuildRequest } from '../../src/app/buildFollowUp';

const cache = new Map<string, WorkbookSnapshot>();

/** A host with an example workbook, installed as the globals until the end of the test. */
export async function hostWith(file: string, options?: HostOptions): Promise<ExcelHost> {
  let snapshot = cache.get(file);
  if (!snapshot) {
    snapshot = await loadSnapshotFromXlsx(file);
    cache.set(file, snapshot);
  }
  const host = createExcelHost(snapshot, options);
  restores.push(host.install(globalThis));
  return host;
}

const restores: (() => void)[] = [];
afterEach(() => {
  while (restores.length > 0) restores.pop()!();
});

/** The KLS build of seed 004: July 2025, jun/jul, tkr. */
export const KLS_REQUEST: BuildRequest = {
  settings: { period: { year: 2025, month: 7, months: 2 }, scale: 'tkr', lang: 'sv', parentStyle: 'above', sections: ALL_SECTIONS, organisation: 'KLS' },
};

/** A sheet of a snapshot by name. */
export function sheet(s: WorkbookSnapshot, name: string): SheetSnapshot {
  const found = s.sheets.find((x) => x.name === name);
  if (!found) throw new Error(`no sheet "${name}" among ${s.sheets.map((x) => x.name).join(', ')}`);
  return found;
}

/** Row number (1-based) of the first cell in column A with this text. */
export function rowOf(ws: SheetSnapshot, label: string): number {
  for (const [address, cell] of Object.entries(ws.cells)) {
    const m = /^A(\d+)$/.exec(address);
    if (m && cell.value === label) return Number(m[1]);
  }
  throw new Error(`no row "${label}" in ${ws.name}`);
}

/** The values of a row from column A, as shown (numbers rounded as written). */
export function rowValues(ws: SheetSnapshot, row: number, columns: number): unknown[] {
  return Array.from({ length: columns }, (_, c) => ws.cells[`${String.fromCharCode(65 + c)}${row}`]?.value ?? null);
}
