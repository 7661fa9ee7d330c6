/// <reference types="office-js" />
/** The in-memory Excel host keeps Excel's rules: batching, loading, writing, limits, failures. */
import { LEDGER, rejectionOf, useHost } from './useHost';

describe('proxies, load and sync', () => {
  it('throws PropertyNotLoaded before load + sync, and answers after', async () => {
    useHost(LEDGER);
    await Excel.run(async (context) => {
      const range = context.workbook.worksheets.getItem('Huvudbok').getRange('A1:C2');
      let error: unknown;
      try {
        void range.values;
      } catch (e) {
        error = e;
      }
      expect(error).toBeInstanceOf(OfficeExtension.Error);
      expect(error).toMatchObject({
        name: 'RichApi.Error',
        code: 'PropertyNotLoaded',
        debugInfo: { code: 'PropertyNotLoaded', errorLocation: 'Range.values' },
      });
      range.load('values');
      expect(() => range.values).toThrow(/is not available/);
      await context.sync();
      expect(range.values).toEqual([
        ['Enhet', 'Konto', 'Budget'],
        ['Skola', 3010, 1200.5],
      ]);
      expect(() => range.address).toThrow(/'address' is not available/);
    });
  });

  it('keeps writes out of the workbook until sync; loaded values are as of their sync', async () => {
    const host = useHost(LEDGER);
    await Excel.run(async (context) => {
      const a1 = context.workbook.worksheets.getItem('Huvudbok').getRange('A1');
      a1.load('values');
      await context.sync();
      a1.values = [['Ändrad']];
      expect(host.snapshot().sheets[0]!.cells.A1!.value).toBe('Enhet');
      const other = context.workbook.worksheets.getItem('Huvudbok').getRange('A1');
      expect(() => other.values).toThrow(/not available/);
      await context.sync();
      expect(host.snapshot().sheets[0]!.cells.A1!.value).toBe('Ändrad');
      other.load('values');
      await context.sync();
      expect(other.values).toEqual([['Ändrad']]);
    });
  });

  it('echoes a set property on the same proxy, as office.js does', async () => {
    useHost(LEDGER);
    await Excel.run(async (context) => {
      const range = context.workbook.worksheets.getItem('Huvudbok').getRange('D1');
      range.values = [['ny']];
      expect(range.values).toEqual([['ny']]);
    });
  });

  it('Excel.run syncs what is still queued when the batch ends, and returns its result', async () => {
    const host = useHost(LEDGER);
    const result = await Excel.run(async (context) => {
      context.workbook.worksheets.getItem('Huvudbok').getRange('D1').values = [['Kommentar']];
      return 42;
    });
    expect(result).toBe(42);
    expect(host.snapshot().sheets[0]!.cells.D1!.value).toBe('Kommentar');
    expect(host.stats.syncs).toBe(1);
  });

  it('Excel.run rejects with an error thrown in the batch and drops what was queued', async () => {
    const host = useHost(LEDGER);
    const error = await rejectionOf(
      Excel.run(async (context) => {
        context.workbook.worksheets.getItem('Huvudbok').getRange('D1').values = [['x']];
        throw new Error('boom');
      }),
    );
    expect(error.message).toBe('boom');
    expect(host.snapshot().sheets[0]!.cells.D1).toBeUndefined();
  });

  it('accepts run options and RequestContext, and insists on a promise', async () => {
    const host = useHost(LEDGER);
    await Excel.run({ delayForCellEdit: true }, async (context) => {
      context.workbook.worksheets.getItem('Huvudbok').getRange('E1').values = [[1]];
    });
    const context = new Excel.RequestContext();
    context.workbook.worksheets.getItem('Huvudbok').getRange('E2').values = [[2]];
    await context.sync();
    expect(host.snapshot().sheets[0]!.cells.E2!.value).toBe(2);
    const error = await rejectionOf(Excel.run((() => 1) as unknown as (c: Excel.RequestContext) => Promise<number>));
    expect(error.code).toBe('RunMustReturnPromise');
  });

  it('fills isNullObject for *OrNullObject without a load', async () => {
    useHost(LEDGER);
    await Excel.run(async (context) => {
      const missing = context.workbook.worksheets.getItemOrNullObject('Saknas');
      const present = context.workbook.worksheets.getItemOrNullObject('huvudbok');
      expect(() => missing.isNullObject).toThrow(/not available/);
      await context.sync();
      expect(missing.isNullObject).toBe(true);
      expect(present.isNullObject).toBe(false);
      const error = await rejectionOf((context.workbook.worksheets.getItem('Saknas').load('name'), context.sync()));
      expect(error).toMatchObject({ code: 'ItemNotFound', debugInfo: { errorLocation: 'WorksheetCollection.getItem' } });
    });
  });
});

