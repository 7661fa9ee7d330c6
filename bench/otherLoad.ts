/**
 * How much CPU other processes used while the benchmark ran: the machine's busy time (/proc/stat)
 * minus this process's and its finished children's CPU time (/proc/self/stat). On a shared machine
 * this tells whether the timings of a size can be trusted; the load average cannot, as it counts
 * the benchmark's own work too. Linux only; elsewhere it reports null.
 */
import { readFileSync } from 'node:fs';

/** CPU use of other processes over a stretch of time. */
export interface OtherLoad {
  /** Average number of cores other processes kept busy (0 = idle machine). */
  readonly cores: number;
  readonly seconds: number;
}

/** Busy clock ticks of the whole machine. */
function machineBusyTicks(): number {
  const fields = (readFileSync('/proc/stat', 'utf8').split('\n')[0] ?? '').trim().split(/\s+/).slice(1).map(Number);
  // user nice system idle iowait irq softirq steal …: all but idle and iowait.
  return fields.slice(0, 8).reduce((sum, v, i) => (i === 3 || i === 4 ? sum : sum + v), 0);
}

/** This process's CPU ticks plus those of its finished children (utime stime cutime cstime). */
function ownTicks(): number {
  const stat = readFileSync('/proc/self/stat', 'utf8');
  // Fields after "pid (comm) " start at field 3 (state); utime is field 14.
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ').map(Number);
  return [14, 15, 16, 17].reduce((sum, f) => sum + (fields[f - 3] ?? 0), 0);
}

/** Start watching; the returned function gives others' CPU use since the start (null off Linux). */
export function watchOtherLoad(): () => OtherLoad | null {
  let start: { busy: number; own: number; at: number };
  try {
    start = { busy: machineBusyTicks(), own: ownTicks(), at: performance.now() };
  } catch {
    return () => null;
  }
  return () => {
    const seconds = (performance.now() - start.at) / 1000;
    // Ticks are USER_HZ (100 per second on Linux).
    const others = machineBusyTicks() - start.busy - (ownTicks() - start.own);
    return { cores: Math.max(0, Math.round((others / 100 / seconds) * 100) / 100), seconds: Math.round(seconds) };
  };
}
