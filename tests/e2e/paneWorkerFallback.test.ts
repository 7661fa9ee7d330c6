/**
 * The pane where its worker cannot load (a policy blocks it, the file is missing): it says nothing
 * of it to the user and computes in its own thread, from the same rows, and the build and the
 * rows behind a figure succeed.
 * Here the production build is served without its worker chunk.
 */
import { cpSync, readdirSync, rmSync } from 'node:fs';
import * as path from 'node:path';
import { ensureDist } from '../support/dist';
import { tempDir } from '../support/tmp';
import { measurePaneLongTasks } from './longTasks';

const work = tempDir();

it('opens, builds and shows the rows behind a figure in the page\'s own thread when the worker\'s script cannot load', async () => {
  const dist = path.join(work, 'dist');
  cpSync(await ensureDist(), dist, { recursive: true });
  const chunks = readdirSync(dist).filter((f) => f.startsWith('followup-compute.'));
  expect(chunks.length).toBeGreaterThan(0);
  for (const f of chunks) rmSync(path.join(dist, f));
  // measurePaneLongTasks waits for the proposed month, the built result and the rows behind, or throws.
  const m = await measurePaneLongTasks(dist, 20_000);
  expect(m.jobs).toEqual(['followup glance (thread)', 'followup compose (thread)', 'followup rows behind (thread)']);
}, 300_000);
