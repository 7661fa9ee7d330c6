import { Worker } from 'node:worker_threads';
import { Inbox } from '../../src/csv/readCsvFile';

/** Keep this thread busy, as the scanner does while the helper's messages come in. */
function busy(ms: number): void {
  const until = Date.now() + ms;
  while (Date.now() < until) {
    // spin
  }
}

describe('Inbox: the helper thread’s messages', () => {
  it('keeps messages that come before they are asked for, in order', async () => {
    const worker = new Worker("const { parentPort } = require('node:worker_threads'); parentPort.postMessage(1); parentPort.postMessage(2);", { eval: true });
    const inbox = new Inbox(worker);
    busy(300);
    expect(await inbox.next()).toBe(1);
    expect(await inbox.next()).toBe(2);
  });

  it('fails what is awaited when the thread ends without sending it', async () => {
    const worker = new Worker("require('node:worker_threads').parentPort.postMessage('only');", { eval: true });
    const inbox = new Inbox(worker);
    expect(await inbox.next()).toBe('only');
    await expect(inbox.next()).rejects.toThrow('ended');
  });

  it('fails what is awaited when the thread throws', async () => {
    const worker = new Worker("throw new Error('broken');", { eval: true });
    await expect(new Inbox(worker).next()).rejects.toThrow('broken');
  });
});
