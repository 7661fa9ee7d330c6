/// <reference types="office-js" />
/** A 1 000 000 × 6 ledger is read in chunks within seconds (dense column storage, cheap payload sizes). */
import { useHost } from './useHost';

const ROWS = 1_000_000;
const CHUNK = 25_000;

it('reads a 1 000 000-row × 6-column sheet in chunks through getRangeByIndexes', async () => {
  const rows: (string | number)[][] = new Array(ROWS);
  for (let i = 0; i < ROWS; i++) rows[i] = [202507, `Enhet ${i % 500}`, 3000 + (i % 900), i * 0.25, -i, `Text ${i}`];
  const started = Date.now();
  const host = useHost({ sheets: [{ name: 'Huvudbok', rows }] });
  let sum = 0;
  let count = 0;
  await Excel.run(async (context) => {
    const sheet = context.workbook.worksheets.getItem('Huvudbok');
    const used = sheet.getUsedRange(true).load('rowCount, columnCount');
    await context.sync();
    for (let start = 0; start < used.rowCount; start += CHUNK) {
      const chunk = sheet.getRangeByIndexes(start, 0, Math.min(CHUNK, used.rowCount - start), used.columnCount).load('values, valueTypes');
      await context.sync();
      for (const row of chunk.values) {
        sum += row[3] as number;
        count++;
      }
    }
  });
  const seconds = (Date.now() - started) / 1000;
  expect(count).toBe(ROWS);
  expect(sum).toBe((0.25 * (ROWS - 1) * ROWS) / 2);
  expect(host.stats.syncs).toBe(1 + ROWS / CHUNK);
  expect(host.stats.maxResponseBytes).toBeLessThan(5_000_000);
  expect(seconds).toBeLessThan(15); // about 2 s on the 2-core build machine
}, 60_000);
