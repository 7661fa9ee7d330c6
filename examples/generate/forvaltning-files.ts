/**
 * Writing the Förvaltning ledger: examples/forvaltning-2024.xlsx with a "Huvudbok" sheet (a title
 * row, an empty row, the header on row 3), a "Kontogrupper" sheet (account ranges → groups) and an
 * "Indikatorer" sheet (./forvaltning-indicators).
 */
import { oreToKronorCell } from './exact';
import { newWorkbook, writeWorkbook } from './files';
import type { FvLedgerRow } from './forvaltning';
import { addIndicatorSheet } from './forvaltning-indicators';
import { ACCOUNT_GROUP_ROWS } from './forvaltning-model';

/** The ledger's header row. */
export const FV_HEADER = ['Period', 'Verksamhet', 'Verksamhetsområde', 'Enhet', 'Konto', 'Typ', 'Belopp'] as const;
/** The account sheet's header row. */
export const FV_GROUP_HEADER = ['Konto', 'Grupp'] as const;

/** Document date of the workbook (after the September close). */
const DOC_DATE = new Date(Date.UTC(2024, 9, 15, 8, 0, 0));

/** Write the xlsx; returns its bytes. */
export async function writeForvaltningXlsx(rows: readonly FvLedgerRow[], path: string): Promise<Buffer> {
  const wb = newWorkbook(DOC_DATE);
  const ws = wb.addWorksheet('Huvudbok');
  ws.getCell('A1').value = 'Förvaltning – huvudbok 2023–2024';
  ws.getCell('A1').font = { bold: true, size: 14 };
  const header = ws.getRow(3);
  header.values = [...FV_HEADER];
  header.font = { bold: true };
  rows.forEach((r, i) => {
    const row = ws.getRow(4 + i);
    row.values = [
      new Date(Date.UTC(r.year, r.month - 1, 1)),
      r.path[0],
      r.path[1],
      r.path[2] === '' ? null : r.path[2],
      r.konto,
      r.typ,
      oreToKronorCell(r.amount),
    ];
    row.getCell(1).numFmt = 'yyyy-mm-dd';
    row.getCell(7).numFmt = '#,##0.00';
  });
  const widths = [12, 14, 46, 32, 8, 10, 16];
  widths.forEach((w, i) => (ws.getColumn(i + 1).width = w));
  ws.views = [{ state: 'frozen', ySplit: 3 }];

  const groups = wb.addWorksheet('Kontogrupper');
  groups.getRow(1).values = [...FV_GROUP_HEADER];
  groups.getRow(1).font = { bold: true };
  ACCOUNT_GROUP_ROWS.forEach(([range, group], i) => {
    groups.getRow(2 + i).values = [range, group];
  });
  groups.getColumn(1).width = 12;
  groups.getColumn(2).width = 38;
  addIndicatorSheet(wb);
  return writeWorkbook(wb, path, DOC_DATE);
}
