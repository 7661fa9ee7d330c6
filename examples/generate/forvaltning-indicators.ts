/**
 * The Förvaltning sample's indicator sheet "Indikatorer": seed 000 §2.1 "Medarbetare", whose
 * follow-up for September 2024 shows HME 78 / 80 / 78 (Prognos, Mål, Utfall föreg år for the year;
 * no Utfall yet), Bemanning 605,4 against 635 to date (Sep 2024) and 650 / 635 / 621,6 for the
 * year, Sjukfrånvaro 5,6 % against 5,5 % to date (Aug 2024: sick leave is reported a month late)
 * and 5 % / 5,5 % / 5,4 % for the year. Months before the seed's come with made-up figures, so the
 * follow-up has to pick the right month.
 *
 * A function of its own, so the ledger's generator (forvaltning-files.ts) only calls it.
 */
import type ExcelJS from 'exceljs';

/** The indicator sheet's header row (seed 000's words). */
export const INDICATOR_HEADER = ['Indikator', 'Period', 'Utfall', 'Mål', 'Prognos', 'Utfall föreg år', 'Riktning', 'Enhet', 'Typ'] as const;

type Row = readonly [string, string | number, ...(string | null)[]];

/** Period: a year as a number, a month as "2024-09" text. */
const MONTHS = (from: number, to: number): string[] => Array.from({ length: to - from + 1 }, (_, i) => `2024-${String(from + i).padStart(2, '0')}`);

const STAFFING = ['598,0', '601,2', '603,5', '604,1', '606,8', '609,9', '611,3', '603,7', '605,4'];
const SICK_LEAVE = ['6,4', '6,3', '6,1', '5,9', '5,8', '5,7', '5,6', '5,6'];

/** The rows, in sheet order. */
export const INDICATOR_ROWS: readonly Row[] = [
  ['Hållbart medarbetarengagemang HME', 2023, '78', '80', null, null, 'Högre', null, 'Index'],
  ['Hållbart medarbetarengagemang HME', 2024, null, '80', '78', '78', 'Högre', null, 'Index'],
  ...MONTHS(1, 9).map((m, i): Row => ['Bemanning', m, STAFFING[i]!, '635', null, null, 'Högre', 'månadsarbetare', 'Antal']),
  ['Bemanning', '2024-12', null, '635', '650', '621,6', 'Högre', 'månadsarbetare', 'Antal'],
  ...MONTHS(1, 8).map((m, i): Row => ['Sjukfrånvaro', m, SICK_LEAVE[i]!, '5,5', null, null, 'Lägre', '%', '%']),
  ['Sjukfrånvaro', '2024-09', null, '5,5', null, null, 'Lägre', '%', '%'],
  ['Sjukfrånvaro', '2024-12', null, '5,5', '5', '5,4', 'Lägre', '%', '%'],
];

/**
 * Add the sheet: a title row, an empty row, the header on row 3. Figures are numbers where the
 * decimal is exact in a double's shortest form (it always is for these), written from the text.
 */
export function addIndicatorSheet(wb: ExcelJS.Workbook): void {
  const ws = wb.addWorksheet('Indikatorer');
  ws.getCell('A1').value = 'Förvaltning – personalindikatorer 2024';
  ws.getCell('A1').font = { bold: true, size: 14 };
  ws.getRow(3).values = [...INDICATOR_HEADER];
  ws.getRow(3).font = { bold: true };
  INDICATOR_ROWS.forEach((row, i) => {
    const r = ws.getRow(4 + i);
    r.values = row.map((v, c) => (c >= 2 && c <= 5 && typeof v === 'string' ? Number(v.replace(',', '.')) : v));
    for (let c = 3; c <= 6; c++) r.getCell(c).numFmt = '#,##0.0##';
  });
  [36, 10, 9, 8, 9, 15, 9, 16, 8].forEach((w, i) => (ws.getColumn(i + 1).width = w));
}
