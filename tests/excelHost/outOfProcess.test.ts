/// <reference types="office-js" />
/**
 * HostOptions.outOfProcess, the mode the browser's long-task bench uses: Excel works in its own
 * process, so the host runs each batch in a task of its own (timed 'excel host') and the add-in
 * receives loaded values as JSON it parses, a copy, in a later task — as office.js does.
 */
import { useHost } from './useHost';

it('runs a batch in a task of its own, times it, and hands the values over as a parsed copy', async () => {
  const rows = [['Enhet', 'Belopp'], ['Skola', 12.5]];
  const host = useHost({ sheets: [{ name: 'Huvudbok', rows }] }, { outOfProcess: true });
  performance.clearMeasures('excel host');
  const order: string[] = [];
  const values = await Excel.run(async (context) => {
    const range = context.workbook.worksheets.getItem('Huvudbok').getRange('A1:B2').load('values');
    const synced = context.sync().then(() => order.push('delivered'));
    // A task queued now runs before the batch's answer arrives: the batch is not run in this task.
    setTimeout(() => order.push('other task'), 0);
    await synced;
    return range.values;
  });
  expect(values).toEqual(rows);
  expect(order).toEqual(['other task', 'delivered']);
  expect(host.stats.syncs).toBe(1);
  expect(performance.getEntriesByName('excel host', 'measure').length).toBeGreaterThanOrEqual(1);
});

it('keeps the rules: a failed batch delivers nothing and rejects with Excel\'s error', async () => {
  const host = useHost({ sheets: [{ name: 'Huvudbok', rows: [['a']] }] }, { outOfProcess: true });
  host.failNextSync('GeneralException');
  await expect(
    Excel.run(async (context) => {
      context.workbook.worksheets.getItem('Huvudbok').getRange('A1').load('values');
      await context.sync();
    }),
  ).rejects.toMatchObject({ code: 'GeneralException' });
});
