/**
 * One language per run: every message the command line prints is Swedish, or English with
 * `--lang en` wherever it stands on the line (even after the bad flag). Each usage error is run in
 * both languages and its words checked against a short list of the other language's words.
 */
import * as path from 'node:path';
import { main } from '../../src/cli/main';
import { runCli } from '../support/runCli';
import { tempDir } from '../support/tmp';

const KLS = 'examples/kls-2025.xlsx';
const dir = tempDir();

/** Every usage error, each with a line that makes it. */
const USAGE_ERRORS: readonly (readonly string[])[] = [
  ['build', KLS, '--period', '2025-07', '--bogus'],
  ['build', KLS, '--period', '2025-07', '-x'],
  ['build', KLS, '--period'],
  ['build', KLS, '--period', '--quiet'],
  ['build', KLS, '--period', '2025-07', '--quiet=ja'],
  ['frobnicate'],
  ['build'],
  ['build', KLS, 'extra.xlsx', '--period', '2025-07'],
  ['build', 'ledger.pdf', '--period', '2025-07'],
  ['build', KLS],
  ['build', KLS, '--period', '2025-13'],
  ['build', KLS, '--period', '2025-07', '--months', '0'],
  ['build', KLS, '--period', '2025-07', '--months', 'två'],
  ['build', KLS, '--period', '2025-01', '--months', '2'],
  ['build', KLS, '--period', '2025-07', '--scale', 'mkr'],
  ['build', KLS, '--period', '2025-07', '--sign', 'kredit'],
  ['build', KLS, '--period', '2025-07', '--parents', 'mitt'],
  ['build', KLS, '--period', '2025-07', '--sections', 'diagram'],
  ['build', KLS, '--period', '2025-07', '--out', 'rapport.pdf'],
  ['build', KLS, '--period', '2025-07', '--out', KLS],
  ['build', KLS, '--period', '2025-07', '--column', 'Budget'],
  ['build', KLS, '--period', '2025-07', '--column', 'Budget=kostnad'],
  ['build', KLS, '--period', '2025-07', '--column', 'Saknas=utfall'],
  ['build', KLS, '--period', '2025-07', '--explain-over', '100 tkr,5'],
  ['build', KLS, '--period', '2025-07', '--explain-over', '-3 %'],
  ['build', KLS, '--period', '2025-07', '--explain-over', '5 %, 6 %'],
];

/** Input errors: exit 1, printed in the run's language too. */
const INPUT_ERRORS: readonly (readonly string[])[] = [['build', path.join(dir, 'nope.xlsx'), '--period', '2025-07']];

const ENGLISH = ['the', 'is', 'not', 'must', 'missing', 'unknown', 'needs', 'value', 'file', 'required', 'see', 'try', 'unexpected', 'column', 'role', 'roles', 'headers', 'sections', 'ledger', 'takes', 'no', 'or', 'an', 'of', 'written', 'before', 'reaches', 'within', 'year', 'month', 'whole', 'number', 'itself', 'never', 'does', 'exist', 'cannot', 'read', 'show', 'default', 'write', 'amount', 'sheet', 'help', 'flags', 'usage', 'status', 'done', 'errors'];
const SWEDISH = ['är', 'inte', 'saknas', 'okänd', 'okänt', 'behöver', 'ett', 'värde', 'huvudboksfilen', 'krävs', 'ska', 'se', 'prova', 'oväntat', 'kolumn', 'rubriker', 'roller', 'delar', 'huvudboken', 'tar', 'inget', 'får', 'eller', 'och', 'som', 'månad', 'heltal', 'går', 'före', 'januari', 'perioden', 'året', 'själv', 'skrivs', 'aldrig', 'ingen', 'roll', 'flagga', 'kommando', 'filen', 'finns', 'kan', 'läsas', 'visa', 'skriv', 'belopp', 'bladet', 'hjälp', 'flaggor', 'användning', 'slutstatus', 'klart', 'fel'];

/** The words of a message, leaving out what the user typed or may type: quoted text, file paths, flags, <placeholders>, the command. */
function wordsOf(text: string): string[] {
  const plain = text.replace(/"[^"]*"/g, ' ').replace(/\S*\/\S*/g, ' ').replace(/<[^>]*>/g, ' ').replace(/(^|\s)-{1,2}[\w-]+/g, ' ').replace(/\bfollowup build\b|\bfollowup\b/g, ' ');
  return plain.toLowerCase().split(/[^\p{L}]+/u).filter((w) => w !== '');
}

function foreignWords(text: string, lang: 'sv' | 'en'): string[] {
  const foreign = new Set(lang === 'sv' ? ENGLISH : SWEDISH);
  return wordsOf(text).filter((w) => foreign.has(w));
}

async function printed(argv: readonly string[]): Promise<{ code: number; text: string }> {
  const run = await runCli(...argv);
  return { code: run.code, text: [run.stdout, ...run.stderr].filter((t) => t !== '').join('\n') };
}

describe('one language per run', () => {
  it.each(USAGE_ERRORS.map((a) => [a.join(' '), a] as const))('%s: Swedish, or English with --lang en before or after it', async (_, argv) => {
    const sv = await printed(argv);
    expect(sv.code).toBe(2);
    expect(foreignWords(sv.text, 'sv')).toEqual([]);
    const after = await printed([...argv, '--lang', 'en']);
    const before = await printed(['--lang', 'en', ...argv]);
    expect(after.code).toBe(2);
    expect(after.text).toBe(before.text);
    expect(foreignWords(after.text, 'en')).toEqual([]);
    expect(after.text).not.toBe(sv.text);
  });

  it.each(INPUT_ERRORS.map((a) => [a.join(' '), a] as const))('%s: input errors too', async (_, argv) => {
    const sv = await printed(argv);
    expect(sv.code).toBe(1);
    expect(foreignWords(sv.text, 'sv')).toEqual([]);
    const en = await printed([...argv, '--lang', 'en']);
    expect(foreignWords(en.text, 'en')).toEqual([]);
  });

  it('an unknown --lang is said in Swedish, the default', async () => {
    const run = await printed(['build', KLS, '--period', '2025-07', '--lang', 'de']);
    expect(run.code).toBe(2);
    expect(run.text).toBe('followup: --lang ska vara sv eller en, inte "de"\nSe: followup --help');
  });

  it('shows the help in Swedish, or in English with --lang en', async () => {
    const sv = await printed(['--help']);
    const en = await printed(['--help', '--lang', 'en']);
    expect(sv.code).toBe(0);
    expect(sv.text).toContain('Användning:');
    expect(en.text).toContain('Usage:');
    expect(foreignWords(sv.text, 'sv')).toEqual([]);
    expect(foreignWords(en.text, 'en')).toEqual([]);
    expect(sv.text.split('\n').length).toBe(en.text.split('\n').length);
  });

  it('says an internal error in the language of the run, exit 3, without a stack trace', async () => {
    for (const [lang, words] of [['sv', 'followup: internt fel: trasig'], ['en', 'followup: internal error: trasig']] as const) {
      const stderr: string[] = [];
      const broken = {
        stdout: () => {
          throw new Error('trasig');
        },
        stderr: (l: string) => stderr.push(l),
      };
      expect(await main(['build', 'examples/kls-2025.csv', '--period', '2025-07', '--lang', lang], broken)).toBe(3);
      expect(stderr).toEqual([words]);
    }
  });

  it('the word lists catch the other language', () => {
    expect(foreignWords('followup: --period is required', 'sv')).toEqual(['is', 'required']);
    expect(foreignWords('followup: --period krävs', 'en')).toEqual(['krävs']);
  });
});
