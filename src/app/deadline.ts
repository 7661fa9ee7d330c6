/**
 * A point in time a use case must not work past: the ribbon command's runtime is closed after 5
 * minutes ("The runtime closes when either the function completes or 5 minutes have passed,
 * whichever is earlier", Office Add-ins docs on function commands), so its Refresh stops early
 * rather than be cut off mid-write.
 */
import { TIME_LIMIT } from './errors';

/** When to stop; `passed()` asks the clock. */
export interface Deadline {
  passed(): boolean;
}

/** A deadline `ms` from now on `clock` (Date.now by default; tests pass their own). */
export function deadlineIn(ms: number, clock: () => number = Date.now): Deadline {
  const at = clock() + ms;
  return { passed: () => clock() >= at };
}

/** The error a use case throws when its deadline has passed (mapped to the 'timeLimit' AppError). */
export function timeLimitError(): Error & { code: string } {
  return Object.assign(new Error('The time for this action ran out.'), { code: TIME_LIMIT });
}
