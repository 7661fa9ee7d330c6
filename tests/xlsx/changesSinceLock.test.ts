/**
 * The command line's writer (ExcelJS) translates the changes-since-lock section like any other: the
 * title, the header, each changed unit and the total, amounts as numbers in the report's format
 * (the deviation's red negatives), as the rendered sheet showed them.
 */
import ExcelJS from 'exceljs';
import { composeFollowUp } from '../../src/core/compose';
import { serializeSettings, type FollowUpSettings } from '../../src/core/followUpSettings';
import { lockFollowUp } from '../../src/core/cycle/lockedMonth';
import { addReportSheet } from '../../src/xlsx/writeReport';
import type { Cell } from '../../src/core/grid/grid';
import { grid } from '../support/builders';

const SETTINGS: FollowUpSettings = { id: 'fu-1', period: { year: 2025, month: 7, months: 1 }, lang: 'sv', scale: 'tkr', parentStyle: 'above', sections: ['unitTable', 'summary'], organisation: 'KLS' };
const HEADER: Cell[] = ['Period', 'Avdelning', 'Enhet', 'Konto', 'Budget', 'Utfall'];
const ROWS: Cell[][] = [[202507, 'IT', 'Drift', 5010, 1_000_000, 1_000_000], [202507, 'HR', null, 5010, 500_000, 480_000]];

it('writes the section into the sheet as the report model lays it out', () => {
  const before = composeFollowUp([grid('Huvudbok', [HEADER, ...ROWS])], SETTINGS);
  if (!before.ok) throw new Error('no follow-up');
  const lock = lockFollowUp(before.analysis.followUp!, { followUpId: 'fu-1', lockedAt: '2025-07-31T14:02:05+02:00', settings: serializeSettings(SETTINGS), organisation: 'KLS', lang: 'sv', comments: new Map() });
  const after = composeFollowUp([grid('Huvudbok', [HEADER, ...ROWS, [202507, 'IT', 'Drift', 5010, null, 120_000]])], SETTINGS, { lock });
  if (!after.ok) throw new Error('no follow-up');
  const ws = addReportSheet(new ExcelJS.Workbook(), after.report);
  const section = after.report.sections.find((s) => s.kind === 'changesSinceLock')!;
  const rows = Array.from({ length: section.rows }, (_, i) => [1, 2, 3].map((c) => ws.getCell(section.row + i + 1, c).value));
  expect(rows).toEqual([
    ['Förändring sedan låsningen 2025-07-31 14:02 (tkr)', null, null],
    ['Enhet', 'Δ Utfall ack.', 'Δ Avvikelse ack.'],
    ['IT', 120, -120],
    ['IT / Drift', 120, -120],
    ['Totalt KLS', 120, -120],
  ]);
  expect(ws.getCell(section.row + 3, 3).numFmt).toBe('#,##0;[Red]-#,##0');
});
