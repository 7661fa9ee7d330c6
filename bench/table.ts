/** Tables for the benchmark's output: aligned plain text for the terminal, and markdown. */

/** A table: a title, a header and rows of cell texts; numbers align right. */
export interface Table {
  readonly title: string;
  readonly header: readonly string[];
  readonly rows: readonly (readonly string[])[];
  /** Lines printed under the table. */
  readonly notes?: readonly string[];
}

const NUMERIC = /^[-+]?[\d\s.,]+(%|×| s| ms)?( \([\d\s.,]+\))?$|^–$/;

/** The table as aligned plain text. */
export function textTable(t: Table): string {
  const widths = t.header.map((h, i) => Math.max(h.length, ...t.rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: readonly string[]): string =>
    cells.map((c, i) => (NUMERIC.test(c) && i > 0 ? c.padStart(widths[i]!) : c.padEnd(widths[i]!))).join('  ').trimEnd();
  return [t.title, line(t.header), widths.map((w) => '-'.repeat(w)).join('  '), ...t.rows.map(line), ...(t.notes ?? []).map((n) => `  ${n}`)].join('\n');
}

/** The table as markdown. */
export function markdownTable(t: Table): string {
  const esc = (c: string): string => c.replace(/\|/g, '\\|');
  const align = t.header.map((_, i) => (i > 0 && t.rows.every((r) => NUMERIC.test(r[i] ?? '')) ? '---:' : '---'));
  return [
    `### ${t.title}`,
    '',
    `| ${t.header.map(esc).join(' | ')} |`,
    `| ${align.join(' | ')} |`,
    ...t.rows.map((r) => `| ${r.map(esc).join(' | ')} |`),
    ...(t.notes && t.notes.length > 0 ? ['', ...t.notes.map((n) => `- ${n}`)] : []),
  ].join('\n');
}

/** A number with a thin grouping for readability ("1 234"), or "–" when absent. */
export function num(x: number | null | undefined, decimals = 0): string {
  if (x === null || x === undefined || !Number.isFinite(x)) return '–';
  const fixed = x.toFixed(decimals);
  const [int, frac] = fixed.split('.');
  const grouped = int!.replace(/\B(?=(\d{3})+(?!\d))/g, ' ');
  return frac === undefined ? grouped : `${grouped}.${frac}`;
}
