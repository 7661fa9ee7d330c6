/** Progress of a build through reading, computing and writing, for the task pane's bar. */

/** The phases of a build. */
export type Phase = 'reading' | 'computing' | 'writing' | 'done';

/** Where a build is: its phase and how far overall (0–1). */
export interface Progress {
  readonly phase: Phase;
  readonly fraction: number;
}

/** A progress callback. */
export type OnProgress = (p: Progress) => void;

/** Overall fraction of a phase's own fraction: reading 0–70 %, computing 70–85 %, writing 85–100 %. */
export function overall(phase: Phase, within: number): number {
  const clamp = Math.min(1, Math.max(0, within));
  switch (phase) {
    case 'reading':
      return 0.7 * clamp;
    case 'computing':
      return 0.7 + 0.15 * clamp;
    case 'writing':
      return 0.85 + 0.15 * clamp;
    case 'done':
      return 1;
  }
}
