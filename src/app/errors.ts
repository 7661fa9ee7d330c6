/**
 * The app's error union: what can go wrong in a use case, as values the task pane shows in a
 * MessageBar in the user's language. Office errors are caught here and mapped; never swallowed.
 */
import { issueMessage } from '../core/i18n/issues';
import type { Issue } from '../core/issues/issue';
import type { Lang } from '../core/money';
import { OTHER_WORKBOOK_ACTIVE } from '../excel/focus';
import { TEXT_NOT_KEPT } from '../excel/textGuard';

/** Everything a use case can fail with. */
export type AppError =
  | { readonly kind: 'input'; readonly issues: readonly Issue[] }
  | { readonly kind: 'notFound'; readonly what: 'followUp' | 'sheet' | 'unit' }
  | { readonly kind: 'unsupported'; readonly requirement: string }
  /**
   * Excel cannot do it now: a cell is being edited (default); another workbook has the focus; or
   * InvalidOperation, which some Excel versions give in cell-edit mode but which has other causes
   * too, so its message goes along.
   */
  | { readonly kind: 'busy'; readonly reason?: 'cellEdit' | 'otherWorkbook' | 'invalidOperation'; readonly message?: string }
  /** Excel would not keep a ledger text as text (it became a formula); nothing was written. */
  | { readonly kind: 'textNotKept'; readonly text: string }
  /** Stopped before Excel's time for a ribbon command ran out (5 minutes); nothing half-written. */
  | { readonly kind: 'timeLimit' }
  /** "Visa underlag" with a selected cell that is no figure of a follow-up's unit or account table. */
  | { readonly kind: 'notAFigure' }
  | { readonly kind: 'office'; readonly code: string; readonly message: string };

/** The code of the error thrown when a use case's deadline has passed (becomes `timeLimit`). */
export const TIME_LIMIT = 'TimeLimit';

/** A use case's outcome. */
export type Result<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly error: AppError };

/** A success. */
export function ok<T>(value: T): Result<T> {
  return { ok: true, value };
}

/** A failure. */
export function failed<T>(error: AppError): Result<T> {
  return { ok: false, error };
}

/** Map anything thrown by Office.js to an AppError. */
export function toAppError(e: unknown): AppError {
  const code = typeof e === 'object' && e !== null && 'code' in e ? String((e as { code: unknown }).code) : 'Unknown';
  const message = e instanceof Error ? e.message : String(e);
  if (code === 'InvalidOperationInCellEditMode') return { kind: 'busy' };
  if (code === 'InvalidOperation') return { kind: 'busy', reason: 'invalidOperation', message };
  if (code === 'InactiveWorkbook') return { kind: 'busy', reason: 'otherWorkbook' };
  if (code === TIME_LIMIT) return { kind: 'timeLimit' };
  if (code === TEXT_NOT_KEPT) return { kind: 'textNotKept', text: String((e as { text?: unknown }).text ?? '') };
  if (code === OTHER_WORKBOOK_ACTIVE) return { kind: 'busy', reason: 'otherWorkbook' };
  if (code === 'ItemNotFound') return { kind: 'notFound', what: 'sheet' };
  if (code === 'ApiNotFound') return { kind: 'unsupported', requirement: message };
  return { kind: 'office', code, message };
}

/** The messages of an error, one per line, in the user's language. */
export function errorMessages(error: AppError, lang: Lang): string[] {
  const sv = lang === 'sv';
  switch (error.kind) {
    case 'input':
      return error.issues.filter((i) => i.severity === 'error').map((i) => issueMessage(i, lang, 'pane'));
    case 'notFound':
      return [
        error.what === 'followUp'
          ? sv ? 'Uppföljningen finns inte längre i arbetsboken.' : 'The follow-up is no longer in the workbook.'
          : error.what === 'unit'
            ? sv ? 'Enheten eller kontogruppen finns inte längre i huvudboken: uppdatera uppföljningen.' : 'The unit or account group is no longer in the ledger: refresh the follow-up.'
            : sv ? 'Bladet finns inte längre.' : 'The sheet no longer exists.',
      ];
    case 'unsupported':
      return [sv ? `Den här versionen av Excel saknar stöd för ${error.requirement}.` : `This version of Excel does not support ${error.requirement}.`];
    case 'busy':
      if (error.reason === 'otherWorkbook') {
        return [
          sv
            ? 'Excel är upptaget i en annan arbetsbok, så den här kunde inte ändras. Gå tillbaka till den här arbetsboken och försök igen. Inget ändrades.'
            : 'Excel is busy in another workbook, so this one could not be changed. Switch back to this workbook and try again. Nothing was changed.',
        ];
      }
      if (error.reason === 'invalidOperation') {
        return [
          sv
            ? `Excel kunde inte göra det just nu. Redigeras en cell? Avsluta redigeringen och försök igen. (Excel: ${error.message ?? ''})`
            : `Excel could not do that now. Is a cell being edited? Finish editing and try again. (Excel: ${error.message ?? ''})`,
        ];
      }
      return [sv ? 'Excel är upptaget (en cell redigeras). Avsluta redigeringen och försök igen.' : 'Excel is busy (a cell is being edited). Finish editing and try again.'];
    case 'textNotKept':
      return [
        sv
          ? `Excel ville inte behålla texten "${error.text}" som text (den hade blivit en formel), så inget skrevs.`
          : `Excel would not keep the text "${error.text}" as text (it would have become a formula), so nothing was written.`,
      ];
    case 'timeLimit':
      return [
        sv
          ? 'Uppdateringen hann inte bli klar inom tiden för ett menyflikskommando och avbröts innan den skrev något. Uppdatera från åtgärdsfönstret i stället.'
          : 'The refresh could not finish within the time Excel gives a ribbon command and stopped before writing anything. Refresh from the task pane instead.',
      ];
    case 'notAFigure':
      return [
        sv
          ? 'Markera en siffra i enhets- eller kontotabellen i en uppföljning och välj Visa underlag igen.'
          : 'Select a figure in the unit or account table of a follow-up and choose Show rows behind again.',
      ];
    case 'office':
      return [sv ? `Excel svarade med ett fel (${error.code}): ${error.message}` : `Excel reported an error (${error.code}): ${error.message}`];
  }
}
