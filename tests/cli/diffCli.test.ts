/**
 * `followup diff`: what changed between two real `build --json` reports of one ledger, before and
 * after late postings; the compiled command (run `npm run build:cli` first) and in-process.
 */
import { execFile } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { promisify } from 'node:util';
import type { JsonDiff } from '../../src/core/cycle/diffJson';
import type { JsonReport } from '../../src/core/report/json';
import { runCli } from '../support/runCli';
import { tempDir } from '../support/tmp';

const run = promisify(execFile);
const bin = path.resolve(__dirname, '../../bin/followup.js');
const dir = tempDir();
const header = 'Period;Förvaltning;Enhet;Konto;Budget;Utfall';
const booked = ['202506;KLS;IT;5010;1000;900,50', '202507;KLS;IT;5010;1000;1200,25', '202507;KLS;Ekonomi;5010;500;450', '202507;KLS;HR;5010;200;100', '202507;KLS;Gamla;5010;0;5'];
// Late postings: June's IT invoice, a large Ekonomi posting, a new unit; Gamla's cost reversed
// and its rows recoded to a unit of another name (a rename: reported, not guessed).
const late = ['202506;KLS;IT;5010;;99,50', '202507;KLS;Ekonomi;5010;;1234567,89', '202507;KLS;Nytt;5010;;10,01'];
const file = (name: string, text: string): string => {
  const f = path.join(dir, name);
  writeFileSync(f, text, 'utf8');
  return f;
};
const before = file('före.csv', [header, ...booked].join('\n') + '\n');
const after = file('efter.csv', [header, ...booked.filter((l) => !l.includes('Gamla')), ...late, '202507;KLS;Gamla2;5010;0;5'].join('\n') + '\n');
const oldJson = path.join(dir, 'juli-före.json');
const newJson = path.join(dir, 'juli-efter.json');

beforeAll(async () => {
  await run(process.execPath, [bin, 'build', before, '--period', '2025-07', '--json', oldJson, '--quiet']);
  await run(process.execPath, [bin, 'build', after, '--period', '2025-07', '--json', newJson, '--quiet']);
});

const report = (f: string): JsonReport => JSON.parse(readFileSync(f, 'utf8')) as JsonReport;
/** Öre of an exact kronor string, by its digits (the test does not trust the code under test). */
const ore = (s: string): bigint => BigInt(s.replace('.', ''));

