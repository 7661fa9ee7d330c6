/**
 * The test host loads any valid workbook, not only what Excel or ExcelJS write: every optional
 * part may be missing (sheet views, styles, shared strings, column widths, defined names, page
 * setup), sheets may be hidden or empty. `npm run taskpane` crashed on a workbook without sheet
 * views ("Cannot read properties of null (reading '0')").
 */
import { loadSnapshotFromXlsx } from '../support/excelHost/xlsx';
import { minimalXlsx } from '../support/minimalXlsx';

const LEDGER = [
  ['Period', 'Ansvar', 'Budget', 'Utfall'],
  [202507, 'Skola', 100, 90],
];

describe('loading a workbook with only the required parts', () => {
  it('loads a sheet without views, styles, widths or page setup', async () => {
    const snapshot = await loadSnapshotFromXlsx(await minimalXlsx([{ name: 'Huvudbok', rows: LEDGER }]));
    const sheet = snapshot.sheets[0]!;
    expect(sheet.name).toBe('Huvudbok');
    expect(sheet.freeze).toEqual({ rows: 0, columns: 0 });
    expect(sheet.columnWidths).toEqual({});
    expect(sheet.visibility).toBe('Visible');
    expect(sheet.cells.B2?.value).toBe('Skola');
    expect(sheet.cells.D2?.value).toBe(90);
  });

  it('loads hidden, very hidden and empty sheets, merges and defined names', async () => {
    const bytes = await minimalXlsx(
      [
        { name: 'Huvudbok', rows: LEDGER, after: '<mergeCells count="1"><mergeCell ref="A5:B5"/></mergeCells>' },
        { name: 'Dold', rows: [['x']], state: 'hidden' },
        { name: 'Mycket dold', rows: [], state: 'veryHidden' },
        { name: 'Tom', rows: [] },
      ],
      '<definedNames><definedName name="Utfall">Huvudbok!$D$2</definedName></definedNames>',
    );
    const snapshot = await loadSnapshotFromXlsx(bytes);
    expect(snapshot.sheets.map((s) => [s.name, s.visibility])).toEqual([
      ['Huvudbok', 'Visible'],
      ['Dold', 'Hidden'],
      ['Mycket dold', 'VeryHidden'],
      ['Tom', 'Visible'],
    ]);
    expect(snapshot.sheets[0]!.merges).toEqual(['A5:B5']);
  });
});
