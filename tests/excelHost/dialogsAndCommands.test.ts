/// <reference types="office-js" />
/**
 * Host rules of ribbon commands and dialogs: a command's runtime closes after 5 minutes (or the
 * limit a test gives) with its dialogs; a dialog can be refused (12009 on the web) and only one is
 * open at a time (12007); the page talks back with messageParent, the user's X gives 12006.
 */
import { LEDGER, useHost } from './useHost';

type Result = { status: string; error?: { code: number }; value?: { addEventHandler(t: string, h: (a: unknown) => void): void; close(): void } };
const open = (url: string): Promise<Result> => new Promise((resolve) => Office.context.ui.displayDialogAsync(url, {}, (r) => resolve(r as unknown as Result)));

describe('dialogs', () => {
  it('open, deliver messageParent and the user closing (12006), one at a time (12007)', async () => {
    const host = useHost(LEDGER);
    const first = await open('https://localhost:3000/notice.html');
    expect(first.status).toBe('succeeded');
    const seen: unknown[] = [];
    first.value!.addEventHandler('dialogMessageReceived', (a) => seen.push(a));
    first.value!.addEventHandler('dialogEventReceived', (a) => seen.push(a));
    expect((await open('https://localhost:3000/other.html')).error?.code).toBe(12007);
    host.dialogs[0]!.messageParent('close');
    host.dialogs[0]!.closeByUser();
    expect(seen).toEqual([{ message: 'close', origin: 'https://localhost:3000/notice.html' }, { error: 12006 }]);
    expect((await open('https://localhost:3000/again.html')).status).toBe('succeeded');
  });

  it('are refused with the code a test sets (12009: the user chose to ignore the dialog box)', async () => {
    const host = useHost(LEDGER);
    host.refuseDialogs(12009);
    const r = await open('https://localhost:3000/notice.html');
    expect(r).toMatchObject({ status: 'failed', error: { code: 12009 } });
    host.refuseDialogs(null);
    expect((await open('https://localhost:3000/notice.html')).status).toBe('succeeded');
  });
});

describe('a ribbon command', () => {
  it('whose function never completes is closed at the runtime limit, with its dialogs', async () => {
    const host = useHost(LEDGER);
    Office.actions.associate('stuck', () => void open('https://localhost:3000/notice.html'));
    await expect(host.invokeAction('stuck', { runtimeLimitMs: 50 })).rejects.toThrow(/runtime was closed/);
    expect(host.dialogs.map((d) => d.closed)).toEqual([true]);
  });

  it('that completes closes its runtime, and the dialog it left open', async () => {
    const host = useHost(LEDGER);
    Office.actions.associate('done', async (event: Office.AddinCommands.Event) => {
      await open('https://localhost:3000/notice.html');
      event.completed();
    });
    await host.invokeAction('done', { runtimeLimitMs: 500 });
    expect(host.dialogs.map((d) => d.closed)).toEqual([true]);
  });

  it('that completes in time resolves', async () => {
    const host = useHost(LEDGER);
    Office.actions.associate('quick', (event: Office.AddinCommands.Event) => event.completed());
    await expect(host.invokeAction('quick', { runtimeLimitMs: 50 })).resolves.toBeUndefined();
  });
});
