/**
 * The committee document carries the changes since a lock like any table section: its caption,
 * header and rows in document.xml, in the report's order (after the unit table).
 */
import JSZip from 'jszip';
import { composeFollowUp } from '../../src/core/compose';
import { serializeSettings, type FollowUpSettings } from '../../src/core/followUpSettings';
import { lockFollowUp } from '../../src/core/cycle/lockedMonth';
import { reportDocumentBytes } from '../../src/docx/writeDocument';
import type { Cell } from '../../src/core/grid/grid';
import { grid } from '../support/builders';

const SETTINGS: FollowUpSettings = { id: 'fu-1', period: { year: 2025, month: 7, months: 1 }, lang: 'sv', scale: 'tkr', parentStyle: 'above', sections: ['unitTable', 'summary'], organisation: 'KLS' };
const HEADER: Cell[] = ['Period', 'Avdelning', 'Enhet', 'Konto', 'Budget', 'Utfall'];
const ROWS: Cell[][] = [[202507, 'IT', 'Drift', 5010, 1_000_000, 1_000_000], [202507, 'HR', null, 5010, 500_000, 480_000]];

it('puts the changes since the lock into the document, after the unit table', async () => {
  const before = composeFollowUp([grid('Huvudbok', [HEADER, ...ROWS])], SETTINGS);
  if (!before.ok) throw new Error('no follow-up');
  const lock = lockFollowUp(before.analysis.followUp!, { followUpId: 'fu-1', lockedAt: '2025-07-31T14:02:05+02:00', settings: serializeSettings(SETTINGS), organisation: 'KLS', lang: 'sv', comments: new Map() });
  const after = composeFollowUp([grid('Huvudbok', [HEADER, ...ROWS, [202507, 'IT', 'Drift', 5010, null, 120_000]])], SETTINGS, { lock });
  if (!after.ok) throw new Error('no follow-up');
  const zip = await JSZip.loadAsync(await reportDocumentBytes(after.report));
  const text = (await zip.file('word/document.xml')!.async('string')).replace(/<[^>]+>/g, '|').replace(/\|+/g, '|');
  const at = text.indexOf('Förändring sedan låsningen 2025-07-31 14:02 (tkr)');
  expect(at).toBeGreaterThan(text.indexOf('Totalt KLS'));
  expect(text.slice(at)).toMatch(/\|Enhet\|Δ Utfall ack\.\|Δ Avvikelse ack\.\|IT\|120\|-120\|IT \/ Drift\|120\|-120\|Totalt KLS\|120\|-120\|/);
});
