/** Running a probe as a child process: wall time from spawn to exit, its output, its BENCH line. */
import { spawn } from 'node:child_process';
import { parseProbeLine, type ProbeReport } from './probeLine';

/** A finished child. */
export interface ChildRun {
  /** Wall time from spawn to exit, as the parent saw it (includes Node's start-up). */
  readonly wallMs: number;
  readonly exitCode: number | null;
  readonly stdout: string;
  readonly stderr: string;
  /** The child's BENCH line, when it printed one. */
  readonly report: ProbeReport | null;
}

/** Run `node [nodeArgs] script [args]` and wait for it. */
export function runNode(script: string, args: readonly string[], nodeArgs: readonly string[] = []): Promise<ChildRun> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(process.execPath, [...nodeArgs, script, ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.on('data', (b: Buffer) => out.push(b));
    child.stderr.on('data', (b: Buffer) => err.push(b));
    child.on('error', reject);
    child.on('close', (exitCode) => {
      const wallMs = Math.round(performance.now() - started);
      const stderr = Buffer.concat(err).toString('utf8');
      resolve({ wallMs, exitCode, stdout: Buffer.concat(out).toString('utf8'), stderr, report: parseProbeLine(stderr) });
    });
  });
}

/** The child's stderr without the BENCH line, shortened, for error messages. */
export function childDiagnostics(run: ChildRun, max = 2000): string {
  const text = run.stderr
    .split(/\r?\n/)
    .filter((l) => !l.startsWith('BENCH '))
    .join('\n')
    .trim();
  return text.length > max ? `${text.slice(0, max)} …` : text;
}
