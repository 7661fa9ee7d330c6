/**
 * Exactly one Excel.run per user action, here in the app layer: it asks Excel to wait out
 * cell-edit mode (Excel.RunOptions.delayForCellEdit: "if the user is in cell edit mode the batch
 * request is delayed until the user exits cell edit mode"; the reference names no requirement set
 * for it) and maps whatever Office throws to the app's error union. An Excel that does not delay
 * reports the busy state as an error (InvalidOperationInCellEditMode, or InvalidOperation), which
 * becomes a 'busy' message.
 */
import { failed, toAppError, type Result } from './errors';

/** What this Excel supports, detected once per action with isSetSupported. */
export interface Capabilities {
  /** Worksheet custom properties (ExcelApi 1.12) for tags; workbook settings otherwise. */
  readonly customProperties: boolean;
}

/** Detect the requirement sets the add-in uses beyond its minimum (ExcelApi 1.9). */
export function capabilities(): Capabilities {
  return { customProperties: Office.context.requirements.isSetSupported('ExcelApi', '1.12') };
}

/** Run one batch in Excel; Office errors become AppErrors. */
export async function runExcel<T>(batch: (context: Excel.RequestContext, caps: Capabilities) => Promise<Result<T>>): Promise<Result<T>> {
  try {
    const caps = capabilities();
    return await Excel.run({ delayForCellEdit: true }, (context) => batch(context, caps));
  } catch (e) {
    return failed(toAppError(e));
  }
}

/** Let the task pane breathe between chunks (Office restarts an add-in that blocks for 5 s). */
export function pause(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/** The user's language from Office's display language. */
export function officeLanguage(): 'sv' | 'en' {
  const lang = typeof Office !== 'undefined' ? (Office.context?.displayLanguage ?? 'sv-SE') : 'sv-SE';
  return lang.toLowerCase().startsWith('sv') ? 'sv' : 'en';
}
