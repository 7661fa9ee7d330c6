/**
 * `followup build`: read a ledger file, compute the follow-up, and write the workbook with the
 * follow-up sheet added and/or the JSON report. Nothing is written while input errors remain.
 *
 * This module reads; buildFollowUp.ts computes and writes. The engine and report modules it needs
 * are loaded while the file is being read: a large CSV's reading returns to the event loop only
 * to wait for the helper thread scanning its second half, and their loading fills that wait.
 */
import * as path from 'node:path';
import { rowCountOf, type Sheet } from '../core/grid/sheetRows';
import { asFileProblem } from '../io/fileProblem';
import { fileProblemMessage } from '../io/fileProblemText';
import { inspectLedgerFile, type LedgerFile } from '../io/ledgerFile';
import type { BuildArgs } from './args';
import type { buildFollowUp as BuildFollowUp } from './buildFollowUp';
import { Progress } from './progress';
import { readLedgerSheets } from './readLedgerFile';

/** Where the command writes. */
export interface CliIo {
  readonly stdout: (text: string) => void;
  readonly stderr: (line: string) => void;
}

/** Files above this size get progress lines on stderr. */
const LARGE_FILE_BYTES = 5_000_000;

/** Run a build; returns the exit status (0 done, 1 input errors, 2 a --column naming no column). */
export async function runBuild(args: BuildArgs, io: CliIo): Promise<number> {
  const sv = args.lang === 'sv';
  let opened: LedgerFile;
  let sheets: Sheet[];
  let progress: Progress;
  let steps: Promise<{ buildFollowUp: typeof BuildFollowUp }>;
  try {
    opened = await inspectLedgerFile(args.input);
    progress = new Progress(io.stderr, opened.size > LARGE_FILE_BYTES, args.lang);
    progress.phase(sv ? `Läser ${path.basename(args.input)}` : `Reading ${path.basename(args.input)}`);
    const reading = readLedgerSheets(args.input, opened);
    // Asked for once the read has begun (see above), loaded at its first wait.
    steps = import('./buildFollowUp');
    sheets = await reading;
    progress.done(`${sheets.reduce((n, s) => n + rowCountOf(s), 0)} ${sv ? 'rader' : 'rows'}`);
  } catch (e) {
    // Whatever failed, the user is told why in words, never in a library's (see io/fileProblem).
    io.stderr(fileProblemMessage(asFileProblem(e), args.input, args.lang));
    return 1;
  }
  const { buildFollowUp } = await steps;
  return buildFollowUp(args, io, { opened, sheets, progress });
}
