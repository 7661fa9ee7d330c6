/** Progress on stderr for large files: one line per phase with its time, so a long run is not silent. */

/** Reports phases when enabled. */
export class Progress {
  private started = performance.now();
  private phaseStart = this.started;

  constructor(
    private readonly write: (line: string) => void,
    private readonly enabled: boolean,
    private readonly lang: 'sv' | 'en' = 'sv',
  ) {}

  /** Start a phase ("Läser huvudbok.csv"). */
  phase(name: string): void {
    this.phaseStart = performance.now();
    if (this.enabled) this.write(`${name} …`);
  }

  /** End the current phase with a note ("1 000 000 rader"). */
  done(note = ''): void {
    if (!this.enabled) return;
    const ms = Math.round(performance.now() - this.phaseStart);
    this.write(`  ${this.lang === 'sv' ? 'klart på' : 'done in'} ${ms} ms${note ? ` (${note})` : ''}`);
  }
}
