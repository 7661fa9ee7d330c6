/**
 * Writing the KLS ledger: examples/kls-2025.xlsx (sheet "Huvudbok" with two title rows) and
 * examples/kls-2025.csv (the same rows as a Swedish Excel CSV export).
 */
import { oreToKronorCell, oreToSwedishText } from './exact';
import { newWorkbook, writeSwedishCsv, writeWorkbook } from './files';
import type { KlsLedgerRow } from './kls';

/** The ledger's header row. */
export const KLS_HEADER = ['Period', 'Avdelning', 'Enhet', 'Konto', 'Kontonamn', 'Budget', 'Redovisning', 'Prognos'] as const;

/** Document date of the workbook (the committee meeting of the seed). */
const DOC_DATE = new Date(Date.UTC(2025, 7, 11, 8, 0, 0));

/** An amount cell: kronor with at most two decimals, or empty. */
function amountCell(ore: number | null): number | null {
  return ore === null ? null : oreToKronorCell(ore);
}

/** Write the xlsx; returns its bytes. */
export async function writeKlsXlsx(rows: readonly KlsLedgerRow[], path: string): Promise<Buffer> {
  const wb = newWorkbook(DOC_DATE);
  const ws = wb.addWorksheet('Huvudbok');
  ws.getCell('A1').value = 'Kommunledningsstab';
  ws.getCell('A1').font = { bold: true, size: 14 };
  ws.getCell('A2').value = 'Huvudbok 2024–2025, belopp i kr';
  const header = ws.getRow(4);
  header.values = [...KLS_HEADER];
  header.font = { bold: true };
  rows.forEach((r, i) => {
    const row = ws.getRow(5 + i);
    row.values = [
      r.period,
      r.avdelning,
      r.enhet === '' ? null : r.enhet,
      r.konto,
      r.kontonamn === '' ? null : r.kontonamn,
      amountCell(r.budget),
      amountCell(r.actual),
      amountCell(r.forecast),
    ];
    for (const c of [6, 7, 8]) {
      const cell = row.getCell(c);
      if (cell.value !== null) cell.numFmt = '#,##0.00';
    }
  });
  const widths = [10, 22, 28, 8, 28, 14, 14, 14];
  widths.forEach((w, i) => (ws.getColumn(i + 1).width = w));
  ws.views = [{ state: 'frozen', ySplit: 4 }];
  return writeWorkbook(wb, path, DOC_DATE);
}

/** Write the CSV as Excel on a Swedish Windows exports the same rows; returns its bytes. */
export function writeKlsCsv(rows: readonly KlsLedgerRow[], path: string): Buffer {
  const text = (ore: number | null): string => (ore === null ? '' : oreToSwedishText(ore));
  const lines: string[][] = [[...KLS_HEADER]];
  for (const r of rows) {
    const p = String(r.period);
    lines.push([
      `${p.slice(0, 4)}-${p.slice(4)}`,
      r.avdelning,
      r.enhet,
      r.konto === null ? '' : String(r.konto),
      r.kontonamn,
      text(r.budget),
      text(r.actual),
      text(r.forecast),
    ]);
  }
  return writeSwedishCsv(path, lines);
}
