/**
 * `followup diff old.json new.json`: what changed between two reports of `followup build --json`
 * (Δ YTD actual and Δ YTD deviation per row, the largest first), as a table or as JSON.
 * Exit 0 done; 1 a file that cannot be read or is no report, or two organisations' reports.
 */
import { promises as fs } from 'node:fs';
import { jsonDiff } from '../core/cycle/diffJson';
import { diffReports, isMismatch, isUnchanged, type ReportDiff, type ReportSnapshot, type RowChange } from '../core/cycle/reportDiff';
import { reportSnapshot } from '../core/cycle/reportSnapshot';
import { formatAmount, type Lang, type Scale } from '../core/money';
import { writeFileSafely } from '../io/writeFileSafely';
import type { CliIo } from './build';
import type { DiffArgs } from './diffArgs';
import { diffWords, type ReportFileProblem } from './diffWords';

/** Run `followup diff`; returns the exit status. */
export async function runDiff(args: DiffArgs, io: CliIo): Promise<number> {
  const w = diffWords(args.lang);
  const reports: ReportSnapshot[] = [];
  for (const file of [args.old, args.new]) {
    const read = await readReport(file);
    if ('problem' in read) {
      io.stderr(`${file}: ${w.fileProblem(read)}`);
      return 1;
    }
    reports.push(read);
  }
  const diff = diffReports(reports[0]!, reports[1]!);
  if (isMismatch(diff)) {
    io.stderr(`followup: ${args.old}, ${args.new}: ${w.mismatch(diff)}`);
    return 1;
  }
  if (args.json === undefined) {
    io.stdout(diffTable(diff, args.scale, args.lang));
    return 0;
  }
  const json = JSON.stringify(jsonDiff(diff), null, 2) + '\n';
  if (args.json === '-') {
    io.stdout(json);
    return 0;
  }
  try {
    await writeFileSafely(args.json, (to) => fs.writeFile(to, json, 'utf8'));
  } catch (e) {
    io.stderr(`${args.json}: ${w.cannotWrite} (${e instanceof Error ? e.message : String(e)})`);
    return 1;
  }
  return 0;
}

/** A report file read and checked, or why it cannot be used. */
async function readReport(file: string): Promise<ReportSnapshot | ReportFileProblem> {
  let text: string;
  try {
    text = await fs.readFile(file, 'utf8');
  } catch (e) {
    const code = (e as { code?: unknown }).code;
    return { problem: code === 'ENOENT' ? 'missing' : code === 'EISDIR' ? 'folder' : code === 'EACCES' || code === 'EPERM' ? 'noPermission' : 'unreadable' };
  }
  let value: unknown;
  try {
    // A byte-order mark from a Windows editor is no reason to refuse the file.
    value = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch {
    return { problem: 'notJson' };
  }
  const snapshot = reportSnapshot(value);
  return 'notAReport' in snapshot ? { problem: 'notAReport', where: snapshot.notAReport } : snapshot;
}

/** The difference as an aligned table: the total, then each changed row, the largest change first. */
export function diffTable(d: ReportDiff, scale: Scale, lang: Lang): string {
  const w = diffWords(lang);
  const shown = d.rows.filter((r) => r.kind === 'total' || !isUnchanged(r));
  const cells = (r: RowChange): string[] => [
    r.kind === 'total' ? w.total : r.path.join(' / '),
    formatAmount(r.ytdActual.change, scale, lang),
    formatAmount(r.ytdDeviation.change, scale, lang),
    w.status[r.status],
  ];
  const lines = [w.headers, ...shown.map(cells)];
  const widths = w.headers.map((_, i) => Math.max(...lines.map((l) => l[i]!.length)));
  const format = (l: readonly string[]): string => l.map((c, i) => (i === 1 || i === 2 ? c.padStart(widths[i]!) : c.padEnd(widths[i]!))).join('  ').trimEnd();
  const out = [w.title(d.oldPeriod, d.newPeriod, scale), '', format(w.headers), widths.slice(0, 3).map((n) => '-'.repeat(n)).join('  '), ...lines.slice(1).map(format), ''];
  const unchanged = d.rows.length - shown.length;
  if (shown.every((r) => r.kind === 'total' && isUnchanged(r))) out.push(w.noChanges);
  if (unchanged > 0) out.push(w.unchanged(unchanged));
  return `${out.join('\n')}\n`;
}
