/** Test helper: a fresh in-memory Excel host installed as the Excel/Office/OfficeExtension globals. */
/// <reference types="office-js" />
import { createExcelHost, type ExcelHost, type HostOptions } from '../support/excelHost/host';
import type { WorkbookInput } from '../support/excelHost/snapshot';

/** Create a host for `input` and install its globals until the end of the current test. */
export function useHost(input: WorkbookInput, options?: HostOptions): ExcelHost {
  const host = createExcelHost(input, options);
  const restore = host.install(globalThis);
  afterEachRestore.push(restore);
  return host;
}

const afterEachRestore: (() => void)[] = [];
afterEach(() => {
  while (afterEachRestore.length > 0) afterEachRestore.pop()!();
});

/** The rejection of a promise (fails the test when it resolves). */
export async function rejectionOf(promise: Promise<unknown>): Promise<{ code: string; message: string; debugInfo: { errorLocation?: string } }> {
  try {
    await promise;
  } catch (error) {
    return error as { code: string; message: string; debugInfo: { errorLocation?: string } };
  }
  throw new Error('Expected the promise to reject.');
}

/** A one-sheet workbook 'Huvudbok' with a header and two ledger rows. */
export const LEDGER: WorkbookInput = {
  sheets: [
    {
      name: 'Huvudbok',
      rows: [
        ['Enhet', 'Konto', 'Budget'],
        ['Skola', 3010, 1200.5],
        ['Vård', 4010, -300],
      ],
    },
  ],
};
