/**
 * The helper thread of readCsvFile: read the second half of the file into the shared bytes at
 * once and say where its rows start, then scan them as planned and send the columns back (moved,
 * not copied).
 */
import { parentPort, workerData } from 'node:worker_threads';
import type { ScannedPart, ScanPlan } from './csvSheet';
import type { HalfRead, HalfToRead } from './readCsvFile';
import { readInto } from './readInto';

const port = parentPort!;
// The main thread's descriptor (one per process, shared by its threads); the main thread closes it.
const { fd, bytes, from } = workerData as HalfToRead;
const read = readInto(fd, bytes, from, bytes.length);
// This half's rows start after the first line feed from the middle on.
const split = bytes.indexOf(0x0a, from) + 1;
port.postMessage({ read, split } satisfies HalfRead);

// The scanner is loaded after the read (which the main thread waits for first) and while the main
// thread looks at the file's first rows.
const scanner = import('./csvSheet');
port.once('message', (plan: ScanPlan) => {
  void scanner.then(({ scanPart }) => {
    let part: ScannedPart | null = null;
    try {
      part = split > 0 ? scanPart({ ...plan, from: split }) : null;
    } catch {
      // The main thread reads the file in one piece instead.
    }
    const moved: ArrayBuffer[] = [];
    if (part !== null) {
      moved.push(part.rowStart.buffer as ArrayBuffer);
      for (const l of part.labels) if (l) moved.push(l.codes.buffer as ArrayBuffer);
      for (const a of part.amounts) if (a) moved.push(a.ore.buffer as ArrayBuffer, a.state.buffer as ArrayBuffer);
    }
    port.postMessage(part, moved);
  });
});
