/**
 * scripts/install-test-deps.sh, the README's and CI's first step: apt-get directly as root (a fresh
 * Debian box has no sudo), through sudo otherwise, a clear message when neither can work, nothing
 * when the tools are there. Run against stand-ins for id, sudo, env and apt-get that log their calls.
 */
import { spawnSync } from 'node:child_process';
import { chmodSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { tempDir } from '../support/tmp';

const SCRIPT = path.resolve(__dirname, '../../scripts/install-test-deps.sh');
const dir = tempDir();
let n = 0;

function run(o: { uid: number; sudo: boolean; tools: boolean }): { code: number; log: string[]; stderr: string } {
  const bin = path.join(dir, `bin${n++}`);
  const log = path.join(bin, 'log');
  mkdirSync(bin);
  writeFileSync(log, '');
  const fake = (name: string, body: string) => {
    writeFileSync(path.join(bin, name), `#!/bin/sh\n${body}\n`);
    chmodSync(path.join(bin, name), 0o755);
  };
  fake('id', `echo ${o.uid}`);
  fake('env', `echo "env $*" >> ${log}`);
  fake('apt-get', `echo "apt-get $*" >> ${log}`);
  if (o.sudo) fake('sudo', `echo "sudo $*" >> ${log}`);
  if (o.tools) {
    for (const t of ['chromium', 'xmllint', 'soffice', 'pdftotext']) fake(t, 'exit 0');
    fake('dpkg-query', 'echo "install ok installed"');
  }
  const r = spawnSync('/bin/sh', [SCRIPT], { env: { PATH: bin }, encoding: 'utf8' });
  return { code: r.status ?? -1, log: readFileSync(log, 'utf8').split('\n').filter((l) => l !== ''), stderr: r.stderr };
}

describe('install-test-deps.sh', () => {
  it('runs apt-get as root without sudo, even where sudo is missing', () => {
    const r = run({ uid: 0, sudo: false, tools: false });
    expect(r.code).toBe(0);
    expect(r.log).toEqual(['env DEBIAN_FRONTEND=noninteractive apt-get update -qq', 'env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends chromium libxml2-utils libreoffice-calc libreoffice-writer poppler-utils fonts-crosextra-carlito']);
  });

  it('runs apt-get through sudo as an ordinary user', () => {
    const r = run({ uid: 1000, sudo: true, tools: false });
    expect(r.code).toBe(0);
    expect(r.log).toEqual(['sudo env DEBIAN_FRONTEND=noninteractive apt-get update -qq', 'sudo env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends chromium libxml2-utils libreoffice-calc libreoffice-writer poppler-utils fonts-crosextra-carlito']);
  });

  it('says what to do as an ordinary user without sudo', () => {
    const r = run({ uid: 1000, sudo: false, tools: false });
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('run this as root, or install sudo');
    expect(r.log).toEqual([]);
  });

  it('does nothing when chromium, xmllint, LibreOffice with Writer, poppler and Carlito are there', () => {
    expect(run({ uid: 1000, sudo: false, tools: true })).toMatchObject({ code: 0, log: [] });
  });
});
