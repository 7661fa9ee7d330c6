/**
 * The ribbon command within Office's limits: its runtime closes after 5 minutes, and its dialog
 * can be refused (12009 on the web, among others). The refresh stops before it would be cut off,
 * the command completes in time, and its message is kept in the workbook for the task pane
 * whenever the dialog is not read: never lost.
 */
/// <reference types="office-js" />
import { buildFollowUp } from '../../src/app/buildFollowUp';
import { takeRibbonNotice } from '../../src/app/ribbonNotice';
import type * as Commands from '../../src/commands/commands';
import type { ExcelHost } from '../support/excelHost/host';
import { hostWith, KLS_REQUEST } from './appHost';

const KLS = 'examples/kls-2025.xlsx';
type Command = typeof Commands;

interface DialogStub {
  readonly urls: string[];
  readonly handlers: Map<string, (arg?: unknown) => void>;
  closed: boolean;
}

/** Stub Office.context.ui.displayDialogAsync: opened, or refused with `refusal` (e.g. 12009). */
function stubDialog(host: ExcelHost, refusal?: number): DialogStub {
  const stub: DialogStub = { urls: [], handlers: new Map(), closed: false };
  const office = host.Office as unknown as { context: Record<string, unknown> };
  office.context.ui = {
    displayDialogAsync: (url: string, _o: unknown, done: (r: unknown) => void) => {
      stub.urls.push(url);
      if (refusal !== undefined) {
        done({ status: 'failed', error: { code: refusal, message: 'The user chose to ignore the dialog box.' } });
        return;
      }
      const dialog = { addEventHandler: (type: string, h: () => void) => stub.handlers.set(type, h), close: () => (stub.closed = true) };
      done({ status: 'succeeded', value: dialog });
    },
  };
  return stub;
}

/** A KLS follow-up whose ledger then gets a bad amount, so a refresh has something to say. */
async function workbookWithAProblem(): Promise<ExcelHost> {
  const host = await hostWith(KLS);
  await buildFollowUp(KLS_REQUEST);
  await Excel.run(async (context) => {
    context.workbook.worksheets.getItem('Huvudbok').getRange('F5').values = [['fel']];
    await context.sync();
  });
  return host;
}

async function loadCommand(): Promise<Command> {
  let command: Command | undefined;
  await jest.isolateModulesAsync(async () => {
    command = await import('../../src/commands/commands');
  });
  return command!;
}

const event = () => {
  let completed = 0;
  return { event: { source: { id: 'refreshFollowUps' }, completed: () => void completed++ } as unknown as Office.AddinCommands.Event, completed: () => completed };
};

describe('a refused dialog (12009)', () => {
  it('completes at once and keeps the message in the workbook; the pane takes it once', async () => {
    const host = await workbookWithAProblem();
    const dialog = stubDialog(host, 12009);
    await loadCommand();
    await host.invokeAction('refreshFollowUps');
    expect(dialog.urls.length).toBeGreaterThan(0);
    const kept = await takeRibbonNotice();
    expect(kept).toEqual({ ok: true, value: ['Uppföljning 2025-07: Huvudbok!F5: "fel" är inte ett belopp'] });
    expect(await takeRibbonNotice()).toEqual({ ok: true, value: [] });
  });
});

describe('a dialog read with OK', () => {
  it('forgets the kept message', async () => {
    const host = await workbookWithAProblem();
    const dialog = stubDialog(host);
    const { refreshAllCommand } = await loadCommand();
    const e = event();
    const run = refreshAllCommand(e.event);
    while (dialog.handlers.size < 2) await new Promise((r) => setTimeout(r, 10));
    dialog.handlers.get('dialogMessageReceived')!();
    await run;
    expect(e.completed()).toBe(1);
    expect(await takeRibbonNotice()).toEqual({ ok: true, value: [] });
  });
});

describe('a dialog left open', () => {
  it('is closed and the command completed before Office’s 5 minutes; the message stays kept', async () => {
    const host = await workbookWithAProblem();
    const dialog = stubDialog(host);
    const { refreshAllCommand } = await loadCommand();
    const e = event();
    await refreshAllCommand(e.event, { refreshMs: 60_000, completeMs: 300 });
    expect(e.completed()).toBe(1);
    expect(dialog.closed).toBe(true);
    const kept = await takeRibbonNotice();
    expect(kept.ok && kept.value).toEqual(['Uppföljning 2025-07: Huvudbok!F5: "fel" är inte ett belopp']);
  });

  it('the default limits leave Office’s 5 minutes to spare', async () => {
    await hostWith(KLS);
    const { COMMAND_TIMES } = await loadCommand();
    expect(COMMAND_TIMES.refreshMs).toBeLessThan(COMMAND_TIMES.completeMs);
    expect(COMMAND_TIMES.completeMs).toBeLessThanOrEqual(5 * 60_000 - 20_000);
  });
});

describe('a refresh that would outlast the limit', () => {
  it('stops before writing anything, says so, and completes', async () => {
    const host = await hostWith(KLS);
    await buildFollowUp(KLS_REQUEST);
    const before = host.snapshot();
    const dialog = stubDialog(host, 12009);
    const { refreshAllCommand } = await loadCommand();
    // The clock: the command starts, then every look at it finds ten more minutes gone.
    let now = 0;
    let looks = 0;
    const clock = () => (looks++ < 2 ? now : (now += 600_000));
    const e = event();
    await refreshAllCommand(e.event, { refreshMs: 210_000, completeMs: 270_000 }, clock);
    expect(e.completed()).toBe(1);
    expect(host.snapshot().sheets).toEqual(before.sheets);
    expect(dialog.urls).toHaveLength(1);
    const kept = await takeRibbonNotice();
    expect(kept.ok && kept.value.join('\n')).toMatch(/hann inte bli klar/);
  });
});