describe('followup diff', () => {
  it('prints Δ YTD actual and Δ YTD deviation per unit, the total first, the largest change next, in Swedish style', async () => {
    const r = await runCli('diff', oldJson, newJson);
    expect(r.stderr).toEqual([]);
    expect(r.code).toBe(0);
    const lines = r.stdout.split('\n');
    expect(lines[0]).toBe('Förändring från 2025-07 till 2025-07 (ny minus gammal, tkr)');
    expect(lines[2]).toMatch(/^Enhet +Δ Utfall ack\. +Δ Avvikelse ack\.$/);
    const body = lines.slice(4, lines.indexOf('', 4)).map((l) => l.split(/ {2,}/));
    expect(body.map((c) => c[0])).toEqual(['Totalt', 'KLS', 'KLS / Ekonomi', 'KLS / IT', 'KLS / Nytt', 'KLS / Gamla2', 'KLS / Gamla']);
    expect(body[0]![1]).toBe('1\u00a0235'); // 99,50 + 1 234 567,89 + 10,01 + 5 − 5 kr
    expect(body.find((c) => c[0] === 'KLS / Nytt')![3]).toBe('tillkommen');
    expect(body.find((c) => c[0] === 'KLS / Gamla')![3]).toBe('borttagen');
    expect(r.stdout).toContain('1 rad oförändrad.');
  });

  it('gives, as JSON, exactly the new report’s figures minus the old one’s, matched by path', async () => {
    const r = await runCli('diff', oldJson, newJson, '--json', '-');
    expect(r.code).toBe(0);
    const d = JSON.parse(r.stdout) as JsonDiff;
    const olds = new Map(report(oldJson).rows.map((x) => [x.path.join('/'), x]));
    const news = new Map(report(newJson).rows.map((x) => [x.path.join('/'), x]));
    for (const row of d.rows) {
      const key = row.path.join('/');
      for (const fig of ['ytdActual', 'ytdDeviation'] as const) {
        const expected = ore(news.get(key)?.[fig] ?? '0.00') - ore(olds.get(key)?.[fig] ?? '0.00');
        expect(ore(row[fig].change)).toBe(expected);
      }
    }
    expect(d.rows.find((x) => x.path.join('/') === 'KLS/Ekonomi')!.ytdActual).toEqual({ old: '450.00', new: '1235017.89', change: '1234567.89' });
    expect(d.unchanged).toBe(1);
    const out = path.join(dir, 'skillnad.json');
    expect((await runCli('diff', oldJson, newJson, '--json', out)).code).toBe(0);
    expect(readFileSync(out, 'utf8')).toBe(r.stdout);
  });

  it('speaks English and shows another scale', async () => {
    const r = await runCli('diff', oldJson, newJson, '--lang', 'en', '--scale', 'kr');
    expect(r.stdout.split('\n')[0]).toBe('Change from 2025-07 to 2025-07 (new minus old, SEK)');
    expect(r.stdout).toMatch(/KLS \/ Ekonomi +1,234,568 +-1,234,568/);
    expect(r.stdout).toMatch(/KLS \/ Nytt +10 +-10 +added/);
  });

  it('says there is nothing when a report is compared with itself', async () => {
    const r = await runCli('diff', newJson, newJson);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Inga förändringar.');
  });

  it('names the file that cannot be read or is no report, exit 1', async () => {
    const notJson = file('inte.json', 'Period;Enhet\n');
    const notReport = file('annan.json', '{"rows": []}');
    const folder = path.join(dir, 'mapp.json');
    mkdirSync(folder);
    expect(await runCli('diff', oldJson, path.join(dir, 'saknas.json'))).toMatchObject({ code: 1, stderr: [`${path.join(dir, 'saknas.json')}: filen finns inte`] });
    expect(await runCli('diff', notJson, newJson)).toMatchObject({ code: 1, stderr: [`${notJson}: filen är inte JSON; ange en rapport från followup build --json`] });
    expect(await runCli('diff', oldJson, notReport, '--lang', 'en')).toMatchObject({ code: 1, stderr: [`${notReport}: the file is no report of followup build --json (period is missing or wrong)`] });
    expect((await runCli('diff', folder, newJson)).code).toBe(1);
  });

  it('refuses another organisation’s report', async () => {
    const other = file('skola.csv', [header, '202507;Skola;Rektor;5010;100;50'].join('\n') + '\n');
    const otherJson = path.join(dir, 'skola.json');
    await run(process.execPath, [bin, 'build', other, '--period', '2025-07', '--json', otherJson, '--quiet']);
    const r = await runCli('diff', oldJson, otherJson);
    expect(r.code).toBe(1);
    expect(r.stderr[0]).toContain('ingen enhet gemensam');
    expect(r.stdout).toBe('');
  });

  it('has usage errors of its own, exit 2', async () => {
    expect(await runCli('diff', oldJson)).toMatchObject({ code: 2, stderr: ['followup: två rapporter behövs: followup diff <gammal.json> <ny.json>', 'Se: followup --help'] });
    expect((await runCli('diff', oldJson, newJson, '--period', '2025-07')).stderr[0]).toBe('followup: --period hör inte till followup diff (den tar --scale, --lang och --json)');
    expect((await runCli('diff', oldJson, newJson, 'x.json', '--lang', 'en')).stderr[0]).toBe('followup: unexpected argument "x.json"');
    expect((await runCli('diff', oldJson, newJson, '--scale', 'mkr')).code).toBe(2);
  });

  it('runs as the installed command, and is in --help in both languages', async () => {
    const { stdout } = await run(process.execPath, [bin, 'diff', oldJson, newJson, '--json', '-']);
    expect((JSON.parse(stdout) as JsonDiff).rows[0]!.kind).toBe('total');
    expect((await runCli('--help')).stdout).toContain('followup diff <gammal.json> <ny.json>');
    expect((await runCli('--help', '--lang', 'en')).stdout).toContain('followup diff <old.json> <new.json>');
  });
});
