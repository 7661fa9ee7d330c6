/**
 * Child process for the end-to-end CLI benchmark: runs the `followup` command line (main()) with
 * its arguments and prints the BENCH line at exit. The CLI's own progress lines on stderr
 * ("klart på N ms", shown for files above 5 MB) are picked up as the phases read / compute.
 *
 *   node build/bench/cliProbe.js build FILE --period 2025-07 --months 2 --json /dev/null --quiet
 */
import { main } from '../src/cli/main';
import { writeProbeLine } from './probeLine';

const PHASE_NAMES = ['read', 'compute', 'write'];

async function probe(): Promise<void> {
  const phases: Record<string, number> = {};
  let phase = 0;
  const code = await main(process.argv.slice(2), {
    stdout: (text) => process.stdout.write(text),
    stderr: (line) => {
      const done = /(\d+) ms/.exec(line);
      if (done && /^\s/.test(line)) phases[PHASE_NAMES[phase++] ?? `phase${phase}`] = Number(done[1]);
      process.stderr.write(`${line}\n`);
    },
  });
  process.exitCode = code;
  process.on('exit', () => writeProbeLine({ exitCode: code, phases }));
}

probe().catch((e: unknown) => {
  process.stderr.write(`${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
  process.exitCode = 3;
  process.on('exit', () => writeProbeLine({ exitCode: 3 }));
});
