/// <reference types="office-js" />
import { inspectWorkbook } from '../../src/app/inspect';
import { buildFollowUp } from '../../src/app/buildFollowUp';
import { createExcelHost } from '../support/excelHost/host';
import { KLS_REQUEST } from './appHost';

it('inspects and builds with a blank sheet beside the ledger', async () => {
  const host = createExcelHost({ sheets: [{ name: 'Blad1', rows: [] }, { name: 'Huvudbok', rows: [['Period', 'Ansvar', 'Budget'], [202507, 'A', 100]] }] });
  const restore = host.install(globalThis);
  try {
    const inspected = await inspectWorkbook();
    expect(inspected.ok && inspected.value.layouts.map((l) => [l.sheet, l.kind])).toEqual([['Blad1', 'other'], ['Huvudbok', 'ledger']]);
    const built = await buildFollowUp({ settings: { ...KLS_REQUEST.settings, period: { year: 2025, month: 7, months: 1 } } });
    expect(built.ok).toBe(true);
  } finally {
    restore();
  }
});