describe('writing values', () => {
  it('rejects a wrongly shaped array with InvalidArgument at sync, not at assignment', async () => {
    const host = useHost(LEDGER);
    await Excel.run(async (context) => {
      const range = context.workbook.worksheets.getItem('Huvudbok').getRange('A5:B6');
      range.values = [[1, 2, 3]];
      const error = await rejectionOf(context.sync());
      expect(error).toMatchObject({ code: 'InvalidArgument', debugInfo: { errorLocation: 'Range.values' } });
      range.values = [[1], [2]];
      expect((await rejectionOf(context.sync())).code).toBe('InvalidArgument');
      range.values = null as unknown as unknown[][];
      expect((await rejectionOf(context.sync())).code).toBe('InvalidArgument');
    });
    expect(host.snapshot().sheets[0]!.cells.A5).toBeUndefined();
  });

  it('applies a single value to every cell, skips null entries and clears with an empty string', async () => {
    const host = useHost(LEDGER);
    await Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem('Huvudbok');
      sheet.getRange('E1:F2').values = 7 as unknown as unknown[][];
      sheet.getRange('A2:C2').values = [[null, '', 5]];
    });
    const cells = host.snapshot().sheets[0]!.cells;
    expect([cells.E1!.value, cells.F2!.value]).toEqual([7, 7]);
    expect(cells.A2!.value).toBe('Skola');
    expect(cells.B2).toBeUndefined();
    expect(cells.C2!.value).toBe(5);
  });

  it('turns strings starting with = + - @ into formulas', async () => {
    const host = useHost(LEDGER);
    await Excel.run(async (context) => {
      const range = context.workbook.worksheets.getItem('Huvudbok').getRange('A10:F10');
      range.values = [['=SUM(1,2)', '+46', '-x', '@x', '-5', '3010']];
      range.load('values, formulas, valueTypes');
      await context.sync();
      expect(range.formulas).toEqual([['=SUM(1,2)', '=+46', '=-x', '=@x', -5, 3010]]);
      expect(range.values).toEqual([[3, 46, '#NAME?', '#NAME?', -5, 3010]]);
      expect(range.valueTypes).toEqual([['Double', 'Double', 'Error', 'Error', 'Double', 'Double']]);
    });
    expect(host.snapshot().sheets[0]!.cells.C10).toMatchObject({ formula: '=-x', value: '#NAME?', error: true });
  });

  it('keeps the same strings as text in cells formatted as Text (@) before the write', async () => {
    const host = useHost(LEDGER);
    const texts = ['=SUM(1,2)', '+46', '-x', '@x', '=HYPERLINK("http://x")', '3010'];
    await Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem('Huvudbok');
      sheet.getRange('A20:F20').numberFormat = [['@', '@', '@', '@', '@', '@']];
      await context.sync();
      sheet.getRange('A20:F20').values = [texts];
      const sameBatch = sheet.getRange('A21:F21');
      sameBatch.numberFormat = '@' as unknown as string[][];
      sameBatch.values = [texts];
      const tooLate = sheet.getRange('A22');
      tooLate.values = [['=SUM(1,2)']];
      tooLate.numberFormat = [['@']];
      const check = sheet.getRange('A20:F22').load('values, valueTypes, formulas');
      await context.sync();
      expect(check.values[0]).toEqual(texts);
      expect(check.values[1]).toEqual(texts);
      expect(check.valueTypes[0]).toEqual(Array(6).fill('String'));
      expect(check.formulas[2]![0]).toBe('=SUM(1,2)');
    });
    const cells = host.snapshot().sheets[0]!.cells;
    expect(cells.A20).toMatchObject({ value: '=SUM(1,2)', numberFormat: '@' });
    expect(cells.A20!.formula).toBeUndefined();
    expect(cells.A22!.formula).toBe('=SUM(1,2)');
  });

  it('writes formulas through formulas and evaluates simple references', async () => {
    useHost(LEDGER);
    await Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem('Huvudbok');
      const range = sheet.getRange('C4:D4');
      range.formulas = [['=SUM(C2:C3)', '=Huvudbok!B2*2']];
      range.load('values');
      await context.sync();
      expect(range.values).toEqual([[900.5, 6020]]);
    });
  });
});

