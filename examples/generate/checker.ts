/**
 * Collects comparisons of computed figures with the seeds' figures and throws once, naming every
 * figure that does not match.
 */
import { formatSteps } from './exact';

/** A figure to compare: steps of its last shown digit, or null when none is shown ("–"). */
export type Steps = bigint | null;

export class Checker {
  private readonly failures: string[] = [];
  private count = 0;

  constructor(private readonly report: string) {}

  /** Compare one figure; `decimals` is only used to print the values. */
  figure(name: string, expected: Steps, actual: Steps, decimals: number): void {
    this.count++;
    if (expected !== actual) {
      const show = (s: Steps): string => (s === null ? '–' : formatSteps(s, decimals));
      this.failures.push(`${name}: expected ${show(expected)}, got ${show(actual)}`);
    }
  }

  /** Record a failed condition that is not a single figure. */
  condition(name: string, ok: boolean, detail = ''): void {
    this.count++;
    if (!ok) this.failures.push(`${name}${detail ? `: ${detail}` : ''}`);
  }

  /** Throws listing all failures; returns the number of checks otherwise. */
  done(): number {
    if (this.failures.length > 0) {
      throw new Error(`${this.report}: ${this.failures.length} of ${this.count} checks failed:\n  ${this.failures.join('\n  ')}`);
    }
    return this.count;
  }
}
