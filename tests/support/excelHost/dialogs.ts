/**
 * `Office.context.ui.displayDialogAsync` as the docs describe it ("Handle errors and events in the
 * Office dialog box", learn.microsoft.com/office/dev/add-ins/develop/dialog-handle-errors-events):
 * the callback gets an AsyncResult whose `status` is 'failed' with `error.code` when the dialog
 * cannot be created — "12009: The user chose to ignore the dialog box. This error can occur in
 * Office on the web, where users may choose not to allow an add-in to present a dialog box";
 * "12007: A dialog box is already opened from this host window" — else 'succeeded' with a Dialog
 * (`addEventHandler`, `close`). The dialog page talks back with `messageParent`
 * (DialogMessageReceived); the user closing it raises DialogEventReceived with error 12006.
 */

/** A dialog the add-in opened, as a test sees and drives it. */
export interface HostDialog {
  readonly url: string;
  readonly closed: boolean;
  /** The dialog page calls `Office.context.ui.messageParent(message)`. */
  messageParent(message: string): void;
  /** The user closes the dialog with its X (DialogEventReceived, 12006). */
  closeByUser(): void;
}

/** The dialogs of a host and the `ui` object add-in code calls. */
export interface HostDialogs {
  readonly opened: HostDialog[];
  /** Refuse every dialog from now with this code (12009, 12011, …); null opens them again. */
  refuseWith: number | null;
  readonly ui: { displayDialogAsync(url: string, options: unknown, callback?: (result: unknown) => void): void };
  /** Close every open dialog (the command's runtime ended). */
  closeAll(): void;
}

const MESSAGES: Record<number, string> = {
  12007: 'A dialog box is already opened from this host window.',
  12009: 'The user chose to ignore the dialog box.',
  12011: "The user's browser is configured in a way that blocks popups.",
};

/** Create the dialog machinery (event names are Office.EventType's values). */
export function createDialogs(): HostDialogs {
  const opened: (HostDialog & { closed: boolean })[] = [];
  const dialogs: HostDialogs = {
    opened,
    refuseWith: null,
    closeAll: () => opened.forEach((d) => (d.closed = true)),
    ui: {
      displayDialogAsync(url, _options, callback) {
        const refusal = dialogs.refuseWith ?? (opened.some((d) => !d.closed) ? 12007 : null);
        if (refusal !== null) {
          callback?.({ status: 'failed', error: { code: refusal, message: MESSAGES[refusal] ?? 'The dialog could not be opened.' } });
          return;
        }
        const handlers = new Map<string, (arg: unknown) => void>();
        const record = {
          url,
          closed: false,
          messageParent: (message: string) => {
            if (!record.closed) handlers.get('dialogMessageReceived')?.({ message, origin: url });
          },
          closeByUser: () => {
            if (record.closed) return;
            record.closed = true;
            handlers.get('dialogEventReceived')?.({ error: 12006 });
          },
        };
        opened.push(record);
        const dialog = {
          addEventHandler: (type: string, handler: (arg: unknown) => void) => void handlers.set(type, handler),
          close: () => void (record.closed = true),
          messageChild: () => undefined,
        };
        callback?.({ status: 'succeeded', value: dialog });
      },
    },
  };
  return dialogs;
}
