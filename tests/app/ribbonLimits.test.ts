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
    host.refuseDialogs(12009);
    await loadCommand();
    await host.invokeAction('refreshFollowUps', { runtimeLimitMs: 4_000 });
    const kept = await takeRibbonNotice();
    expect(kept).toEqual({ ok: true, value: ['Uppföljning 2025-07: Huvudbok!F5: "fel" är inte ett belopp'] });
    expect(await takeRibbonNotice()).toEqual({ ok: true, value: [] });
  });
});

describe('a dialog read with OK', () => {
  it('forgets the kept message', async () => {
    const host = await workbookWithAProblem();
    await loadCommand();
    const run = host.invokeAction('refreshFollowUps', { runtimeLimitMs: 4_000 });
    while (host.dialogs.length === 0) await new Promise((r) => setTimeout(r, 10));
    host.dialogs[0]!.messageParent('close');
    await run;
    expect(host.dialogs[0]!.closed).toBe(true);
    expect(await takeRibbonNotice()).toEqual({ ok: true, value: [] });
  });
});

describe('a dialog left open', () => {
  it('is closed and the command completed before Office’s 5 minutes; the message stays kept', async () => {
    const host = await workbookWithAProblem();
    const { refreshAllCommand } = await loadCommand();
    // Office's limit scaled down to 1 s, the command's own to 0.3 s: it completes in time.
    Office.actions.associate('scaled', (e: Office.AddinCommands.Event) => refreshAllCommand(e, { refreshMs: 60_000, completeMs: 300 }));
    await host.invokeAction('scaled', { runtimeLimitMs: 1_000 });
    expect(host.dialogs.map((d) => d.closed)).toEqual([true]);
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
    host.refuseDialogs(12009);
    const { refreshAllCommand } = await loadCommand();
    // The clock: the command starts, then every look at it finds ten more minutes gone.
    let now = 0;
    let looks = 0;
    const clock = () => (looks++ < 2 ? now : (now += 600_000));
    const e = event();
    await refreshAllCommand(e.event, { refreshMs: 210_000, completeMs: 270_000 }, clock);
    expect(e.completed()).toBe(1);
    expect(host.snapshot().sheets).toEqual(before.sheets);
    const kept = await takeRibbonNotice();
    expect(kept.ok && kept.value.join('\n')).toMatch(/hann inte bli klar/);
  });
});

describe('a cell being edited the whole time', () => {
  it('holds the refresh back (delayForCellEdit), but the command still completes in time', async () => {
    const host = await workbookWithAProblem();
    const { refreshAllCommand } = await loadCommand();
    Office.actions.associate('scaled', (e: Office.AddinCommands.Event) => refreshAllCommand(e, { refreshMs: 100, completeMs: 300 }));
    host.startCellEdit();
    await host.invokeAction('scaled', { runtimeLimitMs: 1_000 });
    host.endCellEdit();
  });
});
