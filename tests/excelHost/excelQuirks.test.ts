/// <reference types="office-js" />
/**
 * Host rules Excel has and the docs mostly do not: with another workbook focused, adding,
 * activating, selecting and freezing fail (GeneralException) and deleting a sheet fails
 * (InvalidSelection); a VeryHidden sheet cannot be deleted (InvalidOperation, as Worksheet.delete's
 * doc says) until it is made Hidden or Visible; older Excel on the web reports a payload over the
 * limit as GeneralException.
 */
import { LEDGER, rejectionOf, useHost } from './useHost';

const TWO_SHEETS = { sheets: [...LEDGER.sheets, { name: 'Anteckningar', rows: [['x']] }] };

describe('another workbook has the focus', () => {
  it.each([
    ['WorksheetCollection.add', 'GeneralException', (c: Excel.RequestContext) => void c.workbook.worksheets.add('Ny')],
    ['Worksheet.activate', 'GeneralException', (c: Excel.RequestContext) => c.workbook.worksheets.getItem('Anteckningar').activate()],
    ['Range.select', 'GeneralException', (c: Excel.RequestContext) => c.workbook.worksheets.getItem('Anteckningar').getRange('A1').select()],
    ['WorksheetFreezePanes.freezeAt', 'GeneralException', (c: Excel.RequestContext) => c.workbook.worksheets.getItem('Anteckningar').freezePanes.freezeAt('A1:B2')],
    ['WorksheetFreezePanes.freezeRows', 'GeneralException', (c: Excel.RequestContext) => c.workbook.worksheets.getItem('Anteckningar').freezePanes.freezeRows(1)],
    ['Worksheet.delete', 'InvalidSelection', (c: Excel.RequestContext) => c.workbook.worksheets.getItem('Anteckningar').delete()],
  ])('%s fails with %s and changes nothing; it works again when the focus returns', async (location, code, act) => {
    const host = useHost(TWO_SHEETS);
    const before = host.snapshot();
    host.focusOtherWorkbook();
    const error = await rejectionOf(Excel.run(async (context) => {
      act(context);
      await context.sync();
    }));
    expect(error).toMatchObject({ code, debugInfo: { errorLocation: location } });
    expect(host.snapshot()).toEqual(before);
    host.returnFocus();
    await Excel.run(async (context) => {
      act(context);
      await context.sync();
    });
  });

  it('reads, writes values, renames and tags still work (only the actions above are refused)', async () => {
    const host = useHost(TWO_SHEETS);
    host.focusOtherWorkbook();
    await Excel.run(async (context) => {
      const ws = context.workbook.worksheets.getItem('Anteckningar');
      ws.getRange('B1').values = [['y']];
      ws.name = 'Noter';
      ws.visibility = 'Hidden';
      await context.sync();
    });
    expect(host.snapshot().sheets[1]).toMatchObject({ name: 'Noter', visibility: 'Hidden' });
  });

  it('can take the focus for a window of syncs only', async () => {
    const host = useHost(TWO_SHEETS);
    host.focusOtherWorkbook({ fromSync: 2, syncs: 1 });
    await Excel.run(async (context) => {
      context.workbook.worksheets.getItem('Anteckningar').activate();
      await context.sync(); // sync 1: focus here
      context.workbook.worksheets.getItem('Huvudbok').activate();
      await expect(context.sync()).rejects.toMatchObject({ code: 'GeneralException' }); // sync 2: elsewhere
      context.workbook.worksheets.getItem('Huvudbok').activate();
      await context.sync(); // sync 3: back
    });
  });
});

describe('a VeryHidden sheet', () => {
  it('cannot be deleted (InvalidOperation) until it is made Hidden', async () => {
    const host = useHost(TWO_SHEETS);
    await Excel.run(async (context) => {
      context.workbook.worksheets.getItem('Anteckningar').visibility = 'VeryHidden';
      await context.sync();
    });
    const error = await rejectionOf(Excel.run(async (context) => {
      context.workbook.worksheets.getItem('Anteckningar').delete();
      await context.sync();
    }));
    expect(error).toMatchObject({ code: 'InvalidOperation', debugInfo: { errorLocation: 'Worksheet.delete' } });
    await Excel.run(async (context) => {
      const ws = context.workbook.worksheets.getItem('Anteckningar');
      ws.visibility = 'Hidden';
      ws.delete();
      await context.sync();
    });
    expect(host.snapshot().sheets.map((s) => s.name)).toEqual(['Huvudbok']);
  });
});

