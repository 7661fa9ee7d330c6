/** The `followup` command: parses arguments and runs the build; exit 0 done, 1 input errors, 2 usage errors, 3 internal errors. */
import { HELP, HELP_EN, parseCli } from './args';
import { runBuild, type CliIo } from './build';
import { seeHelp, usageMessage } from './usage';
import { VERSION } from './version';

/** Run the command line; resolves to the exit status. */
export async function main(argv: readonly string[], io: CliIo = defaultIo()): Promise<number> {
  const request = parseCli(argv);
  switch (request.command) {
    case 'help':
      io.stdout(request.lang === 'sv' ? HELP : HELP_EN);
      return 0;
    case 'version':
      io.stdout(`${VERSION}\n`);
      return 0;
    case 'usageError':
      io.stderr(`followup: ${usageMessage(request.error, request.lang)}`);
      io.stderr(seeHelp(request.lang));
      return 2;
    case 'build':
    case 'rows':
    case 'diff':
      try {
        // Each command loads what it needs: build starts reading before it loads the engine (see build.ts).
        if (request.command === 'build') return await runBuild(request, io);
        if (request.command === 'rows') return await (await import('./rows')).runRows(request, io);
        return await (await import('./diff')).runDiff(request, io);
      } catch (e) {
        // A broken invariant, not an input problem: said plainly in the run's language, no stack trace.
        io.stderr(`followup: ${request.lang === 'sv' ? 'internt fel' : 'internal error'}: ${e instanceof Error ? e.message : String(e)}`);
        return 3;
      }
  }
}

function defaultIo(): CliIo {
  return {
    stdout: (text) => process.stdout.write(printable(text)),
    stderr: (line) => process.stderr.write(`${printable(line)}\n`),
  };
}

/**
 * Text for a terminal: control characters from ledger cells (an escape sequence in a unit name
 * could rewrite the screen) are shown as U+FFFD; tabs and newlines stay. JSON is unaffected:
 * JSON.stringify escapes every such character itself.
 */
export function printable(text: string): string {
  // eslint-disable-next-line no-control-regex -- control characters are exactly what is replaced
  return text.replace(/[\u0000-\u0008\u000b-\u001f]/g, '\ufffd');
}