describe('sheet names', () => {
  const bad: [string, string][] = [
    ['a'.repeat(32), 'InvalidArgument'],
    ['', 'InvalidArgument'],
    ["'Kvot", 'InvalidArgument'],
    ["Kvot'", 'InvalidArgument'],
    ['History', 'InvalidArgument'],
    ['HUVUDBOK', 'ItemAlreadyExists'],
    ...['[', ']', ':', '*', '?', '/', '\\'].map((ch): [string, string] => [`Bad${ch}name`, 'InvalidArgument']),
  ];

  it.each(bad)('rejects %j with %s at sync', async (name, code) => {
    const host = useHost(LEDGER);
    const error = await rejectionOf(Excel.run(async (context) => {
      context.workbook.worksheets.add(name);
      await context.sync();
    }));
    expect(error).toMatchObject({ code, debugInfo: { errorLocation: 'WorksheetCollection.add' } });
    expect(host.snapshot().sheets).toHaveLength(1);
  });

  it('accepts 31 characters, apostrophes inside, and renames under the same rules', async () => {
    const host = useHost(LEDGER);
    await Excel.run(async (context) => {
      context.workbook.worksheets.add('a'.repeat(31));
      const sheet = context.workbook.worksheets.add("Kvot's 2025-07");
      const unnamed = context.workbook.worksheets.add();
      unnamed.load('name');
      await context.sync();
      expect(unnamed.name).toBe('Blad4');
      sheet.name = 'huvudbok';
      expect((await rejectionOf(context.sync())).code).toBe('ItemAlreadyExists');
      sheet.name = 'Uppföljning 2025-07';
      const range = sheet.getRange('A1').load('address');
      await context.sync();
      expect(range.address).toBe("'Uppföljning 2025-07'!A1");
    });
    expect(host.snapshot().sheets.map((s) => s.name)).toEqual(['Huvudbok', 'a'.repeat(31), 'Uppföljning 2025-07', 'Blad4']);
  });
});

describe('limits', () => {
  it('rejects a request over the limit before anything is applied', async () => {
    const host = useHost(LEDGER, { limits: { requestBytes: 2_000 } });
    const error = await rejectionOf(Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem('Huvudbok');
      sheet.getRange('A1').values = [['först']];
      sheet.getRange('A10:A209').values = Array.from({ length: 200 }, (_, i) => [`rad ${i}`]);
      await context.sync();
    }));
    expect(error.code).toBe('RequestPayloadSizeLimitExceeded');
    expect(host.snapshot().sheets[0]!.cells.A1!.value).toBe('Enhet');
  });

  it('rejects a response over the limit; smaller chunks pass', async () => {
    const rows = Array.from({ length: 1_000 }, (_, i) => [`Enhet ${i}`, i, i * 1.5]);
    const host = useHost({ sheets: [{ name: 'Data', rows }] }, { limits: { responseBytes: 20_000 } });
    const error = await rejectionOf(Excel.run(async (context) => {
      context.workbook.worksheets.getItem('Data').getRange('A1:C1000').load('values');
      await context.sync();
    }));
    expect(error.code).toBe('ResponsePayloadSizeLimitExceeded');
    expect(host.stats.maxResponseBytes).toBeGreaterThan(20_000); // the refused response is still measured
    host.resetStats();
    const read: unknown[][] = [];
    await Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem('Data');
      for (let start = 0; start < 1_000; start += 250) {
        const chunk = sheet.getRangeByIndexes(start, 0, 250, 3).load('values');
        await context.sync();
        read.push(...chunk.values);
      }
    });
    expect(read).toEqual(rows);
    expect(host.stats.maxResponseBytes).toBeLessThanOrEqual(20_000);
    expect(host.stats.syncs).toBe(4);
  });

  it('refuses to read more than 5 000 000 cells of one range (RangeExceedsLimit)', async () => {
    useHost(LEDGER);
    await Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem('Huvudbok');
      sheet.getRange('A1:E1048575').load('values');
      expect((await rejectionOf(context.sync())).code).toBe('RangeExceedsLimit');
      const column = sheet.getRange('A:A').load('values, address');
      await context.sync();
      expect(column.values).toBeNull();
      expect(column.address).toBe('Huvudbok!A:A');
    });
  });

  it('uses the configured cell limit', async () => {
    useHost(LEDGER, { limits: { cellsPerRead: 4 } });
    await Excel.run(async (context) => {
      context.workbook.worksheets.getItem('Huvudbok').getRange('A1:C2').load('numberFormat');
      expect((await rejectionOf(context.sync())).code).toBe('RangeExceedsLimit');
    });
  });
});

