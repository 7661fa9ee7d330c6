/** `followup diff old.json new.json`: its arguments and their checks (it takes --scale, --lang and --json). */
import { SCALES, type Lang, type Scale } from '../core/money';
import type { Values } from './flags';
import { choiceOf, isUsageError, LANGS } from './choice';
import type { UsageError } from './usage';

/** Options of `followup diff`. */
export interface DiffArgs {
  readonly command: 'diff';
  /** The earlier report (`followup build --json`). */
  readonly old: string;
  /** The later report. */
  readonly new: string;
  readonly scale: Scale;
  readonly lang: Lang;
  /** Where the difference goes as JSON ("-" for standard output). */
  readonly json?: string;
}

/** The flags diff takes; every other one is a usage error. */
const DIFF_FLAGS: ReadonlySet<string> = new Set(['scale', 'lang', 'json', 'help', 'version']);

/** The diff command's options, or a usage error. */
export function diffArgs(v: Values, files: readonly string[], lang: Lang): DiffArgs | UsageError {
  const other = Object.keys(v).find((f) => !DIFF_FLAGS.has(f) && v[f as keyof Values] !== undefined);
  if (other !== undefined) return { code: 'flagNotForDiff', flag: `--${other}` };
  if (files.length < 2) return { code: 'missingReports' };
  if (files.length > 2) return { code: 'unexpectedArgument', argument: files[2]! };
  const langError = choiceOf('--lang', v.lang, LANGS);
  if (isUsageError(langError)) return langError;
  const scale = choiceOf('--scale', v.scale ?? 'tkr', SCALES);
  if (isUsageError(scale)) return scale;
  return { command: 'diff', old: files[0]!, new: files[1]!, scale, lang, ...(v.json !== undefined ? { json: v.json } : {}) };
}
