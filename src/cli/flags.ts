/**
 * The `followup` flags as node's parseArgs options, one line per flag, grouped by the commands
 * that take them: build and rows share the first group and refuse each other's own flags.
 */
import type { ParseArgsConfig } from 'node:util';

/** Flags build and rows both take (diff takes its own few, see diffArgs). */
const SHARED_FLAGS = {
  period: { type: 'string' },
  months: { type: 'string' },
  'fiscal-start': { type: 'string' },
  sheet: { type: 'string' },
  lang: { type: 'string' },
  sign: { type: 'string' },
  column: { type: 'string', multiple: true },
} as const;

/** Flags only `build` takes. */
export const BUILD_FLAGS = {
  scale: { type: 'string' },
  out: { type: 'string' },
  json: { type: 'string' },
  docx: { type: 'string' },
  org: { type: 'string' },
  parents: { type: 'string' },
  sections: { type: 'string' },
  quiet: { type: 'boolean' },
  'explain-over': { type: 'string' },
  'require-comments': { type: 'boolean' },
  'reconcile-rounding': { type: 'boolean' },
  previous: { type: 'string' },
  'forecast-accuracy': { type: 'boolean' },
} as const;

/** Flags only `rows` takes. */
export const ROWS_FLAGS = {
  unit: { type: 'string' },
  group: { type: 'string' },
  figure: { type: 'string' },
  csv: { type: 'boolean' },
} as const;

/** Every flag, as node's parseArgs options. */
export const OPTIONS = {
  ...SHARED_FLAGS,
  ...BUILD_FLAGS,
  ...ROWS_FLAGS,
  help: { type: 'boolean', short: 'h' },
  version: { type: 'boolean' },
} as const satisfies ParseArgsConfig['options'];

/** The flags' values as parsed. */
export type Values = { [K in keyof typeof OPTIONS]?: (typeof OPTIONS)[K] extends { multiple: true } ? string[] : (typeof OPTIONS)[K]['type'] extends 'string' ? string : boolean };

/** The first of a command's foreign flags that was given, as "--name"; undefined when none was. */
export function firstGiven(v: Values, flags: Readonly<Record<string, unknown>>): string | undefined {
  const given = (Object.keys(flags) as (keyof Values)[]).find((f) => v[f] !== undefined);
  return given === undefined ? undefined : `--${given}`;
}