describe('failures inside a batch', () => {
  it('keeps the operations before a failing one and drops the rest', async () => {
    const host = useHost(LEDGER);
    const loaded = await Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem('Huvudbok');
      sheet.getRange('D1').values = [['före']];
      const probe = sheet.getRange('A1').load('values');
      context.workbook.worksheets.getItem('Saknas').getRange('A1').values = [['x']];
      sheet.getRange('D2').values = [['efter']];
      const error = await rejectionOf(context.sync());
      expect(error).toMatchObject({ code: 'ItemNotFound' });
      return (() => {
        try {
          return probe.values;
        } catch {
          return 'not loaded';
        }
      })();
    });
    expect(loaded).toBe('not loaded');
    const cells = host.snapshot().sheets[0]!.cells;
    expect(cells.D1!.value).toBe('före');
    expect(cells.D2).toBeUndefined();
  });

  it('fails a chosen sync after k operations (failNextSync / failSyncAt)', async () => {
    const host = useHost(LEDGER);
    host.failNextSync('GeneralException', { afterOperations: 2 });
    const error = await rejectionOf(Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem('Huvudbok');
      sheet.getRange('D1').values = [[1]];
      sheet.getRange('D2').values = [[2]];
      sheet.getRange('D3').values = [[3]];
      await context.sync();
    }));
    expect(error).toMatchObject({ code: 'GeneralException', debugInfo: { errorLocation: 'Range.values' } });
    const cells = host.snapshot().sheets[0]!.cells;
    expect([cells.D1?.value, cells.D2?.value, cells.D3?.value]).toEqual([1, 2, undefined]);

    host.failSyncAt(2, 'AccessDenied');
    await Excel.run(async (context) => {
      context.workbook.worksheets.getItem('Huvudbok').getRange('E1').values = [['ok']];
      await context.sync();
      context.workbook.worksheets.getItem('Huvudbok').getRange('E2').values = [['nej']];
      expect((await rejectionOf(context.sync())).code).toBe('AccessDenied');
    });
    expect(host.snapshot().sheets[0]!.cells.E2).toBeUndefined();
  });
});

describe('requirement sets', () => {
  it('makes ExcelApi 1.12 custom properties fail with ApiNotFound on a 1.9 host', async () => {
    const host = useHost(LEDGER, { excelApi: '1.9' });
    expect(Office.context.requirements.isSetSupported('ExcelApi', '1.12')).toBe(false);
    expect(Office.context.requirements.isSetSupported('ExcelApi', '1.9')).toBe(true);
    const error = await rejectionOf(Excel.run(async (context) => {
      context.workbook.worksheets.getItem('Huvudbok').customProperties.add('followup', '{}');
      await context.sync();
    }));
    expect(error.code).toBe('ApiNotFound');
    expect(host.snapshot().sheets[0]!.customProperties).toEqual({});
  });

  it('leaves newer properties out of a parameterless load on an older host', async () => {
    useHost(LEDGER, { excelApi: '1.4' });
    await Excel.run(async (context) => {
      const range = context.workbook.worksheets.getItem('Huvudbok').getRange('A1').load();
      await context.sync();
      expect(range.values).toEqual([['Enhet']]);
      expect(() => range.isEntireColumn).toThrow(/not available/);
      range.load('isEntireColumn');
      expect((await rejectionOf(context.sync())).code).toBe('ApiNotFound');
    });
  });

  it('supports custom properties on a 1.12 host: case-insensitive keys of at most 255 characters', async () => {
    const host = useHost(LEDGER);
    await Excel.run(async (context) => {
      const props = context.workbook.worksheets.getItem('Huvudbok').customProperties;
      props.add('FollowUp', '{"period":"2025-07"}');
      const found = props.getItemOrNullObject('followup');
      const missing = props.getItemOrNullObject('other');
      props.load('items/key,items/value');
      await context.sync();
      expect(found.isNullObject).toBe(false);
      expect(missing.isNullObject).toBe(true);
      expect(props.items.map((p) => [p.key, p.value])).toEqual([['FollowUp', '{"period":"2025-07"}']]);
      props.add('k'.repeat(256), 'x');
      expect((await rejectionOf(context.sync())).code).toBe('InvalidArgument');
    });
    expect(host.snapshot().sheets[0]!.customProperties).toEqual({ FollowUp: '{"period":"2025-07"}' });
  });
});

describe('stats', () => {
  it('counts syncs and payload bytes, per sync and in total', async () => {
    const host = useHost(LEDGER);
    await Excel.run(async (context) => {
      const range = context.workbook.worksheets.getItem('Huvudbok').getRange('A1:C3').load('values');
      await context.sync();
      range.values = [[1, 2, 3], [4, 5, 6], [7, 8, 9]];
      await context.sync();
      await context.sync(); // nothing queued: no request
    });
    expect(host.stats.syncs).toBe(2);
    expect(host.stats.perSync).toHaveLength(2);
    const [read, write] = host.stats.perSync;
    expect(read!.responseBytes).toBeGreaterThan(JSON.stringify([['Enhet', 'Konto', 'Budget']]).length);
    expect(write!.requestBytes).toBeGreaterThan(JSON.stringify([[1, 2, 3], [4, 5, 6], [7, 8, 9]]).length);
    expect(host.stats.requestBytes).toBe(read!.requestBytes + write!.requestBytes);
    expect(host.stats.maxResponseBytes).toBe(read!.responseBytes);
    host.resetStats();
    expect(host.stats).toEqual({ syncs: 0, requestBytes: 0, responseBytes: 0, maxRequestBytes: 0, maxResponseBytes: 0, perSync: [] });
  });
});