describe('older Excel on the web (limits.payloadError)', () => {
  it('reports a response over the limit as GeneralException, delivering nothing', async () => {
    useHost(LEDGER, { limits: { responseBytes: 100, payloadError: 'GeneralException' } });
    const error = await rejectionOf(Excel.run(async (context) => {
      const range = context.workbook.worksheets.getItem('Huvudbok').getRange('A1:C3');
      range.load('values');
      await context.sync();
    }));
    expect(error.code).toBe('GeneralException');
  });
});

describe('cell-edit mode', () => {
  const write = (context: Excel.RequestContext) => {
    context.workbook.worksheets.getItem('Huvudbok').getRange('D1').values = [['x']];
    return context.sync();
  };

  it('fails a batch with InvalidOperationInCellEditMode (or the code a test gives)', async () => {
    const host = useHost(LEDGER);
    host.startCellEdit();
    expect((await rejectionOf(Excel.run(write))).code).toBe('InvalidOperationInCellEditMode');
    host.startCellEdit('InvalidOperation');
    expect((await rejectionOf(Excel.run(write))).code).toBe('InvalidOperation');
    host.endCellEdit();
    await Excel.run(write);
  });

  it('delays a batch run with delayForCellEdit until the edit ends, unless this Excel ignores it', async () => {
    const host = useHost(LEDGER);
    host.startCellEdit();
    let done = false;
    const run = Excel.run({ delayForCellEdit: true }, write).then(() => (done = true));
    await new Promise((r) => setTimeout(r, 20));
    expect(done).toBe(false);
    host.endCellEdit();
    await run;
    expect(host.snapshot().sheets[0]!.cells.D1!.value).toBe('x');

    const old = useHost(LEDGER, { honoursDelayForCellEdit: false });
    old.startCellEdit();
    expect((await rejectionOf(Excel.run({ delayForCellEdit: true }, write))).code).toBe('InvalidOperationInCellEditMode');
  });
});

describe('focus loss as the documented InactiveWorkbook', () => {
  it('replaces GeneralException and InvalidSelection when the host is told so', async () => {
    const host = useHost(TWO_SHEETS, { focusErrorCode: 'InactiveWorkbook' });
    host.focusOtherWorkbook();
    const error = await rejectionOf(Excel.run(async (context) => {
      context.workbook.worksheets.getItem('Anteckningar').delete();
      await context.sync();
    }));
    expect(error).toMatchObject({ code: 'InactiveWorkbook', debugInfo: { errorLocation: 'Worksheet.delete' } });
  });
});

describe('write rules the API reference does not promise', () => {
  const writeInText = async (text: string) =>
    Excel.run(async (context) => {
      const range = context.workbook.worksheets.getItem('Huvudbok').getRange('E1');
      range.numberFormat = [['@']];
      range.values = [[text]];
      await context.sync();
    });

  it('by default, as Excel’s UI: a Text cell keeps "=x" as text; an apostrophe marks text', async () => {
    const host = useHost(LEDGER);
    await writeInText('=1+1');
    expect(host.snapshot().sheets[0]!.cells.E1).toMatchObject({ value: '=1+1' });
  });

  it('textFormatKeepsText: false — the Range.values doc alone: "=x" is a formula even in a Text cell', async () => {
    const host = useHost(LEDGER, { writeRules: { textFormatKeepsText: false } });
    await writeInText('=1+1');
    expect(host.snapshot().sheets[0]!.cells.E1).toMatchObject({ formula: '=1+1', value: 2 });
  });

  it('apostropheMarksText: false — the apostrophe stays a character', async () => {
    const host = useHost(LEDGER, { writeRules: { apostropheMarksText: false } });
    await Excel.run(async (context) => {
      context.workbook.worksheets.getItem('Huvudbok').getRange('E1').values = [["'=1+1"]];
      await context.sync();
    });
    expect(host.snapshot().sheets[0]!.cells.E1).toMatchObject({ value: "'=1+1" });
  });
});
