/**
 * The helper thread of readCsvFile: read the second part of the file into the shared bytes at
 * once and say where its rows start, then scan them as planned, into the column arrays the main
 * thread shares with it. It imports the byte scanner alone (csvScanner.ts), not csvSheet and the
 * ledger detection behind it: what it compiles delays its scan.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { scanPart, type ScannedPart, type ScanPlan } from './csvScanner';
import type { HalfRead, HalfToRead } from './readCsvFile';
import { readInto } from './readInto';

const port = parentPort!;
// The main thread's descriptor (one per process, shared by its threads); the main thread closes it.
const { fd, bytes, from } = workerData as HalfToRead;
const read = readInto(fd, bytes, from, bytes.length);
// This part's rows start after the first line feed from its first byte on.
const split = bytes.indexOf(0x0a, from) + 1;
port.postMessage({ read, split } satisfies HalfRead);

port.once('message', (plan: ScanPlan) => {
  let part: ScannedPart | null = null;
  try {
    part = split > 0 ? scanPart({ ...plan, from: split }) : null;
  } catch {
    // The main thread reads the file in one piece instead.
  }
  // Rows in the planned arrays are in shared memory already; arrays of the scanner's own (it ran out of room) are moved.
  const moved: ArrayBuffer[] = [];
  if (part !== null && !part.planned) {
    const { rowStart, codes, ore, state } = part.columns;
    for (const array of [rowStart, ...codes, ...ore, ...state]) if (array) moved.push(array.buffer as ArrayBuffer);
  }
  port.postMessage(part, moved);
});
