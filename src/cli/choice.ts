/** One check that build, rows and diff share: a flag's value must be one of its choices. */
import type { Lang } from '../core/money';
import type { UsageError } from './usage';

/** The languages --lang takes. */
export const LANGS: readonly Lang[] = ['sv', 'en'];

/**
 * `value` narrowed to one of `choices`, or the badChoice usage error naming `flag`; undefined
 * (flag not given, no default) passes through so optional flags need no check of their own.
 */
export function choiceOf<T extends string>(flag: string, value: string, choices: readonly T[]): T | UsageError;
/** The same for a flag without a default. */
export function choiceOf<T extends string>(flag: string, value: string | undefined, choices: readonly T[]): T | undefined | UsageError;
export function choiceOf<T extends string>(flag: string, value: string | undefined, choices: readonly T[]): T | undefined | UsageError {
  if (value === undefined || (choices as readonly string[]).includes(value)) return value as T | undefined;
  return { code: 'badChoice', flag, value, choices };
}

/** Whether a checked value is the usage error rather than a choice. */
export function isUsageError(value: unknown): value is UsageError {
  return typeof value === 'object' && value !== null;
}
