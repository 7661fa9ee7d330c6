/** The bundled sample workbooks composed as the tests that print, paste or write them use them. */
import { composeFollowUp } from '../../src/core/compose';
import { ALL_SECTIONS } from '../../src/core/report/buildReport';
import type { ReportSheet } from '../../src/core/report/model';
import { readXlsxGrids } from '../../src/xlsx/readXlsx';

/** The KLS sample (seed 004). */
export const KLS_SAMPLE = 'examples/kls-2025.xlsx';

/** KLS jun/jul 2025 in tkr, every section: seed 004's report. */
export const KLS_SETTINGS = { period: { year: 2025, month: 7, months: 2 }, scale: 'tkr', lang: 'sv', parentStyle: 'above', sections: ALL_SECTIONS, organisation: 'KLS' } as const;

/** The report of a sample workbook with these settings; throws when it does not compose. */
export async function sampleReport(file: string, settings: Parameters<typeof composeFollowUp>[1]): Promise<ReportSheet> {
  const composed = composeFollowUp(await readXlsxGrids(file), settings);
  if (!composed.ok) throw new Error('the sample does not compose');
  return composed.report;
}
