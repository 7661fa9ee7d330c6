/** Temporary folders for tests that write files. */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';

/** A fresh temporary folder, removed after the test file. */
export function tempDir(): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'followup-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  return dir;
}
