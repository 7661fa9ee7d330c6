/**
 * The command as `npm link` or `npm install -g .` installs it: bin/followup.js run through a
 * symbolic link from another folder, with plain node (no tsx at run time), executable in git.
 */
import { execFile, execFileSync } from 'node:child_process';
import { readFileSync, symlinkSync } from 'node:fs';
import * as path from 'node:path';
import { promisify } from 'node:util';
import { VERSION } from '../../src/cli/version';
import { runCli } from '../support/runCli';
import { tempDir } from '../support/tmp';

const ROOT = path.resolve(__dirname, '../..');
const BIN = path.join(ROOT, 'bin/followup.js');
const dir = tempDir();

describe('the installed followup command', () => {
  it('is an executable node script in git', () => {
    expect(readFileSync(BIN, 'utf8').split('\n')[0]).toBe('#!/usr/bin/env node');
    expect(execFileSync('git', ['ls-files', '-s', 'bin/followup.js'], { cwd: ROOT, encoding: 'utf8' })).toMatch(/^100755 /);
  });

  it('runs through a link from another folder, as npm link puts it on the PATH', async () => {
    const link = path.join(dir, 'followup');
    symlinkSync(BIN, link);
    const { stdout } = await promisify(execFile)(link, ['--version'], { cwd: dir });
    expect(stdout).toBe(`${VERSION}\n`);
  });

  it('prints the version of package.json', async () => {
    const pkg = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { version: string };
    expect(VERSION).toBe(pkg.version);
    expect((await runCli('--version')).stdout).toBe(`${pkg.version}\n`);
  });
});
