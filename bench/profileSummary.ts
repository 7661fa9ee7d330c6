/**
 * Summarise a V8 CPU profile (from `node --cpu-prof`): the functions with the most self time, with
 * file:line, so hot spots can be handed to the code's owner.
 *
 *   node --cpu-prof --cpu-prof-dir=.bench/prof build/bench/cliProbe.js build FILE --period 2025-07 …
 *   node build/bench/profileSummary.js .bench/prof/CPU.*.cpuprofile [--top 25]
 */
import { existsSync, readFileSync } from 'node:fs';
import { SourceMap } from 'node:module';
import * as path from 'node:path';
import { parseArgs } from 'node:util';

/** The parts of the .cpuprofile format used here. */
interface CpuProfile {
  readonly nodes: readonly {
    readonly id: number;
    readonly callFrame: { readonly functionName: string; readonly url: string; readonly lineNumber: number; readonly columnNumber: number };
    readonly hitCount?: number;
  }[];
  readonly startTime: number;
  readonly endTime: number;
  readonly samples?: readonly number[];
  readonly timeDeltas?: readonly number[];
}

/** One function's share. */
export interface HotSpot {
  readonly name: string;
  /** "src/core/ledger/readLedger.ts:120" (through the .js.map next to a built file), else the .js line. */
  readonly where: string;
  readonly selfMs: number;
  readonly selfPercent: number;
}

const maps = new Map<string, SourceMap | null>();

/** file:line of a zero-based position in a built file, through its source map when there is one. */
function sourceLine(file: string, line: number, column: number): string {
  if (!maps.has(file)) {
    const mapFile = `${file}.map`;
    maps.set(file, existsSync(mapFile) ? new SourceMap(JSON.parse(readFileSync(mapFile, 'utf8')) as ConstructorParameters<typeof SourceMap>[0]) : null);
  }
  const entry = maps.get(file)?.findEntry(line, column);
  if (entry && 'originalSource' in entry && entry.originalSource) {
    const source = path.relative(process.cwd(), path.resolve(path.dirname(file), entry.originalSource.replace(/^file:\/\//, '')));
    return `${source}:${entry.originalLine + 1}`;
  }
  return `${file}:${line + 1}`;
}

/** Self time per function (merged across call sites), largest first. */
export function hotSpots(profile: CpuProfile, top: number): HotSpot[] {
  const selfUs = new Map<number, number>();
  const samples = profile.samples ?? [];
  const deltas = profile.timeDeltas ?? [];
  for (let i = 0; i < samples.length; i++) {
    // A sample's time is the gap to the next sample.
    const dt = deltas[i + 1] ?? 0;
    selfUs.set(samples[i]!, (selfUs.get(samples[i]!) ?? 0) + dt);
  }
  const total = profile.endTime - profile.startTime;
  const byFunction = new Map<string, { name: string; where: string; us: number }>();
  for (const node of profile.nodes) {
    const us = selfUs.get(node.id) ?? 0;
    if (us === 0) continue;
    const f = node.callFrame;
    const file = f.url === '' ? '' : path.relative(process.cwd(), f.url.replace(/^file:\/\//, ''));
    const where = file === '' ? '(native)' : sourceLine(file, f.lineNumber, f.columnNumber);
    const name = f.functionName || '(anonymous)';
    const key = `${name}@${where}`;
    const entry = byFunction.get(key) ?? { name, where, us: 0 };
    entry.us += us;
    byFunction.set(key, entry);
  }
  return [...byFunction.values()]
    .sort((a, b) => b.us - a.us)
    .slice(0, top)
    .map((e) => ({ name: e.name, where: e.where, selfMs: Math.round(e.us / 100) / 10, selfPercent: Math.round((e.us / total) * 1000) / 10 }));
}

function main(): void {
  const { values, positionals } = parseArgs({ args: process.argv.slice(2), allowPositionals: true, options: { top: { type: 'string' } } });
  for (const file of positionals) {
    const profile = JSON.parse(readFileSync(file, 'utf8')) as CpuProfile;
    const spots = hotSpots(profile, Number(values.top ?? '25'));
    process.stdout.write(`${file}: ${Math.round((profile.endTime - profile.startTime) / 1000)} ms profiled\n`);
    process.stdout.write('  self ms   self %  function  (built file:line)\n');
    for (const s of spots) process.stdout.write(`  ${String(s.selfMs).padStart(7)}  ${String(s.selfPercent).padStart(6)}  ${s.name}  ${s.where}\n`);
  }
}

main();
