/** Taking the user to a follow-up sheet, or to the cell an issue names. */
import { isFocusError, otherWorkbookActive, syncWithFocusRetry } from '../excel/focus';
import { ok, type Result } from './errors';
import { runExcel } from './excelRun';

/** Activate a sheet by id or name. */
export function goToSheet(sheet: string): Promise<Result<void>> {
  return runExcel(async (context) => {
    await focusedSync(context, () => context.workbook.worksheets.getItem(sheet).activate());
    return ok(undefined);
  });
}

/** Select a cell given as a sheet-qualified address ("Huvudbok!E40", "'Utfall 2025'!B7"). */
export function selectCell(address: string): Promise<Result<void>> {
  return runExcel(async (context) => {
    const { sheet, cell } = splitAddress(address);
    await focusedSync(context, () => {
      const ws = sheet === '' ? context.workbook.worksheets.getActiveWorksheet() : context.workbook.worksheets.getItem(sheet);
      ws.activate();
      ws.getRange(cell).select();
    });
    return ok(undefined);
  });
}

/** "'Utfall 2025'!B7" → sheet "Utfall 2025", cell "B7". */
export function splitAddress(address: string): { sheet: string; cell: string } {
  const at = address.lastIndexOf('!');
  if (at < 0) return { sheet: '', cell: address };
  const rawSheet = address.slice(0, at);
  const sheet = rawSheet.startsWith("'") && rawSheet.endsWith("'") ? rawSheet.slice(1, -1).replace(/''/g, "'") : rawSheet;
  return { sheet, cell: address.slice(at + 1) };
}

/** Activating and selecting fail while another workbook has the focus: retried, then said so. */
async function focusedSync(context: Excel.RequestContext, queue: () => void): Promise<void> {
  try {
    await syncWithFocusRetry(context, queue);
  } catch (e) {
    throw isFocusError(e) ? otherWorkbookActive(e) : e;
  }
}
