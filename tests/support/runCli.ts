/** Runs the `followup` command in-process and captures what it prints. */
import { main } from '../../src/cli/main';

/** What a run printed and its exit status. */
export interface CliRun {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string[];
}

/** Run `followup` with these arguments. */
export async function runCli(...argv: string[]): Promise<CliRun> {
  let stdout = '';
  const stderr: string[] = [];
  const code = await main(argv, { stdout: (t) => (stdout += t), stderr: (l) => stderr.push(l) });
  return { code, stdout, stderr };
}
